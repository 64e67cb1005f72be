// "two sodas", "I'd like the thick chocolate", "two soups, both tomato": a word that names
// only a choice of a set's part (its drink, its side) said with no set named and nothing in
// hand that takes it. The set is the one item that takes the choice, so an elided head
// would start the set, but a customer who names a drink or a side alone orders that drink
// or side, not the set around it. Where a thing sold alone is that choice (named as it, a
// name against a name or an alias, as bundles.ts links them), that thing is what was
// ordered; where none is (the set's soda is not sold alone, its "cup of soup" is not the
// soup sold alone by name), the set is a guess. Read from the menu's names only.
import type { MenuModel } from "../../../../shared/menu/model.ts";
import { englishNumberWords, koreanNumberWords } from "./numbers.ts";
import { keyOf, spokenNames, wordsOf } from "./name-forms.ts";
import type { Mod } from "./utterance.ts";

type Named = { name: Record<string, string>; aliases?: Record<string, Array<string | { text: string }>> };

const nameKeys = (t: Named): string[] => Object.values(t.name).map(keyOf).filter(Boolean);
const aliasKeys = (t: Named): string[] =>
  Object.values(t.aliases ?? {})
    .flat()
    .map((a) => keyOf(typeof a === "string" ? a : a.text))
    .filter(Boolean);

/** Counting words other than an article: "맥주 두 잔" as a choice's alias holds a count the line would lose. */
const COUNTS: ReadonlySet<string> = new Set([...englishNumberWords(), ...koreanNumberWords()].filter((w) => !/^an?$/.test(w.text) && !/\s/.test(w.text)).map((w) => w.text));

/** What a set's part said alone orders: the thing sold alone that is that part (`item`), and whether that is sure. */
export type SetPartReading = { item: string; sure: boolean; preset: Record<string, string> } | { item: undefined; sure: false } | { heading: string };

const cache = new WeakMap<MenuModel, Map<string, string[]>>();

/** The items of another kind than `head`'s, sold alone, that the choice is by name (a name against a name or an alias). */
function soldAloneAs(menu: MenuModel, head: string, group: string, choice: string): string[] {
  let perMenu = cache.get(menu);
  if (!perMenu) cache.set(menu, (perMenu = new Map()));
  const key = `${head}\u0000${group}\u0000${choice}`;
  const hit = perMenu.get(key);
  if (hit) return hit;
  const c = menu.groups.get(group)?.choices?.find((x) => x.id === choice) as Named | undefined;
  const own = menu.item(head)?.category;
  const cNames = new Set(c ? nameKeys(c) : []);
  const cAliases = new Set(c ? aliasKeys(c) : []);
  const out = menu.menu.items
    .filter((it) => it.id !== head && it.category !== own && !it.soldOut)
    .filter((it) => nameKeys(it as Named).some((k) => cNames.has(k) || cAliases.has(k)) || aliasKeys(it as Named).some((k) => cNames.has(k)))
    .map((it) => it.id);
  perMenu.set(key, out);
  return out;
}

/** Whether some choice of the group is a thing sold alone of another kind than the head: the group is a part of a set. */
export function isPartGroup(menu: MenuModel, head: string, group: string): boolean {
  const g = menu.groups.get(group);
  return !!g?.choices?.some((c) => soldAloneAs(menu, head, group, c.id).length > 0);
}

/**
/** Whether the words said are a word of the item's own names ("soup" of "Tomato Basil Soup"), an item of another kind than the set. */
function kindWordOf(menu: MenuModel, item: string, head: string, said: string): boolean {
  const it = menu.item(item);
  const words = wordsOf(said);
  if (!it || words.length !== 1 || it.category === menu.item(head)?.category) return false;
  const w = words[0]!;
  const forms = new Set([w, w.replace(/e?s$/, ""), w.replace(/s$/, "")]);
  return spokenNames(it, true).some((n) => wordsOf(n).some((x) => forms.has(x)));
}

/**
 * "a cup of chicken noodle", the set's side "Cup of Chicken Noodle" read as the soup sold alone:
 * the words besides the soup's own names that name one choice of a group of it (its "Cup").
 */
function choicesInTheWords(menu: MenuModel, item: string, said: string): Record<string, string> {
  const own = new Set(spokenNames(menu.item(item), true).flatMap(wordsOf));
  const words = wordsOf(said).filter((w) => !own.has(w));
  const saysAll = (n: string) => {
    const ws = wordsOf(n);
    return ws.length > 0 && words.some((_, i) => ws.every((w, k) => words[i + k] === w));
  };
  const out: Record<string, string> = {};
  for (const g of menu.itemGroups(item)) {
    if (g.select !== "one") continue;
    const hits = g.choices.filter((c) => spokenNames(c as Named).some(saysAll));
    if (hits.length === 1) out[g.id] = hits[0]!.id;
  }
  return out;
}

/**
 * Options said with no item whose elided head is `head`: where they are one choice of a
 * part of that set, what they order instead. Undefined where they are not (a size, a
 * topping: the head's own options).
 */
export function setPartSaidAlone(menu: MenuModel, head: string, mods: readonly Mod[], orderedAfter: readonly string[]): SetPartReading | undefined {
  if (mods.length !== 1) return undefined;
  const m = mods[0]!;
  if (m.kind !== "choice" || m.neg || !m.cands.length) return undefined;
  const cands = m.cands.filter((c) => menu.itemGroup(head, c.group));
  if (cands.length !== 1 || !isPartGroup(menu, head, cands[0]!.group)) return undefined;
  // "a soup, the tomato basil": the word is the kind of a thing named after it, which says which.
  const named = orderedAfter.find((id) => kindWordOf(menu, id, head, m.text));
  if (named) return { heading: named };
  const items = soldAloneAs(menu, head, cands[0]!.group, cands[0]!.choice);
  // (A count inside the words, "맥주 두 잔", is lost on a line of one: a guess.)
  const counted = wordsOf(m.text).some((w) => COUNTS.has(w) || /^\d+$/.test(w));
  if (items.length === 1) return { item: items[0]!, sure: !counted, preset: choicesInTheWords(menu, items[0]!, m.text) };
  return { item: undefined, sure: false };
}
