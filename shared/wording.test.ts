// The kiosk's wording, pinned: what the screen writes and what both engines say.
import { describe, expect, it } from "vitest";
import { readFileSync } from "node:fs";
import { cartErrorMessage, codeMoney, formatMoney, itemLabel, josa, lineLabel, list, minorDigits, orderBlockedMessage, orderPlacedMessage, pluralEn, sayMoney, type JosaPair } from "./wording.ts";
import type { CartView } from "./cart.ts";
import { MenuModel } from "./menu/model.ts";
import { validateMenu } from "./menu/validate.ts";

const nbsp = (s: string) => s.replace(/\u00a0/g, " ");

describe("money", () => {
  it.each([
    // minor units, currency, lang, written (screen), said (replies)
    [4500, "KRW", "ko", "4,500원", "4,500원"],
    [4500, "KRW", "en", "₩4,500", "4,500 won"],
    [0, "KRW", "ko", "0원", "0원"],
    [1250, "USD", "en", "$12.50", "$12.50"],
    [5, "USD", "en", "$0.05", "$0.05"],
    [475, "USD", "ko", "US$4.75", "US$4.75"],
    [1250, "EUR", "en", "€12.50", "€12.50"],
    [500, "JPY", "en", "¥500", "¥500"],
    [12000, "JPY", "en", "¥12,000", "¥12,000"],
    [12345, "KWD", "en", "KWD 12.345", "KWD 12.345"],
    [1000, "XQZ", "en", "XQZ 10.00", "XQZ 10.00"],
  ])("%i %s in %s: written %s, said %s", (n, cur, lang, written, said) => {
    expect(nbsp(formatMoney(n, cur, lang))).toBe(written);
    expect(nbsp(sayMoney(n, cur, lang))).toBe(said);
  });

  it.each([
    [16600, "KRW", "16,600 KRW"],
    [450, "USD", "4.50 USD"],
    [12345, "KWD", "12.345 KWD"],
  ])("for staff: %i %s = %s", (n, cur, want) => expect(codeMoney(n, cur)).toBe(want));

  it("takes the minor digits from Intl", () => {
    expect([minorDigits("KRW"), minorDigits("USD"), minorDigits("KWD")]).toEqual([0, 2, 3]);
  });
});

describe("josa", () => {
  it.each([
    ["라떼", "은는", "라떼는"],
    ["치즈케이크", "은는", "치즈케이크는"],
    ["베이컨", "은는", "베이컨은"],
    ["아메리카노(라지)", "을를", "아메리카노(라지)를"],
    ["우유", "이가", "우유가"],
    ["빵", "이가", "빵이"],
    ["아이스", "으로", "아이스로"],
    ["오트 우유", "으로", "오트 우유로"],
    ["라지", "으로", "라지로"],
    ["베이컨", "으로", "베이컨으로"],
    ["바닐라 시럽", "으로", "바닐라 시럽으로"],
    ["콜", "으로", "콜로"],
    ["따뜻하게", "으로", "따뜻하게"],
    ["케이크", "과와", "케이크와"],
    ["빵", "과와", "빵과"],
    ["4,500원", "이에요", "4,500원이에요"],
    ["라떼", "이에요", "라떼예요"],
    ["3", "으로", "3으로"],
    ["7", "으로", "7로"],
    ["2", "을를", "2를"],
    ["Cool", "은는", "Cool은"],
    ["Tea", "은는", "Tea는"],
    ["🙂", "은는", "🙂은(는)"],
    ["바닐라 시럽", "으로", "바닐라 시럽으로"],
  ] as [string, JosaPair, string][])("josa(%j, %s) = %j", (w, p, out) => expect(josa(w, p)).toBe(out));
});

