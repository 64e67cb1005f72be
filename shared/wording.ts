// The kiosk's wording, defined once for the screen and both dialogue engines: money,
// Korean particles (josa), item and line labels, lists, and the cart's messages to the
// customer (order placed, order blocked, a refused action). Prices are integers in the
// currency's minor unit (KRW: won, USD: cents); how many minor digits a currency has
// comes from Intl, so any ISO 4217 currency works.
//
// Money has two forms on purpose, one rule each:
// - written (the screen's price tags): "4,500원", "₩4,500", "$4.50";
// - said (every reply sentence, shown and spoken): "4,500원", "4,500 won", "$4.50" —
//   a speech engine reads "won" right, where "₩" is read as a symbol or not at all.
import { MAX_ITEMS_PER_ORDER, MAX_QTY_PER_LINE, type CartErrorCode, type CartView } from "./cart.ts";
import type { MenuModel } from "./menu/model.ts";
import type { OptionValue } from "./menu/schema.ts";

/** The languages the kiosk has its own sentences in; other store languages get English. */
export type Lang = "ko" | "en";

/** The language the kiosk's own sentences take for a store language code. */
export function wordingLang(code: string): Lang {
  return code === "ko" ? "ko" : "en";
}

// Intl formatters are costly to build (a large share of a turn's CPU time), so each is made once.
const formatters = new Map<string, Intl.NumberFormat | null>();

function formatter(locale: string, opts: Intl.NumberFormatOptions): Intl.NumberFormat | null {
  const key = `${locale}|${JSON.stringify(opts)}`;
  let f = formatters.get(key);
  if (f === undefined) {
    try {
      f = new Intl.NumberFormat(locale, opts);
    } catch {
      f = null; // a currency code Intl refuses
    }
    formatters.set(key, f);
  }
  return f;
}

/** How many minor-unit digits a currency has (KRW 0, USD 2, KWD 3); 2 for a code Intl refuses. */
export function minorDigits(currency: string): number {
  return formatter("en", { style: "currency", currency })?.resolvedOptions().maximumFractionDigits ?? 2;
}

/** The number alone, in the currency's major unit: 4500 KRW → "4,500", 450 USD → "4.50". */
export function formatAmount(minor: number, currency: string, lang = "en"): string {
  return grouped(minor, currency, lang);
}

function grouped(minor: number, currency: string, lang: string): string {
  const digits = minorDigits(currency);
  const f = formatter(lang, { minimumFractionDigits: digits, maximumFractionDigits: digits }) ?? formatter("en", { minimumFractionDigits: digits, maximumFractionDigits: digits })!;
  return f.format(minor / 10 ** digits);
}

/** Written: 4500 KRW ko → "4,500원", en → "₩4,500"; 450 USD en → "$4.50". */
export function formatMoney(minor: number, currency: string, lang: string): string {
  if (lang === "ko" && currency === "KRW") return `${grouped(minor, currency, lang)}원`;
  const digits = minorDigits(currency);
  const f = formatter(lang, { style: "currency", currency, minimumFractionDigits: digits, maximumFractionDigits: digits });
  return f ? f.format(minor / 10 ** digits) : `${grouped(minor, currency, lang)} ${currency}`;
}

/** For staff and machines (kitchen ticket, receiver log): the amount and its code, "4,500 KRW", "4.50 USD". */
export function codeMoney(minor: number, currency: string): string {
  return `${grouped(minor, currency, "en")} ${currency}`;
}

/** Said (reply sentences): like written, but won is a word: "4,500원", "4,500 won". */
export function sayMoney(minor: number, currency: string, lang: string): string {
  if (currency === "KRW") return lang === "ko" ? `${grouped(minor, currency, "ko")}원` : `${grouped(minor, currency, "en")} won`;
  return formatMoney(minor, currency, lang);
}

// ---- Korean particles ----

