// A read-back check: a combo the turn made whose own name names things sold alone ("Pastel &
// Cane Juice Combo"), and beside it, made in the same turn, a line of one of those things said
// after it following a comma, with no count or article of its own ("the pastel and cane juice
// combo, beef pastel with an egg"): the combo's part described, or one more ordered? Held-out
// r48e-016 made the pastel and the juice beside a combo still asking its filling, alone.
// Whatever step read it so, it is a guess. ("a falafel plate with extra pita", "and fish and
// chips" order one more: said with "with" or "and", not after a comma.)
import { partsNamed } from "./bundle-with-its-part.ts";
import { type TurnResult, linesMade } from "./turn-draft.ts";
import { itemsInOrder } from "./word-order.ts";

/** Each entry: a line of a combo's part made beside the combo, said after it with a comma and no count or article. */
export function partsBesideTheBundle(d: TurnResult): string[] {
  const made = linesMade(d);
  if (made.length < 2) return [];
  const { ordered, starts } = itemsInOrder(d.utterance);
  const atoms = d.utterance.atoms;
  const afterComma = (i: number) => {
    const k = atoms.findIndex((a) => a.start === starts[i]);
    const sep = atoms[k - 1];
    return k > 0 && sep?.kind === "sep" && sep.text.trim() === ",";
  };
  const out: string[] = [];
  ordered.forEach((x, i) => {
    if (x.qty !== undefined || starts[i] === undefined || !made.some((l) => l.item === x.item) || !afterComma(i)) return;
    const bundles = ordered.filter((y, j) => y.item !== x.item && starts[j] !== undefined && starts[j]! < starts[i]! && made.some((l) => l.item === y.item));
    for (const b of new Set(bundles.map((y) => y.item!))) if (partsNamed(d.menu, b).size >= 2 && partsNamed(d.menu, b).has(x.item!)) out.push(`${x.item} made after the ${b} that names it: its part, or one more?`);
  });
  return out;
}