describe("labels", () => {
  const v = validateMenu(JSON.parse(readFileSync(new URL("../assets/menu/demo-cafe.menu.json", import.meta.url), "utf8")));
  if (!v.ok) throw new Error(v.problems.join("; "));
  const menu = new MenuModel(v.menu);

  it.each([
    ["americano", { temp: "iced" }, 1, "ko", "아메리카노(아이스) 1개"],
    ["americano", { temp: "iced" }, 2, "en", "2 Americanos (iced)"],
    ["cafe-latte", { temp: "hot", milk: "oat" }, 1, "en", "1 Cafe Latte (oat milk)"],
  ] as const)("%s %j x%d in %s = %s", (item, options, qty, lang, want) => {
    expect(lineLabel(menu, { item, qty, options: { ...options } }, lang)).toBe(want);
  });

  it("a label without changed options is the name", () => {
    expect(itemLabel(menu, "espresso", {}, "ko")).toBe(menu.itemName("espresso", "ko"));
  });

  it.each([
    ["latte", "lattes"],
    ["berry", "berries"],
    ["sandwich", "sandwiches"],
    ["chips", "chips"],
    ["Cola 1.25L", "Cola 1.25L"],
  ])("pluralEn(%s) = %s", (one, many) => expect(pluralEn(one)).toBe(many));

  it.each([
    [["a"], "en", "and", "a"],
    [["a", "b"], "en", "and", "a and b"],
    [["a", "b", "c"], "en", "or", "a, b or c"],
    [["가", "나", "다"], "ko", "and", "가, 나, 다"],
  ] as const)("list(%j, %s, %s) = %s", (parts, lang, joiner, want) => expect(list(parts, lang, joiner)).toBe(want));
});

describe("the cart's messages", () => {
  const v = validateMenu(JSON.parse(readFileSync(new URL("../assets/menu/demo-cafe.menu.json", import.meta.url), "utf8")));
  if (!v.ok) throw new Error(v.problems.join("; "));
  const menu = new MenuModel(v.menu);
  const espresso = menu.itemName("espresso", "ko");

  it.each([
    [{ code: "sold-out", item: "espresso" }, "ko", `죄송해요, ${josa(espresso, "은는")} 지금 품절이에요.`],
    [{ code: "sold-out", item: "espresso" }, "en", "Sorry, the Espresso is sold out right now."],
    [{ code: "too-many" }, "ko", "한 메뉴는 20개까지 주문할 수 있어요."],
    [{ code: "order-full" }, "en", "One order can hold up to 50 items."],
    [{ code: "unknown-item" }, "ko", "메뉴에 없는 상품이에요."],
    [{ code: "invalid-choice" }, "en", "That choice is not available."],
  ] as const)("%j in %s", (err, lang, want) => expect(cartErrorMessage(menu, err, lang)).toBe(want));

  it("says the order number and where to pay", () => {
    expect(orderPlacedMessage(12, "ko")).toBe("주문이 접수되었어요. 주문 번호는 12번입니다. 카운터에서 결제해 주세요.");
    expect(orderPlacedMessage(12, "en")).toBe("Your order is in. Your number is 12. Please pay at the counter.");
  });

  const view = (extra: Partial<CartView>): CartView => ({ lines: [], pending: [], orderOptions: {}, missingOrderOptions: [], total: 0, currency: "KRW", ...extra }) as CartView;
  it.each([
    [view({}), "ko", { code: "empty-cart", message: "장바구니가 비어 있어요." }],
    [view({ lines: [{}] as CartView["lines"], missingOrderOptions: ["dining"] }), "ko", { code: "missing-order-option", message: `${josa(menu.groupName("dining", "ko"), "을를")} 골라 주세요.` }],
    [view({ lines: [{}] as CartView["lines"] }), "en", undefined],
    [
      view({ lines: [{}] as CartView["lines"], unavailable: [{ id: "L2", item: "gone", qty: 1, options: {}, name: { ko: "유자차", en: "Yuja tea" }, reason: "removed" }] }),
      "ko",
      { code: "unavailable-line", message: "유자차는 이제 주문할 수 없어요. 장바구니에서 빼 주세요." },
    ],
  ])("blocks an order that is not complete (%#)", (cart, lang, want) => expect(orderBlockedMessage(menu, cart, lang)).toEqual(want));
});
