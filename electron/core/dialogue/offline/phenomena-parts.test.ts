// Refused lists, parts of a line and answers to the kiosk's question, on two small menus
// written for these rows (a chicken place where "한 마리" is also a portion's name and a
// half-and-half item whose choices are named "X + Y"; a coffee bar with counted shots):
// - items joined by 랑 before 는 빼 are all refused, never ordered ("무랑 소스는 빼 주세요");
// - a count smaller than the line's in a change changes only that many ("한 마리는 순살로",
//   "one of the two iced", "one of the lattes with oat milk");
// - the parts of a multi-part choice named in answer to the kiosk's question are that choice
//   ("양념이랑 간장이요" for "양념 + 간장");
// - "two more, one of them iced" / "두 잔 더, 하나는 샷 추가": that many of the line made so;
// - a counted option said again a turn later restates the total unless a word adds
//   ("just one extra shot" = 1, "one more shot" = +1).
// Each row is one way of saying it; the whole cart must come out right (a line still
// waiting for a required choice is not in it yet), and a reading the engine cannot be
// sure of must not be answered alone.
import { en, ko, menuFrom, type PhenomenonRow, phenomenonTable } from "./test-helpers.ts";

const chickenRaw = {
  version: 1,
  store: { id: "parts-chicken", name: { ko: "테스트 치킨" }, currency: "KRW", languages: ["ko"] },
  categories: [{ id: "chicken", ...ko("치킨") }, { id: "side", ...ko("사이드") }, { id: "drink", ...ko("음료") }],
  optionGroups: [
    { id: "cut", ...ko("뼈/순살"), select: "one", default: "bone", choices: [{ id: "bone", ...ko("뼈") }, { id: "boneless", ...ko("순살", ["순살로"]), price: 2000 }] },
    { id: "size", ...ko("양"), select: "one", default: "whole", choices: [{ id: "whole", ...ko("한 마리", ["한마리"]) }, { id: "half", ...ko("반 마리", ["반마리"]), price: -8000 }] },
    { id: "sauce-flavor", ...ko("소스 종류"), select: "one", default: "mustard", choices: [{ id: "spicy-sauce", ...ko("양념소스", ["양념"]) }, { id: "mustard", ...ko("허니머스타드", ["머스타드"]) }] },
    {
      id: "combo", ...ko("반반 구성", ["구성"]), select: "one",
      choices: [{ id: "fy", ...ko("후라이드 + 양념", ["후양반"]) }, { id: "fg", ...ko("후라이드 + 간장") }, { id: "yg", ...ko("양념 + 간장") }],
    },
  ],
  items: [
    { id: "fried", category: "chicken", ...ko("후라이드치킨", ["후라이드"]), price: 18000, optionGroups: ["cut", "size"] },
    { id: "spicy", category: "chicken", ...ko("양념치킨", ["양념"]), price: 19000, optionGroups: ["cut", "size"] },
    { id: "soy", category: "chicken", ...ko("간장치킨", ["간장"]), price: 19000, optionGroups: ["cut", "size"] },
    { id: "halves", category: "chicken", ...ko("반반치킨", ["반반"]), price: 19000, optionGroups: ["combo", "cut"] },
    { id: "pickle", category: "side", ...ko("치킨무 추가", ["치킨무", "무"]), price: 500 },
    { id: "sauce", category: "side", ...ko("소스 추가", ["소스"]), price: 500, optionGroups: ["sauce-flavor"] },
    { id: "cola", category: "drink", ...ko("콜라"), price: 2000 },
    { id: "cider", category: "drink", ...ko("사이다"), price: 2000 },
  ],
};

const coffeeRaw = {
  version: 1,
  store: { id: "parts-coffee", name: { en: "Test Coffee" }, currency: "USD", languages: ["en"] },
  categories: [{ id: "coffee", ...en("Coffee") }],
  optionGroups: [
    { id: "temp", ...en("Temperature"), select: "one", default: "hot", choices: [{ id: "hot", ...en("Hot") }, { id: "iced", ...en("Iced") }] },
    { id: "milk", ...en("Milk"), select: "one", default: "whole", choices: [{ id: "whole", ...en("Whole milk") }, { id: "oat", ...en("Oat milk", ["oat"]), price: 70 }] },
    { id: "shots", ...en("Extra shots", ["extra shot", "shot"]), select: "count", default: 0, min: 0, max: 4, unitPrice: 90 },
  ],
  items: [
    { id: "americano", category: "coffee", ...en("Americano"), price: 350, optionGroups: ["temp", "shots"] },
    { id: "latte", category: "coffee", ...en("Latte"), price: 450, optionGroups: ["temp", "milk", "shots"] },
    { id: "croissant", category: "coffee", ...en("Butter Croissant", ["croissant"]), price: 300 },
    { id: "almond-croissant", category: "coffee", ...en("Almond Croissant"), price: 400 },
    { id: "choc-croissant", category: "coffee", ...en("Chocolate Croissant"), price: 400 },
  ],
};

