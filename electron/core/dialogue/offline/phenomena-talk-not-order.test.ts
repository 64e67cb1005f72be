// English (and Korean) words that are no order (the twelfth English red team), on a small menu written for
// these rows:
// - a remark about an item, "the milk tea here is so good, two milk teas please": the remark's
//   item is not rung up; sure where the order names it again, a guess where the order names
//   another (item-remarks.ts);
// - what was had before, "I had the milk tea last time, today a fried rice": sure with a word
//   of the past, a guess said of a friend (had-before.ts);
// - money handed over, "I'll pay with a 20": no count, no "10 piece" (numbers-of-other-things.ts);
// - "for my little one" where "little one" is a size, "I'm vegetarian" where it is a filling
//   (small-talk.ts); "half and half" answering the mixed choice asked for, not the drink so
//   named (halves-as-mixed.ts).
// Korean: "지난번에 꽈배기 먹었는데 이번엔 찹쌀도넛 하나 주세요", only today's, a guess (had-before.ts).
import { en, ko, menuFrom, type PhenomenonRow, phenomenonTable } from "./test-helpers.ts";

const menu = menuFrom({
  version: 1,
  store: { id: "talk", name: { en: "Test Tea House" }, currency: "USD", languages: ["en"] },
  orderOptions: [{ id: "dining", ...en("For here or to go"), select: "one", default: "here", choices: [{ id: "here", ...en("For here", ["here", "eat in"]) }, { id: "togo", ...en("To go", ["to go"]) }] }],
  categories: [{ id: "food", ...en("Food") }, { id: "drinks", ...en("Drinks") }],
  optionGroups: [
    { id: "pieces", ...en("Pieces"), select: "one", choices: [{ id: "six", ...en("6 pieces", ["six piece", "6 piece"]) }, { id: "ten", ...en("10 pieces", ["ten piece", "10 piece", "10"]), price: 500 }] },
    { id: "filling", ...en("Filling"), select: "one", default: "pork", choices: [{ id: "pork", ...en("Pork") }, { id: "veggie", ...en("Veggie", ["vegetarian", "veg"]) }] },
    { id: "size", ...en("Size"), select: "one", default: "regular", choices: [{ id: "small", ...en("Small", ["kids", "little one"]) }, { id: "regular", ...en("Regular") }] },
    { id: "chicken", ...en("Chicken"), select: "one", choices: [{ id: "dark", ...en("Dark meat", ["dark"]) }, { id: "white", ...en("White meat", ["white"]) }, { id: "mixed", ...en("Mixed", ["mix", "one of each"]) }] },
  ],
  items: [
    { id: "milk-tea", category: "drinks", ...en("Milk Tea"), price: 500 },
    { id: "half-and-half", category: "drinks", ...en("Half & Half", ["half and half"]), price: 400 },
    { id: "fried-rice", category: "food", ...en("Fried Rice"), price: 1000 },
    { id: "potstickers", category: "food", ...en("Potstickers"), price: 800, optionGroups: ["filling"] },
    { id: "dumplings", category: "food", ...en("Soup Dumplings"), price: 1000, optionGroups: ["pieces"] },
    { id: "mac", category: "food", ...en("Classic Mac"), price: 900, optionGroups: ["size"] },
    { id: "plate", category: "food", ...en("Chicken Plate"), price: 1400, optionGroups: ["chicken"] },
  ],
});

const rows: PhenomenonRow[] = [
  // A remark about an item.
  { name: "the milk tea here is so good, two milk teas please", turns: ["the milk tea here is so good, two milk teas please"], lines: [{ item: "milk-tea", qty: 2 }], confident: true },
  { name: "I love the fried rice here, one fried rice to go", turns: ["I love the fried rice here, one fried rice to go"], lines: [{ item: "fried-rice", qty: 1 }], orderOptions: { dining: "togo" }, confident: true },
  { name: "the fried rice is too much food, potstickers please: a guess", turns: ["the fried rice is too much food, potstickers please"], lines: [{ item: "potstickers", qty: 1 }], confident: false },
  // What was had before.
  { name: "I had the milk tea last time, today a fried rice", turns: ["I had the milk tea last time, today a fried rice"], lines: [{ item: "fried-rice", qty: 1 }], confident: true },
  { name: "last time I got the fried rice, this time the potstickers", turns: ["last time I got the fried rice, this time the potstickers"], lines: [{ item: "potstickers", qty: 1 }], confident: true },
  { name: "my friend got the fried rice, I'll have the potstickers: a guess", turns: ["my friend got the fried rice, I'll have the potstickers"], lines: [{ item: "potstickers", qty: 1 }], confident: false },
  // Money handed over.
  { name: "I'll pay with a 20, one fried rice", turns: ["I'll pay with a 20, one fried rice"], lines: [{ item: "fried-rice", qty: 1 }], confident: true },
  { name: "here's a 10, a milk tea", turns: ["here's a 10, a milk tea"], lines: [{ item: "milk-tea", qty: 1 }], confident: true },
  // Everyday words that are an option's alias.
  { name: "a classic mac for my little one", turns: ["a classic mac for my little one"], lines: [{ item: "mac", qty: 1, options: { size: "regular" } }], confident: true },
  { name: "I'm vegetarian, two milk teas please", turns: ["I'm vegetarian, two milk teas please"], lines: [{ item: "milk-tea", qty: 2 }], confident: true },
  { name: "half and half, to which chicken?", turns: ["a chicken plate", "half and half"], lines: [{ item: "plate", qty: 1, options: { chicken: "mixed" } }], confident: true },
];
phenomenonTable("English words that are no order", menu, rows);

const koMenu = menuFrom({
  version: 1,
  store: { id: "talk-ko", name: { ko: "테스트 도넛" }, currency: "KRW", languages: ["ko"] },
  categories: [{ id: "donut", ...ko("도넛") }],
  optionGroups: [{ id: "filling", ...ko("소"), select: "one", default: "plain", choices: [{ id: "plain", ...ko("기본") }, { id: "cream", ...ko("크림") }, { id: "bean", ...ko("팥") }] }],
  items: [
    { id: "twist", category: "donut", ...ko("꽈배기"), price: 1000 },
    { id: "chapssal", category: "donut", ...ko("찹쌀도넛"), price: 1500, optionGroups: ["filling"] },
  ],
});

phenomenonTable("Korean: what was had before is no order", koMenu, [
  { name: "지난번에 꽈배기 먹었는데 이번엔 찹쌀도넛 하나 주세요", turns: ["지난번에 꽈배기 먹었는데 이번엔 찹쌀도넛 하나 주세요"], lines: [{ item: "chapssal", qty: 1 }], confident: false },
  { name: "저번에 크림 시켰는데 오늘은 팥 찹쌀도넛 두 개요", turns: ["저번에 크림 시켰는데 오늘은 팥 찹쌀도넛 두 개요"], lines: [{ item: "chapssal", qty: 2, options: { filling: "bean" } }], confident: false },
]);
