// Eighth red teams (rounds 28-29 menus): the kiosk asks for a required choice (a set's drink,
// a set's noodle or meat, a combo's half sandwich, the flavour of the minis) and the answer
// names things that are also sold alone: "콜라 두 개요", "물막국수 하나 비빔막국수 하나요",
// "치킨 부리또 하나 소고기 부리또 하나요", "grilled cheese" for "Half Grilled Cheese", "one
// chocolate one vanilla". Said alone, counted no further than the lines asked about, they answer
// the question (answer-named-as-items.ts); "콜라도", "and a coke too" or a count past the sets'
// stay things ordered. Beside it, the refused line in "X 말고 Y로" becomes Y where Y is a choice
// alias written with its 로 ("콜라로") or the item named with another brand ("카스 말고 테라로").
import { en, ko, menuFrom, notAloneTable, phenomenonTable } from "./test-helpers.ts";

const sets = () =>
  menuFrom({
    version: 1,
    store: { id: "ko-answer-named-as-items", name: { ko: "세트집" }, currency: "KRW", languages: ["ko"] },
    categories: [{ id: "main", ...ko("메인") }, { id: "set", ...ko("세트") }, { id: "drink", ...ko("음료") }],
    optionGroups: [
      { id: "set-drink", ...ko("세트 음료"), select: "one", choices: [{ id: "cola", ...ko("콜라", ["콜라로"]) }, { id: "cider", ...ko("사이다") }, { id: "zero", ...ko("제로콜라", ["제로"]) }] },
      { id: "meat", ...ko("고기 선택"), select: "one", choices: [{ id: "beef", ...ko("소고기") }, { id: "chicken", ...ko("치킨") }] },
      { id: "noodle", ...ko("막국수 종류"), select: "one", choices: [{ id: "mul", ...ko("물", ["물막국수"]) }, { id: "bibim", ...ko("비빔") }] },
      { id: "beer-brand", ...ko("맥주 종류"), select: "one", default: "cass", choices: [{ id: "cass", ...ko("카스") }, { id: "terra", ...ko("테라") }] },
    ],
    items: [
      { id: "burrito", category: "main", name: { ko: "부리또" }, price: 8000, optionGroups: ["meat"], aliases: { ko: [{ text: "치킨 부리또", options: { meat: "chicken" } }, { text: "소고기 부리또", options: { meat: "beef" } }] } },
      { id: "burrito-set", category: "set", name: { ko: "부리또 세트" }, price: 10000, optionGroups: ["meat", "set-drink"], aliases: { ko: [{ text: "치킨 부리또 세트", options: { meat: "chicken" } }, { text: "소고기 부리또 세트", options: { meat: "beef" } }] } },
      { id: "noodle-set", category: "set", ...ko("보쌈 세트", ["보쌈 막국수 세트"]), price: 13000, optionGroups: ["noodle"] },
      { id: "makguksu", category: "main", name: { ko: "막국수" }, price: 8000, optionGroups: ["noodle"], aliases: { ko: [{ text: "물막국수", options: { noodle: "mul" } }, { text: "비빔막국수", options: { noodle: "bibim" } }, { text: "비막", options: { noodle: "bibim" } }] } },
      { id: "cola", category: "drink", ...ko("콜라"), price: 2000 },
      { id: "cider", category: "drink", ...ko("사이다"), price: 2000 },
      { id: "zero", category: "drink", ...ko("제로콜라"), price: 2000 },
      { id: "horchata", category: "drink", ...ko("오르차타"), price: 4000 },
      { id: "limeade", category: "drink", ...ko("라임에이드"), price: 4000 },
      { id: "beer", category: "drink", name: { ko: "맥주" }, price: 5000, optionGroups: ["beer-brand"], aliases: { ko: [{ text: "카스", options: { "beer-brand": "cass" } }, { text: "테라", options: { "beer-brand": "terra" } }] } },
    ],
  });

const set = (meat: string, drink: string, qty = 1) => ({ item: "burrito-set", qty, options: { meat, "set-drink": drink } });

