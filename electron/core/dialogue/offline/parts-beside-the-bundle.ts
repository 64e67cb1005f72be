// A read-back check: a combo the turn made whose own name names things sold alone ("Pastel &
// Cane Juice Combo"), and beside it, made in the same turn, a line of one of those things said
// with no count or article of its own ("the pastel and cane juice combo, beef pastel with an
// egg"): the combo's part described, or one more ordered? Held-out r48e-016 made the pastel
// and the juice beside a combo still asking its filling, alone. Whatever step read it so, it
// is a guess.
import { partsNamed } from "./bundle-with-its-part.ts";
import { type TurnResult, linesMade } from "./turn-draft.ts";

/** Each entry: a line of a combo's part made beside the combo, said with no count or article. */
export function partsBesideTheBundle(d: TurnResult): string[] {
  const made = linesMade(d);
  if (made.length < 2) return [];
  const plain = new Set(d.utterance.units.flatMap((x) => (x.kind === "item" && x.item && !x.asked && !x.remove && x.qty === undefined ? [x.item] : [])));
  if (!plain.size) return [];
  const out: string[] = [];
  for (const bundle of new Set(made.map((l) => l.item))) {
    const beside = made.filter((l) => l.item !== bundle && plain.has(l.item));
    if (!beside.length) continue;
    const parts = partsNamed(d.menu, bundle);
    if (parts.size < 2) continue;
    for (const l of beside) if (parts.has(l.item)) out.push(`${l.item} made beside the ${bundle} that names it: its part, or one more?`);
  }
  return out;
}
