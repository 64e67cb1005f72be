// A read-back check, from the words and the cart alone: the words put another thing in the
// place of an item in hand ("아메리카노 말고 콤부차 베리로 바꿔 주세요", "아메리카노 대신 …",
// "instead of the americano, a kombucha"), the turn made a new line of another item, and the
// item in hand is all still there. Blind round 89: the kombucha was read as the set's drink, so
// nothing was made and the americano stayed (a guess there); read any other way that makes the
// new thing, a cart keeping what the words replace is a guess too.
import type { Atom } from "./scan.ts";
import { qtyOf } from "./said-vs-done.ts";
import { type TurnResult, linesMade } from "./turn-draft.ts";

const itemOf = (a: Atom | undefined): string | undefined => {
  if (a?.kind !== "menu" || !a.refs.length) return undefined;
  const items = new Set(a.refs.flatMap((r) => (r.kind === "item" ? [r.item] : [])));
  return items.size === 1 ? [...items][0] : undefined;
};
const isInstead = (a: Atom | undefined) => a?.kind === "kw" && a.keywords.includes("instead");
const passOver = (a: Atom | undefined) => a?.kind === "kw" && a.keywords.every((k) => k === "filler" || k === "the" || k === "of");

/** The item the words replace: Korean "X 대신", "X 말고 … 바꿔"; English "instead of X", "in place of X". */
function replacedItems(d: TurnResult): string[] {
  const atoms = d.utterance.atoms;
  const en = d.utterance.lang === "en";
  const changes = atoms.some((a) => a.kind === "kw" && a.keywords.includes("change"));
  const out: string[] = [];
  atoms.forEach((a, i) => {
    if (!isInstead(a)) return;
    if (en) {
      if (!/\b(?:of|than)$/i.test(a.text.trim())) return;
      let j = i + 1;
      while (passOver(atoms[j])) j++;
      const x = itemOf(atoms[j]);
      if (x) out.push(x);
      return;
    }
    // (말고 alone may also say "besides": with a word of changing, or 대신, it replaces.)
    if (!changes && !/대신/.test(a.text)) return;
    const x = itemOf(atoms[i - 1]);
    if (x) out.push(x);
  });
  return out;
}

export function replacedKept(d: TurnResult): string[] {
  const made = linesMade(d);
  if (!made.length) return [];
  const out: string[] = [];
  for (const x of new Set(replacedItems(d))) {
    const had = qtyOf(d.before, x);
    if (had > 0 && made.some((l) => l.item !== x) && qtyOf(d.state, x) >= had) out.push(`the words put another thing in place of the ${x}, still all there`);
  }
  return out;
}
