// "a liege waffle no whip no ice cream no toppings just plain" where another item is called
// "plain crepe": a plain word ("plain", "기본") that names an item only as a piece of its name,
// said after an item and that item's options with nothing between that starts another order
// (a count, "and", a comma), says how that item comes, not a second item.
import type { Atom } from "./scan.ts";
import { PLAIN_WORDS } from "./language.ts";
import { asFiller, isItemAtom } from "./atom-forms.ts";

const isPlainPiece = (a: Atom) =>
  a.kind === "menu" && a.refs.length > 0 && a.refs.every((r) => r.kind === "item" && r.partial) && PLAIN_WORDS.includes(a.text.trim().toLowerCase());

/** What may stand between the item and the plain word: its options, refusals, fillers, unknown words. */
const inBetween = (a: Atom) => (a.kind === "menu" && !isItemAtom(a)) || a.kind === "unknown" || (a.kind === "kw" && !a.keywords.includes("sep"));

export function plainSaidOfTheItem(atoms: Atom[]): Atom[] {
  return atoms.map((a, i) => {
    if (!isPlainPiece(a)) return a;
    let j = i - 1;
    while (j >= 0 && inBetween(atoms[j]!)) j--;
    return j >= 0 && isItemAtom(atoms[j]) ? { ...asFiller(a), flags: { plain: true } } : a;
  });
}
