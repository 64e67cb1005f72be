// Meals and combos sold as an item of their own that comes WITH another item ("Combo (side +
// drink)" next to a wrap, "Meal (chips + fountain drink)" next to a sub, a kids meal whose
// main is a choice), told apart from a combo that IS the item made bigger (a "Cheeseburger
// Combo" taking the burger's own options).
import type { MenuModel } from "../../../../shared/menu/model.ts";
import { keyOf } from "./name-forms.ts";

const cache = new WeakMap<MenuModel, Map<string, { named: Set<string>; categories: Set<string> }>>();

/** The items a bundle's choices are named as (names and aliases), and their categories other than its own. */
function bundled(menu: MenuModel, bundle: string): { named: Set<string>; categories: Set<string> } {
  let perMenu = cache.get(menu);
  if (!perMenu) cache.set(menu, (perMenu = new Map()));
  const hit = perMenu.get(bundle);
  if (hit) return hit;
  const said = (t: { name: Record<string, string>; aliases?: Record<string, Array<string | { text: string }>> }) =>
    [...Object.values(t.name), ...Object.values(t.aliases ?? {}).flat().map((a) => (typeof a === "string" ? a : a.text))].map(keyOf).filter(Boolean);
  const choiceKeys = new Set(menu.itemGroups(bundle).flatMap((g) => g.choices.flatMap(said)));
  const own = menu.item(bundle)?.category;
  const named = new Set<string>();
  const categories = new Set<string>();
  for (const it of menu.menu.items) {
    if (it.id === bundle || !said(it).some((k) => choiceKeys.has(k))) continue;
    named.add(it.id);
    if (it.category !== own) categories.add(it.category);
  }
  const out = { named, categories };
  perMenu.set(bundle, out);
  return out;
}

/** An item whose choices are things of at least two other categories of the menu (a side and a drink). */
export function isBundle(menu: MenuModel, item: string): boolean {
  return bundled(menu, item).categories.size >= 2;
}

/**
 * Whether `bundle` is ordered alongside `item` rather than in its place: a bundle taking none
 * of the item's option groups and not having the item among its choices. "make that a combo"
 * of such a line adds the combo; it does not replace the wrap.
 */
export function comesWith(menu: MenuModel, bundle: string, item: string): boolean {
  if (bundle === item || !isBundle(menu, bundle) || bundled(menu, bundle).named.has(item)) return false;
  const theirs = new Set(menu.itemGroups(item).map((g) => g.id));
  return !menu.itemGroups(bundle).some((g) => theirs.has(g.id));
}

/** Whether every item taking the group is a bundle (the kids meal's main, its drink). */
export function onlyInBundles(menu: MenuModel, group: string): boolean {
  const takers = menu.menu.items.filter((it) => menu.itemGroup(it.id, group));
  return takers.length > 0 && takers.every((it) => isBundle(menu, it.id));
}
