// Four turns of the blind rounds 96–102 answered alone and wrong, one shape: a part of the set in
// hand (or just ordered) named by the item its choice spells, by its category or as the topic,
// made a new line beside the set.
// - "roller combo" → "chicken taquitos" (the combo's "Two chicken taquitos"), "Fritay combo" →
//   "juice, passion fruit" (its "Passion fruit juice"): an item and one of its own choices whose
//   names together name a choice of the set's part asked about (choice-spelling-an-item.ts);
// - "커플세트" → "커피는 아이스로요": 커피 the category of the americano the set's words name
//   (part-of-the-set-in-hand.ts);
// - "가족 세트요, 고기만으로 하고 찐빵은 단호박이요": the part as the topic after the set, a comma
//   and "…로 하고" between (bundle-with-its-part.ts);
// - "fritay combo with pork and a water. actually no, make the drink a Couronne" (not alone): the
//   part by the last word of its group's name, "make the drink" a choice of it (part-made-another-choice.ts);
// and where any of these is still made a new line with no word that orders one, a guess
// (set-part-made-new.ts).
import { describe, expect, it } from "vitest";
import { setPartMadeNew } from "./set-part-made-new.ts";
import { type LineSpec, menuFrom, phenomenonTable, turnLeft } from "./test-helpers.ts";

const both = (ko: string, en: string) => ({ name: { ko, en } });
const shop = menuFrom({
  version: 1,
  store: { id: "blind-r96-102-a", name: { ko: "꽈배기 가게", en: "Twist Shop" }, currency: "KRW", languages: ["ko", "en"] },
  categories: [{ id: "snacks", ...both("간식", "Snacks") }, { id: "coffee", ...both("커피", "Coffee") }, { id: "drinks", ...both("음료", "Drinks") }, { id: "sets", ...both("세트", "Sets") }],
  optionGroups: [
    { id: "sausage-kind", ...both("소시지", "Sausage"), select: "one", choices: [{ id: "cheese", ...both("치즈", "Cheese"), aliases: { en: ["cheese"] } }, { id: "spicy", ...both("매운맛", "Spicy"), aliases: { en: ["spicy"] } }] },
    { id: "lemonade-kind", ...both("레모네이드 맛", "Lemonade flavor"), select: "one", choices: [{ id: "pink", ...both("핑크", "Pink"), aliases: { en: ["pink"] } }, { id: "mint", ...both("민트", "Mint"), aliases: { en: ["mint"] } }] },
    { id: "twist-flavor", ...both("꽈배기 맛", "Twist flavor"), select: "one", default: "sugar", choices: [{ id: "sugar", ...both("설탕", "Sugar") }, { id: "cinnamon", ...both("시나몬", "Cinnamon"), aliases: { ko: ["계피"] } }] },
    { id: "temp", ...both("온도", "Temperature"), select: "one", default: "hot", choices: [{ id: "hot", ...both("따뜻하게", "Hot") }, { id: "iced", ...both("아이스", "Iced"), aliases: { ko: ["아이스로", "차갑게"] } }] },
    { id: "combo-main", ...both("콤보 메인", "Combo main"), select: "one", choices: [{ id: "cheese-sausages", ...both("치즈 소시지 두 개", "Two cheese sausages"), aliases: { en: ["cheese sausages"] } }, { id: "spicy-sausages", ...both("매운 소시지 두 개", "Two spicy sausages"), aliases: { en: ["spicy sausages"] } }] },
    { id: "combo-drink", ...both("콤보 음료", "Combo drink"), select: "one", choices: [{ id: "pink-lemonade", ...both("핑크 레모네이드", "Pink lemonade") }, { id: "mint-lemonade", ...both("민트 레모네이드", "Mint lemonade") }, { id: "water", ...both("생수", "Water") }, { id: "cola", ...both("콜라", "Cola"), aliases: { en: ["coke"] } }] },
    { id: "set-twist", ...both("세트 꽈배기", "Set twist"), select: "one", default: "sugar", choices: [{ id: "sugar", ...both("설탕", "Sugar") }, { id: "cinnamon", ...both("시나몬", "Cinnamon"), aliases: { ko: ["계피"] } }] },
    { id: "set-bread", ...both("세트 빵", "Set bread"), select: "one", choices: [{ id: "red-bean", ...both("팥빵", "Red bean bun") }, { id: "cream", ...both("크림빵", "Cream bun") }] },
  ],
  items: [
    { id: "sausage", category: "snacks", ...both("소시지", "Sausage"), aliases: { en: ["sausages"] }, price: 2000, optionGroups: ["sausage-kind"] },
    { id: "twist", category: "snacks", ...both("꽈배기", "Twisted Donut"), aliases: { en: ["twist"] }, price: 1500, optionGroups: ["twist-flavor"] },
    { id: "americano", category: "coffee", ...both("아메리카노", "Americano"), price: 3000, optionGroups: ["temp"] },
    { id: "latte", category: "coffee", ...both("카페라떼", "Latte"), aliases: { ko: ["라떼"] }, price: 3500, optionGroups: ["temp"] },
    { id: "cola", category: "drinks", ...both("콜라", "Cola"), aliases: { en: ["coke"] }, price: 2000 },
    { id: "lemonade", category: "drinks", ...both("레모네이드", "Lemonade"), price: 3000, optionGroups: ["lemonade-kind"] },
    { id: "sausage-combo", category: "sets", ...both("소시지 콤보", "Sausage Combo"), aliases: { en: ["sausage combo"] }, price: 6000, optionGroups: ["combo-main", "combo-drink"] },
    { id: "morning-set", category: "sets", ...both("모닝 세트", "Morning Set"), description: { ko: "빵 1 + 아메리카노 1잔", en: "A bun and an americano." }, aliases: { ko: ["모닝세트"] }, price: 5000, optionGroups: ["set-bread", "temp"] },
    { id: "twist-set", category: "sets", ...both("꽈배기 세트", "Twist Set"), description: { ko: "꽈배기 3개 + 아메리카노 1잔", en: "Three twists and an americano." }, aliases: { ko: ["꽈배기세트"] }, price: 7000, optionGroups: ["set-twist", "temp"] },
  ],
});

