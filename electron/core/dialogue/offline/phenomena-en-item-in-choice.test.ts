// English: "a small fries" where a kids meal's side is called "Small fries" (issue 9, sixth
// round): with no line to put the choice on, words ending in an item's full name and
// beginning with one of its own choices order that item so made, not a kids meal. While the
// kids meal is asked about, the same words answer it.
import { en, menuFrom, phenomenonTable } from "./test-helpers.ts";

const driveThru = menuFrom({
  version: 1,
  store: { id: "item-in-choice", name: { en: "Test Drive" }, currency: "USD", languages: ["en"] },
  categories: [{ id: "food", name: { en: "Food" } }],
  optionGroups: [
    { id: "side-size", name: { en: "Side size" }, select: "one", default: "medium", choices: [{ id: "small", ...en("Small") }, { id: "medium", ...en("Medium") }, { id: "large", ...en("Large") }] },
    { id: "kids-main", name: { en: "Kids main" }, select: "one", choices: [{ id: "mini-burger", ...en("Mini burger") }, { id: "nuggets", ...en("4 nuggets", ["nuggets"]) }] },
    { id: "kids-side", name: { en: "Kids side" }, select: "one", choices: [{ id: "apple-slices", ...en("Apple slices") }, { id: "small-fries", ...en("Small fries") }] },
  ],
  items: [
    { id: "cheeseburger", category: "food", ...en("Cheeseburger"), price: 399 },
    { id: "fries", category: "food", ...en("Fries", ["french fries"]), price: 199, optionGroups: ["side-size"] },
    { id: "pie", category: "food", ...en("Apple Pie", ["pie"]), price: 149 },
    { id: "kids-meal", category: "food", ...en("Kids Meal", ["kids meal"]), price: 499, optionGroups: ["kids-main", "kids-side"] },
  ],
});

phenomenonTable("English: an item and its choice said as another item's choice name", driveThru, [
  { name: "a small fries among other items", turns: ["cheeseburger and a small fries and an apple pie"], lines: [{ item: "cheeseburger", qty: 1 }, { item: "fries", qty: 1, options: { "side-size": "small" } }, { item: "pie", qty: 1 }] },
  { name: "two small fries", turns: ["two small fries"], lines: [{ item: "fries", qty: 2, options: { "side-size": "small" } }] },
  { name: "the answer to the kids meal's question", turns: ["a kids meal", "nuggets", "small fries"], lines: [{ item: "kids-meal", qty: 1, options: { "kids-main": "nuggets", "kids-side": "small-fries" } }] },
]);

// "with oat please" a turn after a latte, where "oats" is the oatmeal's alias and "oat" the
// milk's: "with" says an option of the line in hand (it added an oatmeal, answered alone).
const oats = menuFrom({
  version: 1,
  store: { id: "oats", name: { en: "Oats" }, currency: "USD", languages: ["en"] },
  categories: [{ id: "all", ...en("All") }],
  optionGroups: [{ id: "milk", ...en("Milk"), select: "one", default: "whole", choices: [{ id: "whole", ...en("Whole milk") }, { id: "oat", ...en("Oat Milk", ["oat"]) }] }],
  items: [
    { id: "latte", category: "all", ...en("Latte"), price: 400, optionGroups: ["milk"] },
    { id: "oatmeal", category: "all", ...en("Steel-Cut Oatmeal", ["oats", "porridge"]), price: 500 },
  ],
});
phenomenonTable("with + a word that names an item and a choice, a turn later (English)", oats, [
  { name: "with oat please", turns: ["a latte", "with oat please"], lines: [{ item: "latte", qty: 1, options: { milk: "oat" } }], confident: true },
  { name: "and an oatmeal: the item", turns: ["a latte", "and an oatmeal"], lines: [{ item: "latte", qty: 1 }, { item: "oatmeal", qty: 1 }] },
]);
