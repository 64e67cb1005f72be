// English, words read against what was just ordered (issue 9, red team six): a bare number a
// turn later is how many of the line in hand, not the combo the menu numbers so ("#2"); an
// alias made of another of the item's names and a word of its own choice ("breast white")
// sets that choice; "and a brown rice" with its own article is the side sold with that
// choice, not the plate's base; "make it a combo" is the combo that takes the lines in hand,
// with their choices. A grill here, not the stores the shapes were seen in.
import { en, menuFrom, phenomenonTable } from "./test-helpers.ts";

const grill = menuFrom({
  version: 1,
  store: { id: "said-after-ordering", name: { en: "Test Grill" }, currency: "USD", languages: ["en"] },
  categories: [
    { id: "mains", name: { en: "Mains" } },
    { id: "combos", name: { en: "Combos" } },
    { id: "sides", name: { en: "Sides" } },
    { id: "drinks", name: { en: "Drinks" } },
  ],
  optionGroups: [
    { id: "sauce", ...en("Sauce"), select: "one", default: "bbq", choices: [{ id: "bbq", ...en("BBQ") }, { id: "teriyaki", ...en("Teriyaki") }, { id: "lemon", ...en("Lemon pepper") }] },
    { id: "piece", ...en("Piece"), select: "one", default: "thigh", choices: [{ id: "thigh", ...en("Dark (thigh)", ["dark meat"]) }, { id: "breast", ...en("White (breast)", ["white meat"]) }] },
    { id: "base", ...en("Base"), select: "one", default: "white", choices: [{ id: "white", ...en("White rice", ["rice"]) }, { id: "brown", ...en("Brown rice") }, { id: "greens", ...en("Greens") }] },
    { id: "strips", ...en("Strips"), select: "one", choices: [{ id: "2", ...en("2 strips", ["two piece", "2 piece"]) }, { id: "4", ...en("4 strips", ["four piece", "4 piece"]) }] },
    { id: "toppings", ...en("Toppings"), select: "many", choices: [{ id: "slaw", ...en("Slaw") }, { id: "onion", ...en("Grilled onion", ["onions"]) }] },
    { id: "size", ...en("Size"), select: "one", default: "medium", choices: [{ id: "medium", ...en("Medium") }, { id: "large", ...en("Large") }] },
    { id: "flavor", ...en("Flavor"), select: "one", choices: [{ id: "cola", ...en("Cola") }, { id: "lemonade", ...en("Lemonade") }] },
    { id: "combo-drink", ...en("Combo drink"), select: "one", choices: [{ id: "cola", ...en("Cola") }, { id: "lemonade", ...en("Lemonade") }] },
    { id: "combo-side", ...en("Combo side"), select: "one", default: "fries", choices: [{ id: "fries", ...en("Fries") }, { id: "beans", ...en("Beans") }] },
  ],
  items: [
    { id: "chicken", category: "mains", ...en("Grilled Chicken", ["chicken", "chicken white"]), price: 900, optionGroups: ["piece", "sauce", "base"] },
    { id: "bowl", category: "mains", ...en("Rice Bowl", ["bowl"]), price: 800, optionGroups: ["sauce", "base"] },
    { id: "strips", category: "mains", ...en("Chicken Strips", ["strips"]), price: 700, optionGroups: ["strips", "sauce"] },
    { id: "burger", category: "mains", ...en("Burger"), price: 800, optionGroups: ["toppings"] },
    { id: "chicken-combo", category: "combos", ...en("Chicken Combo", ["number one", "#1"]), price: 1200, optionGroups: ["piece", "sauce", "combo-side", "combo-drink", "size"] },
    { id: "burger-combo", category: "combos", ...en("Burger Combo", ["number two", "#2", "combo"]), price: 1100, optionGroups: ["toppings", "combo-side", "combo-drink", "size"] },
    { id: "side-rice", category: "sides", ...en("Side of Rice"), price: 300, optionGroups: [{ group: "base", choices: ["white", "brown"] }] },
    { id: "fries", category: "sides", ...en("Fries"), price: 300 },
    { id: "soda", category: "drinks", name: { en: "Fountain drink" }, aliases: { en: ["drink", "soda", { text: "cola", options: { flavor: "cola" } }, { text: "lemonade", options: { flavor: "lemonade" } }] }, price: 250, optionGroups: ["flavor", "size"] },
  ],
});

