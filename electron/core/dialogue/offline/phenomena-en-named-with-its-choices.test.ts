// A drive-thru's breakfast sandwich named by its parts: "a bacon egg and cheese" where the menu
// calls its no-meat choice "Egg and cheese" (choice-then-none.ts); "two creams one sugar", the
// number before each counted option (mods.ts); "on the second one" among the things of one line
// of several is a guess (places.ts). A test menu, not the held-out store's.
import { en, menuFrom, notAloneTable, phenomenonTable } from "./test-helpers.ts";

const shop = menuFrom({
  version: 1,
  store: { id: "named-with-choices", name: { en: "Test Drive-Thru" }, currency: "USD", languages: ["en"] },
  categories: [{ id: "all", name: { en: "All" } }],
  optionGroups: [
    { id: "bread", ...en("Bread"), select: "one", default: "bagel", choices: [{ id: "bagel", ...en("Plain bagel", ["bagel"]) }, { id: "muffin", ...en("English muffin", ["muffin"]) }, { id: "roll", ...en("Kaiser roll", ["roll"]) }] },
    { id: "meat", ...en("Meat"), select: "one", default: "none", choices: [{ id: "none", ...en("No meat", ["egg and cheese", "just egg and cheese"]) }, { id: "bacon", ...en("Bacon") }, { id: "sausage", ...en("Sausage") }] },
    { id: "cheese", ...en("Cheese"), select: "one", default: "american", choices: [{ id: "american", ...en("American") }, { id: "none", ...en("No cheese") }] },
    { id: "cream", ...en("Creams", ["cream", "creams"]), select: "count", default: 0, min: 0, max: 4 },
    { id: "sugar", ...en("Sugars", ["sugar", "sugars"]), select: "count", default: 0, min: 0, max: 4 },
  ],
  items: [
    { id: "sandwich", category: "all", ...en("Egg sandwich", ["breakfast sandwich"]), price: 400, optionGroups: ["bread", "meat", "cheese"] },
    { id: "coffee", category: "all", ...en("Coffee"), price: 200, optionGroups: ["cream", "sugar"] },
  ],
});

phenomenonTable("English: a sandwich named by its parts; counts said number first", shop, [
  { name: "'a bacon egg and cheese on a roll'", turns: ["a bacon egg and cheese on a roll"], lines: [{ item: "sandwich", qty: 1, options: { bread: "roll", meat: "bacon" } }], confident: true },
  { name: "'an egg and cheese on a muffin' (no meat)", turns: ["an egg and cheese on a muffin"], lines: [{ item: "sandwich", qty: 1, options: { bread: "muffin", meat: "none" } }] },
  { name: "'a coffee two creams one sugar'", turns: ["a coffee two creams one sugar"], lines: [{ item: "coffee", qty: 1, options: { cream: 2, sugar: 1 } }], confident: true },
  { name: "'a coffee one cream and two sugars'", turns: ["a coffee one cream and two sugars"], lines: [{ item: "coffee", qty: 1, options: { cream: 1, sugar: 2 } }], confident: true },
]);

notAloneTable("English: a place among the things of one line of several", shop, [
  { name: "'two sausage egg and cheese on muffins no cheese on the second one'", turns: ["two sausage egg and cheese on muffins no cheese on the second one"] },
]);
