// Blind rounds 76–82 (first run, the best reading). Two kinds of wrong carts:
// - "음료는 생맥주요", "치킨은 양념으로 할게요": a set's part said by the category word that ends
//   its group's name ("세트 음료", "세트 치킨"), where the menu's category lists several things
//   ("음료 · 주류", "커피 · 음료"), or the word is also a piece of another item's name ("음료 세트"),
//   or the set is not the last line said ("치맥 세트 하나랑 감튀 하나요"), or options were said
//   between the set and the heading ("텐동 세트 새우로 하나 음료는 사이다"): the set's choice, not
//   a drink or a chicken asked about (category-as-group.ts).
// - "make that two, one watermelon and one cherry" a turn after one slushie: the count set and its
//   parts as many in all, one line made two and parted so, not three and one (bare-parts.ts
//   partsOfTheCountSet, count-with-options.ts countSetForItsParts).
import { en, ko, menuFrom, phenomenonTable } from "./test-helpers.ts";

const sets = () =>
  menuFrom({
    version: 1,
    store: { id: "ko-set-heading", name: { ko: "세트집" }, currency: "KRW", languages: ["ko"] },
    categories: [{ id: "main", ...ko("메인") }, { id: "chicken", ...ko("치킨") }, { id: "snack", ...ko("스낵") }, { id: "drink", ...ko("음료 · 주류") }, { id: "set", ...ko("세트") }],
    optionGroups: [
      { id: "set-drink", ...ko("세트 음료"), select: "one", choices: [{ id: "cola", ...ko("콜라") }, { id: "cider", ...ko("사이다") }, { id: "draft", ...ko("생맥주", ["생맥"]) }] },
      { id: "set-main", ...ko("세트 메인"), select: "one", choices: [{ id: "plain", ...ko("기본") }, { id: "shrimp", ...ko("새우", ["새우로"]) }] },
      { id: "set-chicken", ...ko("세트 치킨"), select: "one", choices: [{ id: "fried", ...ko("후라이드") }, { id: "yangnyeom", ...ko("양념", ["양념으로"]) }] },
    ],
    items: [
      { id: "don", category: "main", ...ko("덮밥"), price: 9000 },
      { id: "fried-chicken", category: "chicken", ...ko("후라이드 치킨"), price: 18000 },
      { id: "yangnyeom-chicken", category: "chicken", ...ko("양념 치킨"), price: 19000 },
      { id: "fries", category: "snack", ...ko("감자튀김", ["감튀"]), price: 4000 },
      { id: "draft-beer", category: "drink", ...ko("생맥주", ["생맥"]), price: 5000 },
      { id: "soda", category: "drink", ...ko("탄산음료", ["콜라", "사이다"]), price: 2000 },
      { id: "highball", category: "drink", ...ko("하이볼"), price: 7000 },
      { id: "don-set", category: "set", ...ko("덮밥 세트"), price: 12000, optionGroups: ["set-main", "set-drink"] },
      { id: "chimaek", category: "set", ...ko("치맥 세트"), price: 17000, optionGroups: ["set-chicken"] },
      { id: "family", category: "set", ...ko("가족 세트", ["음료 포함 세트"]), price: 30000, optionGroups: ["set-chicken", "set-drink"] },
    ],
  });

const donSet = (main: string, drink: string) => ({ item: "don-set", qty: 1, options: { "set-main": main, "set-drink": drink } });

phenomenonTable("a set's part said by the category word its group's name ends in", sets(), [
  { name: "a turn later, a category listing several things: 음료는 생맥주요", turns: ["덮밥 세트 하나요", "기본으로요", "음료는 생맥주요"], lines: [donSet("plain", "draft")], confident: true },
  { name: "in the same turn, options said between: 덮밥 세트 새우로 하나 음료는 사이다 주세요", turns: ["덮밥 세트 새우로 하나 음료는 사이다 주세요"], lines: [donSet("shrimp", "cider")], confident: true },
  { name: "the word also a piece of another item's name: 가족 세트 하나 양념으로 음료는 사이다로 주세요", turns: ["가족 세트 하나 양념으로 음료는 사이다로 주세요"], lines: [{ item: "family", qty: 1, options: { "set-chicken": "yangnyeom", "set-drink": "cider" } }], confident: true },
  { name: "the set not the last line said: 치맥 세트 하나랑 감튀 하나요 → 치킨은 양념으로 할게요", turns: ["치맥 세트 하나랑 감튀 하나요", "치킨은 양념으로 할게요"], lines: [{ item: "chimaek", qty: 1, options: { "set-chicken": "yangnyeom" } }, { item: "fries", qty: 1 }], confident: true },
]);

