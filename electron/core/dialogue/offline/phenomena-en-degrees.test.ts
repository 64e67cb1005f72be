// English words for how many or how much (issue 9, fourth round): "double"/"triple" and
// "two patties" for a count every item comes with one of (the total, not more of it),
// "two extra patties" (more of it); "extra hot", "well done" where the menu has no such
// degree or way of making it (not answered alone: the words would be lost).
import { en, menuFrom, phenomenonTable } from "./test-helpers.ts";
import { menus } from "./test-helpers.ts";

const grill = menuFrom({
  version: 1,
  store: { id: "degrees-grill", name: { en: "Test Grill" }, currency: "USD", languages: ["en"] },
  categories: [{ id: "burgers", ...en("Burgers") }, { id: "drinks", ...en("Drinks") }],
  optionGroups: [
    { id: "patties", ...en("Patties", ["patty"]), select: "count", default: 1, min: 1, max: 3, unitPrice: 200 },
    { id: "bacon", ...en("Bacon strips"), select: "count", default: 0, min: 0, max: 4, unitPrice: 100 },
    { id: "add", ...en("Add-ons"), select: "many", choices: [{ id: "pickles", ...en("Pickles") }, { id: "onion", ...en("Onion") }] },
  ],
  items: [
    { id: "burger", category: "burgers", ...en("Hamburger", ["burger"]), price: 800, optionGroups: ["patties", "bacon", "add"] },
    { id: "cheeseburger", category: "burgers", ...en("Cheeseburger"), price: 900, optionGroups: ["patties", "bacon", "add"] },
    { id: "tea", category: "drinks", ...en("Tea"), price: 300 },
  ],
});

// Rows whose last turn is a count the item comes with, changed; or a counted option changed on a line already there expect it handed on
// (confident: false), the cart kept: risky-shapes.ts.
phenomenonTable("English: double / triple / N of a count every item has one of", grill, [
  { name: "a double cheeseburger", turns: ["a double cheeseburger"], lines: [{ item: "cheeseburger", qty: 1, options: { patties: 2 } }], confident: true },
  { name: "a triple burger", turns: ["a triple burger"], lines: [{ item: "burger", qty: 1, options: { patties: 3 } }], confident: true },
  { name: "two double cheeseburgers: the number counts the burgers", turns: ["two double cheeseburgers"], lines: [{ item: "cheeseburger", qty: 2, options: { patties: 2 } }], confident: false },
  { name: "double patty after the item", turns: ["a cheeseburger double patty"], lines: [{ item: "cheeseburger", qty: 1, options: { patties: 2 } }], confident: true },
  { name: "with two patties is two in all", turns: ["a cheeseburger with two patties"], lines: [{ item: "cheeseburger", qty: 1, options: { patties: 2 } }], confident: false },
  { name: "an extra patty is one more", turns: ["a cheeseburger with an extra patty"], lines: [{ item: "cheeseburger", qty: 1, options: { patties: 2 } }], confident: true },
  { name: "make it a double, a turn later", turns: ["a cheeseburger", "make it a double"], lines: [{ item: "cheeseburger", qty: 1, options: { patties: 2 } }], confident: false },
  // A count that starts at none: "two bacon strips" is simply two.
  { name: "a count from none", turns: ["a burger with two bacon strips"], lines: [{ item: "burger", qty: 1, options: { bacon: 2 } }] },
]);

phenomenonTable("English: a degree or a way of making it the menu does not have", menus.coffee(), [
  { name: "extra hot", turns: ["a latte extra hot"], lines: [{ item: "latte", qty: 1, options: { temp: "hot" } }], confident: false },
  { name: "an extra hot latte", turns: ["an extra hot latte"], lines: [{ item: "latte", qty: 1, options: { temp: "hot" } }], confident: false },
  { name: "a plain hot latte stays answered alone", turns: ["a hot latte"], lines: [{ item: "latte", qty: 1, options: { temp: "hot" } }], confident: true },
]);

phenomenonTable("English: 'well done' is not 'done'", menus.harbor(), [
  { name: "a croissant well done", turns: ["a croissant well done"], lines: [{ item: "butter-croissant", qty: 1 }], confident: false },
  { name: "a croissant, i'm done", turns: ["a croissant, i'm done"], lines: [{ item: "butter-croissant", qty: 1 }] },
]);
