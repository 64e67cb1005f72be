// "oh wait and a cup of the original bites too": "wait" that takes back what was said, or
// the breath before one more thing ("and … too")? Said right before "and", either reading
// is likely, so the turn is a guess. (The sealed blind round 24 had replaced the line in
// hand with the new item, alone.)
import type { Atom } from "./scan.ts";

export function correctionThenAnd(atoms: readonly Atom[]): string[] {
  return atoms.some((a, i) => {
    const next = atoms[i + 1];
    return a.kind === "kw" && a.keywords.includes("correction") && next?.kind === "sep" && next.why === "conj" && /^and$/i.test(next.text.trim());
  })
    ? ['"wait" before "and": taking back, or one more?']
    : [];
}