const koreanCoffeeRaw = {
  version: 1,
  store: { id: "parts-coffee-ko", name: { ko: "테스트 카페" }, currency: "KRW", languages: ["ko"] },
  categories: [{ id: "coffee", ...ko("커피") }],
  optionGroups: [{ id: "shots", ...ko("샷 추가", ["샷"]), select: "count", default: 0, min: 0, max: 4, unitPrice: 500 }],
  items: [
    { id: "americano", category: "coffee", ...ko("아메리카노"), price: 3000, optionGroups: ["shots"] },
    { id: "cake", category: "coffee", ...ko("케이크", ["조각 케이크"]), price: 5000 },
    { id: "cheesecake", category: "coffee", ...ko("치즈케이크"), price: 6000 },
  ],
};

type Row = PhenomenonRow;

const chickenRows: Row[] = [
  // Refused lists: what a refusal covers is never ordered.
  { name: "무랑 소스는 빼 주세요 after an order", turns: ["간장 한 마리요 무랑 소스는 빼 주시고요"], lines: [{ item: "soy", qty: 1 }], confident: true },
  { name: "무랑 소스는 빼 주세요 a turn after ordering them", turns: ["후라이드 하나 무 하나 소스 하나", "무랑 소스는 빼 주세요"], lines: [{ item: "fried", qty: 1 }], confident: true },
  { name: "콜라랑 사이다는 빼고 with a count keeps the ordered one", turns: ["양념 하나랑 콜라랑 사이다는 빼 주세요"], lines: [{ item: "spicy", qty: 1 }] },
  { name: "an item with its count joined by 랑 is ordered (후라이드 하나랑 소스는 빼고)", turns: ["후라이드 하나랑 소스는 빼 주세요"], lines: [{ item: "fried", qty: 1 }] },
  { name: "무랑 콜라 하나씩 (no refusal) orders both", turns: ["후라이드 하나 무랑 콜라 하나씩 주세요"], lines: [{ item: "fried", qty: 1 }, { item: "pickle", qty: 1 }, { item: "cola", qty: 1 }] },
  // Part of a line: a count said with 는 that the menu also names as a choice (한 마리).
  { name: "한 마리는 순살로 after two", turns: ["후라이드 두 마리요", "한 마리는 순살로 바꿔 주세요"], lines: [{ item: "fried", qty: 1 }, { item: "fried", qty: 1, options: { cut: "boneless" } }] },
  { name: "두 마리 중 한 마리는 순살로", turns: ["양념 두 마리요", "두 마리 중 한 마리는 순살로 해 주세요"], lines: [{ item: "spicy", qty: 1 }, { item: "spicy", qty: 1, options: { cut: "boneless" } }] },
  { name: "하나는 순살로 (the plain count) still changes one", turns: ["후라이드 두 마리요", "하나는 순살로 바꿔 주세요"], lines: [{ item: "fried", qty: 1 }, { item: "fried", qty: 1, options: { cut: "boneless" } }] },
  // The parts of a multi-part choice named in answer to the kiosk's question.
  { name: "양념이랑 간장이요 answers 반반 구성 (양념 + 간장)", turns: ["반반 하나 주세요", "양념이랑 간장이요"], lines: [{ item: "halves", qty: 1, options: { combo: "yg" } }], confident: true },
  { name: "parts in the other order (간장하고 양념으로요)", turns: ["반반 하나 주세요", "간장하고 양념으로요"], lines: [{ item: "halves", qty: 1, options: { combo: "yg" } }], confident: true },
  { name: "one part alone is not answered alone", turns: ["반반 하나 주세요", "양념이요"], lines: [{ item: "spicy", qty: 1 }], confident: false },
  { name: "parts with counts of their own are not answered alone", turns: ["반반 하나 주세요", "양념 하나 간장 하나요"], lines: [{ item: "spicy", qty: 1 }, { item: "soy", qty: 1 }], confident: false },
  { name: "an order unrelated to the question is answered as an order", turns: ["반반 하나 주세요", "콜라 하나요"], lines: [{ item: "cola", qty: 1 }] },
  // Options with their count and no item, then an item they do not fit: two orders.
  { name: "후양반 순살 하나 콜라 하나: the options' own item, then the cola", turns: ["후양반 순살 하나 콜라 하나"], lines: [{ item: "halves", qty: 1, options: { combo: "fy", cut: "boneless" } }, { item: "cola", qty: 1 }], confident: true },
  { name: "순살 하나 콜라 하나: options several items take are not answered alone", turns: ["순살 하나 콜라 하나"], lines: [{ item: "cola", qty: 1 }], confident: false },
  { name: "options before the item they fit stay with it (순살로 후라이드 두 마리)", turns: ["순살로 후라이드 두 마리 주세요"], lines: [{ item: "fried", qty: 2, options: { cut: "boneless" } }] },
  // A choice whose name holds the name of the one item taking it, said with a count: that item, made so.
  { name: "양념 소스 두 개 is the 소스 item with its 양념소스 choice, not 양념치킨", turns: ["양념 소스 두 개 주세요"], lines: [{ item: "sauce", qty: 2, options: { "sauce-flavor": "spicy-sauce" } }], confident: true },
  { name: "양념소스 하나랑 머스타드 소스 하나", turns: ["후라이드 한 마리 양념소스 하나랑 머스타드 소스 하나요"], lines: [{ item: "fried", qty: 1 }, { item: "sauce", qty: 1, options: { "sauce-flavor": "spicy-sauce" } }, { item: "sauce", qty: 1, options: { "sauce-flavor": "mustard" } }] },
  { name: "양념 두 마리 is still the chicken", turns: ["양념 두 마리요"], lines: [{ item: "spicy", qty: 2 }], confident: true },
  { name: "한 마리 without 는 is the portion, ordered as said", turns: ["후라이드 한 마리 순살로요"], lines: [{ item: "fried", qty: 1, options: { cut: "boneless" } }] },
];