const slush = () =>
  menuFrom({
    version: 1,
    store: { id: "en-count-set-parts", name: { en: "Slush stand" }, currency: "USD", languages: ["en"] },
    categories: [{ id: "drinks", ...en("Drinks") }],
    optionGroups: [{ id: "flavor", ...en("Flavor"), select: "one", choices: [{ id: "cherry", ...en("Cherry") }, { id: "watermelon", ...en("Watermelon") }, { id: "mango", ...en("Mango") }] }],
    items: [
      { id: "slushie", category: "drinks", ...en("Slushie"), price: 400, optionGroups: ["flavor"] },
      { id: "lemonade", category: "drinks", ...en("Lemonade"), price: 300 },
    ],
  });

const s = (flavor: string, qty = 1) => ({ item: "slushie", qty, options: { flavor } });

phenomenonTable("the count set, then its parts: the line made that many and parted so", slush(), [
  { name: "make that two, one watermelon and one cherry", turns: ["can i get a slushie", "watermelon", "uh actually make that two, one watermelon and one cherry"], lines: [s("watermelon"), s("cherry")] },
  { name: "make it three, two mango and one cherry", turns: ["a mango slushie", "actually make it three, two mango and one cherry"], lines: [s("mango", 2), s("cherry")] },
]);

// (Guards, right before the change too: parts short of the count, or a count alone.)
phenomenonTable("a count set alone, or more said after it, stays as read", slush(), [
  { name: "make it two", turns: ["a watermelon slushie", "make it two"], lines: [s("watermelon", 2)] },
]);

// - "two slices of the carrot cake" of a cake also called "carrot cake slice", "tres leches
//   chocolate, two slices" of a "Tres Leches Slice": the word of the item's own name as what it
//   is counted in, not a piece of another name (name-word-as-counter.ts).
// - "two turkish coffees, one sweet one with no sugar": the second "one" starts the other of the
//   two, no "sweet one" pointing back (atom-neighbours.ts oneOfACountBefore).
const bakery = () =>
  menuFrom({
    version: 1,
    store: { id: "en-name-word-counter", name: { en: "Cake cafe" }, currency: "USD", languages: ["en"] },
    categories: [{ id: "cakes", ...en("Cakes") }, { id: "sweets", ...en("Sweets") }, { id: "coffee", ...en("Coffee") }],
    optionGroups: [
      { id: "cake-flavor", ...en("Flavor"), select: "one", default: "classic", choices: [{ id: "classic", ...en("Classic") }, { id: "chocolate", ...en("Chocolate") }] },
      { id: "sugar", ...en("Sugar"), select: "one", default: "plain", choices: [{ id: "plain", ...en("No sugar", ["plain", "no sugar"]) }, { id: "sweet", ...en("Sweet", ["sweet"]) }] },
    ],
    items: [
      { id: "carrot-cake", category: "cakes", ...en("Carrot Cake", ["carrot cake slice"]), price: 500 },
      { id: "quiche", category: "cakes", ...en("Quiche", ["quiche slice"]), price: 700 },
      { id: "tres-leches", category: "cakes", ...en("Tres Leches Slice", ["tres leches"]), price: 450, optionGroups: ["cake-flavor"] },
      { id: "baklava", category: "sweets", ...en("Baklava"), price: 300 },
      { id: "coffee", category: "coffee", ...en("Turkish Coffee"), price: 300, optionGroups: ["sugar"] },
    ],
  });

phenomenonTable("a word of the item's own name as what it is counted in", bakery(), [
  { name: "two slices of the carrot cake", turns: ["a quiche and two slices of the carrot cake"], lines: [{ item: "quiche", qty: 1 }, { item: "carrot-cake", qty: 2 }], confident: true },
  { name: "tres leches chocolate, two slices, to go", turns: ["tres leches chocolate, two slices, to go"], lines: [{ item: "tres-leches", qty: 2, options: { "cake-flavor": "chocolate" } }], confident: true },
]);

phenomenonTable("one A one B of a count said just before: two parts", bakery(), [
  { name: "two turkish coffees, one sweet one with no sugar", turns: ["a baklava and two turkish coffees, one sweet one with no sugar"], lines: [{ item: "baklava", qty: 1 }, { item: "coffee", qty: 1, options: { sugar: "sweet" } }, { item: "coffee", qty: 1, options: { sugar: "plain" } }], confident: true },
]);
