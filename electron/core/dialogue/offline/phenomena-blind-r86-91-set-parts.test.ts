// A set's part named in a later turn, blind rounds 86–91 (first run): "make the pasty a large
// one", "no milk in the tea please", "음료는 사이다요", "핫도그에 케첩은 빼 주세요" each made a new
// line beside the set in hand instead of changing its part (two answered alone).
// - The reading: a part of the set in hand said as the one talked about ("the", 은/는, 에), with
//   options the set takes of that part, changes the set (part-of-the-set-in-hand.ts);
// - the read-back check: a new line of a thing a set in hand holds as its part, said with no
//   word that orders one, is a guess (set-part-made-new.ts).
import { describe, expect, it } from "vitest";
import { setPartMadeNew } from "./set-part-made-new.ts";
import { type LineSpec, menuFrom, phenomenonTable, turnLeft } from "./test-helpers.ts";

const both = (ko: string, en: string, koAliases: unknown[] = [], enAliases: unknown[] = []) => ({ name: { ko, en }, aliases: { ko: koAliases, en: enAliases } });
const shop = menuFrom({
  version: 1,
  store: { id: "blind-r86-91", name: { ko: "패스티 가게", en: "Pasty Shop" }, currency: "GBP", languages: ["en", "ko"] },
  categories: [{ id: "pasties", name: { ko: "패스티", en: "Pasties" } }, { id: "snacks", name: { ko: "간식", en: "Snacks" } }, { id: "drinks", name: { ko: "마실 것", en: "Beverages" } }, { id: "sets", name: { ko: "세트", en: "Deals" } }],
  optionGroups: [
    { id: "pasty-size", ...both("사이즈", "Size"), select: "one", choices: [{ id: "medium", ...both("미디엄", "Medium", ["보통"], ["regular"]) }, { id: "large", ...both("라지", "Large", ["큰 거"], ["big"]), price: 150 }] },
    { id: "milk", ...both("우유", "Milk"), select: "one", default: "milk", choices: [{ id: "milk", ...both("우유 넣어서", "With milk", [], ["with milk"]) }, { id: "black", ...both("우유 빼고", "No milk", ["우유 없이"], ["no milk", "without milk"]) }] },
    { id: "hotdog-hold", ...both("빼기", "Hold"), select: "many", choices: [{ id: "no-ketchup", ...both("케첩 빼기", "No ketchup", ["케첩 빼고"], ["hold the ketchup"]) }, { id: "no-mustard", ...both("머스타드 빼기", "No mustard", ["머스타드 빼고"]) }] },
    { id: "soda-flavor", ...both("음료 종류", "Soda flavour"), select: "one", choices: [{ id: "cola", ...both("콜라", "Cola") }, { id: "cider", ...both("사이다", "Lemonade") }] },
    { id: "meal-pasty", ...both("세트 패스티", "Meal deal pasty"), select: "one", choices: [{ id: "traditional", ...both("전통 패스티", "Traditional pasty", ["전통"], ["traditional"]) }, { id: "chicken", ...both("치킨 패스티", "Chicken pasty", ["치킨"], ["chicken"]) }] },
    { id: "set-drink", ...both("세트 음료", "Set drink"), select: "one", choices: [{ id: "tea", ...both("홍차", "Cup of tea", [], ["tea"]) }, { id: "coffee", ...both("커피", "Coffee") }, { id: "cola", ...both("콜라", "Cola") }, { id: "cider", ...both("사이다", "Lemonade") }] },
  ],
  items: [
    { id: "traditional-pasty", category: "pasties", ...both("전통 패스티", "Traditional pasty", ["전통"], ["traditional"]), price: 500, optionGroups: ["pasty-size"] },
    { id: "chicken-pasty", category: "pasties", ...both("치킨 패스티", "Chicken pasty", ["치킨"], ["chicken"]), price: 500, optionGroups: ["pasty-size"] },
    { id: "hotdog", category: "snacks", ...both("핫도그", "Hot dog"), price: 400, optionGroups: ["hotdog-hold"] },
    { id: "fries", category: "snacks", ...both("감자튀김", "Fries"), price: 300 },
    { id: "tea", category: "drinks", ...both("홍차", "Cup of tea", [], ["tea"]), price: 200, optionGroups: ["milk"] },
    { id: "coffee", category: "drinks", ...both("커피", "Coffee"), price: 250, optionGroups: ["milk"] },
    { id: "soda", category: "drinks", ...both("음료수", "Soda", ["음료", { text: "콜라", options: { "soda-flavor": "cola" } }, { text: "사이다", options: { "soda-flavor": "cider" } }], [{ text: "cola", options: { "soda-flavor": "cola" } }, { text: "lemonade", options: { "soda-flavor": "cider" } }]), price: 200, optionGroups: ["soda-flavor"] },
    {
      id: "meal-deal", category: "sets", ...both("패스티 세트", "Pasty meal deal", ["세트"], ["meal deal"]), price: 800,
      description: { ko: "패스티 하나 + 음료(홍차·커피·음료수)", en: "Any pasty with a cup of tea, coffee or a soda" },
      optionGroups: ["meal-pasty", { group: "pasty-size", default: "medium" }, "set-drink", "milk"],
    },
    { id: "hotdog-set", category: "sets", ...both("핫도그 세트", "Hot dog combo"), price: 900, description: { ko: "핫도그 + 감자튀김 + 음료", en: "Hot dog, fries and a soda" }, optionGroups: ["hotdog-hold", "set-drink"] },
  ],
});

