// English: item names that run into each other (issue 9, fourth round). An item named
// right after another, or after its "with"/"of", is a word of the first or a topping named
// like an item ("a pizza with bbq chicken", "a sicilian slice", "a slice of the works")
// as often as a second thing ordered: not answered alone, unless it is a thing of another
// kind ("a burger with fries"). "A side of ranch" orders an option on its own. A choice
// said again on its own ("thin crust ... gluten free") is a clash, not a second order.
import { en, menuFrom, notAloneTable, phenomenonTable } from "./test-helpers.ts";

const shop = menuFrom({
  version: 1,
  store: { id: "names-shop", name: { en: "Test Slice Shop" }, currency: "USD", languages: ["en"] },
  categories: [{ id: "pies", ...en("Pies") }, { id: "slices", ...en("Slices") }, { id: "sides", ...en("Sides") }, { id: "burgers", ...en("Burgers") }],
  optionGroups: [
    { id: "size", ...en("Size"), select: "one", default: "medium", choices: [{ id: "medium", ...en("Medium") }, { id: "large", ...en("Large") }] },
    { id: "cheese", ...en("Cheese"), select: "one", default: "regular", choices: [{ id: "regular", ...en("Regular cheese") }, { id: "extra", ...en("Extra cheese") }] },
    { id: "crust", ...en("Crust"), select: "one", default: "regular", choices: [{ id: "regular", ...en("Regular crust") }, { id: "thin", ...en("Thin crust") }, { id: "gf", ...en("Gluten-free crust", ["gluten free"]) }] },
    { id: "toppings", ...en("Toppings"), select: "many", choices: [{ id: "pepperoni", ...en("Pepperoni") }, { id: "chicken", ...en("Chicken") }, { id: "onions", ...en("Onions") }] },
    { id: "dip", ...en("Dip"), select: "one", default: "marinara", choices: [{ id: "marinara", ...en("Marinara") }, { id: "ranch", ...en("Ranch") }] },
  ],
  items: [
    { id: "cheese-pie", category: "pies", ...en("Cheese Pie", ["pizza", "pie"]), price: 1200, optionGroups: ["size", "crust", "cheese", "toppings"] },
    { id: "bbq-pie", category: "pies", ...en("BBQ Chicken Pie", ["bbq chicken"]), price: 1500, optionGroups: ["size", "crust"] },
    { id: "works", category: "pies", ...en("The Works", ["works"]), price: 1600, optionGroups: ["size", "crust"] },
    { id: "slice", category: "slices", ...en("Cheese Slice", ["slice"]), price: 300, optionGroups: ["toppings"] },
    { id: "sicilian", category: "slices", ...en("Sicilian", ["square"]), price: 350 },
    { id: "mozz", category: "sides", ...en("Mozzarella Sticks", ["mozz sticks"]), price: 600, optionGroups: ["dip"] },
    { id: "fries", category: "sides", ...en("Fries"), price: 300 },
    { id: "burger", category: "burgers", ...en("Burger"), price: 800 },
  ],
});

notAloneTable("English: an item named right after another of its kind is not answered alone", shop, [
  { name: "a pizza with bbq chicken", turns: ["a large pizza with bbq chicken"] },
  { name: "a sicilian slice", turns: ["a sicilian slice with pepperoni"] },
  { name: "a slice of the works", turns: ["a slice of the works"] },
  { name: "a side of ranch", turns: ["a large pizza and a side of ranch"] },
]);

phenomenonTable("English: items named one after another that are answered alone", shop, [
  { name: "a burger with fries: another kind of thing, ordered as said", turns: ["a burger with fries"], lines: [{ item: "burger", qty: 1 }, { item: "fries", qty: 1 }], confident: true },
  { name: "a pizza and a bbq chicken: two things, said so", turns: ["a pizza and a bbq chicken"], lines: [{ item: "cheese-pie", qty: 1 }, { item: "bbq-pie", qty: 1 }], confident: true },
]);

phenomenonTable("English: an option with its item is answered alone", shop, [
  { name: "mozz sticks with ranch", turns: ["mozz sticks with ranch"], lines: [{ item: "mozz", qty: 1, options: { dip: "ranch" } }], confident: true },
]);

phenomenonTable("English: a choice said again on its own is not another order", shop, [
  { name: "thin crust ... gluten free", turns: ["a large thin crust pepperoni gluten free"], lines: [{ item: "cheese-pie", qty: 1, options: { size: "large", crust: "gf", toppings: ["pepperoni"] } }], confident: false },
  { name: "large pepperoni medium onions: two orders", turns: ["large pepperoni medium onions"], lines: [{ item: "cheese-pie", qty: 1, options: { size: "large", toppings: ["pepperoni"] } }, { item: "cheese-pie", qty: 1, options: { size: "medium", toppings: ["onions"] } }] },
]);

// "a large cheese": the last word names an option group with nothing of it chosen, and one
// item (of those taking the size) is that word and one more ("Cheese Pie"; not the slice).
phenomenonTable("English: 'a large cheese' is the item called 'cheese <head>'", shop, [
  { name: "a large cheese", turns: ["a large cheese"], lines: [{ item: "cheese-pie", qty: 1, options: { size: "large" } }], confident: true },
  { name: "medium cheese, thin crust: the option said after is its", turns: ["medium cheese, thin crust"], lines: [{ item: "cheese-pie", qty: 1, options: { size: "medium", crust: "thin" } }], confident: true },
  { name: "two large cheese", turns: ["two large cheese"], lines: [{ item: "cheese-pie", qty: 2, options: { size: "large" } }], confident: true },
  { name: "a large cheese and a medium with onions", turns: ["a large cheese and a medium with onions"], lines: [{ item: "cheese-pie", qty: 1, options: { size: "large" } }, { item: "cheese-pie", qty: 1, options: { size: "medium", toppings: ["onions"] } }], confident: true },
]);

// ("a large, no wait, a regular …": the size said before the correction was the latte's, and
// is corrected; one regular latte, not a large one beside it: unit-merges.ts.)
phenomenonTable("English: a size corrected before the item", menuFrom({
  version: 1,
  store: { id: "names-tea", name: { en: "Test Tea" }, currency: "USD", languages: ["en"] },
  categories: [{ id: "tea", ...en("Tea") }],
  optionGroups: [
    { id: "size", ...en("Size"), select: "one", default: "regular", choices: [{ id: "regular", ...en("Regular") }, { id: "large", ...en("Large") }] },
    { id: "milk", ...en("Milk"), select: "one", default: "whole", choices: [{ id: "whole", ...en("Whole milk") }, { id: "oat", ...en("Oat milk") }] },
  ],
  items: [{ id: "matcha", category: "tea", ...en("Matcha Latte"), price: 500, optionGroups: ["size", "milk"] }],
}), [{ name: "a large, no wait, a regular matcha latte with oat milk", turns: ["a large, no wait, a regular matcha latte with oat milk"], lines: [{ item: "matcha", qty: 1, options: { size: "regular", milk: "oat" } }], confident: true }]);
