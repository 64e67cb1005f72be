// Asides and words that say two things (asides.ts): each row is real words read by the
// engine, and whether asides.ts calls the reading a guess. Rows that must stay sure are
// the ordinary orders that look most like the asides.
import { describe, expect, it } from "vitest";
import { emptyCart } from "../../cart/cart.ts";
import { asideGuesses } from "./asides.ts";
import { menuFrom, notAloneTable, phenomenonTable, utteranceSaid } from "./test-helpers.ts";
import { pizzeriaMenu } from "./test-menus.ts";

type Alias = string | { text: string; options: Record<string, string> };
// Every name in both languages (the menu says both); English-only things keep their English name.
const tk = (ko: string, e: string, ko2: Alias[] = [], en2: Alias[] = []) => ({ name: { ko, en: e }, aliases: { ko: ko2, en: en2 } });
const en = (e: string, en2: Alias[] = []) => tk(e, e, [], en2);
const cat = (ko: string, e: string) => ({ name: { ko, en: e } });
const menu = menuFrom({
  version: 1,
  store: { id: "asides", name: { ko: "테스트", en: "Test" }, currency: "USD", languages: ["en", "ko"] },
  categories: [{ id: "main", ...cat("메인", "Mains") }, { id: "chicken", ...cat("치킨", "Chicken") }, { id: "drink", ...cat("음료", "Drinks") }],
  optionGroups: [
    { id: "doneness", ...en("Doneness"), select: "one", default: "medium", choices: [{ id: "medium", ...en("Medium") }, { id: "well-done", ...en("Well done", ["well"]) }] },
    { id: "tea-sweet", ...en("Sweetness"), select: "one", default: "sweet", choices: [{ id: "sweet", ...en("Sweet") }, { id: "unsweet", ...en("Unsweet") }] },
    { id: "combo-side", ...en("Side"), select: "one", default: "fries", choices: [{ id: "fries", ...en("Fries") }, { id: "salad", ...en("Side salad") }] },
    { id: "bread", ...en("Bread"), select: "one", default: "white", choices: [{ id: "white", ...en("White") }, { id: "wheat", ...en("Wheat") }] },
    { id: "nm-type", ...tk("냉면 종류", "Type"), select: "one", default: "mul", choices: [{ id: "mul", ...tk("물", "Cold broth", ["물냉"]) }, { id: "bibim", ...tk("비빔", "Spicy", ["비냉"]) }] },
    { id: "half", ...tk("반반 구성", "Half and half"), select: "one", default: "fy", choices: [{ id: "fy", ...tk("후라이드+양념", "Fried + Yangnyeom", ["후라이드 양념"]) }] },
  ],
  items: [
    { id: "burger", category: "main", ...en("Cheeseburger", ["cheeseburgers"]), price: 800, optionGroups: ["doneness"] },
    { id: "fries", category: "main", ...en("Fries"), price: 300 },
    { id: "combo-2", category: "main", ...en("Number 2 Combo", ["#2", "2"]), price: 1100, optionGroups: ["combo-side"] },
    { id: "italian", category: "main", ...en("Italian Sub", ["italian"]), price: 900, optionGroups: ["bread"] },
    { id: "diet-coke", category: "drink", ...en("Diet Coke", ["diet"]), price: 200 },
    { id: "tea", category: "drink", ...en("Iced Tea", [{ text: "sweet tea", options: { "tea-sweet": "sweet" } }]), price: 200, optionGroups: ["tea-sweet"] },
    { id: "lemonade", category: "drink", ...en("Lemonade"), price: 250 },
    { id: "naengmyeon", category: "main", ...tk("냉면", "Naengmyeon", [{ text: "물냉면", options: { "nm-type": "mul" } }, { text: "비빔냉면", options: { "nm-type": "bibim" } }]), price: 900, optionGroups: ["nm-type"] },
    { id: "fried", category: "chicken", ...tk("후라이드치킨", "Fried Chicken", ["후라이드"]), price: 1800 },
    { id: "yangnyeom", category: "chicken", ...tk("양념치킨", "Yangnyeom Chicken", ["양념"]), price: 1900 },
    { id: "banban", category: "chicken", ...tk("반반치킨", "Half & Half", ["반반"]), price: 1900, optionGroups: ["half"] },
  ],
});