phenomenonTable("a set's required choice answered with names also sold alone", sets(), [
  { name: "치킨 부리또 세트 두 개요 → 콜라 두 개요", turns: ["치킨 부리또 세트 두 개요", "콜라 두 개요"], lines: [set("chicken", "cola", 2)], confident: true },
  { name: "→ 콜라 하나 사이다 하나요", turns: ["치킨 부리또 세트 두 개요", "콜라 하나 사이다 하나요"], lines: [set("chicken", "cola"), set("chicken", "cider")], confident: true },
  { name: "세 개 → 콜라 두 개 사이다 하나요", turns: ["치킨 부리또 세트 세 개요", "콜라 두 개 사이다 하나요"], lines: [set("chicken", "cola", 2), set("chicken", "cider")], confident: true },
  { name: "a choice named only so, with its count: 제로 두 개요", turns: ["치킨 부리또 세트 두 개요", "제로 두 개요"], lines: [set("chicken", "zero", 2)], confident: true },
  { name: "보쌈 세트 두 개요 → 물막국수 하나 비빔막국수 하나요", turns: ["보쌈 세트 두 개요", "물막국수 하나 비빔막국수 하나요"], lines: [{ item: "noodle-set", qty: 1, options: { noodle: "mul" } }, { item: "noodle-set", qty: 1, options: { noodle: "bibim" } }], confident: true },
  { name: "보쌈 세트 하나요 → 비막이요 (the noodle dish the set is named with, made so)", turns: ["보쌈 세트 하나요", "비막이요"], lines: [{ item: "noodle-set", qty: 1, options: { noodle: "bibim" } }], confident: true },
  { name: "the set's meat named as the item with it: 치킨 부리또 하나 소고기 부리또 하나요", turns: ["부리또 세트 두 개요", "치킨 부리또 하나 소고기 부리또 하나요", "둘 다 콜라요"], lines: [set("chicken", "cola"), set("beef", "cola")] },
  { name: "(that turn answered alone)", turns: ["부리또 세트 두 개요", "치킨 부리또 하나 소고기 부리또 하나요"], lines: [], confident: true },
  // (Two lines of their own, each missing the drink: in order, but a guess.)
  { name: "two sets of their own → 콜라 하나 제로콜라 하나요", turns: ["치킨 부리또 세트 하나 소고기 부리또 세트 하나요", "콜라 하나 제로콜라 하나요"], lines: [set("chicken", "cola"), set("beef", "zero")], confident: false },
]);

// (Guards, right before the change too: what may be another thing ordered stays so.)
phenomenonTable("words that may order more while the question is open stay things ordered", sets(), [
  { name: "콜라도 두 개요: the cokes, as well", turns: ["치킨 부리또 세트 두 개요", "콜라도 두 개요"], lines: [{ item: "cola", qty: 2 }] },
  { name: "a count past the sets': 콜라 세 개요", turns: ["치킨 부리또 세트 두 개요", "콜라 세 개요"], lines: [{ item: "cola", qty: 3 }] },
]);

notAloneTable("an answer short of the lines asked about is a guess", sets(), [{ name: "두 개 → 콜라 하나요", turns: ["치킨 부리또 세트 두 개요", "콜라 하나요"] }]);

phenomenonTable("X 말고 Y로: the refused line becomes Y", sets(), [
  { name: "오르차타 말고 콜라로 (콜라로 a set drink's alias)", turns: ["오르차타 하나 라임에이드 하나요", "오르차타 말고 콜라로 주세요"], lines: [{ item: "cola", qty: 1 }, { item: "limeade", qty: 1 }] },
  { name: "카스 말고 테라로 (the beer named by its brand)", turns: ["카스 두 병 콜라 하나요", "카스 말고 테라로 주세요"], lines: [{ item: "beer", qty: 2, options: { "beer-brand": "terra" } }, { item: "cola", qty: 1 }] },
]);

