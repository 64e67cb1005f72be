// A read-back check: a count said with a word that puts something in or on, and nothing put in
// or on. "카오팟 … 계란 후라이 두 개 올려 주세요" → "아 하나만 올려 주세요" left the two eggs and said the
// line was already so, answered alone (blind round 60): "하나만 올려" asks for something to be
// put on, one of it; a turn that says so with no item and leaves the cart as it was has not
// done what was asked, whatever step read it (the count taken as a line's that already had
// it, or as a size step with nowhere to go). The same words in English, "one fried rice with
// two fried eggs" → "actually just put one on", made a second fried rice: whatever the cart
// did, where a line in hand holds a counted add-on and none changed, a dish was "put on".
import { putsIn } from "./add-on-count-said-again.ts";
import type { CartLine, CartState } from "../../cart/cart.ts";
import type { MenuModel } from "../../../../shared/menu/model.ts";
import type { TurnResult } from "./turn-draft.ts";

export function countPutChangedNothing(d: TurnResult): string[] {
  const u = d.utterance;
  if (!d.before.lines.length || u.units.some((x) => !x.asked)) return [];
  const counted = u.bare.filter((b) => !b.asked && b.qtyExplicit && b.qty !== undefined && !b.mods.length && !b.parts.length && putsIn(u, b));
  if (!counted.length) return [];
  if (sameCart(d.before, d.state)) return [`a count said with a word that puts something in or on ("${u.text}"), and the cart is as it was`];
  // (One more of an add-on, "put one more on", is a count of it too; "add one more" of a dish is not put in.)
  if (counted.some((b) => b.kws.has("more"))) return [];
  const heldBefore = d.before.lines.some((l) => countedAddOns(d.menu, l).some((g) => (l.options[g] as number) > Number(d.menu.itemGroup(l.item, g)?.default ?? 0)));
  if (!heldBefore) return [];
  const putChanged = d.state.lines.some((l) => {
    const was = d.before.lines.find((b) => b.id === l.id);
    return countedAddOns(d.menu, l).some((g) => (was ? was.options[g] : undefined) !== l.options[g] && (was || (l.options[g] as number) > 0));
  });
  return putChanged ? [] : [`a count said with a word that puts something in or on ("${u.text}"), a line in hand holds a counted add-on, and none changed`];
}

/** The counted groups the line's item takes, each held as a number. */
const countedAddOns = (menu: MenuModel, l: CartLine) => menu.itemGroups(l.item).filter((g) => g.select === "count" && typeof l.options[g.id] === "number").map((g) => g.id);

const lineKey = (s: CartState) => JSON.stringify(s.lines.map((l) => [l.id, l.qty, l.options]));
/** The cart's lines as they were: the same lines, counts and options. */
export const sameCart = (a: CartState, b: CartState) => lineKey(a) === lineKey(b);
