// Rounds 34–35 (a kolache and donut shop, a tamale shop): things sold singly and by the box,
// kinds said by names that carry them.
// - "two ham and egg wraps": a name that says choices, then the item's plain name; the
//   choices stay said (compounds.ts).
// - "half dozen custard buns", "two half dozens, one pork bun and one bean": a box named, then
//   the name of an item sold alone that is one of the box's kinds; the box's kind (box-kinds.ts).
// - "an apple tart and a lemon one", "one glazed and one jam filled", "switch one of them to
//   a cruller" where the menu also calls a donut's "Single" "one": after options the item left
//   out, before a name or "of them" a count (number-choices.ts).
// - "two lemonades" → "mint" → "actually one mint and one ginger": the one line re-said as its
//   kinds (kinds-restated.ts).
import { en, menuFrom, phenomenonTable } from "./test-helpers.ts";

const raw = {
  version: 1,
  store: { id: "boxes-and-kinds", name: { en: "Bun shop" }, currency: "USD", languages: ["en"] },
  categories: [
    { id: "buns", ...en("Buns") },
    { id: "donuts", ...en("Donuts") },
    { id: "wraps", ...en("Wraps") },
    { id: "drinks", ...en("Drinks") },
  ],
  optionGroups: [
    {
      id: "box-kind", ...en("Kind"), select: "one",
      choices: [{ id: "pork", ...en("Pork", ["pork"]) }, { id: "bean", ...en("Red bean", ["bean", "red bean"]) }, { id: "custard", ...en("Custard", ["custard"]) }, { id: "mixed", ...en("Mixed", ["mixed"]) }],
    },
    { id: "pack", ...en("How many"), select: "one", default: "single", choices: [{ id: "single", ...en("Single", ["single", "one"]) }, { id: "dozen", ...en("Dozen", ["dozen"]), price: 900 }] },
    { id: "filling", ...en("Filling"), select: "one", choices: [{ id: "jam", ...en("Jam", ["jam", "jam filled"]) }, { id: "cream", ...en("Cream", ["cream", "cream filled"]) }] },
    { id: "tart-fruit", ...en("Fruit"), select: "one", choices: [{ id: "apple", ...en("Apple", ["apple"]) }, { id: "lemon", ...en("Lemon", ["lemon"]) }, { id: "berry", ...en("Berry", ["berry"]) }] },
    { id: "wrap-add", ...en("Fillings"), select: "many", max: 3, choices: [{ id: "ham", ...en("Ham", ["ham"]), price: 100 }, { id: "cheese", ...en("Cheese", ["cheese"]), price: 50 }, { id: "spinach", ...en("Spinach", ["spinach"]) }] },
    { id: "bread", ...en("Bread"), select: "one", default: "white", choices: [{ id: "white", ...en("White", ["white"]) }, { id: "wheat", ...en("Wheat", ["wheat", "on wheat"]) }] },
    { id: "lemonade-kind", ...en("Flavor"), select: "one", choices: [{ id: "plain", ...en("Plain") }, { id: "mint", ...en("Mint") }, { id: "ginger", ...en("Ginger") }] },
  ],
  items: [
    { id: "pork-bun", category: "buns", name: { en: "Pork Bun" }, aliases: { en: ["pork bun", "pork buns"] }, price: 300 },
    { id: "bean-bun", category: "buns", name: { en: "Red Bean Bun" }, aliases: { en: ["bean bun", "bean buns"] }, price: 300 },
    { id: "custard-bun", category: "buns", name: { en: "Custard Bun" }, aliases: { en: ["custard bun", "custard buns"] }, price: 300 },
    { id: "half-dozen", category: "buns", name: { en: "Half Dozen Buns" }, aliases: { en: ["half dozen", "half dozens"] }, price: 1600, optionGroups: ["box-kind"] },
    { id: "glazed", category: "donuts", name: { en: "Glazed donut" }, aliases: { en: ["glazed"] }, price: 125, optionGroups: ["pack"] },
    { id: "cruller", category: "donuts", name: { en: "Cruller" }, aliases: { en: ["cruller"] }, price: 150, optionGroups: ["pack"] },
    { id: "filled", category: "donuts", name: { en: "Filled donut" }, aliases: { en: ["filled donut"] }, price: 175, optionGroups: ["filling", "pack"] },
    { id: "tart", category: "buns", name: { en: "Fruit tart" }, aliases: { en: ["tart", "tarts", { text: "apple tart", options: { "tart-fruit": "apple" } }, { text: "lemon tart", options: { "tart-fruit": "lemon" } }] }, price: 250, optionGroups: ["tart-fruit"] },
    {
      id: "wrap", category: "wraps", name: { en: "Egg wrap" }, price: 400, optionGroups: ["wrap-add", "bread"],
      aliases: { en: ["wrap", "wraps", { text: "ham and egg", options: { "wrap-add": ["ham"] } }, { text: "ham egg and cheese", options: { "wrap-add": ["ham", "cheese"] } }] },
    },
    {
      id: "lemonade", category: "drinks", name: { en: "Lemonade" }, price: 300, optionGroups: ["lemonade-kind"],
      aliases: { en: ["lemonade", "lemonades", { text: "mint", options: { "lemonade-kind": "mint" } }, { text: "ginger", options: { "lemonade-kind": "ginger" } }] },
    },
    { id: "coffee", category: "drinks", name: { en: "Coffee" }, price: 200 },
  ],
};
const shop = menuFrom(raw);
// (The same shop where "one" names nothing: the box rows read apart from that.)
const plain = menuFrom({ ...raw, optionGroups: raw.optionGroups.map((g) => (g.id === "pack" ? { ...g, choices: [{ id: "single", ...en("Single") }, { id: "dozen", ...en("Dozen"), price: 900 }] } : g)) });

