// Session-level sentences (order placed, order blocked, refused touch actions), in
// the customer's language. Engines phrase their own dialogue replies.
import type { MenuModel } from "../../../shared/menu/model.ts";
import type { CartView } from "../../../shared/cart.ts";
import type { CartError } from "../cart/cart.ts";
import { MAX_ITEMS_PER_ORDER, MAX_QTY_PER_LINE } from "../cart/cart.ts";

const ko = (lang: string) => lang === "ko";

export function orderPlacedMessage(num: number, lang: string): string {
  return ko(lang) ? `주문이 접수되었어요. 주문 번호는 ${num}번입니다. 카운터에서 결제해 주세요.` : `Your order is in. Your number is ${num}. Please pay at the counter.`;
}

export function orderBlockedMessage(menu: MenuModel, cart: CartView, lang: string): { code: string; message: string } | undefined {
  const gone = cart.unavailable?.[0];
  if (gone) {
    const name = gone.name[lang] ?? Object.values(gone.name)[0] ?? gone.item;
    return {
      code: "unavailable-line",
      message: ko(lang) ? `${name}은(는) 이제 주문할 수 없어요. 장바구니에서 빼 주세요.` : `The ${name} can no longer be ordered. Please remove it from your order.`,
    };
  }
  if (cart.pending.length > 0) {
    const p = cart.pending[0]!;
    const group = menu.groupName(p.missing[0] ?? "", lang);
    return {
      code: "pending-choice",
      message: ko(lang) ? `${menu.itemName(p.item, lang)}의 ${group}을(를) 먼저 골라 주세요.` : `Please choose the ${group.toLowerCase()} for the ${menu.itemName(p.item, lang)} first.`,
    };
  }
  if (cart.lines.length === 0) {
    return { code: "empty-cart", message: ko(lang) ? "장바구니가 비어 있어요." : "Your cart is empty." };
  }
  if (cart.missingOrderOptions.length > 0) {
    const group = menu.groupName(cart.missingOrderOptions[0]!, lang);
    return { code: "missing-order-option", message: ko(lang) ? `${group}을(를) 골라 주세요.` : `Please choose: ${group}.` };
  }
  return undefined;
}

export function cartErrorMessage(menu: MenuModel, err: CartError, lang: string): string {
  const name = err.item ? menu.itemName(err.item, lang) : "";
  switch (err.code) {
    case "sold-out":
      return ko(lang) ? `죄송해요, ${name}은(는) 지금 품절이에요.` : `Sorry, the ${name} is sold out right now.`;
    case "too-many":
      return ko(lang) ? `한 메뉴는 ${MAX_QTY_PER_LINE}개까지 주문할 수 있어요.` : `You can order up to ${MAX_QTY_PER_LINE} of one item.`;
    case "order-full":
      return ko(lang) ? `한 번에 ${MAX_ITEMS_PER_ORDER}개까지 주문할 수 있어요.` : `One order can hold up to ${MAX_ITEMS_PER_ORDER} items.`;
    case "unknown-item":
      return ko(lang) ? "메뉴에 없는 상품이에요." : "That is not on the menu.";
    default:
      return ko(lang) ? "그 선택은 할 수 없어요." : "That choice is not available.";
  }
}
