// Shapes of menu names the lexicon reads differently: a choice written with its article
// ("A bowl"), and a count some items come with one of ("Chicken" on a salad that has one
// scoop), where "double chicken" says how many in all.
import type { MenuModel } from "../../../../shared/menu/model.ts";

/** An English name's leading article ("A bowl" → "bowl"); a name that is only the article stays. */
export function withoutArticle(name: string): string {
  const bare = name.replace(/^(?:a|an)\s+(?=\S)/i, "");
  return bare.trim() ? bare : name;
}

/** Some item comes with at least one of the count (its own default or minimum). */
export function servedWithOne(menu: MenuModel, group: string): boolean {
  return menu.menu.items.some((it) => {
    const g = menu.itemGroup(it.id, group);
    return !!g && (g.min >= 1 || (typeof g.default === "number" && g.default >= 1));
  });
}