const box = (kind: string) => ({ item: "half-dozen", qty: 1, options: { "box-kind": kind } });
const lemonade = (kind: string, qty = 1) => ({ item: "lemonade", qty, options: { "lemonade-kind": kind } });

phenomenonTable("a name that says choices, then the item's plain name", shop, [
  { name: "two ham and egg wraps", turns: ["two ham and egg wraps"], lines: [{ item: "wrap", qty: 2, options: { "wrap-add": ["ham"], bread: "white" } }], confident: true },
  { name: "a ham egg and cheese wrap on wheat", turns: ["a ham egg and cheese wrap on wheat"], lines: [{ item: "wrap", qty: 1, options: { "wrap-add": ["ham", "cheese"], bread: "wheat" } }], confident: true },
]);

phenomenonTable("a box, then an item sold alone that is one of its kinds", plain, [
  { name: "half dozen custard buns and a coffee", turns: ["half dozen custard buns and a coffee"], lines: [box("custard"), { item: "coffee", qty: 1 }], confident: true },
  { name: "two half dozens one pork bun and one bean", turns: ["two half dozens one pork bun and one bean"], lines: [box("pork"), box("bean")] },
  // (Guard: said apart, with its own article, the bun is a bun.)
  { name: "a half dozen mixed and a custard bun", turns: ["a half dozen mixed and a custard bun"], lines: [box("mixed"), { item: "custard-bun", qty: 1 }] },
]);

phenomenonTable('"one" that the menu also calls a choice of another item', shop, [
  { name: "an apple tart and a lemon one", turns: ["an apple tart and a lemon one"], lines: [{ item: "tart", qty: 1, options: { "tart-fruit": "apple" } }, { item: "tart", qty: 1, options: { "tart-fruit": "lemon" } }], confident: true },
  { name: "one glazed and one jam filled", turns: ["one glazed and one jam filled"], lines: [{ item: "glazed", qty: 1, options: { pack: "single" } }, { item: "filled", qty: 1, options: { filling: "jam", pack: "single" } }] },
  { name: "two glazed → actually switch one of them to a cruller", turns: ["two glazed", "actually switch one of them to a cruller"], lines: [{ item: "glazed", qty: 1, options: { pack: "single" } }, { item: "cruller", qty: 1, options: { pack: "single" } }] },
  { name: "two tarts → one apple one lemon", turns: ["two tarts", "one apple one lemon"], lines: [{ item: "tart", qty: 1, options: { "tart-fruit": "apple" } }, { item: "tart", qty: 1, options: { "tart-fruit": "lemon" } }], confident: true },
]);

phenomenonTable("the kinds of a line said again after actually", shop, [
  { name: "two lemonades → mint → actually one mint and one ginger", turns: ["two lemonades", "mint", "actually one mint and one ginger"], lines: [lemonade("mint"), lemonade("ginger")], confident: true },
  // (Guard: a count beyond the line's orders more.)
  { name: "actually one mint and two ginger", turns: ["two lemonades", "mint", "actually one mint and two ginger"], lines: [lemonade("mint", 3), lemonade("ginger", 2)] },
]);
