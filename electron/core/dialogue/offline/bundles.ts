// Meals and combos sold as an item of their own that comes WITH another item ("Combo (side +
// drink)" next to a wrap, "Meal (chips + fountain drink)" next to a sub, a kids meal whose
// main is a choice), told apart from a combo that IS the item made bigger (a "Cheeseburger
// Combo" taking the burger's own options).
import type { MenuModel } from "../../../../shared/menu/model.ts";
import { keyOf } from "./name-forms.ts";

const cache = new WeakMap<MenuModel, Map<string, { named: Set<string>; categories: Set<string> }>>();

/** The items a bundle's choices are (by name or by a group they share), and their categories other than its own. */
function bundled(menu: MenuModel, bundle: string): { named: Set<string>; categories: Set<string> } {
  let perMenu = cache.get(menu);
  if (!perMenu) cache.set(menu, (perMenu = new Map()));
  const hit = perMenu.get(bundle);
  if (hit) return hit;
  type Named = { name: Record<string, string>; aliases?: Record<string, Array<string | { text: string }>> };
  const names = (t: Named) => Object.values(t.name).map(keyOf).filter(Boolean);
  const aliases = (t: Named) => Object.values(t.aliases ?? {}).flat().map((a) => keyOf(typeof a === "string" ? a : a.text)).filter(Boolean);
  const groups = menu.itemGroups(bundle);
  const choices = groups.flatMap((g) => g.choices);
  const choiceNames = new Set(choices.flatMap(names));
  const choiceAliases = new Set(choices.flatMap(aliases));
  const own = menu.item(bundle)?.category;
  const named = new Set<string>();
  const categories = new Set<string>();
  const inside = new Set<string>();
  let byChoice = false;
  // (Groups that other items of its own kind take are not a part it bundles: the cup size an
  // iced coffee shares with the cold brew.)
  const ownKind = menu.menu.items.filter((it) => it.id !== bundle && it.category === own);
  const ids = new Set(groups.map((g) => g.id).filter((g) => !ownKind.some((it) => menu.itemGroup(it.id, g))));
  for (const it of menu.menu.items) {
    if (it.id === bundle) continue;
    // (Named by a choice, "Fries" for the side; or made only the ways the bundle's groups
    // say, the fountain drink whose flavour and size the meal's drink is chosen by.)
    // (A name against a name or an alias; not two aliases, "oat" for oat milk and for oatmeal.)
    const choice = names(it).some((k) => choiceNames.has(k) || choiceAliases.has(k)) || aliases(it).some((k) => choiceNames.has(k));
    const theirs = menu.itemGroups(it.id);
    const within = it.category !== own && theirs.length > 0 && theirs.every((g) => ids.has(g.id));
    if (!choice && !within) continue;
    named.add(it.id);
    if (it.category === own) continue;
    if (choice) byChoice = true;
    (choice ? categories : inside).add(it.category);
  }
  // (One of its parts at least named by a choice: a latte whose cup and milk a hot chocolate
  // also takes is no bundle.)
  const out = { named, categories: byChoice ? new Set([...categories, ...inside]) : categories };
  perMenu.set(bundle, out);
  return out;
}

/** Whether a bundle's choices are `item` (by name, or by the groups it is made with): the fountain drink of a combo. */
export function bundlesItem(menu: MenuModel, bundle: string, item: string): boolean {
  return isCombo(menu, bundle) && bundled(menu, bundle).named.has(item);
}

/**
 * A bundle, or an item whose description names things the menu sells of two kinds other
 * than its own ("Currywurst, small fries and a drink"), though its choices name only the
 * drink: what "make it a combo" may make of the lines in hand.
 */
export function isCombo(menu: MenuModel, item: string): boolean {
  if (isBundle(menu, item)) return true;
  const it = menu.item(item);
  const text = Object.values(it?.description ?? {}).join(" / ").toLowerCase();
  if (!it || !text) return false;
  const says = (n: string) => n.length >= 3 && new RegExp(`(^|[^\\p{L}])${n.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}([^\\p{L}]|$)`, "u").test(text);
  const names = (x: (typeof menu.menu.items)[number]) => [...Object.values(x.name), ...Object.values(x.aliases ?? {}).flat().map((a) => (typeof a === "string" ? a : a.text))];
  const kinds = new Set(menu.menu.items.filter((x) => x.category !== it.category && names(x).some((n) => says(n.toLowerCase()))).map((x) => x.category));
  return kinds.size >= 2;
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