const HANGUL_START = 0xac00;
const HANGUL_END = 0xd7a3;

/** What a word ends with when said: "아메리카노(라지)" is said "아메리카노 라지". */
function lastSpoken(word: string): string {
  return word.replace(/[\s)\]"'.,!?]+$/, "").slice(-1);
}

/** The final consonant of the last spoken syllable: "none", "rieul" (ㄹ) or "other"; undefined when unknown. */
function finalConsonant(word: string): "none" | "rieul" | "other" | undefined {
  const ch = lastSpoken(word);
  if (!ch) return undefined;
  const c = ch.charCodeAt(0);
  if (c >= HANGUL_START && c <= HANGUL_END) {
    const fin = (c - HANGUL_START) % 28;
    return fin === 0 ? "none" : fin === 8 ? "rieul" : "other";
  }
  // Digits as read in Korean: 영 삼 육 (final consonant), 일 칠 팔 (ㄹ), 이 사 오 구 (none).
  if (/[0-9]/.test(ch)) return /[178]/.test(ch) ? "rieul" : /[036]/.test(ch) ? "other" : "none";
  // Latin letters as commonly read (latte → 라테, cool → 쿨).
  if (/[a-z]/i.test(ch)) return /l/i.test(ch) ? "rieul" : /[mnbkpt]/i.test(ch) ? "other" : "none";
  return undefined;
}

export type JosaPair = "은는" | "이가" | "을를" | "으로" | "과와" | "이에요";

const PARTICLES: Record<JosaPair, [withFinal: string, without: string]> = {
  은는: ["은", "는"],
  이가: ["이", "가"],
  을를: ["을", "를"],
  과와: ["과", "와"],
  이에요: ["이에요", "예요"],
  으로: ["으로", "로"],
};

/** The word with its particle, picked by the last spoken sound: 라떼는, 치즈케이크를, 아이스로, 콜로. */
export function josa(word: string, pair: JosaPair): string {
  // An adverb already says "as" (따뜻하게, 데워서): no particle after it.
  if (pair === "으로" && /[게서]$/.test(word.trim())) return word;
  const [withFinal, without] = PARTICLES[pair];
  const fin = finalConsonant(word);
  // An ending we cannot sound out (a symbol, another script): both forms, as in print.
  if (fin === undefined) return pair === "이에요" ? `${word}이에요` : `${word}${withFinal}(${without})`;
  // ㄹ takes 로 like a word without a final consonant.
  const bare = fin === "none" || (pair === "으로" && fin === "rieul");
  return word + (bare ? without : withFinal);
}

// ---- labels and lists ----

/** "latte" → "lattes", "berry" → "berries"; names already plural or ending in a size ("1.25L") stay. */
export function pluralEn(name: string): string {
  if (!/[a-z]$/.test(name) || /s$/.test(name)) return name;
  if (/[^aeiou]y$/.test(name)) return `${name.slice(0, -1)}ies`;
  if (/(x|z|ch|sh)$/.test(name)) return `${name}es`;
  return `${name}s`;
}

/**
 * The options of a line that differ from the item's defaults, plus every required
 * choice, in the menu's words ("아이스, 샷 2"; the screen writes counts "샷 ×2").
 */
export function optionWords(menu: MenuModel, itemId: string, options: Record<string, OptionValue>, lang: string, count: { sign?: string } = {}): string[] {
  const out: string[] = [];
  for (const g of menu.itemGroups(itemId)) {
    const v = options[g.id];
    if (v === undefined) continue;
    if (g.select === "count") {
      if (typeof v === "number" && v !== g.default) out.push(`${menu.groupName(g.id, lang)} ${count.sign ?? ""}${v}`);
    } else if (g.select === "many") {
      for (const id of Array.isArray(v) ? v : []) out.push(menu.choiceName(g.id, id, lang));
    } else if (v !== g.default || g.required) {
      out.push(menu.choiceName(g.id, String(v), lang));
    }
  }
  return out;
}

