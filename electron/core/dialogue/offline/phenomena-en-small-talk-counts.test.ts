// English (third red team's classes): small talk whose words are the menu's ("it's so cold
// out", "my skinny friend", "to be frank": small-talk.ts), a count said on an add-in after
// "with" ("two tartar", "two sugars": add-in-counts.ts), and "all … except one …"
// (all-except.ts).
import { en, menuFrom, menus, notAloneTable, phenomenonTable } from "./test-helpers.ts";

const grill = menuFrom({
  version: 1,
  store: { id: "grill", name: { en: "Test Grill" }, currency: "USD", languages: ["en"] },
  categories: [{ id: "dogs", ...en("Hot dogs") }, { id: "plates", ...en("Plates") }, { id: "drinks", ...en("Drinks") }],
  optionGroups: [
    { id: "toppings", ...en("Toppings"), select: "many", choices: [{ id: "mustard", ...en("Mustard") }, { id: "ketchup", ...en("Ketchup") }, { id: "onions", ...en("Onions") }] },
    { id: "bun", ...en("Bun"), select: "one", default: "plain", choices: [{ id: "plain", ...en("Plain bun") }, { id: "poppy", ...en("Poppy seed bun", ["poppy"]) }] },
    { id: "doneness", ...en("Doneness"), select: "one", default: "medium", choices: [{ id: "rare", ...en("Rare") }, { id: "medium-rare", ...en("Medium rare") }, { id: "medium", ...en("Medium") }, { id: "well-done", ...en("Well done") }] },
    { id: "tartar", ...en("Tartar sauce cups", ["tartar", "tartar sauce"]), select: "count", min: 0, max: 4, default: 1, unitPrice: 50 },
    { id: "lemons", ...en("Lemon wedges", ["lemon", "lemons"]), select: "count", min: 0, max: 4, default: 0, unitPrice: 0 },
    { id: "add-ins", ...en("Add-ins"), select: "many", choices: [{ id: "sugar", ...en("Sugar") }, { id: "cream", ...en("Cream") }] },
  ],
  items: [
    { id: "hot-dog", category: "dogs", ...en("Hot Dog", ["frank", "dog"]), price: 400, optionGroups: ["toppings", "bun"] },
    { id: "chili-dog", category: "dogs", ...en("Chili Dog"), price: 500, optionGroups: ["toppings", "bun"] },
    { id: "steak", category: "plates", ...en("Ribeye", ["steak"]), price: 2500, optionGroups: ["doneness"] },
    { id: "fish", category: "plates", ...en("Fish and Chips"), price: 1400, optionGroups: ["tartar", "lemons"] },
    { id: "coffee", category: "drinks", ...en("Coffee"), price: 200, optionGroups: ["add-ins"] },
  ],
});

phenomenonTable("English: small talk in the menu's words orders nothing", menus.harbor(), [
  { name: "a mocha for my skinny friend", turns: ["a latte for me and a mocha for my skinny friend"], lines: [{ item: "latte", qty: 1 }, { item: "mocha", qty: 1 }] },
  { name: "a skinny guy like me", turns: ["a skinny guy like me needs a mocha"], lines: [{ item: "mocha", qty: 1 }], confident: true },
  // The word is still the option where it says what the drink is.
  { name: "a skinny latte", turns: ["a skinny latte"], lines: [{ item: "latte", qty: 1, options: { milk: "nonfat" } }], confident: true },
]);

phenomenonTable("English: the weather in the menu's words orders nothing", menus.coffee(), [
  { name: "it's so cold out, a latte", turns: ["it's so cold out um a latte please"], lines: [{ item: "latte", qty: 1 }], confident: true },
  { name: "it's really warm today, an iced latte", turns: ["it's really warm today, an iced latte"], lines: [{ item: "latte", qty: 1, options: { temp: "iced" } }], confident: true },
  { name: "a cold latte", turns: ["a cold latte"], lines: [{ item: "latte", qty: 1, options: { temp: "iced" } }], confident: true },
]);

phenomenonTable("English: an idiom opening the sentence orders nothing", grill, [
  { name: "to be frank a chili dog is all i want", turns: ["to be frank a chili dog is all i want"], lines: [{ item: "chili-dog", qty: 1 }], confident: true },
  { name: "a frank with mustard", turns: ["a frank with mustard"], lines: [{ item: "hot-dog", qty: 1, options: { toppings: ["mustard"] } }], confident: true },
]);

