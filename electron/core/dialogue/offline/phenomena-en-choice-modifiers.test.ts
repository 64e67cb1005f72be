// English: "the denver omelet with rye", "two eggs scrambled sourdough", "a side of toast
// sourdough" where the board says "Rye toast", "Sourdough toast" in a group called Toast
// (issue 9, seventh round): the word that tells a choice from the others of its group names
// it, said of an item that takes the group. Words of degree or size ("light", "regular",
// "tall") and a head word ("noodle" of "Extra noodle") still need their group talked about.
import { en, menuFrom, phenomenonTable } from "./test-helpers.ts";

const diner = menuFrom({
  version: 1,
  store: { id: "choice-modifiers", name: { en: "Test Diner" }, currency: "USD", languages: ["en"] },
  categories: [{ id: "plates", name: { en: "Plates" } }, { id: "sides", name: { en: "Sides" } }],
  optionGroups: [
    { id: "eggs", ...en("Eggs"), select: "one", default: "scrambled", choices: [{ id: "scrambled", ...en("Scrambled") }, { id: "over-easy", ...en("Over easy") }, { id: "poached", ...en("Poached") }] },
    {
      id: "toast",
      ...en("Toast"),
      select: "one",
      default: "white",
      choices: [{ id: "white", ...en("White toast") }, { id: "wheat", ...en("Wheat toast") }, { id: "rye", ...en("Rye toast") }, { id: "sourdough", ...en("Sourdough toast") }, { id: "none", ...en("No toast") }],
    },
    { id: "meat", ...en("Breakfast meat"), select: "one", default: "bacon", choices: [{ id: "bacon", ...en("Bacon") }, { id: "ham", ...en("Ham steak", ["ham"]) }] },
    { id: "extras", ...en("Extras"), select: "many", choices: [{ id: "more-potatoes", ...en("Extra potatoes"), price: 200 }, { id: "cheese", ...en("Extra cheese"), price: 100 }] },
    { id: "syrup", ...en("Syrup"), select: "one", default: "regular", choices: [{ id: "regular", ...en("Regular syrup") }, { id: "light", ...en("Light syrup") }] },
  ],
  items: [
    { id: "two-eggs", category: "plates", ...en("Two Egg Breakfast", ["two eggs"]), price: 899, optionGroups: ["eggs", "toast", "meat", "extras"] },
    { id: "omelet", category: "plates", ...en("Denver Omelet"), price: 1249, optionGroups: ["toast", "extras"] },
    { id: "side-toast", category: "sides", ...en("Side of Toast", ["toast"]), price: 299, optionGroups: ["toast"] },
    { id: "pancakes", category: "plates", ...en("Pancakes"), price: 899, optionGroups: ["syrup"] },
    { id: "side-cheese", category: "sides", ...en("Cheese Grits"), price: 399 },
  ],
});

phenomenonTable("English: a choice named by its own modifier word", diner, [
  { name: "with rye after the item", turns: ["the denver omelet with rye"], lines: [{ item: "omelet", qty: 1, options: { toast: "rye" } }], confident: true },
  { name: "among other choices", turns: ["two eggs poached on rye with ham"], lines: [{ item: "two-eggs", qty: 1, options: { eggs: "poached", toast: "rye", meat: "ham" } }], confident: true },
  { name: "a list after the item", turns: ["two eggs scrambled sourdough bacon"], lines: [{ item: "two-eggs", qty: 1, options: { eggs: "scrambled", toast: "sourdough", meat: "bacon" } }], confident: true },
  { name: "said before the item", turns: ["wheat for the denver omelet"], lines: [{ item: "omelet", qty: 1, options: { toast: "wheat" } }] },
  { name: "the item named after its group's word", turns: ["side of toast sourdough"], lines: [{ item: "side-toast", qty: 1, options: { toast: "sourdough" } }], confident: true },
  { name: "in a later turn, of the line talked about", turns: ["the denver omelet", "wheat"], lines: [{ item: "omelet", qty: 1, options: { toast: "wheat" } }] },
  // A word of degree is no kind: "light" alone does not name the light syrup of the pancakes.
  { name: "a word of degree stays relative", turns: ["pancakes light"], lines: [{ item: "pancakes", qty: 1 }], confident: false },
]);

// The same words name the bread (its alias) and the wrap's tortilla less its head word: the
// one the item takes.
const wraps = menuFrom({
  version: 1,
  store: { id: "choice-modifiers-wraps", name: { en: "Test Wraps" }, currency: "USD", languages: ["en"] },
  categories: [{ id: "food", name: { en: "Food" } }],
  optionGroups: [
    { id: "bread", ...en("Bread"), select: "one", default: "white", choices: [{ id: "white", ...en("White") }, { id: "wheat", ...en("Wheat", ["whole wheat"]) }] },
    { id: "tortilla", ...en("Tortilla"), select: "one", default: "flour", choices: [{ id: "flour", ...en("Flour tortilla") }, { id: "whole-wheat", ...en("Whole wheat tortilla") }, { id: "garlic-herb", ...en("Garlic herb tortilla") }] },
  ],
  items: [
    { id: "turkey", category: "food", ...en("Turkey Sandwich", ["turkey"]), price: 899, optionGroups: ["bread"] },
    { id: "caesar-wrap", category: "food", ...en("Chicken Caesar Wrap", ["caesar wrap"]), price: 899, optionGroups: ["tortilla"] },
  ],
});

phenomenonTable("English: words of two groups' choices, the item's own", wraps, [
  { name: "a wrap on whole wheat", turns: ["a chicken caesar wrap on whole wheat"], lines: [{ item: "caesar-wrap", qty: 1, options: { tortilla: "whole-wheat" } }], confident: true },
  { name: "a sandwich on whole wheat", turns: ["a turkey on whole wheat"], lines: [{ item: "turkey", qty: 1, options: { bread: "wheat" } }], confident: true },
  { name: "garlic herb after the wrap", turns: ["caesar wrap garlic herb"], lines: [{ item: "caesar-wrap", qty: 1, options: { tortilla: "garlic-herb" } }], confident: true },
]);
