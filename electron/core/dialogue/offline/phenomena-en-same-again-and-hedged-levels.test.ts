// The eleventh English red team's classes, on a small taqueria written for these rows
// (English only: the shapes are English phrasings):
// - "(and the) same again" repeats the last order, each line as many as was ordered
//   (same-again.ts);
// - "not too spicy", "not hot", "not that sweet", "as spicy as possible": "not X" never picks
//   X; the menu's own "less spicy" / "light sweet" names the level, else the order is a guess
//   (hedged-levels.ts);
// - "with onions no cilantro": the refusal reaches only what it names (with-then-without.ts);
// - "the 3 taco combo": the number is part of the combo's name; "3 tacos, make it a combo"
//   is one combo of three (numbered-combo-name.ts, combo-of-the-lines.ts);
// - "Which size for the Iced Tea?" → "same as the Coke": the Coke's size (same-as-line.ts).
import { en, menuFrom, notAloneTable, phenomenonTable } from "./test-helpers.ts";

const menu = menuFrom({
  version: 1,
  store: { id: "taqueria-12d", name: { en: "Taqueria test" }, currency: "USD", languages: ["en"] },
  categories: [{ id: "tacos", ...en("Tacos") }, { id: "sides", ...en("Sides") }, { id: "drinks", ...en("Drinks") }, { id: "combos", ...en("Combos") }, { id: "coffee", ...en("Coffee") }],
  optionGroups: [
    { id: "hold", ...en("Hold"), select: "many", choices: [{ id: "no-onion", ...en("No onion", ["no onions", "without onions"]) }, { id: "no-cilantro", ...en("No cilantro", ["without cilantro"]) }] },
    { id: "spice", ...en("Spice level"), select: "one", default: "medium", choices: [{ id: "mild", ...en("Mild", ["not spicy", "less spicy"]) }, { id: "medium", ...en("Medium") }, { id: "hot", ...en("Hot", ["spicy"]) }, { id: "extra-hot", ...en("Extra hot", ["very spicy"]) }] },
    { id: "salt", ...en("Salt"), select: "one", default: "salty", choices: [{ id: "none", ...en("No salt") }, { id: "light", ...en("Light salt") }, { id: "salty", ...en("Salted", ["salty"]) }, { id: "extra", ...en("Extra salt") }] },
    { id: "sugar", ...en("Sugar"), select: "one", default: "sweet", choices: [{ id: "sweet", ...en("With sugar", ["sweet"]) }, { id: "light", ...en("Light sugar", ["light sweet"]) }, { id: "none", ...en("No sugar") }] },
    { id: "size", ...en("Size"), select: "one", choices: [{ id: "small", ...en("Small") }, { id: "large", ...en("Large") }] },
    { id: "drink", ...en("Combo drink"), select: "one", default: "cola", choices: [{ id: "cola", ...en("Cola") }, { id: "tea", ...en("Iced tea") }] },
  ],
  items: [
    { id: "taco", category: "tacos", ...en("Taco", ["tacos"]), price: 300, optionGroups: ["hold", "spice"] },
    { id: "bowl", category: "tacos", ...en("Rice bowl"), price: 900, optionGroups: ["salt"] },
    { id: "rice", category: "sides", ...en("Rice"), price: 300 },
    { id: "cola", category: "drinks", ...en("Cola"), price: 200, optionGroups: ["size"] },
    { id: "tea", category: "drinks", ...en("Iced tea"), price: 200, optionGroups: ["size"] },
    { id: "combo", category: "combos", ...en("Taco combo", ["combo"]), description: { en: "3 tacos, rice and a drink." }, price: 1200, optionGroups: ["drink"] },
    { id: "cafecito", category: "coffee", ...en("Cafecito"), price: 200, optionGroups: ["sugar"] },
  ],
});

phenomenonTable("same again repeats the last order", menu, [
  { name: "2 tacos, and the same again", turns: ["2 tacos", "and the same again"], lines: [{ item: "taco", qty: 4 }], confident: true },
  { name: "3 tacos and a small cola, same again please", turns: ["3 tacos and a small cola", "same again please"], lines: [{ item: "taco", qty: 6 }, { item: "cola", qty: 2, options: { size: "small" } }], confident: true },
  { name: "a taco then 2 tacos, same again: two more", turns: ["a taco", "2 tacos", "same again"], lines: [{ item: "taco", qty: 5 }], confident: true },
]);