// Rows whose last turn is a count the item comes with, changed expect it handed on
// (confident: false), the cart kept: risky-shapes.ts.
phenomenonTable("English: a count said on an add-in after 'with'", grill, [
  // A counted add-in: how many in all, not more than it comes with.
  { name: "with two tartar", turns: ["fish and chips with two tartar"], lines: [{ item: "fish", qty: 1, options: { tartar: 2 } }], confident: false },
  { name: "with lemon and three tartar", turns: ["fish and chips with lemon and three tartar"], lines: [{ item: "fish", qty: 1, options: { tartar: 3, lemons: 1 } }] },
  { name: "with two lemons", turns: ["fish and chips with two lemons"], lines: [{ item: "fish", qty: 1, options: { lemons: 2 } }], confident: true },
  // More than the group holds: a guess.
  { name: "with six tartar", turns: ["fish and chips with six tartar"], lines: [{ item: "fish", qty: 1, options: { tartar: 4 } }], confident: false },
  // An add-in only had or not: chosen, which is all the menu holds of the count.
  { name: "a coffee with cream and two sugars", turns: ["a coffee with cream and two sugars"], lines: [{ item: "coffee", qty: 1, options: { "add-ins": ["cream", "sugar"] } }], confident: true },
  { name: "a coffee with 2 sugars", turns: ["a coffee with 2 sugars"], lines: [{ item: "coffee", qty: 1, options: { "add-ins": ["sugar"] } }], confident: true },
  { name: "a coffee with two creams and three sugars", turns: ["a coffee with two creams and three sugars"], lines: [{ item: "coffee", qty: 1, options: { "add-ins": ["cream", "sugar"] } }], confident: true },
  { name: "two coffees both with two sugars", turns: ["two coffees both with two sugars"], lines: [{ item: "coffee", qty: 2, options: { "add-ins": ["sugar"] } }], confident: true },
  { name: "a coffee with one sugar", turns: ["a coffee with one sugar"], lines: [{ item: "coffee", qty: 1, options: { "add-ins": ["sugar"] } }] },
  // A count before an item after the options is the item's.
  { name: "hot dog with mustard and two chili dogs", turns: ["a hot dog with mustard and two chili dogs"], lines: [{ item: "hot-dog", qty: 1, options: { toppings: ["mustard"] } }, { item: "chili-dog", qty: 2 }], confident: true },
]);

phenomenonTable("English: 'all … except one …'", grill, [
  { name: "three ribeyes all medium rare except one well done", turns: ["three ribeyes all medium rare except one well done"], lines: [{ item: "steak", qty: 2, options: { doneness: "medium-rare" } }, { item: "steak", qty: 1, options: { doneness: "well-done" } }], confident: true },
  { name: "four hot dogs all with mustard except one with ketchup", turns: ["four hot dogs all with mustard except one with ketchup"], lines: [{ item: "hot-dog", qty: 3, options: { toppings: ["mustard"] } }, { item: "hot-dog", qty: 1, options: { toppings: ["ketchup"] } }], confident: true },
  { name: "except for two", turns: ["five hot dogs all with onions except for two with mustard"], lines: [{ item: "hot-dog", qty: 3, options: { toppings: ["onions"] } }, { item: "hot-dog", qty: 2, options: { toppings: ["mustard"] } }] },
  // The exception's group is another: it has both.
  { name: "all on poppy except one with ketchup", turns: ["three hot dogs all on poppy seed buns except one with ketchup"], lines: [{ item: "hot-dog", qty: 2, options: { bun: "poppy" } }, { item: "hot-dog", qty: 1, options: { bun: "poppy", toppings: ["ketchup"] } }] },
]);

phenomenonTable("English: 'all … except one …' on drinks", menus.coffee(), [
  { name: "three lattes all oat except one with almond", turns: ["three lattes all oat except one with almond"], lines: [{ item: "latte", qty: 2, options: { milk: "oat" } }, { item: "latte", qty: 1, options: { milk: "almond" } }], confident: true },
  { name: "all iced with oat except one with almond", turns: ["three lattes all iced with oat except one with almond"], lines: [{ item: "latte", qty: 2, options: { milk: "oat", temp: "iced" } }, { item: "latte", qty: 1, options: { milk: "almond", temp: "iced" } }] },
]);

// Instead of both, or of one? Never answered alone unread.
notAloneTable("English: 'all with X and Y except one with Z' in a many group", grill, [
  { name: "all with mustard and onions except one with ketchup", turns: ["four hot dogs all with mustard and onions except one with ketchup"] },
]);
