// The building blocks: normalization, sound folding, stemming, number words, the
// menu lexicon (names, aliases, variants, near misses). Reply wording is pinned in shared/wording.test.ts.
import { describe, expect, it } from "vitest";
import { cleanText, foldHangul, stemEnglish, tokenize } from "./normalize.ts";
import { editDistance } from "./fuzzy.ts";
import { lexiconFor } from "./lexicon.ts";
import { keyOf } from "./name-forms.ts";
import { koreanVariants } from "./word-variants.ts";
import { scan } from "./scan.ts";
import { menus } from "./test-helpers.ts";

describe("normalization", () => {
  it.each([
    ["Caffè Latte!", "caffe latte !"],
    ["to-go", "to go"],
    ["콜라 1.25L", "콜라 1.25l"],
    ["큰 걸로 주세요", "큰 거로 주세요"],
    ["ＡＢＣ", "abc"],
    ["I'd like", "id like"],
    ["50 percent sugar", "50퍼 sugar"],
    ["50 um percent sugar", "50퍼 sugar"],
    ["30 음 프로", "30퍼"],
    ["50 ounces", "50 ounces"],
  ])("cleanText(%j) = %j", (input, out) => expect(cleanText(input)).toBe(out));

  it.each([
    ["라떼", "라테"],
    ["마끼아또", "마키아토"],
    ["아메리까노", "아메리카노"],
    ["캐러멜", "케러멜"],
  ])("foldHangul(%j) = %j", (a, b) => expect(foldHangul(a)).toBe(b));

  it.each([
    ["lattes", "latte"],
    ["americanos", "americano"],
    ["cookies", "cooky"],
    ["cookie", "cooky"],
    ["berries", "berry"],
    ["sandwiches", "sandwich"],
    ["glass", "glass"],
    ["espresso", "espresso"],
  ])("stemEnglish(%j) = %j", (a, b) => expect(stemEnglish(a)).toBe(b));

  it("splits digits from the counter glued to them", () => {
    expect(tokenize("2잔이요").map((t) => [t.raw, t.script, t.glued])).toEqual([
      ["2", "digit", false],
      ["잔이요", "hangul", true],
    ]);
  });

  it("spacing does not change the compact key", () => {
    expect(keyOf("카페 라떼")).toBe(keyOf("카페라떼"));
    expect(keyOf("cheese cake")).toBe(keyOf("cheesecake"));
  });

  it.each([
    ["kitten", "sitting", 3],
    ["expresso", "espresso", 1],
    ["capuccino", "cappuccino", 1],
    ["ab", "ba", 1],
  ])("editDistance(%j, %j) = %d", (a, b, d) => expect(editDistance(a, b)).toBe(d));
});

describe("Korean adjective forms", () => {
  it.each([
    ["따뜻한", ["따뜻한", "따뜻하게"]],
    ["따뜻하게", ["따뜻하게", "따뜻한"]],
    ["차가운", ["차가운", "차갑게"]],
    ["맵게", ["맵게", "매운"]],
    ["매운맛", ["매운맛", "맵게"]],
    ["안 매운 맛", ["안 매운 맛", "안 맵게"]],
  ])("koreanVariants(%j)", (t, out) => expect(koreanVariants(t)).toEqual(out));
});

describe("numbers in context", () => {
  const nums = (text: string) =>
    scan(lexiconFor(menus.cafe()), text)
      .atoms.filter((a) => a.kind === "num")
      .map((a) => (a.kind === "num" ? a.value : 0));
  it.each([
    ["아메리카노 한 잔", [1]],
    ["아메리카노 두잔", [2]],
    ["라떼 세 개", [3]],
    ["스콘 열두 개", [12]],
    ["라떼 하나랑 스콘 둘이요", [1, 2]],
    ["따뜻한 라떼", []], // 한 in 따뜻한 is not "one"
    ["네 포장이요", []], // 네 without a counter is "yes"
    ["네 잔 주세요", [4]],
    ["a couple of lattes", [2]],
    ["two lattes and 3 scones", [2, 3]],
    ["twenty lattes", [20]],
  ])("%j → %j", (text, expected) => expect(nums(text)).toEqual(expected));
});

describe("the menu lexicon", () => {
  const items = (menu: ReturnType<typeof menus.cafe>, text: string) =>
    scan(lexiconFor(menu), text)
      .atoms.flatMap((a) => (a.kind === "menu" ? a.refs : []))
      .filter((r) => r.kind === "item")
      .map((r) => (r.kind === "item" ? r.item : ""));
  it.each([
    ["cafe", "카페라떼", ["cafe-latte"]],
    ["cafe", "까페라떼", ["cafe-latte"]],
    ["cafe", "캐러멜마키아토", ["caramel-macchiato"]],
    ["cafe", "크루와상", ["croissant"]],
    ["cafe", "크로와쌍", ["croissant"]], // near miss
    ["cafe", "chamomile tea", ["chamomile"]],
    ["cafe", "cheese cake", ["cheesecake"]],
    ["pizza", "pepperoni pie", ["pepperoni"]],
    ["pizza", "슈프림", ["super-supreme"]],
    ["coffee", "bagle", ["bagel"]], // near miss
    ["coffee", "zzz", []],
  ] as const)("%s: %j → %j", (menu, text, expected) => expect(items(menus[menu](), text)).toEqual(expected));

  it("a preset alias carries its options", () => {
    const refs = scan(lexiconFor(menus.cafe()), "아아").atoms.flatMap((a) => (a.kind === "menu" ? a.refs : []));
    expect(refs).toContainEqual({ kind: "item", item: "americano", preset: { temp: "iced" }, partial: false });
  });

  it("is built once per menu", () => {
    const m = menus.cafe();
    expect(lexiconFor(m)).toBe(lexiconFor(m));
  });
});
