// The sentences the LLM engine says itself, built from the cart and the menu, never
// from model text: what changed, the total, the confirmation read-back, and the next
// question (a missing required choice or order option). Korean and English; other
// store languages get English.
import type { MenuModel } from "../../../../shared/menu/model.ts";
import type { OptionValue } from "../../../../shared/menu/schema.ts";
import type { CartView } from "../../../../shared/cart.ts";
import type { Ask } from "../engine.ts";
import { formatMoney } from "./money.ts";

const isKo = (lang: string) => lang === "ko";

/** Korean particle by the last syllable: 은/는, 을/를, 으로/로. Non-Hangul endings get both forms. */
export function josa(word: string, withBatchim: string, without: string): string {
  // "아메리카노(라지)" is said "아메리카노 라지": the particle follows the last spoken syllable.
  const ch = word.replace(/[\s)\]"'.,]+$/, "").slice(-1);
  const code = ch.charCodeAt(0) - 0xac00;
  if (code < 0 || code > 11171) return `${withBatchim}(${without})`;
  const jong = code % 28;
  if (withBatchim === "으로") return jong === 0 || jong === 8 ? "로" : "으로";
  return jong === 0 ? without : withBatchim;
}

/** The options of a line that differ from the item's defaults, as the customer would say them. */
export function optionWords(menu: MenuModel, itemId: string, options: Record<string, OptionValue>, lang: string): string[] {
  const out: string[] = [];
  for (const g of menu.itemGroups(itemId)) {
    const v = options[g.id];
    if (v === undefined) continue;
    if (g.select === "count") {
      if (v !== g.default && typeof v === "number") out.push(`${menu.groupName(g.id, lang)} ${v}`);
    } else if (g.select === "many") {
      for (const id of Array.isArray(v) ? v : []) out.push(menu.choiceName(g.id, id, lang));
    } else if (typeof v === "string" && (v !== g.default || g.required)) {
      out.push(menu.choiceName(g.id, v, lang));
    }
  }
  return out;
}

/** "latte" → "lattes", "berry" → "berries"; names already plural or ending in a size ("1.25L") stay. */
export function pluralEn(name: string): string {
  if (!/[a-z]$/.test(name) || /s$/.test(name)) return name;
  if (/[^aeiou]y$/.test(name)) return `${name.slice(0, -1)}ies`;
  if (/(x|z|ch|sh)$/.test(name)) return `${name}es`;
  return `${name}s`;
}

export function itemLabel(menu: MenuModel, itemId: string, options: Record<string, OptionValue>, lang: string, qty = 1): string {
  const name = isKo(lang) || qty === 1 ? menu.itemName(itemId, lang) : pluralEn(menu.itemName(itemId, lang));
  const words = optionWords(menu, itemId, options, lang);
  if (words.length === 0) return name;
  return isKo(lang) ? `${name}(${words.join(", ")})` : `${name} (${words.map((w) => w.toLowerCase()).join(", ")})`;
}

export function lineText(menu: MenuModel, line: { item: string; qty: number; options: Record<string, OptionValue> }, lang: string): string {
  const label = itemLabel(menu, line.item, line.options, lang, line.qty);
  return isKo(lang) ? `${label} ${line.qty}개` : `${line.qty} ${label}`;
}

function list(parts: string[], lang: string): string {
  if (isKo(lang) || parts.length < 2) return parts.join(", ");
  return `${parts.slice(0, -1).join(", ")} and ${parts[parts.length - 1]}`;
}

function orList(parts: string[], lang: string): string {
  if (isKo(lang)) return parts.join(", ");
  return parts.length < 2 ? parts.join("") : `${parts.slice(0, -1).join(", ")} or ${parts[parts.length - 1]}`;
}

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
    (by(k) as Extract<CartChange, { kind: "added" }>[]).map((c) => lineText(menu, c, lang));
  const added = lines("added");
  const removed = lines("removed");
  const changed = lines("changed");
  if (added.length) sentences.push(ko ? `${list(added, lang)} 담았어요.` : `Added ${list(added, lang)}.`);
  if (removed.length) sentences.push(ko ? `${list(removed, lang)} 뺐어요.` : `Removed ${list(removed, lang)}.`);
  if (changed.length) sentences.push(ko ? `${list(changed, lang)}${josa(changed[changed.length - 1]!, "으로", "로")} 바꿨어요.` : `Changed to ${list(changed, lang)}.`);
  for (const c of by("orderOption") as Extract<CartChange, { kind: "orderOption" }>[]) {
    const name = menu.choiceName(c.group, c.value, lang);
    sentences.push(ko ? `${name}${josa(name, "으로", "로")} 할게요.` : `${name}, got it.`);
  }
  if (added.length || removed.length || changed.length) sentences.push(totalText(view, lang));
  return sentences.join(" ");
}

export function totalText(view: CartView, lang: string): string {
  if (view.lines.length === 0 && view.pending.length === 0) return isKo(lang) ? "장바구니가 비었어요." : "Your cart is empty now.";
  // Lines waiting for a choice cost nothing yet; a total of 0 would only confuse.
  if (view.lines.length === 0) return "";
  const money = formatMoney(view.total, view.currency, lang);
  return isKo(lang) ? `합계 ${money}이에요.` : `Your total is ${money}.`;
}

/** The whole cart read back (show_cart and the confirmation question). */
export function cartText(menu: MenuModel, view: CartView, lang: string): string {
  const ko = isKo(lang);
  const parts = view.lines.map((l) => lineText(menu, l, lang));
  for (const p of view.pending) parts.push(lineText(menu, p, lang));
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
  const money = formatMoney(unitPrice, menu.currency, lang);
  return isKo(lang) ? `${label}${josa(label, "은", "는")} ${money}이에요.` : `The ${label} is ${money}.`;
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
      ? `${item} ${group}${josa(group, "은", "는")} 어떻게 할까요? ${orList(choices, lang)} 중에 골라 주세요.`
      : `Which ${group.toLowerCase()} would you like for the ${item}: ${orList(choices, lang)}?`;
    return { text, ask: { kind: "choice", lineId: p.id, item: p.item, group: gid } };
  }
  const og = view.lines.length > 0 ? view.missingOrderOptions[0] : undefined;
  if (og) {
    const g = menu.orderGroup(og);
    const choices = (g?.choices ?? []).map((c) => menu.text(c.name, lang));
    const group = menu.groupName(og, lang);
    const text = ko ? `${group}${josa(group, "은", "는")} 어떻게 할까요? ${orList(choices, lang)} 중에 골라 주세요.` : `${orList(choices, lang)}?`;
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
