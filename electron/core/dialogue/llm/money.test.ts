import { describe, expect, it } from "vitest";
import { findMoneyMentions, parseEnglishNumber, parseKoreanNumber } from "./money.ts";
import { sayMoney as formatMoney } from "../../../../shared/wording.ts";

describe("amounts of money in text", () => {
  it.each([
    ["아메리카노는 4,000원이에요.", "KRW", [[4000]]],
    ["합계 ₩12,500 입니다", "KRW", [[12500]]],
    ["사천오백 원이에요", "KRW", [[4500]]],
    ["1만 2천원", "KRW", [[12000]]],
    ["4천5백원이요", "KRW", [[4500]]],
    ["4500원하고 5000원", "KRW", [[4500], [5000]]],
    ["That is four thousand five hundred won.", "KRW", [[4500]]],
    ["가격은 4500이에요", "KRW", [[4500, 4500]]],
    ["It's $4.50 total", "USD", [[450]]],
    ["That's 450 cents", "USD", [[450]]],
    ["It's free today!", "KRW", [[0]]],
    ["오늘은 무료예요", "KRW", [[0]]],
    ["아이스 아메리카노 2잔 담았어요.", "KRW", []],
    ["20개까지 주문할 수 있어요", "KRW", []],
    ["원하시면 말씀해 주세요", "KRW", []],
    ["이 원하시는 메뉴", "KRW", []],
    ["We won 2 awards", "KRW", []],
    ["Feel free to ask.", "KRW", []],
    ["Caffeine-free options are available.", "KRW", []],
    ["Your number is 12.", "KRW", []],
  ] as const)("%s", (text, currency, want) => {
    expect(findMoneyMentions(text, currency).map((m) => m.candidates)).toEqual(want);
  });

  it.each([
    ["사천오백", 4500],
    ["만이천", 12000],
    ["1만 2천", 12000],
    ["삼천", 3000],
    ["고구마", NaN],
  ])("reads the Korean number %s", (s, n) => expect(parseKoreanNumber(s)).toBe(n));

  it.each([
    ["four thousand five hundred", 4500],
    ["twelve thousand", 12000],
    ["a hundred and five", 105],
    ["latte", NaN],
  ])("reads the English number %s", (s, n) => expect(parseEnglishNumber(s)).toBe(n));

  it.each([
    [12500, "KRW", "ko", "12,500원"],
    [12500, "KRW", "en", "12,500 won"],
    [450, "USD", "en", "$4.50"],
  ])("formats %d %s for %s", (n, cur, lang, want) => expect(formatMoney(n, cur, lang)).toBe(want));
});
