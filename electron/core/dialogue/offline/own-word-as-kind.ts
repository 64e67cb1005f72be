// "three slices, one cheese, two pepperoni" of a "Pizza by the slice" also called "cheese slice"
// ("One slice of our cheese pizza"): a count's word that the item's own names or description
// say before one of the item's words ("cheese slice", "cheese pizza") is the item as it comes,
// the plain one, not the topping the menu names with an adding word ("Extra cheese"). Only said
// right after a count (a part of the order, "one cheese") and only where the choice needs its
// adding word dropped to be that word; "one extra cheese" stays the extra. (The blind round 59
// had put extra cheese on the plain slice, alone.)
import type { MenuModel } from "../../../../shared/menu/model.ts";
import { withoutAddWords } from "./add-words.ts";
import { asFiller } from "./atom-forms.ts";
import { keyOf, spokenNames, wordsOf } from "./name-forms.ts";
import type { Atom } from "./scan.ts";

const singular = (w: string) => w.replace(/(?<=[a-z]{2})(?:es|s)$/, "");

/** Whether the item's own names or description say the word right before one of the item's name words. */
function saidAsItsKind(menu: MenuModel, item: string, word: string): boolean {
  const it = menu.item(item);
  const names = spokenNames(it, true);
  const heads = new Set(names.flatMap(wordsOf).map(singular).filter((w) => w.length >= 3));
  const w = wordsOf(word).map(singular);
  if (!w.length) return false;
  const said = [...names, ...Object.values(it?.description ?? {})].map((t) => wordsOf(t ?? "").map(singular));
  return said.some((ws) => ws.some((_, i) => w.every((x, k) => ws[i + k] === x) && heads.has(ws[i + w.length] ?? "") && !w.includes(ws[i + w.length]!)));
}

export function ownWordAsKind(atoms: Atom[], menu: MenuModel): Atom[] {
  const items = [...new Set(atoms.flatMap((x) => (x.kind === "menu" && !x.fuzzy ? x.refs.flatMap((r) => (r.kind === "item" && !r.partial ? [r.item] : [])) : [])))];
  if (items.length !== 1) return atoms;
  const item = items[0]!;
  return atoms.map((a, i) => {
    if (a.kind !== "menu" || a.fuzzy || atoms[i - 1]?.kind !== "num" || !a.refs.length || a.flags.extra || a.flags.added || a.flags.more) return a;
    if (!a.refs.every((r) => r.kind === "choice" && !!menu.itemGroup(item, r.group))) return a;
    // Each choice is that word only with its adding word dropped ("Extra cheese" → cheese).
    const key = keyOf(a.text);
    const byAddingWord = a.refs.every((r) => {
      const c = r.kind === "choice" ? menu.groups.get(r.group)?.choices?.find((x) => x.id === r.choice) : undefined;
      const names = spokenNames(c, true);
      return !names.some((n) => keyOf(n) === key) && names.some((n) => keyOf(withoutAddWords(n)) === key);
    });
    return byAddingWord && saidAsItsKind(menu, item, a.text) ? asFiller(a) : a;
  });
}
