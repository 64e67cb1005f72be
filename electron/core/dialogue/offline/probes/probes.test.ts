// Probes: turns written by someone trying to make the engine answer alone and wrongly, on
// the held-out stores' menus (README.md here). Not blind material — the writer saw what the
// engine did — so they measure nothing; they keep what was found fixed. Every case the
// offline engine answers alone must be right, but for the ones still listed in
// known-wrong-alone.json (a new red team's wrong answers are listed when its turns come in;
// from then on the list only shrinks).
import { readdirSync, readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { evaluate } from "../../../../cli/eval.ts";
import { loadSet, readCases } from "../heldout/test-sets.ts";

const here = new URL(".", import.meta.url);
const sets = readdirSync(here).filter((f) => f.endsWith(".cases.jsonl")).map((f) => f.slice(0, -".cases.jsonl".length)).sort();
const known = JSON.parse(readFileSync(new URL("./known-wrong-alone.json", here), "utf8")) as Record<string, string[]>;

describe.each(sets)("probes on %s's menu", (set) => {
  it("are right on every case answered without the model", async () => {
    const s = await evaluate(loadSet(set).menu, readCases(new URL(`./${set}.cases.jsonl`, here), set), "hybrid", true);
    expect(s.hybrid!.wrongAlone.filter((id) => !(known[set] ?? []).includes(id))).toEqual([]);
  });
});
