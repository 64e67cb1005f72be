// English: a word of plenty with an option ("lots of red sauce", "a lot of white sauce",
// "red sauce on it, lots") asks for the group's choice that gives more ("Extra ..."). Where
// the group has none ("lots of lettuce"), or the thing is an item ("lots of fries"), the word
// cannot be carried out and the turn is not answered alone.
import { en, menuFrom, notAloneTable, phenomenonTable } from "./test-helpers.ts";

const cart = menuFrom({
  version: 1,
  store: { id: "plenty", name: { en: "Test Plenty" }, currency: "USD", languages: ["en"] },
  categories: [{ id: "food", ...en("Food") }],
  optionGroups: [
    { id: "red", ...en("Red sauce", ["red sauce", "hot sauce"]), select: "one", default: "none", choices: [{ id: "none", ...en("No red sauce") }, { id: "light", ...en("Light red sauce") }, { id: "regular", ...en("Regular red sauce", ["red sauce", "hot sauce"]) }, { id: "extra", ...en("Extra red sauce") }] },
    { id: "white", ...en("White sauce", ["white sauce"]), select: "one", default: "regular", choices: [{ id: "none", ...en("No white sauce") }, { id: "regular", ...en("Regular white sauce", ["white sauce"]) }, { id: "extra", ...en("Extra white sauce") }] },
    { id: "veg", ...en("Veggies"), select: "many", choices: [{ id: "lettuce", ...en("Lettuce") }, { id: "onion", ...en("Onion") }] },
  ],
  items: [
    { id: "bowl", category: "food", ...en("Rice Bowl", ["bowl"]), price: 900, optionGroups: ["red", "white", "veg"] },
    { id: "fries", category: "food", ...en("Fries"), price: 300 },
  ],
});

phenomenonTable("English: a word of plenty with an option", cart, [
  { name: "lots of, before", turns: ["a rice bowl lots of red sauce"], lines: [{ item: "bowl", qty: 1, options: { red: "extra", white: "regular", veg: [] } }], confident: true },
  { name: "a lot of", turns: ["a rice bowl with a lot of white sauce"], lines: [{ item: "bowl", qty: 1, options: { red: "none", white: "extra", veg: [] } }], confident: true },
  { name: "plenty of and loads of", turns: ["a rice bowl plenty of hot sauce and loads of white sauce"], lines: [{ item: "bowl", qty: 1, options: { red: "extra", white: "extra", veg: [] } }], confident: true },
  { name: "lots, said after", turns: ["a rice bowl red sauce on it lots"], lines: [{ item: "bowl", qty: 1, options: { red: "extra", white: "regular", veg: [] } }], confident: true },
]);

notAloneTable("English: a word of plenty that cannot be carried out", cart, [
  { name: "lots of an option with no extra", turns: ["a rice bowl with lots of lettuce"] },
  { name: "lots, said after an option with no extra", turns: ["a rice bowl with onion, lots"] },
  { name: "lots of an item", turns: ["a rice bowl and lots of fries"] },
]);