// Rows whose last turn is a counted option changed on a line already there expect it handed on
// (confident: false), the cart kept: risky-shapes.ts.
const coffeeRows: Row[] = [
  { name: "two more, one of them iced", turns: ["a latte please", "two more please, one of them iced"], lines: [{ item: "latte", qty: 2 }, { item: "latte", qty: 1, options: { temp: "iced" } }] },
  { name: "two more lattes, one of them with oat milk", turns: ["a latte please", "two more lattes, one of them with oat milk"], lines: [{ item: "latte", qty: 2 }, { item: "latte", qty: 1, options: { milk: "oat" } }] },
  { name: "one of the two iced", turns: ["two lattes please", "one of the two iced please"], lines: [{ item: "latte", qty: 1 }, { item: "latte", qty: 1, options: { temp: "iced" } }] },
  { name: "one of the lattes with oat milk", turns: ["two lattes please", "one of the lattes with oat milk"], lines: [{ item: "latte", qty: 1 }, { item: "latte", qty: 1, options: { milk: "oat" } }] },
  { name: "one of the two lattes with oat milk", turns: ["two lattes please", "one of the two lattes with oat milk"], lines: [{ item: "latte", qty: 1 }, { item: "latte", qty: 1, options: { milk: "oat" } }] },
  { name: "make one of them iced", turns: ["two lattes please", "make one of them iced"], lines: [{ item: "latte", qty: 1 }, { item: "latte", qty: 1, options: { temp: "iced" } }] },
  // A counted option said again: the total, unless a word adds.
  { name: "just one extra shot restates the total", turns: ["an iced americano with two extra shots", "oh wait, just one extra shot"], lines: [{ item: "americano", qty: 1, options: { temp: "iced", shots: 1 } }], confident: false },
  { name: "only one extra shot please restates the total", turns: ["a latte with three extra shots", "only one extra shot please"], lines: [{ item: "latte", qty: 1, options: { shots: 1 } }], confident: false },
  { name: "one extra shot (no just, no more) restates, unsure", turns: ["An americano with two extra shots", "one extra shot"], lines: [{ item: "americano", qty: 1, options: { shots: 1 } }], confident: false },
  { name: "one more shot adds to the drink, not another drink", turns: ["An americano with two extra shots", "one more shot"], lines: [{ item: "americano", qty: 1, options: { shots: 3 } }], confident: false },
  { name: "two more shots adds two", turns: ["An americano with an extra shot", "two more shots"], lines: [{ item: "americano", qty: 1, options: { shots: 3 } }], confident: false },
  { name: "add another shot adds one", turns: ["An americano with two extra shots", "add another shot"], lines: [{ item: "americano", qty: 1, options: { shots: 3 } }], confident: false },
  { name: "an extra shot on a drink without one is just set", turns: ["An iced americano", "an extra shot please"], lines: [{ item: "americano", qty: 1, options: { temp: "iced", shots: 1 } }], confident: false },
  // Taken off by a word another item is called, where one line's name holds it.
  { name: "not the croissant: the one croissant line ordered goes", turns: ["a latte and an almond croissant", "actually not the croissant"], lines: [{ item: "latte", qty: 1 }], confident: false },
  { name: "remove the croissant with two such lines: nothing goes, not answered alone", turns: ["almond croissant and a chocolate croissant", "remove the croissant"], lines: [{ item: "almond-croissant", qty: 1 }, { item: "choc-croissant", qty: 1 }], confident: false },
  { name: "remove the croissant with that very item ordered", turns: ["a croissant and an almond croissant", "remove the croissant"], lines: [{ item: "almond-croissant", qty: 1 }], confident: true },
  { name: "one more please is another drink", turns: ["An americano with two extra shots", "one more please"], lines: [{ item: "americano", qty: 2, options: { shots: 2 } }] },
];