const guessed = (text: string) => asideGuesses(utteranceSaid(menu, text, emptyCart()), menu).length > 0;

describe("asides and words that say two things", () => {
  const rows: Array<[string, boolean]> = [
    // "well," opening a thought, not the doneness
    ["a cheeseburger, and well, maybe some fries too", true],
    ["a cheeseburger well done and fries", false],
    // "too" + a word: what is wrong with something; "too" at the end: also
    ["a lemonade, sweet tea is too sweet for me", true],
    ["a lemonade and fries too", false],
    ["a cheeseburger, not too well done", false],
    // being "on" something
    ["I'm on a diet, so a cheeseburger", true],
    ["a diet and a lemonade", false],
    ["an italian on wheat", false],
    // whose one, of several
    ["two cheeseburgers for me and my buddy, his well done", true],
    ["two cheeseburgers well done and my buddy wants no pickles on his", true],
    ["a cheeseburger well done and no pickles on his", false],
    ["a cheeseburger and the same for her", false],
    ["a cheeseburger well done", false],
    // a number that is also an item's name, before another item
    ["2 fries", true],
    ["a number 2 with a side salad", false],
    // "same way" of no item said with it: the same as what? (Said after an item, it is read as
    // the line before: same-other-item.ts, which guesses where that is not sure.)
    ["a cheeseburger and an italian same way on wheat", true],
    ["a cheeseburger and fries, same way", false],
    // an option against what the name chose
    ["물냉면 하나 비빔냉면 하나 주시고 물 좀 주세요", true],
    ["물냉 하나 비냉 하나", false],
    ["비빔냉면 하나요", false],
    // two items' names in one choice, for more than one
    ["치킨 두 마리요 후라이드 양념으로요", true],
    ["반반치킨 한 마리 후라이드 양념으로요", false],
  ];
  for (const [text, guess] of rows) it(`${guess ? "guess" : "sure"}: ${text}`, () => expect(guessed(text)).toBe(guess));
});

describe("corrections, counts and parts that could say two things (pizzeria)", () => {
  const pizzeria = pizzeriaMenu();
  const rows: Array<[string, boolean]> = [
    ["a burger no onions, I mean no pickles", true],
    ["a burger no onions and no pickles", false],
    ["two cokes, actually just a single", true],
    ["a burger and a single coke", false],
    ["two large pizzas, one with pepperoni and one supreme", true],
    ["two large pizzas, one with pepperoni and one with ham", false],
    // an order and a question in one breath: the question answered, the order dropped
    ["a burger and do you have lemonade", true],
    ["a burger, how much is that", true],
    ["do you have sprite, a burger then", true],
    ["do you have sprite", false],
    ["how much is a large pizza", false],
  ];
  for (const [text, guess] of rows) it(`${guess ? "guess" : "sure"}: ${text}`, () => expect(asideGuesses(utteranceSaid(pizzeria, text, emptyCart()), pizzeria).length > 0).toBe(guess));
});

phenomenonTable("another made like the one before, with a choice of the same kind", pizzeriaMenu(), [
  { name: "with ham: as well as the pepperoni, or instead?", turns: ["a large pizza with pepperoni", "and another with ham"], lines: [{ item: "pizza", qty: 1, options: { size: "large", toppings: ["pepperoni"] } }, { item: "pizza", qty: 1, options: { size: "large", toppings: ["pepperoni", "ham"] } }], confident: false },
  { name: "with ham too: as well", turns: ["a large pizza with pepperoni", "and another with ham too"], lines: [{ item: "pizza", qty: 1, options: { size: "large", toppings: ["pepperoni"] } }, { item: "pizza", qty: 1, options: { size: "large", toppings: ["pepperoni", "ham"] } }] },
]);

notAloneTable("asides reach the decision", menu, [
  { name: "well, as an aside", turns: ["a cheeseburger, and well, maybe some fries too"] },
  { name: "a name that chose otherwise", turns: ["물냉면 하나 비빔냉면 하나 주시고 물 좀 주세요"] },
]);
