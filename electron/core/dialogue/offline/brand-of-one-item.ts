// "모둠 3인 하나요 그리고 참이슬 두 병", "소곱창 2인분" → "테라 두 병이랑요": a choice said with its
// own count (a soju's brand, a beer's) where the dish just named, or the line in hand, does not
// take it. Said alone it already ordered the one item that takes it; after a dish it was left a
// choice of that dish, refused, and nothing was made (blind round 71). A step of item-or-choice.ts.
import type { MenuModel } from "../../../../shared/menu/model.ts";
import { isPartGroup } from "./set-part-said-alone.ts";

/**
 * Off: the reading also took a size said after a drink ("콜라 큰 거 하나", the one item with a
 * "큰 거" size) and "물 두 병" (probes eomuk-037, sujebi-022, dakgalbi-049: wrong answers alone).
 * It needs the brand told from a generic choice word before it is switched on.
 */
export const BRANDS_COUNTED_AFTER_A_DISH = false;

/** The one item that takes the one choice said (its own kind, not a set's part), where items are in hand and none takes its group. */
export function onlyItemTaking(menu: MenuModel, choices: Array<{ group: string; choice: string }>, inHand: readonly string[]): { item: string; group: string; choice: string } | undefined {
  // (With nothing in hand the choice said alone already orders the item; a set's part, "차가운
  // 두유" of a breakfast set, is the thing sold alone so named: set-part-said-alone.ts.)
  if (choices.length !== 1 || !inHand.length) return undefined;
  const c = choices[0]!;
  if (inHand.some((it) => menu.itemGroup(it, c.group))) return undefined;
  const hits = menu.menu.items.filter((it) => !it.soldOut && menu.itemGroup(it.id, c.group)?.choices.some((x) => x.id === c.choice));
  return hits.length === 1 && !isPartGroup(menu, hits[0]!.id, c.group) ? { item: hits[0]!.id, ...c } : undefined;
}
