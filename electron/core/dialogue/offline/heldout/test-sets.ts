// The held-out sets (README.md here): their menus, cases and the lists of their known
// gaps, for the tests that replay them.
import { readFileSync } from "node:fs";
import { MenuModel } from "../../../../../shared/menu/model.ts";
import type { Menu } from "../../../../../shared/menu/schema.ts";
import { parseCase, type Case } from "../../../../cli/cases.ts";

export const SETS = [
  ...["en-pizza", "ko-bunsik", "ko-cafe", "en-coffee"], // first round
  ...["en-pizza2", "en-cafe2", "ko-bunsik2", "ko-cafe2", "ko-chicken"], // second round
  ...["en-burger", "en-bubbletea", "ko-jjigae", "ko-bakery"], // third round
  ...["en-pizza3", "en-coffee3", "ko-burger", "ko-cafe3"], // fourth round
  ...["en-pizza4", "en-cafe4", "ko-bunsik3", "ko-cafe4", "en-taco"], // fifth round (the sealed one)
  ...["en-deli", "en-drive", "ko-chicken2", "ko-gukbap", "en-tea"], // sixth round
  ...["en-diner", "en-coffee5", "ko-pizza", "ko-bakery2", "en-ramen"], // seventh round
  ...["en-bagel", "en-wings", "ko-snack", "ko-bbq", "en-smoothie"], // eighth round
  ...["en-poke", "en-bakery", "ko-dosirak", "ko-tea", "en-noodle"], // ninth round
  ...["en-burrito", "en-cafe6", "ko-jjajang", "ko-cafe7", "en-sushi"], // tenth round
  ...["en-donut", "ko-bunsik4", "en-salad", "ko-bingsu", "en-combo"], // eleventh round (unusual menu shapes)
  ...["en-bbq", "ko-coffee8", "en-icecream", "ko-naengmyeon", "en-breakfast"], // twelfth round (sealed)
  ...["en-sub", "ko-malatang", "en-gyro", "ko-toast", "en-chinese"], // thirteenth round (build-your-own, sets across categories)
  ...["en-hotdog", "ko-donkatsu", "en-juice", "ko-pho", "en-diner2"], // fourteenth round (sealed)
  ...["en-bakery2", "ko-gimbap", "en-pizza5", "ko-cafe9", "en-steak"], // fifteenth round (sealed)
] as const;

const readJson = (file: string) => JSON.parse(readFileSync(new URL(file, import.meta.url), "utf8")) as Record<string, string[]>;
/** Cases each set still gets wrong: the engine's known gaps. */
export const knownFailures = readJson("./known-failures.json");
/** Cases each set answers alone wrongly (hybrid): to be emptied. */
export const knownWrongAlone = readJson("./known-wrong-alone.json");

export function loadSet(set: string): { menu: MenuModel; cases: Case[]; menuText: string } {
  const menuText = readFileSync(new URL(`./${set}.menu.json`, import.meta.url), "utf8");
  const menu = new MenuModel(JSON.parse(menuText) as Menu);
  return { menu, cases: readCases(new URL(`./${set}.cases.jsonl`, import.meta.url), set), menuText };
}

/** A cases file (JSON lines), each case checked on arrival; a bad line names its set. */
export function readCases(file: URL, set: string): Case[] {
  return readFileSync(file, "utf8")
    .split("\n")
    .filter((l) => l.trim())
    .map((l) => {
      const c = parseCase(l);
      if ("error" in c) throw new Error(`${set}: ${c.error}`);
      return c;
    });
}
