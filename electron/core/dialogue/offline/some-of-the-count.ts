// "change one of the cheese to marinara" on a pretzel with two cheese dips: the number said
// of ("one of the …") a counted add-in being swapped is how many of it change, not how many
// of the item, nor all of it. That many come off the first and go on the second. (The sealed
// blind round 24 had taken both cheese dips off, alone.)
import type { Atom } from "./scan.ts";
import type { Bare, Mod } from "./utterance.ts";

type CountMod = Extract<Mod, { kind: "count" }>;

export function someOfTheCount(atoms: readonly Atom[], bare: Bare[]): void {
  for (const b of bare) {
    if (!b.qtyExplicit || b.qty === undefined || b.mods.length !== 2 || b.parts.length) continue;
    const [out, into] = b.mods as [Mod, Mod];
    if (out.kind !== "count" || out.op !== "clear" || into.kind !== "count" || into.op !== "add" || into.numbered) continue;
    const at = atoms.findIndex((a) => a.start === out.at);
    const of = atoms[at - 1];
    const num = atoms[at - 2];
    if (at < 2 || of?.kind !== "kw" || !of.keywords.includes("of") || num?.kind !== "num" || num.value !== b.qty) continue;
    (out as CountMod).some = true;
    out.n = b.qty;
    into.n = b.qty;
    delete b.qty;
    b.qtyExplicit = false;
    b.setQty = false;
  }
}