const deal = (options: Record<string, unknown>) => ({ item: "meal-deal", qty: 1, options: { "pasty-size": "medium", milk: "milk", ...options } as Record<string, string> });
const hotdogSet = (options: Record<string, unknown>) => ({ item: "hotdog-set", qty: 1, options: options as Record<string, string> });

phenomenonTable("a part of the set in hand, said as the one talked about with its options, changes the set", shop, [
  { name: "make the pasty a large one", turns: ["can i have the meal deal with a traditional and a coffee", "oh and make the pasty a large one"], lines: [deal({ "meal-pasty": "traditional", "set-drink": "coffee", "pasty-size": "large" })], confident: true },
  { name: "no milk in the tea please", turns: ["meal deal please", "chicken", "tea", "no milk in the tea please"], lines: [deal({ "meal-pasty": "chicken", "set-drink": "tea", milk: "black" })], confident: true },
  { name: "음료는 사이다요", turns: ["세트 하나 주세요", "전통이요", "음료는 사이다요"], lines: [deal({ "meal-pasty": "traditional", "set-drink": "cider" })], confident: true },
  { name: "패스티는 큰 거로 해 주세요", turns: ["세트 하나 주세요", "치킨이요", "커피요", "패스티는 라지로 해 주세요"], lines: [deal({ "meal-pasty": "chicken", "set-drink": "coffee", "pasty-size": "large" })], confident: true },
  { name: "아 그리고 핫도그에 케첩은 빼 주세요", turns: ["핫도그 세트 하나 주세요", "콜라요", "아 그리고 핫도그에 케첩은 빼 주세요"], lines: [hotdogSet({ "set-drink": "cola", "hotdog-hold": ["no-ketchup"] })] },
  { name: "no mustard on the hot dog (guard: English read so before)", turns: ["a hot dog combo with a cola", "no mustard on the hot dog please"], lines: [hotdogSet({ "set-drink": "cola", "hotdog-hold": ["no-mustard"] })] },
]);

