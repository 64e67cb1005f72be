// "Ice cream, three scoops of pistachio" where the ice cream always comes as a count of
// scoops ("Scoops", at least one) and must be told its flavour: the measure word is that
// count, and the number how many in all, not a measure said of the flavour and dropped (held-out
// r97d-007 kept the two scoops it comes with, alone). Not "a shot of vanilla" of a latte whose
// syrup may be left out (a flavour the item need not be given): that shot measures the syrup.
import type { MenuModel } from "../../../../shared/menu/model.ts";
import type { Atom } from "./scan.ts";

/**
 * `measure` ("scoops") said with a number before it and "of" a choice after it names a counted
 * group of `item` the item always holds some of (min ≥ 1), and the choice is one of a pick-one
 * group the item must be given (what is measured out is the item itself in that flavour): those
 * counted groups of the item (the measure word may name other items' counts too), else none.
 */
export function countMeasuredIn(menu: MenuModel, item: string, measure: Atom, choice: Atom): string[] {
  if (measure.kind !== "menu" || choice.kind !== "menu") return [];
  const counts = measure.refs.flatMap((r) => (r.kind === "group" ? [menu.itemGroup(item, r.group)] : [])).filter((g) => g?.select === "count" && g.min >= 1);
  const flavour = choice.refs.some((r) => {
    const g = r.kind === "choice" ? menu.itemGroup(item, r.group) : undefined;
    return !!g && r.kind === "choice" && g.select === "one" && g.required && g.choices.some((c) => c.id === r.choice);
  });
  return flavour ? counts.map((g) => g!.id) : [];
}