const pizzaRaw = {
  version: 1,
  store: { id: "parts-pizza", name: { en: "Test Pizza" }, currency: "USD", languages: ["en"] },
  categories: [{ id: "pizza", ...en("Pizza") }],
  optionGroups: [
    { id: "halves", ...en("Halves"), select: "one", choices: [{ id: "cp", ...en("Cheese + Pepperoni") }, { id: "pv", ...en("Pepperoni + Veggie") }, { id: "cv", ...en("Cheese & Veggie") }] },
  ],
  items: [
    { id: "half-half", category: "pizza", ...en("Half and Half Pizza", ["half and half"]), price: 1600, optionGroups: ["halves"] },
    { id: "cheese", category: "pizza", ...en("Cheese Pizza", ["cheese"]), price: 1200 },
    { id: "pepperoni", category: "pizza", ...en("Pepperoni Pizza", ["pepperoni"]), price: 1400 },
    { id: "veggie", category: "pizza", ...en("Veggie Pizza", ["veggie"]), price: 1400 },
  ],
};

const pizzaRows: Row[] = [
  { name: "pepperoni and veggie answers the halves", turns: ["a half and half pizza", "pepperoni and veggie"], lines: [{ item: "half-half", qty: 1, options: { halves: "pv" } }], confident: true },
  { name: "veggie and cheese please (a choice written with &)", turns: ["a half and half pizza", "veggie and cheese please"], lines: [{ item: "half-half", qty: 1, options: { halves: "cv" } }], confident: true },
  { name: "one part alone is not answered alone", turns: ["a half and half pizza", "pepperoni"], lines: [{ item: "pepperoni", qty: 1 }], confident: false },
];

// Rows whose last turn is a counted option changed on a line already there expect it handed on
// (confident: false), the cart kept: risky-shapes.ts.
const koreanShotRows: Row[] = [
  { name: "두 잔 더, 하나는 샷 추가: that many of the line made so", turns: ["아메리카노 한 잔이요", "두 잔 더 주세요 하나는 샷 추가요"], lines: [{ item: "americano", qty: 2 }, { item: "americano", qty: 1, options: { shots: 1 } }] },
  { name: "케이크는 빼 주세요 with only a 치즈케이크 ordered: that line goes", turns: ["아메리카노 하나랑 치즈케이크 하나요", "케이크는 빼 주세요"], lines: [{ item: "americano", qty: 1 }], confident: false },
  { name: "샷 하나만 a turn after two restates the total", turns: ["아메리카노 하나 샷 두 번 추가요", "샷 하나만 넣어 주세요"], lines: [{ item: "americano", qty: 1, options: { shots: 1 } }], confident: false },
  { name: "샷 하나 더 a turn after two adds one", turns: ["아메리카노 하나 샷 두 번 추가요", "샷 하나 더 넣어 주세요"], lines: [{ item: "americano", qty: 1, options: { shots: 3 } }], confident: false },
];

phenomenonTable("refused lists and parts of a line (Korean chicken)", menuFrom(chickenRaw), chickenRows);

phenomenonTable("parts of a line and counted options said again (English coffee)", menuFrom(coffeeRaw), coffeeRows);

phenomenonTable("counted options said again, a line named by part of its name (Korean coffee)", menuFrom(koreanCoffeeRaw), koreanShotRows);

phenomenonTable("the parts of a multi-part choice as an answer (English pizza)", menuFrom(pizzaRaw), pizzaRows);
