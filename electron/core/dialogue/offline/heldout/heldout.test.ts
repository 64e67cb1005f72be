// Held-out sets as regression tests: stores' menus and customers' words written by
// someone who had not seen the engine (README.md here has their first scores). Every case
// that passes today must keep passing (known-failures.json lists the ones that do not yet,
// the engine's known gaps), and in hybrid mode every case the offline engine answers
// without the model must be right: those answers reach the customer unchecked.
// known-wrong-alone.json lists the few it still answers alone wrongly — the most
// dangerous gap, to be emptied; only a new set's first run may add to it.
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { MenuModel } from "../../../../../shared/menu/model.ts";
import type { Menu } from "../../../../../shared/menu/schema.ts";
import { parseCase, type Case } from "../../../../cli/cases.ts";
import { evaluate } from "../../../../cli/eval.ts";

const SETS = [
  ...["en-pizza", "ko-bunsik", "ko-cafe", "en-coffee"], // first round
  ...["en-pizza2", "en-cafe2", "ko-bunsik2", "ko-cafe2", "ko-chicken"], // second round
  ...["en-burger", "en-bubbletea", "ko-jjigae", "ko-bakery"], // third round
  ...["en-pizza3", "en-coffee3", "ko-burger", "ko-cafe3"], // fourth round
] as const;
const readJson = (file: string) => JSON.parse(readFileSync(new URL(file, import.meta.url), "utf8")) as Record<string, string[]>;
const known = readJson("./known-failures.json");
const knownWrongAlone = readJson("./known-wrong-alone.json");

function load(set: string): { menu: MenuModel; cases: Case[] } {
  const menu = new MenuModel(JSON.parse(readFileSync(new URL(`./${set}.menu.json`, import.meta.url), "utf8")) as Menu);
  const cases = readFileSync(new URL(`./${set}.cases.jsonl`, import.meta.url), "utf8")
    .split("\n")
    .filter((l) => l.trim())
    .map((l) => {
      const c = parseCase(l);
      if ("error" in c) throw new Error(`${set}: ${c.error}`);
      return c;
    });
  return { menu, cases };
}

describe.each(SETS)("held-out set %s", (set) => {
  const { menu, cases } = load(set);

  it("keeps every case that passed", async () => {
    const s = await evaluate(menu, cases, "offline", false);
    const newlyFailing = s.failures.filter((f) => !known[set]!.includes(f.id)).map((f) => ({ id: f.id, turns: f.turns.map((t) => t.user), problems: f.problems }));
    expect(newlyFailing).toEqual([]);
  });

  it("is right on every case it answers without the model", async () => {
    const s = await evaluate(menu, cases, "hybrid", true);
    expect(s.hybrid!.casesAlone).toBeGreaterThan(0);
    expect(s.hybrid!.wrongAlone.filter((id) => !(knownWrongAlone[set] ?? []).includes(id))).toEqual([]);
  });
});
