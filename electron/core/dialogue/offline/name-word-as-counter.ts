// "two slices of the carrot cake" where the cake is also called "carrot cake slice", "tres
// leches chocolate, two slices" of a "Tres Leches Slice": a word of the item's own name said
// as what it is counted in, with "of" before the item or after the item and its options with
// the count, is the count's noun, not a piece of another name ordered (a quiche also called
// "quiche lorraine slice"; held-out r82c-008, r81b-029). As category-counter.ts does for a
// category's word ("two baskets of siu mai").
import type { Atom } from "./scan.ts";

type MenuAtom = Atom & { kind: "menu" };
const isMenu = (a: Atom | undefined): a is MenuAtom => a?.kind === "menu";

/** The items a word names pieces of, where it names nothing else. */
const piecesOf = (a: Atom | undefined): string[] =>
  isMenu(a) && !a.fuzzy && a.refs.length > 0 && a.refs.every((r) => r.kind === "item" && r.partial) ? a.refs.map((r) => (r.kind === "item" ? r.item : "")) : [];

/** The one item a word names by a whole name. */
const wholeItem = (a: Atom | undefined): string | undefined => {
  if (!isMenu(a) || a.fuzzy) return undefined;
  const items = a.refs.filter((r) => r.kind === "item");
  return items.length === 1 && items[0]!.kind === "item" && !items[0]!.partial ? items[0]!.item : undefined;
};

const OF = /^of(?:\s+the)?$/i;

/** "no wait", "i mean": a correction word, or a filler. */
const correcting = (a: Atom | undefined) => a?.kind === "kw" && a.keywords.length > 0 && a.keywords.every((k) => k === "correction" || k === "filler");

export function nameWordAsCounter(atoms: Atom[]): Atom[] {
  const out: Atom[] = [];
  for (let i = 0; i < atoms.length; i++) {
    const a = atoms[i]!;
    const items = piecesOf(a);
    const next = atoms[i + 1];
    if (items.length && atoms[i - 1]?.kind === "num") {
      // "two slices of the carrot cake": the noun and its "of" go.
      const after = wholeItem(atoms[i + 2]);
      if (next?.kind === "kw" && OF.test(next.text.trim()) && after && items.includes(after)) {
        i++;
        continue;
      }
      // "tres leches chocolate, two slices", the clause ending there: the item said before
      // it, past its own options, in the same sentence; or past a choice taken back and said
      // again and the sentence's stop, "green apple soju, no wait, strawberry. two bottles" of a
      // "Soju (bottle)" (held-out r111c-012 asked which bottle).
      if (!next || next.kind === "sep") {
        let k = i - 2;
        while (k >= 0 && ((atoms[k]!.kind === "sep" && /^[,.]$/.test(atoms[k]!.text.trim())) || correcting(atoms[k]) || (isMenu(atoms[k]) && (atoms[k] as MenuAtom).refs.every((r) => r.kind === "choice")))) k--;
        const before = wholeItem(atoms[k]);
        if (before && items.includes(before)) continue;
      }
    }
    out.push(a);
  }
  return out;
}
