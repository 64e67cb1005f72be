// Korean "쌈사 양고기로 두 개": an item not yet counted, then a word that names one of its
// choices (the filling) and also, cut short, another item's counted extra ("양고기 추가" of the
// plov), then a number. The number was read as the extra's count, which the samsa cannot take,
// so it went nowhere and one samsa was made (blind round 89). Where the item said just before
// takes the word's choice and no item of the clause takes the counted extra, the number
// counts the item (option-count-numbers.ts). English says it the other way round, "two lamb
// samsas" of an "Extra lamb": the item right after the word.
import type { MenuModel } from "../../../../shared/menu/model.ts";
import { countGroupOf, isItemish, itemOf, type Content } from "./mods.ts";

/** Whether the number beside content[i] counts the uncounted item (before it in Korean, after it in English) rather than the option. */
export function countsTheItemChosen(content: readonly Content[], i: number, menu: MenuModel, en = false): boolean {
  const a = content[i]!;
  const group = countGroupOf(a, menu);
  if (a.kind !== "menu" || !group) return false;
  const choiceGroups = a.refs.flatMap((r) => (r.kind === "choice" ? [r.group] : []));
  if (!choiceGroups.length) return false;
  // (Any item of the clause that takes the counted extra keeps the number the extra's.)
  if (content.some((c) => c.kind === "menu" && c.refs.some((r) => r.kind === "item" && !!menu.itemGroup(r.item, group)))) return false;
  const takesTheChoice = (c: Content | undefined) => {
    const item = c && isItemish(c) ? itemOf(c) : undefined;
    return !!item && choiceGroups.some((g) => !!menu.itemGroup(item, g));
  };
  if (en) return takesTheChoice(content[i + 1]);
  for (let j = i - 1; j >= 0; j--) {
    const c = content[j]!;
    if (c.kind === "num") return false;
    if (isItemish(c)) return takesTheChoice(c);
  }
  return false;
}
