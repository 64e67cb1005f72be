// English: "a turkey on wheat with lettuce tomato and mayo" where a BLT is also called "bacon
// lettuce tomato" (issue 9, sixth round): a piece of an item's name made only of choices'
// names ("lettuce tomato") is those choices, not part of the BLT's name.
import { en, menuFrom, phenomenonTable } from "./test-helpers.ts";

const deli = menuFrom({
  version: 1,
  store: { id: "choice-lists", name: { en: "Test Deli" }, currency: "USD", languages: ["en"] },
  categories: [{ id: "subs", name: { en: "Subs" } }],
  optionGroups: [
    { id: "bread", ...en("Bread"), select: "one", default: "white", choices: [{ id: "white", ...en("White") }, { id: "wheat", ...en("Wheat") }] },
    { id: "veggies", ...en("Veggies"), select: "many", choices: [{ id: "lettuce", ...en("Lettuce") }, { id: "tomato", ...en("Tomato", ["tomatoes"]) }, { id: "onion", ...en("Onion", ["onions"]) }] },
    { id: "sauce", ...en("Sauce"), select: "many", choices: [{ id: "mayo", ...en("Mayo") }, { id: "mustard", ...en("Mustard") }] },
  ],
  items: [
    { id: "turkey", category: "subs", ...en("Turkey Sub", ["turkey"]), price: 899, optionGroups: ["bread", "veggies", "sauce"] },
    { id: "blt", category: "subs", ...en("BLT", ["bacon lettuce tomato"]), price: 799, optionGroups: ["bread", "sauce"] },
  ],
});

phenomenonTable("English: a list of choices that is also a piece of a name", deli, [
  { name: "with lettuce tomato and mayo", turns: ["a turkey on wheat with lettuce tomato and mayo"], lines: [{ item: "turkey", qty: 1, options: { bread: "wheat", veggies: ["lettuce", "tomato"], sauce: ["mayo"] } }], confident: true },
  { name: "a list after the bread", turns: ["turkey on wheat lettuce tomato onion"], lines: [{ item: "turkey", qty: 1, options: { bread: "wheat", veggies: ["lettuce", "tomato", "onion"] } }], confident: true },
  { name: "the full name still orders the BLT", turns: ["a bacon lettuce tomato on wheat"], lines: [{ item: "blt", qty: 1, options: { bread: "wheat" } }], confident: true },
]);
