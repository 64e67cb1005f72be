// English: a choice asked for by the measure the board prints with it (issue 9, fourth
// round): 'Medium (12")' as "a 12 inch" or "a twelve inch", "20 oz bottle" as "twenty ounce";
// a measure two choices share names neither (never answered alone as one of them).
import { en, menuFrom, notAloneTable, phenomenonTable } from "./test-helpers.ts";

const shop = menuFrom({
  version: 1,
  store: { id: "measures", name: { en: "Test Measures" }, currency: "USD", languages: ["en"] },
  categories: [{ id: "pizza", ...en("Pizza") }, { id: "drinks", ...en("Drinks") }],
  optionGroups: [
    { id: "size", ...en("Size"), select: "one", default: "medium", choices: [{ id: "small", ...en('Small (10")') }, { id: "medium", ...en('Medium (12")') }, { id: "large", ...en('Large 14"') }] },
    { id: "toppings", ...en("Toppings"), select: "many", choices: [{ id: "ham", ...en("Ham") }] },
    { id: "format", ...en("Format"), select: "one", default: "can", choices: [{ id: "can", ...en("Can (12 oz)") }, { id: "cup", ...en("Cup (20 oz)") }, { id: "bottle", ...en("Bottle (20 oz)") }, { id: "big", ...en("2-liter bottle") }] },
  ],
  items: [
    { id: "pizza", category: "pizza", ...en("Cheese Pizza", ["pizza"]), price: 1000, optionGroups: ["size", "toppings"] },
    { id: "coke", category: "drinks", ...en("Coke"), price: 200, optionGroups: ["format"] },
  ],
});

phenomenonTable("English: a choice by its measure", shop, [
  { name: "a 14 inch pizza", turns: ["a 14 inch pizza with ham"], lines: [{ item: "pizza", qty: 1, options: { size: "large", toppings: ["ham"] } }], confident: true },
  { name: "a ten inch pizza", turns: ["a ten inch pizza with ham"], lines: [{ item: "pizza", qty: 1, options: { size: "small", toppings: ["ham"] } }], confident: true },
  { name: "a twelve ounce coke", turns: ["two twelve ounce cokes"], lines: [{ item: "coke", qty: 2, options: { format: "can" } }], confident: true },
]);

notAloneTable("English: a measure two choices share", shop, [{ name: "a 20 oz coke", turns: ["a large pizza and two 20 oz cokes"] }]);

// "25 percent sweet", "50% please": a number that names the choices of one group only.
const tea = menuFrom({
  version: 1,
  store: { id: "measures-tea", name: { en: "Test Tea" }, currency: "USD", languages: ["en"] },
  categories: [{ id: "tea", ...en("Tea") }],
  optionGroups: [{ id: "sugar", ...en("Sugar level"), select: "one", default: "s100", choices: [{ id: "s25", ...en("25% sugar") }, { id: "s50", ...en("50% sugar") }, { id: "s100", ...en("100% sugar") }] }],
  items: [{ id: "milk-tea", category: "tea", ...en("Milk Tea"), price: 500, optionGroups: ["sugar"] }],
});

phenomenonTable("English: a percentage names the sugar level", tea, [
  { name: "a milk tea 50%", turns: ["a milk tea 50%"], lines: [{ item: "milk-tea", qty: 1, options: { sugar: "s50" } }], confident: true },
  { name: "25 percent, said after", turns: ["a milk tea, 25 percent please"], lines: [{ item: "milk-tea", qty: 1, options: { sugar: "s25" } }] },
]);