phenomenonTable("English: a bare number a turn later", grill, [
  { name: "'I'll take 2' after a burger is two burgers, not the #2", turns: ["a burger with slaw", "I'll take 2"], lines: [{ item: "burger", qty: 2, options: { toppings: ["slaw"] } }], confident: true },
  { name: "'make that 2 please'", turns: ["a grilled chicken teriyaki", "make that 2 please"], lines: [{ item: "chicken", qty: 2, options: { sauce: "teriyaki" } }], confident: true },
  { name: "'2 of them please'", turns: ["a rice bowl", "2 of them please"], lines: [{ item: "bowl", qty: 2 }], confident: true },
  { name: "'make that two' of two-piece strips is how many, not the piece count it has", turns: ["two piece strips lemon pepper", "make that two"], lines: [{ item: "strips", qty: 2, options: { strips: "2", sauce: "lemon" } }] },
]);

phenomenonTable("English: an alias that says one of the item's own choices", grill, [
  { name: "'chicken white' is the white meat", turns: ["a chicken white teriyaki"], lines: [{ item: "chicken", qty: 1, options: { piece: "breast", sauce: "teriyaki" } }], confident: true },
  { name: "two of them", turns: ["two chicken white lemon pepper"], lines: [{ item: "chicken", qty: 2, options: { piece: "breast", sauce: "lemon" } }], confident: true },
]);

phenomenonTable("English: 'and a brown rice', a choice said as a thing of its own", grill, [
  { name: "the plate on its rice, and a side of brown rice", turns: ["a grilled chicken and a brown rice"], lines: [{ item: "chicken", qty: 1, options: { base: "white" } }, { item: "side-rice", qty: 1, options: { base: "brown" } }], confident: true },
  { name: "'and a rice' after two bowls", turns: ["two rice bowls teriyaki and a rice"], lines: [{ item: "bowl", qty: 2, options: { sauce: "teriyaki" } }, { item: "side-rice", qty: 1, options: { base: "white" } }], confident: true },
]);

phenomenonTable("English: 'make it a combo' is the combo that takes the lines in hand", grill, [
  {
    name: "a chicken and a large cola: the chicken combo, not the one the menu calls 'combo'",
    turns: ["a grilled chicken white meat lemon pepper and a large cola", "make it a combo"],
    lines: [{ item: "chicken-combo", qty: 1, options: { piece: "breast", sauce: "lemon", "combo-drink": "cola", size: "large" } }],
    confident: true,
  },
  {
    name: "a burger with onions, then a lemonade, then 'make that a combo'",
    turns: ["a burger with onions", "and a lemonade", "make that a combo"],
    lines: [{ item: "burger-combo", qty: 1, options: { toppings: ["onion"], "combo-drink": "lemonade" } }],
    confident: true,
  },
]);

// Guards: readings these steps must leave as they were (they pass without the change too).
phenomenonTable("English: said after ordering, what stays as it was", grill, [
  { name: "'the 2' still names the Number 2", turns: ["a rice bowl", "and the 2 with a cola"], lines: [{ item: "bowl", qty: 1 }, { item: "burger-combo", qty: 1, options: { "combo-drink": "cola" } }] },
  { name: "'a 2 with a lemonade' still names the Number 2", turns: ["a rice bowl", "and a 2 with a lemonade"], lines: [{ item: "bowl", qty: 1 }, { item: "burger-combo", qty: 1, options: { "combo-drink": "lemonade" } }] },
  { name: "the plain alias keeps the default", turns: ["a chicken teriyaki"], lines: [{ item: "chicken", qty: 1, options: { piece: "thigh", sauce: "teriyaki" } }], confident: true },
  { name: "'with brown rice' is still the plate's base", turns: ["a grilled chicken with brown rice"], lines: [{ item: "chicken", qty: 1, options: { base: "brown" } }], confident: true },
  { name: "'and brown rice' with no article is still the plate's base", turns: ["a grilled chicken and brown rice"], lines: [{ item: "chicken", qty: 1, options: { base: "brown" } }] },
  { name: "'make it a brown rice' changes the plate", turns: ["a rice bowl", "make it a brown rice"], lines: [{ item: "bowl", qty: 1, options: { base: "brown" } }] },
]);
