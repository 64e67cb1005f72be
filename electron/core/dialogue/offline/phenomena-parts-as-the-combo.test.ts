// "3 quesabirrias with a small consome and a horchata, as the combo" (probe birria-147): the
// things sold alone that a combo's words name ("3 quesabirria tacos, small consomé and a
// drink"), or that its choices name (its drink), listed and then "as the combo": one combo,
// its drink the one named, not the parts and a combo beside them (parts-as-the-combo.ts).
// Where what was said of the parts is not what the combo says (four tacos, a large consomé),
// read so and a guess.
import { menuFrom, notAloneTable, phenomenonTable } from "./test-helpers.ts";

const both = (e: string, k: string, enAliases: string[] = [], koAliases: string[] = []) => ({ name: { en: e, ko: k }, aliases: { en: enAliases, ko: koAliases } });

const stand = menuFrom({
  version: 1,
  store: { id: "parts-as-combo", name: { en: "Test Stand", ko: "테스트 스탠드" }, currency: "USD", languages: ["en", "ko"] },
  categories: [{ id: "tacos", name: { en: "Tacos", ko: "타코" } }, { id: "sides", name: { en: "Sides", ko: "사이드" } }, { id: "drinks", name: { en: "Drinks", ko: "음료" } }, { id: "combos", name: { en: "Combos", ko: "콤보" } }],
  optionGroups: [
    { id: "consome-size", ...both("Size", "사이즈"), select: "one", choices: [{ id: "small", ...both("Small", "스몰") }, { id: "large", ...both("Large", "라지") }] },
    { id: "combo-drink", ...both("Combo drink", "세트 음료"), select: "one", choices: [{ id: "horchata", ...both("Horchata", "오르차타") }, { id: "jamaica", ...both("Jamaica", "자메이카") }] },
    { id: "meal-drink", ...both("Meal drink", "세트 음료"), select: "one", choices: [{ id: "coke", ...both("Coke", "콜라") }, { id: "sprite", ...both("Sprite", "스프라이트") }] },
    { id: "fry-size", ...both("Fry size", "감자 사이즈"), select: "one", default: "regular", choices: [{ id: "regular", ...both("Regular", "레귤러") }, { id: "large", ...both("Large", "라지") }] },
  ],
  items: [
    { id: "taco", category: "tacos", ...both("Birria Taco", "비리아 타코", ["birria tacos"]), price: 400 },
    { id: "cheeseburger", category: "tacos", ...both("Cheeseburger", "치즈버거"), price: 600 },
    { id: "consome", category: "sides", ...both("Consomé", "콘소메", ["consome"]), price: 300, optionGroups: ["consome-size"] },
    { id: "fries", category: "sides", ...both("Fries", "감자튀김"), price: 300, optionGroups: ["fry-size"] },
    { id: "horchata", category: "drinks", ...both("Horchata", "오르차타"), price: 350 },
    { id: "jamaica", category: "drinks", ...both("Jamaica", "자메이카"), price: 350 },
    { id: "coke", category: "drinks", ...both("Coke", "콜라"), price: 250 },
    { id: "taco-combo", category: "combos", ...both("Birria Combo", "비리아 콤보", ["combo", "taco combo"]), description: { en: "3 birria tacos, small consomé and a drink.", ko: "비리아 타코 3개, 콘소메 스몰, 음료." }, price: 1500, optionGroups: ["combo-drink"] },
    { id: "meal", category: "combos", ...both("Burger Meal", "버거 세트", ["meal"]), description: { en: "A cheeseburger, regular fries and a soda.", ko: "치즈버거, 감자튀김, 탄산음료." }, price: 1000, optionGroups: ["meal-drink"] },
  ],
});

phenomenonTable("English: parts listed, then as the combo", stand, [
  { name: "3 tacos, a small consome and a horchata, as the combo", turns: ["3 birria tacos with a small consome and a horchata, as the combo"], lines: [{ item: "taco-combo", qty: 1, options: { "combo-drink": "horchata" } }], confident: true },
  { name: "three tacos, a consome and a jamaica as a combo", turns: ["three birria tacos a consome and a jamaica as a combo please"], lines: [{ item: "taco-combo", qty: 1, options: { "combo-drink": "jamaica" } }], confident: true },
  { name: "a cheeseburger with fries and a coke as the meal", turns: ["a cheeseburger with fries and a coke as the meal"], lines: [{ item: "meal", qty: 1, options: { "meal-drink": "coke" } }], confident: true },
]);

notAloneTable("English: what was said of the parts is not what the combo says", stand, [
  { name: "four tacos as the combo", turns: ["4 birria tacos with a small consome and a horchata, as the combo"] },
  { name: "a large consome as the combo", turns: ["3 birria tacos with a large consome and a horchata as the combo"] },
  { name: "large fries as the meal", turns: ["a cheeseburger with large fries and a coke as the meal"] },
]);
