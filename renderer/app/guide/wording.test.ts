import { describe, expect, it } from "vitest";
import { cartReadback, countedItem, describeControl, koreanCountWord, koreanNumber, screenIntro, spokenMoney, volumeText } from "./wording.ts";

describe("koreanNumber: numbers as a Korean speaker reads them", () => {
  it.each([
    [0, "영"],
    [1, "일"],
    [10, "십"],
    [11, "십일"],
    [100, "백"],
    [500, "오백"],
    [1000, "천"],
    [4500, "사천오백"],
    [6000, "육천"],
    [10_000, "만"],
    [11_400, "만 천사백"],
    [15_000, "만 오천"],
    [20_500, "이만 오백"],
    [100_000, "십만"],
    [110_000, "십일만"],
    [1_000_000, "백만"],
    [1_250_000, "백이십오만"],
    [10_000_000, "천만"],
    [100_000_000, "일억"],
    [100_010_000, "일억 만"],
    [123_456_789, "일억 이천삼백사십오만 육천칠백팔십구"],
  ])("%d → %s", (n, words) => {
    expect(koreanNumber(n)).toBe(words);
  });
});

describe("spokenMoney", () => {
  it.each([
    [11_400, "KRW", "ko", "만 천사백 원"],
    [4_500, "KRW", "ko", "사천오백 원"],
    [0, "KRW", "ko", "영 원"],
    [11_400, "KRW", "en", "11,400 won"],
    [450, "USD", "en", "$4.50"],
  ])("%d %s in %s → %s", (n, cur, lang, words) => {
    expect(spokenMoney(n, cur, lang)).toBe(words);
  });
});

describe("counted items", () => {
  it.each([
    [1, "한"],
    [2, "두"],
    [3, "세"],
    [4, "네"],
    [5, "다섯"],
    [10, "열"],
    [11, "열한"],
    [20, "스무"],
    [21, "스물한"],
    [99, "아흔아홉"],
    [100, "100"],
  ])("%d → %s", (n, w) => expect(koreanCountWord(n)).toBe(w));
  it.each([
    ["아메리카노", 2, "ko", "아메리카노 두 개"],
    ["치즈케이크", 1, "ko", "치즈케이크 한 개"],
    ["Americano", 1, "en", "one Americano"],
    ["Americano", 2, "en", "2 Americanos"],
    ["Salt Bread", 3, "en", "3 Salt Breads"],
    ["Hot Chocolates", 2, "en", "2 Hot Chocolates"],
  ])("%s × %d in %s → %s", (name, n, lang, words) => expect(countedItem(name, n, lang)).toBe(words));
});

describe("describeControl: name, state, price, position", () => {
  it.each([
    [{ name: "아메리카노", price: 4500, position: { index: 3, count: 12 } }, "ko", "아메리카노, 사천오백 원, 12개 중 3번째."],
    [{ name: "Americano", price: 4500, position: { index: 3, count: 12 } }, "en", "Americano, 4,500 won, 3 of 12."],
    [{ name: "아이스", on: true, delta: 500, position: { index: 2, count: 2 } }, "ko", "아이스, 오백 원 추가, 선택됨, 2개 중 2번째."],
    [{ name: "Iced", on: false, delta: 500, position: { index: 2, count: 2 } }, "en", "Iced, plus 500 won, not selected, 2 of 2."],
    [{ name: "커피", on: true, position: { index: 1, count: 6 } }, "ko", "커피, 선택됨, 6개 중 1번째."],
    [{ name: "크로플", price: 5000, disabled: true, extra: "품절" }, "ko", "크로플, 품절, 오천 원, 사용할 수 없음."],
    [{ name: "담기", position: { index: 1, count: 1 } }, "ko", "담기."],
  ])("%j in %s", (facts, lang, words) => {
    expect(describeControl(facts, "KRW", lang)).toBe(words);
  });
});

describe("cartReadback", () => {
  const cart = {
    lines: [
      { name: "아메리카노", options: ["아이스"], qty: 2, lineTotal: 9000 },
      { name: "바스크 치즈케이크", options: [], qty: 1, lineTotal: 2400 },
    ],
    pending: [],
    orderOptions: ["포장"],
    total: 11_400,
    currency: "KRW",
  };
  it("Korean: counted lines with options and totals, order options, total as said", () => {
    expect(cartReadback(cart, "ko")).toBe("장바구니에 세 개가 있어요. 아메리카노 두 개, 아이스, 구천 원. 바스크 치즈케이크 한 개, 이천사백 원. 포장. 합계 만 천사백 원.");
  });
  it("English", () => {
    const en = { ...cart, lines: [{ name: "Americano", options: ["Iced"], qty: 2, lineTotal: 9000 }], orderOptions: [], total: 9000 };
    expect(cartReadback(en, "en")).toBe("Your order has 2 items. 2 Americanos, Iced, 9,000 won. Total 9,000 won.");
  });
  it("lines still waiting for a choice are said, and an empty cart says so", () => {
    const withPending = { ...cart, lines: [], pending: [{ name: "핸드드립", qty: 1, missing: ["원두"] }], orderOptions: [], total: 0 };
    expect(cartReadback(withPending, "ko")).toBe("장바구니에 한 개가 있어요. 핸드드립 한 개, 원두 선택이 필요해요. 합계 영 원.");
    expect(cartReadback({ ...cart, lines: [], orderOptions: [] }, "ko")).toBe("장바구니가 비어 있어요.");
    expect(cartReadback({ ...cart, lines: [], orderOptions: [] }, "en")).toBe("Your order is empty.");
  });
});

describe("screen intros say where the customer is and what can be done", () => {
  it("ordering, with the cart so far", () => {
    const s = screenIntro({ kind: "ordering", category: "커피", items: 12, cartItems: 2, total: 11_400, currency: "KRW" }, "ko");
    expect(s).toContain("메뉴 화면입니다. 커피 분류, 메뉴 12개.");
    expect(s).toContain("장바구니에 두 개, 합계 만 천사백 원.");
    expect(s).toContain("확인 키");
    expect(screenIntro({ kind: "ordering", category: "Coffee", items: 12, cartItems: 0, total: 0, currency: "KRW" }, "en")).toMatch(/^Menu\. Coffee, 12 items\. Use the up and down arrows/);
  });
  it("review says what blocks the order", () => {
    expect(screenIntro({ kind: "review", readback: "…", canPlace: false, missing: ["포장 여부"] }, "ko")).toContain("주문 전에 골라 주세요: 포장 여부.");
    expect(screenIntro({ kind: "review", readback: "…", canPlace: true, missing: [] }, "en")).toContain("press OK on the place order button");
  });
  it("the order number in words and digits", () => {
    expect(screenIntro({ kind: "placed", number: 12 }, "ko")).toBe("주문이 접수되었어요. 주문 번호는 십이번, 숫자로 12번입니다. 카운터에서 결제해 주세요.");
    expect(screenIntro({ kind: "placed", number: 12 }, "en")).toBe("Your order is in. Your number is 12. Please pay at the counter.");
  });
  it("volume in percent", () => {
    expect(volumeText(0.7, "ko")).toBe("소리 크기 칠십 퍼센트.");
    expect(volumeText(0.7, "en")).toBe("Volume 70 percent.");
  });
});
