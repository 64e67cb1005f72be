// The sentences the LLM engine says itself, built from the cart and the menu, never
// from model text: what changed, the total, the confirmation read-back, and the next
// question (a missing required choice or order option). Korean and English; other
// store languages get English.
import type { MenuModel } from "../../../../shared/menu/model.ts";
import type { OptionValue } from "../../../../shared/menu/schema.ts";
import type { CartView } from "../../../../shared/cart.ts";
import type { Ask } from "../engine.ts";
import { itemLabel, josa, lineLabel, list, sayMoney } from "../../../../shared/wording.ts";

const isKo = (lang: string) => lang === "ko";
const orList = (parts: string[], lang: string) => list(parts, lang, "or");

export type CartChange =
  | { kind: "added" | "removed" | "changed"; item: string; qty: number; options: Record<string, OptionValue> }
  | { kind: "orderOption"; group: string; value: string };

/** One or two sentences about what this turn changed, then the total. */
export function changesText(menu: MenuModel, changes: CartChange[], view: CartView, lang: string): string {
  if (changes.length === 0) return "";
  const ko = isKo(lang);
  const by = (k: CartChange["kind"]) => changes.filter((c) => c.kind === k);
  const sentences: string[] = [];
  const lines = (k: "added" | "removed" | "changed") =>
    (by(k) as Extract<CartChange, { kind: "added" }>[]).map((c) => lineLabel(menu, c, lang));
  const added = lines("added");
  const removed = lines("removed");
  const changed = lines("changed");
  if (added.length) sentences.push(ko ? `${list(added, lang)} 담았어요.` : `Added ${list(added, lang)}.`);
  if (removed.length) sentences.push(ko ? `${list(removed, lang)} 뺐어요.` : `Removed ${list(removed, lang)}.`);
  if (changed.length) sentences.push(ko ? `${josa(list(changed, lang), "으로")} 바꿨어요.` : `Changed to ${list(changed, lang)}.`);
  for (const c of by("orderOption") as Extract<CartChange, { kind: "orderOption" }>[]) {
    const name = menu.choiceName(c.group, c.value, lang);
    sentences.push(ko ? `${josa(name, "으로")} 할게요.` : `${name}, got it.`);
  }
  if (added.length || removed.length || changed.length) sentences.push(totalText(view, lang));
  return sentences.join(" ");
}

export function totalText(view: CartView, lang: string): string {
  if (view.lines.length === 0 && view.pending.length === 0) return isKo(lang) ? "장바구니가 비었어요." : "Your cart is empty now.";
  // Lines waiting for a choice cost nothing yet; a total of 0 would only confuse.
  if (view.lines.length === 0) return "";
  const money = sayMoney(view.total, view.currency, lang);
  return isKo(lang) ? `합계 ${josa(money, "이에요")}.` : `Your total is ${money}.`;
}

/** The whole cart read back (show_cart and the confirmation question). */
export function cartText(menu: MenuModel, view: CartView, lang: string): string {
  const ko = isKo(lang);
  const parts = view.lines.map((l) => lineLabel(menu, l, lang));
  for (const p of view.pending) parts.push(lineLabel(menu, p, lang));
  if (parts.length === 0) return ko ? "장바구니가 비어 있어요." : "Your cart is empty.";
  const order = menu.orderGroups().flatMap((g) => {
    const v = view.orderOptions[g.id];
    return typeof v === "string" ? [menu.choiceName(g.id, v, lang)] : [];
  });
  const tail = order.length ? `, ${ko ? order.join(", ") : order.join(", ").toLowerCase()}` : "";
  return `${ko ? "주문 내역은" : "You have"} ${list(parts, lang)}${tail}. ${totalText(view, lang)}`.trim();
}

export function confirmText(menu: MenuModel, view: CartView, lang: string): string {
  return `${cartText(menu, view, lang)} ${isKo(lang) ? "이대로 주문할까요?" : "Shall I place the order?"}`;
}

export function quoteText(menu: MenuModel, itemId: string, options: Record<string, OptionValue>, unitPrice: number, lang: string): string {
  const label = itemLabel(menu, itemId, options, lang);
  const money = sayMoney(unitPrice, menu.currency, lang);
  return isKo(lang) ? `${josa(label, "은는")} ${josa(money, "이에요")}.` : `The ${label} is ${money}.`;
}

/** What the kiosk needs next from the customer, if anything: a required choice, then a required order option. */
export function nextQuestion(menu: MenuModel, view: CartView, lang: string): { text: string; ask: Ask } | undefined {
  const ko = isKo(lang);
  const p = view.pending[0];
  if (p) {
    const gid = p.missing[0]!;
    const g = menu.itemGroup(p.item, gid);
    const choices = (g?.choices ?? []).map((c) => menu.text(c.name, lang));
    const item = menu.itemName(p.item, lang);
    const group = menu.groupName(gid, lang);
    const text = ko
      ? `${item} ${josa(group, "은는")} 어떻게 할까요? ${orList(choices, lang)} 중에 골라 주세요.`
      : `Which ${group.toLowerCase()} would you like for the ${item}: ${orList(choices, lang)}?`;
    return { text, ask: { kind: "choice", lineId: p.id, item: p.item, group: gid } };
  }
  const og = view.lines.length > 0 ? view.missingOrderOptions[0] : undefined;
  if (og) {
    const g = menu.orderGroup(og);
    const choices = (g?.choices ?? []).map((c) => menu.text(c.name, lang));
    const group = menu.groupName(og, lang);
    const text = ko ? `${josa(group, "은는")} 어떻게 할까요? ${orList(choices, lang)} 중에 골라 주세요.` : `${orList(choices, lang)}?`;
    return { text, ask: { kind: "orderOption", group: og } };
  }
  return undefined;
}

export const anythingElseText = (lang: string) => (isKo(lang) ? "더 필요하신 건 있으세요?" : "Anything else?");
export const cancelledText = (lang: string) => (isKo(lang) ? "주문을 모두 취소했어요." : "I've cancelled the whole order.");
export const emptyCartText = (lang: string) => (isKo(lang) ? "아직 담긴 메뉴가 없어요. 무엇을 드릴까요?" : "Your cart is empty. What would you like?");
export const fallbackNoticeText = (lang: string) =>
  isKo(lang) ? "연결이 불안정해서 간단 모드로 도와드릴게요." : "I'm having connection trouble, so I'll keep it simple.";
export const notUnderstoodText = (lang: string) => (isKo(lang) ? "죄송해요, 다시 한 번 말씀해 주시겠어요?" : "Sorry, could you say that again?");