phenomenonTable("a level said with not, or to its end", menu, [
  { name: "a taco, not too spicy", turns: ["a taco, not too spicy"], lines: [{ item: "taco", qty: 1, options: { spice: "mild" } }], confident: true },
  { name: "a taco, not hot", turns: ["a taco, not hot"], lines: [{ item: "taco", qty: 1, options: { spice: "mild" } }], confident: true },
  { name: "a taco, nothing too spicy (the word nothing unknown: handed on)", turns: ["a taco, nothing too spicy"], lines: [{ item: "taco", qty: 1, options: { spice: "mild" } }], confident: false },
  { name: "a taco, don't make it too spicy", turns: ["a taco, don't make it too spicy"], lines: [{ item: "taco", qty: 1, options: { spice: "mild" } }], confident: true },
  { name: "a taco, not very spicy", turns: ["a taco, not very spicy"], lines: [{ item: "taco", qty: 1, options: { spice: "mild" } }], confident: true },
  { name: "a taco, as spicy as possible", turns: ["a taco, as spicy as possible"], lines: [{ item: "taco", qty: 1, options: { spice: "extra-hot" } }], confident: true },
  { name: "a cafecito, not too sweet", turns: ["a cafecito, not too sweet"], lines: [{ item: "cafecito", qty: 1, options: { sugar: "light" } }], confident: true },
  { name: "a cafecito, not that sweet", turns: ["a cafecito, not that sweet"], lines: [{ item: "cafecito", qty: 1, options: { sugar: "light" } }], confident: true },
  { name: "a cafecito, not sweet at all", turns: ["a cafecito, not sweet at all"], lines: [{ item: "cafecito", qty: 1, options: { sugar: "none" } }], confident: true },
  // (The menu names no "less salty": the order says light or none, a guess; never salted.)
  { name: "a rice bowl, not too salty (a guess)", turns: ["a rice bowl, not too salty"], lines: [{ item: "bowl", qty: 1, options: { salt: "light" } }], confident: false },
]);

phenomenonTable("with X no Y: the refusal reaches only Y", menu, [
  { name: "2 tacos with onions no cilantro", turns: ["2 tacos with onions no cilantro"], lines: [{ item: "taco", qty: 2, options: { hold: ["no-cilantro"] } }], confident: true },
  { name: "tacos, just the onions no cilantro, three", turns: ["tacos, just the onions no cilantro, three"], lines: [{ item: "taco", qty: 3, options: { hold: ["no-cilantro"] } }], confident: true },
  { name: "a taco no onions or cilantro (both)", turns: ["a taco no onions or cilantro"], lines: [{ item: "taco", qty: 1, options: { hold: ["no-onion", "no-cilantro"] } }] },
]);

phenomenonTable("a combo named by how many things are in it", menu, [
  { name: "the 3 taco combo with iced tea", turns: ["can I get the 3 taco combo with iced tea"], lines: [{ item: "combo", qty: 1, options: { drink: "tea" } }], confident: true },
  { name: "2 taco combos with cola (a count)", turns: ["2 taco combos with cola"], lines: [{ item: "combo", qty: 2, options: { drink: "cola" } }] },
  { name: "3 tacos, then make it a combo with cola", turns: ["3 tacos", "make it a combo with cola"], lines: [{ item: "combo", qty: 1, options: { drink: "cola" } }], confident: true },
]);

phenomenonTable("same as the other line, answering a choice", menu, [
  { name: "a large cola and an iced tea, same as the cola", turns: ["a large cola and an iced tea", "same as the cola"], lines: [{ item: "cola", qty: 1, options: { size: "large" } }, { item: "tea", qty: 1, options: { size: "large" } }], confident: true },
]);

notAloneTable("guesses", menu, [
  { name: "3 taco combo (no article)", turns: ["3 taco combo with cola"] },
  { name: "4 tacos, make it a combo", turns: ["4 tacos", "make it a combo with cola"] },
]);
