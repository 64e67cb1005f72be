// Held-out sets as regression tests: stores' menus and customers' words written by
// someone who had not seen the engine (README.md here has their first scores). Every case
// that passes today must keep passing (known-failures.json lists the ones that do not yet,
// the engine's known gaps), and in hybrid mode every case the offline engine answers
// without the model must be right: those answers reach the customer unchecked.
// known-wrong-alone.json lists the few it still answers alone wrongly — the most
// dangerous gap, to be emptied; only a new set's first run may add to it.
import { describe, expect, it } from "vitest";
import { evaluate } from "../../../../cli/eval.ts";
import { knownFailures as known, knownWrongAlone, loadSet as load, SETS } from "./test-sets.ts";

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
