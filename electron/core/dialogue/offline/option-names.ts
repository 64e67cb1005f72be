// What a spoken option's words name on the menu: the group of an item they name, the
// groups an option may set, and whether the word with an item's name is another item.
import type { MenuModel } from "../../../../shared/menu/model.ts";
import type { Mod } from "./utterance.ts";
import { keyOf } from "./name-forms.ts";

/**
 * The group of `item` whose name, or one of whose choices' names, the words say ("a bowl"
 * for a soup's size "Bowl", "glazed" for the dozen box's "Glazed" count); an article before
 * them is not part of the name. Undefined when none.
 */
export function optionNamedBy(menu: MenuModel, item: string, words: string): string | undefined {
  const said = keyOf(words.replace(/^(a|an|the)\s+/i, ""));
  if (!said) return undefined;
  return groupKeysOf(menu, item).find((g) => g.keys.has(said))?.id;
}

type Named = { name: Record<string, string>; aliases?: Record<string, Array<string | { text: string }>> };
const spokenKeys = (x: Named) =>
  [...Object.values(x.name), ...Object.values(x.aliases ?? {}).flat().map((a) => (typeof a === "string" ? a : a.text))].map((n) => keyOf(n.replace(/^(a|an|the)\s+/i, "")));
const groupKeyCache = new WeakMap<MenuModel, Map<string, Array<{ id: string; keys: Set<string> }>>>();

/** Each group of the item, in the item's order, with the keys of its own names and its choices' (the read-back checks ask on every turn). */
function groupKeysOf(menu: MenuModel, item: string): Array<{ id: string; keys: Set<string> }> {
  let byItem = groupKeyCache.get(menu);
  if (!byItem) groupKeyCache.set(menu, (byItem = new Map()));
  let groups = byItem.get(item);
  if (!groups) {
    groups = menu.itemGroups(item).map((g) => ({ id: g.id, keys: new Set([...spokenKeys(g.group), ...g.choices.flatMap((c) => spokenKeys(c))]) }));
    byItem.set(item, groups);
  }
  return groups;
}

/** The groups a spoken option may set. */
export function modGroups(m: Mod): string[] {
  return m.kind === "choice" ? m.cands.map((c) => c.group) : [m.group];
}

/**
 * A choice said of an item whose word and the item's name together name another item on
 * the menu ("바닐라" + "라떼" = 바닐라라떼, where 바닐라 is also a syrup): that item or the option?
 */
export function optionNamesAnItem(menu: MenuModel, item: string, mods: readonly Mod[]): boolean {
  const said = mods.flatMap((m) => (m.kind === "choice" && !m.neg ? [keyOf(m.text.replace(/(으로|로)(요)?$/, ""))] : [])).filter(Boolean);
  if (!said.length) return false;
  const keys = itemKeysOf(menu);
  const base = keys.get(item) ?? [];
  return said.some((w) => base.some((b) => [...keys].some(([id, ks]) => id !== item && ks.includes(w + b))));
}

const itemKeyCache = new WeakMap<MenuModel, Map<string, string[]>>();

/** Every item's spoken keys (names and aliases, those that set options too), once per menu. */
export function itemKeysOf(menu: MenuModel): Map<string, string[]> {
  let keys = itemKeyCache.get(menu);
  if (!keys) {
    keys = new Map(menu.menu.items.map((it) => [it.id, [...Object.values(it.name), ...Object.values(it.aliases ?? {}).flat().map((a) => (typeof a === "string" ? a : a.text))].map(keyOf)]));
    itemKeyCache.set(menu, keys);
  }
  return keys;
}