const combo = (options: Record<string, string> = {}) => ({ item: "sausage-combo", qty: 1, options: { "combo-main": "cheese-sausages", "combo-drink": "water", ...options } });
phenomenonTable("an item and its own choice that spell the choice of the set's part asked about", shop, [
  { name: "sausage combo → cheese sausages → water", turns: ["sausage combo", "cheese sausages", "water"], lines: [combo()] },
  { name: "sausage combo → sausages, cheese → water", turns: ["sausage combo", "sausages, cheese", "water"], lines: [combo()] },
  { name: "sausage combo with cheese sausages → lemonade, pink", turns: ["sausage combo with cheese sausages", "lemonade, pink"], lines: [combo({ "combo-drink": "pink-lemonade" })], confident: true },
  { name: "sausage combo with cheese sausages → mint lemonade", turns: ["sausage combo with cheese sausages", "mint lemonade"], lines: [combo({ "combo-drink": "mint-lemonade" })] },
  // (Guards: a count, "too": the thing sold alone, one more.)
  { name: "sausage combo with cheese sausages → three sausages, cheese → water", turns: ["sausage combo with cheese sausages", "three sausages, cheese", "water"], lines: [combo(), { item: "sausage", qty: 3, options: { "sausage-kind": "cheese" } }] },
  { name: "sausage combo with cheese sausages → lemonade, pink too → water", turns: ["sausage combo with cheese sausages", "lemonade, pink too", "water"], lines: [combo(), { item: "lemonade", qty: 1, options: { "lemonade-kind": "pink" } }] },
]);

phenomenonTable("'make the drink a …' of the set said or in hand: its drink", shop, [
  { name: "sausage combo with cheese sausages and a water. actually no, make the drink a coke", turns: ["sausage combo with cheese sausages and a water. actually no, make the drink a coke"], lines: [combo({ "combo-drink": "cola" })] },
  { name: "sausage combo with cheese sausages and a water → make the drink a coke", turns: ["sausage combo with cheese sausages and a water", "make the drink a coke"], lines: [combo({ "combo-drink": "cola" })], confident: true },
  // (Guard: a coke said with its own article after "and", one more.)
  { name: "sausage combo with cheese sausages and a water, and a coke", turns: ["sausage combo with cheese sausages and a water, and a coke"], lines: [combo(), { item: "cola", qty: 1 }] },
]);