const combos = () =>
  menuFrom({
    version: 1,
    store: { id: "en-answer-named-as-items", name: { en: "Soup and Cakes" }, currency: "USD", languages: ["en"] },
    categories: [{ id: "food", ...en("Food") }, { id: "cakes", ...en("Cakes") }, { id: "drinks", ...en("Drinks") }],
    optionGroups: [
      { id: "half", ...en("Half sandwich"), select: "one", choices: [{ id: "grilled-cheese", ...en("Half Grilled Cheese") }, { id: "reuben", ...en("Half Reuben") }] },
      { id: "cup", ...en("Cup of soup"), select: "one", choices: [{ id: "tomato", ...en("Cup of Tomato Soup") }, { id: "chili", ...en("Cup of Chili") }] },
      { id: "mini-flavor", ...en("Mini flavor"), select: "one", choices: [{ id: "vanilla", ...en("Vanilla") }, { id: "chocolate", ...en("Chocolate") }, { id: "lemon", ...en("Lemon") }] },
      { id: "meal-drink", ...en("Meal drink"), select: "one", choices: [{ id: "coke", ...en("Coke") }, { id: "fanta", ...en("Fanta") }] },
    ],
    items: [
      { id: "grilled-cheese", category: "food", ...en("Grilled Cheese"), price: 7 },
      { id: "reuben", category: "food", ...en("Reuben"), price: 9 },
      { id: "tomato", category: "food", ...en("Tomato Soup"), price: 5 },
      { id: "chili", category: "food", ...en("Chili"), price: 6 },
      { id: "pick-two", category: "food", ...en("You Pick Two", ["pick two"]), price: 11, optionGroups: ["half", "cup"] },
      { id: "vanilla", category: "cakes", ...en("Vanilla Cupcake", ["vanilla"]), price: 4 },
      { id: "chocolate", category: "cakes", ...en("Chocolate Cupcake", ["chocolate"]), price: 4 },
      { id: "lemon", category: "cakes", ...en("Lemon Cupcake", ["lemon"]), price: 4 },
      { id: "mini", category: "cakes", ...en("Mini Cupcake", ["mini", "minis"]), price: 2, optionGroups: ["mini-flavor"] },
      { id: "box-meal", category: "food", ...en("Box Meal", ["box meal", "box meals"]), price: 10, optionGroups: ["meal-drink"] },
      { id: "coke", category: "drinks", ...en("Coke"), price: 2 },
      { id: "fanta", category: "drinks", ...en("Fanta"), price: 2 },
    ],
  });

phenomenonTable("a combo's required choice answered with names also sold alone", combos(), [
  { name: "pick two → grilled cheese → chili", turns: ["pick two", "grilled cheese", "chili"], lines: [{ item: "pick-two", qty: 1, options: { half: "grilled-cheese", cup: "chili" } }], confident: true },
  { name: "(grilled cheese answered alone)", turns: ["pick two", "grilled cheese"], lines: [], confident: true },
  { name: "pick two → the reuben → tomato soup", turns: ["pick two", "the reuben", "tomato soup"], lines: [{ item: "pick-two", qty: 1, options: { half: "reuben", cup: "tomato" } }], confident: true },
  { name: "two minis → one chocolate one vanilla", turns: ["two minis", "one chocolate one vanilla"], lines: [{ item: "mini", qty: 1, options: { "mini-flavor": "chocolate" } }, { item: "mini", qty: 1, options: { "mini-flavor": "vanilla" } }], confident: true },
  { name: "three minis → two lemon and one vanilla", turns: ["three minis", "two lemon and one vanilla"], lines: [{ item: "mini", qty: 2, options: { "mini-flavor": "lemon" } }, { item: "mini", qty: 1, options: { "mini-flavor": "vanilla" } }], confident: true },
  { name: "two box meals → one coke one fanta", turns: ["two box meals", "one coke one fanta"], lines: [{ item: "box-meal", qty: 1, options: { "meal-drink": "coke" } }, { item: "box-meal", qty: 1, options: { "meal-drink": "fanta" } }], confident: true },
]);

phenomenonTable("(guard) a count past the minis' stays the cupcakes", combos(), [
  { name: "two minis → three chocolate", turns: ["two minis", "three chocolate"], lines: [{ item: "chocolate", qty: 3 }] },
]);