// (Guards: the words order one more; those stay orders.)
phenomenonTable("the part said with a word that orders one stays an order", shop, [
  { name: "and a large chicken pasty too", turns: ["meal deal with a traditional and a coffee", "and a large chicken pasty too"], lines: [deal({ "meal-pasty": "traditional", "set-drink": "coffee" }), { item: "chicken-pasty", qty: 1, options: { "pasty-size": "large" } }] },
  { name: "and a tea with no milk", turns: ["meal deal with a traditional and a coffee", "and a tea with no milk"], lines: [deal({ "meal-pasty": "traditional", "set-drink": "coffee" }), { item: "tea", qty: 1, options: { milk: "black" } }] },
  { name: "핫도그 하나 더 케첩 빼고요", turns: ["핫도그 세트 하나 주세요", "콜라요", "핫도그 하나 더 케첩 빼고요"], lines: [hotdogSet({ "set-drink": "cola" }), { item: "hotdog", qty: 1, options: { "hotdog-hold": ["no-ketchup"] } }] },
  { name: "음료수 하나 사이다로요", turns: ["세트 하나 주세요", "전통이요", "커피요", "음료수 하나 사이다로요"], lines: [deal({ "meal-pasty": "traditional", "set-drink": "coffee" }), { item: "soda", qty: 1, options: { "soda-flavor": "cider" } }] },
]);

type Row = { name: string; text: string; before: LineSpec[]; after: LineSpec[]; doubt: boolean };
const dealIn: LineSpec = { item: "meal-deal", qty: 1, options: { "meal-pasty": "traditional", "set-drink": "tea", "pasty-size": "medium", milk: "milk" } };
const hotdogSetIn: LineSpec = { item: "hotdog-set", qty: 1, options: { "set-drink": "cola" } };
describe("set-part-made-new: a new line of a thing the set in hand holds as its part, with no word that orders one", () => {
  it.each<Row>([
    // (Said so that the reading above leaves them as things ordered: no "the", no particle.)
    { name: "large pasty → a large traditional pasty beside the deal", text: "large pasty please", before: [dealIn], after: [dealIn, { item: "traditional-pasty", qty: 1, options: { "pasty-size": "large" } }], doubt: true },
    { name: "in tea → a tea beside the deal", text: "no milk in tea please", before: [dealIn], after: [dealIn, { item: "tea", qty: 1, options: { milk: "black" } }], doubt: true },
    { name: "음료 사이다로 → a soda beside the set", text: "음료 사이다로 주세요", before: [{ item: "meal-deal", qty: 1, options: { "meal-pasty": "traditional" } }], after: [{ item: "meal-deal", qty: 1, options: { "meal-pasty": "traditional" } }, { item: "soda", qty: 1, options: { "soda-flavor": "cider" } }], doubt: true },
    { name: "핫도그 케첩 빼 주세요 → a hot dog beside the set", text: "핫도그 케첩 빼 주세요", before: [hotdogSetIn], after: [hotdogSetIn, { item: "hotdog", qty: 1, options: { "hotdog-hold": ["no-ketchup"] } }], doubt: true },
    // (Words that order one.)
    { name: "and a tea too", text: "and a tea too", before: [dealIn], after: [dealIn, { item: "tea", qty: 1 }], doubt: false },
    { name: "another tea", text: "another tea please", before: [dealIn], after: [dealIn, { item: "tea", qty: 1 }], doubt: false },
    { name: "two teas", text: "two teas please", before: [dealIn], after: [dealIn, { item: "tea", qty: 2 }], doubt: false },
    { name: "핫도그 하나 더", text: "핫도그 하나 더 주세요", before: [hotdogSetIn], after: [hotdogSetIn, { item: "hotdog", qty: 1 }], doubt: false },
    { name: "핫도그도 주세요", text: "핫도그도 주세요", before: [hotdogSetIn], after: [hotdogSetIn, { item: "hotdog", qty: 1 }], doubt: false },
    { name: "음료수 하나", text: "음료수 하나 주세요", before: [hotdogSetIn], after: [hotdogSetIn, { item: "soda", qty: 1 }], doubt: false },
    // (Nothing of the set's: fries are the hot dog set's, not the deal's.)
    { name: "fries beside the deal", text: "fries please", before: [dealIn], after: [dealIn, { item: "fries", qty: 1 }], doubt: false },
    // (The set's part changed, no new line.)
    { name: "the deal's tea made black, no new line", text: "no milk in the tea please", before: [dealIn], after: [{ ...dealIn, options: { ...dealIn.options, milk: "black" } }], doubt: false },
  ])("$name", ({ text, before, after, doubt }) => {
    expect(setPartMadeNew(turnLeft(shop, text, before, after)).length > 0).toBe(doubt);
  });
});