/** "아메리카노(아이스)", "Americano (iced)"; English names take the plural for qty > 1. */
export function itemLabel(menu: MenuModel, itemId: string, options: Record<string, OptionValue>, lang: string, qty = 1): string {
  const ko = lang === "ko";
  const name = ko || qty === 1 ? menu.itemName(itemId, lang) : pluralEn(menu.itemName(itemId, lang));
  const words = optionWords(menu, itemId, options, lang);
  if (words.length === 0) return name;
  return ko ? `${name}(${words.join(", ")})` : `${name} (${words.map((w) => w.toLowerCase()).join(", ")})`;
}

/** "아메리카노(아이스) 2개", "2 Americanos (iced)". */
export function lineLabel(menu: MenuModel, line: { item: string; qty: number; options: Record<string, OptionValue> }, lang: string): string {
  const label = itemLabel(menu, line.item, line.options, lang, line.qty);
  return lang === "ko" ? `${label} ${line.qty}개` : `${line.qty} ${label}`;
}

/** "a, b and c" ("or" for choices); Korean lists take commas. */
export function list(parts: readonly string[], lang: string, joiner: "and" | "or" = "and"): string {
  if (lang === "ko" || parts.length < 2) return parts.join(", ");
  return `${parts.slice(0, -1).join(", ")} ${joiner} ${parts[parts.length - 1]}`;
}

// ---- the cart's messages to the customer ----

const ko = (lang: string) => lang === "ko";

/** The order is stored: its number, and where to pay. */
export function orderPlacedMessage(num: number, lang: string): string {
  return ko(lang) ? `주문이 접수되었어요. 주문 번호는 ${num}번입니다. 카운터에서 결제해 주세요.` : `Your order is in. Your number is ${num}. Please pay at the counter.`;
}

/** Why the order cannot be placed yet, if it cannot. */
export function orderBlockedMessage(menu: MenuModel, cart: CartView, lang: string): { code: string; message: string } | undefined {
  const gone = cart.unavailable?.[0];
  if (gone) {
    // A line the menu no longer offers (it changed while the order was open): named as it was.
    const name = gone.name[lang] ?? Object.values(gone.name)[0] ?? gone.item;
    return {
      code: "unavailable-line",
      message: ko(lang) ? `${josa(name, "은는")} 이제 주문할 수 없어요. 장바구니에서 빼 주세요.` : `The ${name} can no longer be ordered. Please remove it from your order.`,
    };
  }
  if (cart.pending.length > 0) {
    const p = cart.pending[0]!;
    const group = menu.groupName(p.missing[0] ?? "", lang);
    return {
      code: "pending-choice",
      message: ko(lang) ? `${menu.itemName(p.item, lang)}의 ${josa(group, "을를")} 먼저 골라 주세요.` : `Please choose the ${group.toLowerCase()} for the ${menu.itemName(p.item, lang)} first.`,
    };
  }
  if (cart.lines.length === 0) {
    return { code: "empty-cart", message: ko(lang) ? "장바구니가 비어 있어요." : "Your cart is empty." };
  }
  if (cart.missingOrderOptions.length > 0) {
    const group = menu.groupName(cart.missingOrderOptions[0]!, lang);
    return { code: "missing-order-option", message: ko(lang) ? `${josa(group, "을를")} 골라 주세요.` : `Please choose: ${group}.` };
  }
  return undefined;
}

/** A refused cart action (touch, offline engine or model tool) as the customer hears it. */
export function cartErrorMessage(menu: MenuModel, err: { code: CartErrorCode; item?: string }, lang: string): string {
  const name = err.item ? menu.itemName(err.item, lang) : "";
  switch (err.code) {
    case "sold-out":
      return ko(lang) ? `죄송해요, ${josa(name, "은는")} 지금 품절이에요.` : `Sorry, the ${name} is sold out right now.`;
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
