// "<item>, same" and "<item>, same size" said right after another item (in the same breath
// or the turn before): the new item is made as the one before is — every option it takes for
// "same" / "the same way", the size alone for "same size" (in its own size group, by the
// same choice). The seventh English red team's sixteen such turns had made the new item
// plain, answered alone. Where it cannot be copied surely (several lines made differently,
// options the new item cannot take, a size the item before only has by its own default),
// it is not answered alone. On a small menu written for these rows: a drink stand with
// lemonade, sodas named by flavour, a juice whose size group is its own, and hot dogs.
import { en, menuFrom, type PhenomenonRow, phenomenonTable } from "./test-helpers.ts";

const sizes = [{ id: "small", ...en("Small") }, { id: "medium", ...en("Medium", ["regular"]) }, { id: "large", ...en("Large") }];
const raw = {
  version: 1,
  store: { id: "same-said-after", name: { en: "Test Stand" }, currency: "USD", languages: ["en"] },
  categories: [{ id: "drinks", ...en("Drinks") }, { id: "dogs", ...en("Hot dogs") }],
  optionGroups: [
    { id: "drink-size", ...en("Drink size"), select: "one", default: "medium", choices: sizes },
    { id: "juice-size", ...en("Juice size"), select: "one", default: "medium", choices: sizes },
    { id: "ice", ...en("Ice"), select: "one", default: "regular", choices: [{ id: "regular", ...en("Regular ice") }, { id: "none", ...en("No ice") }] },
    { id: "flavor", ...en("Soda"), select: "one", choices: [{ id: "coke", ...en("Coke") }, { id: "sprite", ...en("Sprite") }, { id: "root-beer", ...en("Root beer") }] },
    { id: "dog-style", ...en("Style"), select: "one", default: "steamed", choices: [{ id: "steamed", ...en("Steamed") }, { id: "toasted", ...en("Toasted") }] },
    { id: "dog-toppings", ...en("Toppings"), select: "many", choices: [{ id: "relish", ...en("Relish") }, { id: "onions", ...en("Onions") }] },
    { id: "garnish", ...en("Garnish"), select: "one", default: "none", choices: [{ id: "none", ...en("No garnish") }, { id: "lemon", ...en("Lemon") }] },
  ],
  items: [
    { id: "lemonade", category: "drinks", ...en("Lemonade"), price: 300, optionGroups: ["drink-size", "ice", "garnish"] },
    { id: "soda", category: "drinks", name: { en: "Fountain Soda" }, aliases: { en: ["soda", { text: "coke", options: { flavor: "coke" } }, { text: "sprite", options: { flavor: "sprite" } }, { text: "root beer", options: { flavor: "root-beer" } }] }, price: 250, optionGroups: ["flavor", "drink-size", "ice"] },
    { id: "juice", category: "drinks", ...en("Orange Juice", ["orange juice", "oj"]), price: 400, optionGroups: ["juice-size"] },
    { id: "hot-dog", category: "dogs", ...en("Hot Dog"), price: 500, optionGroups: ["dog-style", "dog-toppings"] },
    { id: "chili-dog", category: "dogs", ...en("Chili Dog"), price: 650, optionGroups: ["dog-style", "dog-toppings"] },
  ],
};

const soda = (flavor: string, options: Record<string, string> = {}) => ({ item: "soda", qty: 1, options: { flavor, ...options } });
const lemonade = (options: Record<string, string> = {}) => ({ item: "lemonade", qty: 1, options });

const rows: PhenomenonRow[] = [
  { name: "a large lemonade and a root beer, same size", turns: ["a large lemonade and a root beer, same size"], lines: [lemonade({ "drink-size": "large" }), soda("root-beer", { "drink-size": "large" })], confident: true },
  { name: "a large coke → and a sprite, same", turns: ["a large coke", "and a sprite, same"], lines: [soda("coke", { "drink-size": "large" }), soda("sprite", { "drink-size": "large" })], confident: true },
  { name: "a lemonade with no ice → and a coke, same", turns: ["a lemonade with no ice", "and a coke, same"], lines: [lemonade({ ice: "none" }), soda("coke", { ice: "none" })], confident: true },
  { name: "a small coke → and an orange juice, same size (its own size group)", turns: ["a small coke", "and an orange juice, same size"], lines: [soda("coke", { "drink-size": "small" }), { item: "juice", qty: 1, options: { "juice-size": "small" } }], confident: true },
  { name: "a small coke and an orange juice, same size", turns: ["a small coke and an orange juice, same size"], lines: [soda("coke", { "drink-size": "small" }), { item: "juice", qty: 1, options: { "juice-size": "small" } }], confident: true },
  {
    name: "a hot dog, toasted, with relish → and a chili dog, same",
    turns: ["a hot dog, toasted, with relish", "and a chili dog, same"],
    lines: [{ item: "hot-dog", qty: 1, options: { "dog-style": "toasted", "dog-toppings": ["relish"] } }, { item: "chili-dog", qty: 1, options: { "dog-style": "toasted", "dog-toppings": ["relish"] } }],
    confident: true,
  },
  { name: "a large lemonade → and a coke, the same way", turns: ["a large lemonade", "and a coke, the same way"], lines: [lemonade({ "drink-size": "large" }), soda("coke", { "drink-size": "large" })], confident: true },
  {
    name: "a toasted hot dog with onions and a chili dog the same way",
    turns: ["a toasted hot dog with onions and a chili dog the same way"],
    lines: [{ item: "hot-dog", qty: 1, options: { "dog-style": "toasted", "dog-toppings": ["onions"] } }, { item: "chili-dog", qty: 1, options: { "dog-style": "toasted", "dog-toppings": ["onions"] } }],
    confident: true,
  },
  // Not surely the same: nothing before it; the lemon the soda cannot take; two lines made differently.
  { name: "I'll have the same, a lemonade (nothing ordered before)", turns: ["I'll have the same, a lemonade"], lines: [lemonade()], confident: false },
  { name: "a large lemonade with lemon and a coke, same (a lemon the coke cannot take)", turns: ["a large lemonade with lemon and a coke, same"], lines: [lemonade({ "drink-size": "large", garnish: "lemon" }), soda("coke", { "drink-size": "large" })], confident: false },
  { name: "a large coke and a small sprite → and a root beer, same size (which?)", turns: ["a large coke and a small sprite", "and a root beer, same size"], lines: [soda("coke", { "drink-size": "large" }), soda("sprite", { "drink-size": "small" }), soda("root-beer", { "drink-size": "small" })], confident: false },
];

phenomenonTable("<item>, same / same size, after another item (English)", menuFrom(raw), rows);
