// English: "a veggie on wheat", "one turkey … and one veggie on wheat" where the toppings
// group is also called "veggies" and "veggie" is a word of item names (issue 9, sixth
// round): a group's word said with a count of its own orders one of those items; the
// options said with it settle which. Said without a count it is still the group.
import { en, menuFrom, phenomenonTable } from "./test-helpers.ts";

const veggies = ["lettuce", "tomato", "onion"];
const deli = menuFrom({
  version: 1,
  store: { id: "counted-group-word", name: { en: "Test Deli" }, currency: "USD", languages: ["en"] },
  categories: [{ id: "food", name: { en: "Food" } }],
  optionGroups: [
    { id: "bread", ...en("Bread"), select: "one", default: "white", choices: [{ id: "white", ...en("White") }, { id: "wheat", ...en("Wheat") }] },
    { id: "tortilla", ...en("Tortilla"), select: "one", default: "flour", choices: [{ id: "flour", ...en("Flour tortilla") }, { id: "spinach", ...en("Spinach tortilla") }] },
    { id: "toppings", ...en("Veggies", ["toppings", "veggies"]), select: "many", choices: [{ id: "lettuce", ...en("Lettuce") }, { id: "tomato", ...en("Tomato") }, { id: "onion", ...en("Onion", ["onions"]) }] },
  ],
  items: [
    { id: "turkey", category: "food", ...en("Turkey Sandwich", ["turkey"]), price: 899, optionGroups: ["bread", "toppings"] },
    { id: "veggie", category: "food", ...en("Garden Veggie Sandwich", ["veggie sandwich"]), price: 799, optionGroups: ["bread", "toppings"] },
    { id: "veggie-wrap", category: "food", ...en("Veggie Wrap"), price: 799, optionGroups: ["tortilla", "toppings"] },
  ],
});

phenomenonTable("English: a group's word said with a count", deli, [
  { name: "a veggie on wheat", turns: ["give me a veggie on wheat"], lines: [{ item: "veggie", qty: 1, options: { bread: "wheat" } }], confident: true },
  { name: "one turkey and one veggie, options apart", turns: ["one turkey on white with lettuce and one veggie on wheat with tomato"], lines: [{ item: "turkey", qty: 1, options: { bread: "white", toppings: ["lettuce"] } }, { item: "veggie", qty: 1, options: { bread: "wheat", toppings: ["tomato"] } }], confident: true },
  { name: "a veggie on a spinach tortilla", turns: ["a veggie with a spinach tortilla"], lines: [{ item: "veggie-wrap", qty: 1, options: { tortilla: "spinach" } }] },
  { name: "with everything else after hold the onions", turns: ["hold the onions but give me a veggie on wheat with everything else"], lines: [{ item: "veggie", qty: 1, options: { bread: "wheat", toppings: veggies.filter((v) => v !== "onion") } }] },
  // Without a count of its own it is the group: "no veggies" on the turkey.
  { name: "no veggies", turns: ["a turkey on wheat no veggies"], lines: [{ item: "turkey", qty: 1, options: { bread: "wheat" } }], confident: true },
]);
