// English: names as speech-to-text writes them (issue 9, seventh round): a number word of a
// name in digits ("2 egg breakfast" for "Two Egg Breakfast"), digits as a word, and a short
// name spelled out letter by letter ("o j" for "OJ", also where the menu lists both forms);
// and a count said in what the thing comes in ("a couple bags of plain chips").
import { en, menuFrom, phenomenonTable } from "./test-helpers.ts";

const breakfast = menuFrom({
  version: 1,
  store: { id: "spoken-names", name: { en: "Test Breakfast" }, currency: "USD", languages: ["en"] },
  categories: [{ id: "plates", name: { en: "Plates" } }, { id: "drinks", name: { en: "Drinks" } }],
  optionGroups: [{ id: "size", ...en("Size"), select: "one", default: "small", choices: [{ id: "small", ...en("Small") }, { id: "large", ...en("Large") }] }],
  items: [
    { id: "two-egg", category: "plates", ...en("Two Egg Breakfast"), price: 899 },
    { id: "three-cheese", category: "plates", ...en("3 Cheese Omelet"), price: 1099 },
    { id: "oj", category: "drinks", ...en("Orange Juice", ["oj", "o j"]), price: 299, optionGroups: ["size"] },
    { id: "blt", category: "plates", ...en("BLT"), price: 799 },
  ],
});

phenomenonTable("English: names written from speech", breakfast, [
  { name: "a number word of the name in digits", turns: ["2 egg breakfast please"], lines: [{ item: "two-egg", qty: 1 }], confident: true },
  { name: "a count before the name in digits", turns: ["two 2 egg breakfasts"], lines: [{ item: "two-egg", qty: 2 }] },
  { name: "digits of the name said as a word", turns: ["a three cheese omelet"], lines: [{ item: "three-cheese", qty: 1 }], confident: true },
  { name: "letters spelled out, the menu listing both forms", turns: ["two large o j"], lines: [{ item: "oj", qty: 2, options: { size: "large" } }], confident: true },
  { name: "letters spelled out, the menu listing one", turns: ["a b l t"], lines: [{ item: "blt", qty: 1 }], confident: true },
]);

const deliSides = menuFrom({
  version: 1,
  store: { id: "bags-of", name: { en: "Test Sides" }, currency: "USD", languages: ["en"] },
  categories: [{ id: "sides", name: { en: "Sides" } }],
  optionGroups: [],
  items: [
    { id: "chips", category: "sides", ...en("Classic Chips", ["plain chips", "chips"]), price: 149 },
    { id: "fries", category: "sides", ...en("Fries"), price: 299 },
  ],
});

// A bag, a pack, a basket: how the thing comes says nothing about how many.
phenomenonTable("English: counted in what it comes in", deliSides, [
  { name: "a couple bags of plain chips", turns: ["a couple bags of plain chips"], lines: [{ item: "chips", qty: 2 }], confident: true },
  { name: "a basket of fries", turns: ["a basket of fries and two bags of chips"], lines: [{ item: "fries", qty: 1 }, { item: "chips", qty: 2 }], confident: true },
]);
