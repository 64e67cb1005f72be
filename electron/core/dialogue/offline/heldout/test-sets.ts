// The held-out sets (README.md here): their menus, cases and the lists of their known
// gaps, for the tests that replay them.
import { readdirSync, readFileSync } from "node:fs";
import { MenuModel } from "../../../../../shared/menu/model.ts";
import type { Menu } from "../../../../../shared/menu/schema.ts";
import { parseCase, type Case } from "../../../../cli/cases.ts";

const here = new URL(".", import.meta.url);

/** Every set in this folder (README.md lists them by round): a set dropped in is tested. */
export const SETS = readdirSync(here)
  .filter((f) => f.endsWith(".cases.jsonl"))
  .map((f) => f.slice(0, -".cases.jsonl".length))
  .sort();

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
