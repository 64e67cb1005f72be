// English: "a chicken and a beef plate", "two chicken and one beef plate", "one beef and two
// chicken plates": the head noun is said once, at the end, and belongs to both things counted.
// The first word alone ("chicken") may name something else (the combo's "Chicken shawarma
// wrap", read by word-names-item.ts as the wrap), but said in the same shape as the second,
// a count, the word, "and", a count and a whole item's name, it is the item named by that word
// and the second's last words: the Chicken Plate. Read only where the first word names no item
// whole by itself and exactly one item is so named (by the menu's own names and plain aliases).
// (The thirteenth English red team's shawarma probes had rung a chicken wrap beside the beef
// plate, alone.)
import type { MenuModel } from "../../../../shared/menu/model.ts";
import { theItemNamed } from "./atom-forms.ts";
import { spokenNames, wordsOf } from "./name-forms.ts";
import type { Atom } from "./scan.ts";

/** A name's words as one key, its last word without a plural ending ("chicken plates" → "chicken plate"). */
const keyOfWords = (words: readonly string[]): string => words.map((w, i) => (i === words.length - 1 ? w.replace(/(?<=[a-z]{2})(?:es|s)$/, "") : w)).join(" ");

const indexes = new WeakMap<MenuModel, Map<string, Set<string>>>();

/** Each item's names (plain aliases only: an alias that sets options is another thing) by key; made once per menu, when first needed. */
function namesOf(menu: MenuModel): Map<string, Set<string>> {
  let ix = indexes.get(menu);
  if (ix) return ix;
  ix = new Map();
  for (const it of menu.menu.items) {
    for (const n of spokenNames(it, true)) {
      const key = keyOfWords(wordsOf(n));
      if (!key) continue;
      let s = ix.get(key);
      if (!s) ix.set(key, (s = new Set()));
      s.add(it.id);
    }
  }
  indexes.set(menu, ix);
  return ix;
}

const isCount = (a: Atom | undefined) => a?.kind === "num" && !a.times;
const isAnd = (a: Atom | undefined) => a?.kind === "sep" && /^(?:and|&)$/i.test(a.text.trim());

/** The one item named by the first word and a tail of the second's name, other than the second's item. */
function itemWithTheSharedHead(menu: MenuModel, first: Atom, second: Atom, secondItem: string): string | undefined {
  const own = wordsOf(first.text);
  const said = wordsOf(second.text);
  if (!own.length || said.length < 2) return undefined;
  const names = namesOf(menu);
  const found = new Set<string>();
  for (let j = 1; j < said.length; j++) for (const it of names.get(keyOfWords([...own, ...said.slice(j)])) ?? []) if (it !== secondItem) found.add(it);
  return found.size === 1 ? [...found][0] : undefined;
}

export function headNounSharedByTwo(atoms: Atom[], menu: MenuModel): Atom[] {
  let out: Atom[] | undefined;
  for (let i = 1; i + 3 < atoms.length; i++) {
    const first = atoms[i]!;
    if (first.kind !== "menu" || first.fuzzy || !isCount(atoms[i - 1]) || !isAnd(atoms[i + 1]) || !isCount(atoms[i + 2])) continue;
    // (A word that names an item whole is that item: "a coke and a beef plate".)
    if (first.refs.some((r) => r.kind === "item" && !r.partial)) continue;
    const second = atoms[i + 3]!;
    const secondItem = theItemNamed(second, "any");
    if (!secondItem) continue;
    const item = itemWithTheSharedHead(menu, first, second, secondItem);
    if (!item) continue;
    out ??= [...atoms];
    out[i] = { ...first, refs: [{ kind: "item", item, partial: false }] };
  }
  return out ?? atoms;
}

const isOne = (a: Atom | undefined) => !!a && (a.kind === "kw" || a.kind === "num") && /^ones?$/i.test(a.text.trim());

/**
 * "a pork sandwich without the crackling and a beef one": the head noun said with the first
 * thing, "one" in its place for the second. The word before "one" and a tail of the first's name
 * name another item whole ("beef sandwich", the Carved Beef Sandwich): that item, not what the
 * word alone may name (the kids' roast's beef). Only where exactly one item is so named, and the
 * word names no item whole by itself. ("a chicken korma and a lamb one", where "lamb korma" names
 * nothing, stays the korma made with lamb: elided.ts.)
 */
export function headNounLeftOutAsOne(atoms: Atom[], menu: MenuModel): Atom[] {
  let out: Atom[] | undefined;
  for (let i = 1; i + 1 < atoms.length; i++) {
    const word = atoms[i]!;
    if (!isOne(atoms[i + 1]) || !isCount(atoms[i - 1])) continue;
    if (word.kind !== "menu" || word.fuzzy || word.refs.some((r) => r.kind === "item" && !r.partial)) continue;
    const before = atoms.slice(0, i - 1).reverse().find((a) => theItemNamed(a, "any") !== undefined);
    const item = before ? itemWithTheSharedHead(menu, word, before, theItemNamed(before, "any")!) : undefined;
    if (!item) continue;
    const one = atoms[i + 1]!;
    out ??= [...atoms];
    out[i] = { ...word, refs: [{ kind: "item", item, partial: false }], end: one.end, tok1: one.tok1, text: `${word.text} ${one.text}` };
    out[i + 1] = undefined as unknown as Atom;
  }
  return out ? out.filter((a) => a !== undefined) : atoms;
}