const morning = (options: Record<string, string> = {}) => ({ item: "morning-set", qty: 1, options: { "set-bread": "red-bean", ...options } });
phenomenonTable("a category said as the topic, whose one thing the set's words name: the set's part", shop, [
  { name: "모닝 세트 팥빵으로요 → 커피는 아이스로요", turns: ["모닝 세트 팥빵으로요", "커피는 아이스로요"], lines: [morning({ temp: "iced" })], confident: true },
  // (Guards: a thing the set does not name, or said with 도 / a count, one more.)
  { name: "모닝 세트 팥빵으로요 → 라떼는 아이스로요", turns: ["모닝 세트 팥빵으로요", "라떼는 아이스로요"], lines: [morning(), { item: "latte", qty: 1, options: { temp: "iced" } }] },
  { name: "모닝 세트 팥빵으로요 → 아메리카노 하나 더 주세요", turns: ["모닝 세트 팥빵으로요", "아메리카노 하나 더 주세요"], lines: [morning(), { item: "americano", qty: 1 }] },
]);

const twistSet = (options: Record<string, string> = {}) => ({ item: "twist-set", qty: 1, options });
phenomenonTable("the set's part said as the topic after the set, a comma and '…로 하고' between", shop, [
  { name: "꽈배기 세트요, 아이스로 하고 꽈배기는 시나몬이요", turns: ["꽈배기 세트요, 아이스로 하고 꽈배기는 시나몬이요"], lines: [twistSet({ temp: "iced", "set-twist": "cinnamon" })], confident: true },
  { name: "꽈배기 세트요, 꽈배기는 시나몬이요", turns: ["꽈배기 세트요, 꽈배기는 시나몬이요"], lines: [twistSet({ "set-twist": "cinnamon" })] },
  // (Guards: counted, or said with 도, one more.)
  { name: "꽈배기 세트요, 꽈배기도 하나 주세요", turns: ["꽈배기 세트요, 꽈배기도 하나 주세요"], lines: [twistSet(), { item: "twist", qty: 1 }] },
  { name: "꽈배기 세트요, 꽈배기는 시나몬으로 하나 주세요", turns: ["꽈배기 세트요, 꽈배기는 시나몬으로 하나 주세요"], lines: [twistSet(), { item: "twist", qty: 1, options: { "twist-flavor": "cinnamon" } }] },
]);

type Row = { name: string; text: string; before: LineSpec[]; after: LineSpec[]; doubt: boolean };
// (The drink held already: nothing asked or open, so the reading above leaves the lemonade ordered.)
const comboIn: LineSpec = { item: "sausage-combo", qty: 1, options: { "combo-main": "cheese-sausages", "combo-drink": "water" } };
const morningIn: LineSpec = { item: "morning-set", qty: 1, options: { "set-bread": "red-bean" } };
describe("set-part-made-new: the set's part made new, by the item its choice spells or by its category", () => {
  it.each<Row>([
    { name: "lemonade, pink → a lemonade beside the combo", text: "lemonade, pink", before: [comboIn], after: [comboIn, { item: "lemonade", qty: 1, options: { "lemonade-kind": "pink" } }], doubt: true },
    { name: "커피는 아이스로 → a latte beside the set", text: "커피 아이스로요", before: [morningIn], after: [morningIn, { item: "latte", qty: 1, options: { temp: "iced" } }], doubt: true },
    // (Words that order one.)
    { name: "and a pink lemonade too", text: "and a lemonade too", before: [comboIn], after: [comboIn, { item: "lemonade", qty: 1 }], doubt: false },
    { name: "꽈배기 세트요, 꽈배기도 하나 주세요", text: "꽈배기 세트요, 꽈배기도 하나 주세요", before: [], after: [{ item: "twist-set", qty: 1 }, { item: "twist", qty: 1 }], doubt: false },
    { name: "꽈배기 세트랑 꽈배기 하나요", text: "꽈배기 세트랑 꽈배기 하나요", before: [], after: [{ item: "twist-set", qty: 1 }, { item: "twist", qty: 1 }], doubt: false },
  ])("$name", ({ text, before, after, doubt }) => {
    expect(setPartMadeNew(turnLeft(shop, text, before, after)).length > 0).toBe(doubt);
  });
});
