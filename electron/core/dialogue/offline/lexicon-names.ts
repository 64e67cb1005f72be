// Checks lexicon.ts makes on the menu's names while building: a group's word that is an
// item's name after a choice it takes ("regular fries"), a piece of an item's name that
// otherwise names only meals' choices, and the words English clippings must not start.
import type { MenuModel } from "../../../../shared/menu/model.ts";
import type { Text } from "../../../../shared/menu/schema.ts";
import { onlyInBundles } from "./bundles.ts";
import type { MenuRef } from "./menu-ref.ts";
import { keyOf } from "./name-forms.ts";

/** Words that are an item's name after a choice that item takes ("regular fries", "large fries"). */
export function itemWithItsChoice(menu: MenuModel, phrase: string, full: ReadonlyArray<[string, MenuRef]>): boolean {
  const words = phrase.trim().split(/\s+/);
  for (let k = 1; k < words.length; k++) {
    const head = keyOf(words.slice(k).join(" "));
    const before = keyOf(words.slice(0, k).join(" "));
    const items = full.flatMap(([t, r]) => (r.kind === "item" && !r.preset && keyOf(t) === head ? [r.item] : []));
    const said = (c: { name: Text; aliases?: Record<string, unknown[]> }) => [...Object.values(c.name), ...Object.values(c.aliases ?? {}).flat().filter((x): x is string => typeof x === "string")].map(keyOf);
    if (items.some((it) => menu.itemGroups(it).some((g) => g.choices.some((c) => said(c).includes(before))))) return true;
  }
  return false;
}

/**
 * "chicken" for Chicken shawarma where "chicken" is also a choice of the kids meal's main:
 * a piece of one item's name that otherwise names only choices of meals' groups (bundles.ts)
 * that item does not take is that item's name too (which one the words mean is read in context, like any word
 * two things share).
 */
export function choiceOfAnotherItem(menu: MenuModel, full: readonly MenuRef[], partial: readonly MenuRef[]): boolean {
  const items = new Set(partial.flatMap((r) => (r.kind === "item" && !r.preset ? [r.item] : [])));
  if (items.size !== 1 || partial.some((r) => r.kind !== "item")) return false;
  const [item] = [...items] as [string];
  return full.every((r) => r.kind === "choice" && !menu.itemGroup(item, r.group) && onlyInBundles(menu, r.group));
}

/** Every word of the menu's names other than its choices' (items, categories, groups, order options). */
export function otherMenuWords(menu: MenuModel): string[] {
  const words = (t: Text | undefined, a?: Record<string, unknown[]>) =>
    [...Object.values(t ?? {}), ...Object.values(a ?? {}).flat().filter((x): x is string => typeof x === "string")].flatMap((n) => n.toLowerCase().split(/[^a-z]+/));
  const m = menu.menu;
  return [
    ...m.items.flatMap((x) => words(x.name, x.aliases)),
    ...(m.categories ?? []).flatMap((x) => words(x.name, (x as { aliases?: Record<string, unknown[]> }).aliases)),
    ...m.optionGroups.flatMap((x) => words(x.name, x.aliases)),
    ...(m.orderOptions ?? []).flatMap((g) => [...words(g.name, g.aliases), ...(g.choices ?? []).flatMap((c) => words(c.name, c.aliases))]),
  ].filter(Boolean);
}
