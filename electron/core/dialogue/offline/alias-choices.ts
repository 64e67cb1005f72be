// An item's alias that is also the name of one of its own choices: "cone" for the ice cream
// where the Cake cone is also called "cone". Said as the head noun ("a chocolate cone", "two
// cones of vanilla", "a mango in a cone") it names the item AND that choice, as a preset alias
// (아아 = iced americano) does. Read from the menu's names only.
import type { MenuModel } from "../../../../shared/menu/model.ts";
import { keyOf } from "./name-forms.ts";

type Named = { name: Record<string, string | undefined>; aliases?: Record<string, Array<string | { text: string }> | undefined> };

const namesOf = (x: Named) => [...Object.values(x.name), ...Object.values(x.aliases ?? {}).flat().map((a) => (typeof a === "string" ? a : a?.text))].filter((n): n is string => !!n).map(keyOf);

/**
 * The one choice (of a one-choice group of the item; "cup" for the Cup, its default, too)
 * that `alias` also names, as a preset; none where no choice or more than one does (then
 * the words decide).
 */
export function choiceAnAliasNames(menu: MenuModel, item: string, alias: string): Record<string, string> | undefined {
  const key = keyOf(alias);
  if (!key) return undefined;
  // ("cones", an alias the menu spells in the plural, names the Cake cone too.)
  const keys = /[a-z]s$/.test(key) ? [key, key.slice(0, -1)] : [key];
  const hits: Array<[string, string]> = [];
  for (const g of menu.itemGroups(item)) {
    if (g.select !== "one") continue;
    for (const c of g.choices) if (namesOf(c).some((n) => keys.includes(n))) hits.push([g.id, c.id]);
  }
  if (hits.length !== 1) return undefined;
  const [group, choice] = hits[0]!;
  return { [group]: choice };
}
