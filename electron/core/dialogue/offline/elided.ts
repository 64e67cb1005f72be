// An elided head noun: "a large with ham", "ham mushrooms onions on a large", "a large thin
// crust". Options and a quantity with no item named order the item they describe: the one
// item that takes every option said, or among several the one most open to options (the
// build-your-own over the specialties). Always a guess: the planner reports it as unsure.
import type { MenuModel } from "../../../../shared/menu/model.ts";
import { itemTakes } from "./options.ts";
import { removalIndex } from "./refusal.ts";
import type { Mod } from "./utterance.ts";

/** `among`: the items a word like "pizza" may mean, when it named several. */
export function elidedHeadFor(menu: MenuModel, mods: Mod[], among?: string[]): string | undefined {
  const best = likeliestHeads(menu, mods, among);
  return best.length === 1 ? best[0] : undefined;
}

/** The items equally likely to be meant (several: ask which, with buttons). */
export function likeliestHeads(menu: MenuModel, mods: Mod[], among?: string[]): string[] {
  const wanted = mods.filter((m) => (m.kind === "choice" && !m.neg) || m.kind === "count");
  if (!wanted.length) return [];
  const pool = among ? menu.menu.items.filter((it) => among.includes(it.id)) : menu.menu.items;
  const fits = pool.filter((it) => !menu.item(it.id)?.soldOut && wanted.every((m) => itemTakes(menu, it.id, m)));
  if (fits.length <= 1) return fits.map((it) => it.id);
  // Choices one can add; a "leave off" group only undoes what a specialty comes with.
  const removal = removalIndex(menu).groups;
  const openness = (id: string) => menu.itemGroups(id).reduce((s, g) => s + (removal.has(g.id) ? 0 : g.choices?.length ?? 0), 0);
  const most = Math.max(...fits.map((it) => openness(it.id)));
  return fits.filter((it) => openness(it.id) === most).map((it) => it.id);
}
