// Pieces said as a total where the menu gives the pieces of one serving (serving-pieces.ts):
// "20 chicken momos" / "twenty pieces of chicken momo" where a plate is "6 pieces" or "10
// pieces" is two plates of ten; "만두 20개" where the choices are 6개 and 10개, the same; "물만두
// 스무 개" where the description says "10개." is two servings. A total that is no whole number
// of a plate ("15 momos") or that the sizes make in more than one way ("30 momos": three tens or
// five sixes; "30 wings" of 6, 12 and 24) is a guess.
import { menuFrom, notAloneTable, phenomenonTable } from "./test-helpers.ts";

const both = (e: string, k: string, ea?: string[], ka?: string[]) => ({ name: { en: e, ko: k }, ...(ea || ka ? { aliases: { ...(ea ? { en: ea } : {}), ...(ka ? { ko: ka } : {}) } } : {}) });

const shop = menuFrom({
  version: 1,
  store: { id: "pieces-total", name: { en: "Test Dumpling Counter", ko: "테스트 만두집" }, currency: "USD", languages: ["en", "ko"] },
  categories: [{ id: "food", name: { en: "Food", ko: "음식" } }, { id: "drinks", name: { en: "Drinks", ko: "음료" } }],
  optionGroups: [
    { id: "filling", ...both("Filling", "속"), select: "one", choices: [{ id: "chicken", ...both("Chicken", "닭고기") }, { id: "veg", ...both("Veg", "야채") }] },
    { id: "plate", ...both("Pieces", "개수"), select: "one", choices: [{ id: "six", ...both("6 pieces", "6개", ["half plate"]) }, { id: "ten", ...both("10 pieces", "10개", ["full plate"]) }] },
    { id: "wing-count", ...both("Wing count", "윙 개수"), select: "one", choices: [{ id: "w6", ...both("6 pc", "6조각") }, { id: "w12", ...both("12 pc", "12조각") }, { id: "w24", ...both("24 pc", "24조각") }] },
    { id: "balls", ...both("How many", "개수"), select: "one", default: "five", choices: [{ id: "five", ...both("5 pc", "5개") }, { id: "ten", ...both("10 pc", "10개") }] },
  ],
  items: [
    { id: "momo", category: "food", ...both("Momo", "만두", ["momos", "dumplings"]), price: 900, optionGroups: ["filling", "plate"] },
    { id: "balls", category: "food", ...both("Cheese balls", "치즈볼"), price: 450, optionGroups: ["balls"] },
    { id: "mul-mandu", category: "food", ...both("Water dumplings", "물만두"), description: { en: "10 pieces.", ko: "10개." }, price: 700 },
    { id: "wings", category: "food", ...both("Wings", "윙"), price: 800, optionGroups: ["wing-count"] },
    { id: "coke", category: "drinks", ...both("Coke", "콜라"), price: 250 },
  ],
});

const momo = (qty: number, filling: string, plate: string) => ({ item: "momo", qty, options: { filling, plate } });

phenomenonTable("English: pieces said as a total of plates", shop, [
  { name: "20 chicken momos: two plates of ten", turns: ["20 chicken momos"], lines: [momo(2, "chicken", "ten")], confident: true },
  { name: "twenty pieces of chicken momo", turns: ["twenty pieces of chicken momo"], lines: [momo(2, "chicken", "ten")], confident: true },
  { name: "18 pieces of veg momo: three sixes", turns: ["18 pieces of veg momo"], lines: [momo(3, "veg", "six")], confident: true },
  { name: "12 veg momos and a coke", turns: ["12 veg momos and a coke"], lines: [momo(2, "veg", "six"), { item: "coke", qty: 1 }], confident: true },
  { name: "20 water dumplings, ten a serving by the description", turns: ["20 water dumplings"], lines: [{ item: "mul-mandu", qty: 2 }], confident: true },
]);

phenomenonTable("Korean: pieces said as a total of servings, by the choices", shop, [
  { name: "만두 20개: two plates of ten", turns: ["닭고기 만두 20개 주세요"], lines: [momo(2, "chicken", "ten")], confident: true },
  { name: "야채 만두 열여덟 개", turns: ["야채 만두 열여덟 개요"], lines: [momo(3, "veg", "six")], confident: true },
]);

notAloneTable("Pieces that are no whole number of plates, or fit two sizes", shop, [
  { name: "15 chicken momos", turns: ["15 chicken momos"] },
  // (The two rows below were guesses before too; kept so the new reading does not make them sure.)
  { name: "30 chicken momos (three tens or five sixes?)", turns: ["30 chicken momos"] },
  { name: "30 wings (five sixes, or a 24 and a 6?)", turns: ["30 wings"] },
  { name: "만두 15개", turns: ["닭고기 만두 15개요"] },
  { name: "치즈볼 20개 (two tens or four fives?)", turns: ["치즈볼 20개요"] },
  { name: "치즈볼 15개 (three fives, or a ten and a five?)", turns: ["치즈볼 15개요"] },
]);

// A menu that counts the item itself in its order sizes, "Order of 3" (also "three fritters"),
// "Half dozen": few pieces to an order, yet a number of fritters is pieces, not orders.
const fritterShop = menuFrom({
  version: 1,
  store: { id: "fritters", name: { en: "Test Fritter Stand", ko: "테스트 튀김" }, currency: "USD", languages: ["en", "ko"] },
  categories: [{ id: "food", name: { en: "Food", ko: "음식" } }],
  optionGroups: [
    { id: "order", ...both("Order size", "수량"), select: "one", default: "three", choices: [{ id: "three", ...both("Order of 3", "3개", ["three fritters"]) }, { id: "half-dozen", ...both("Half dozen", "6개", ["six fritters"]) }] },
    { id: "taco-order", ...both("Order", "주문"), select: "one", default: "two", choices: [{ id: "two", ...both("Order of two", "2개") }] },
  ],
  items: [
    { id: "fritters", category: "food", ...both("Fritters", "튀김"), price: 400, optionGroups: ["order"] },
    { id: "tacos", category: "food", ...both("Street tacos", "타코", ["tacos"]), price: 500, optionGroups: ["taco-order"] },
  ],
});

phenomenonTable("English: pieces where the order sizes count the item itself", fritterShop, [
  { name: "a dozen fritters: two half dozens (or four threes: a guess)", turns: ["a dozen fritters"], lines: [{ item: "fritters", qty: 2, options: { order: "half-dozen" } }], confident: false },
  { name: "12 fritters please", turns: ["12 fritters please"], lines: [{ item: "fritters", qty: 2, options: { order: "half-dozen" } }], confident: false },
  { name: "9 fritters: three orders of three (or a six and a three: a guess)", turns: ["9 fritters"], lines: [{ item: "fritters", qty: 3, options: { order: "three" } }], confident: false },
  { name: "4 street tacos: two orders of two, the only size", turns: ["4 street tacos"], lines: [{ item: "tacos", qty: 2, options: { "taco-order": "two" } }], confident: true },
  // (Already read so before: one order's own size names the choice.)
  { name: "six fritters: the half dozen", turns: ["six fritters"], lines: [{ item: "fritters", qty: 1, options: { order: "half-dozen" } }], confident: true },
]);
