// English counts of the blind rounds 116–122 (fix22b): the three answered alone and wrong on
// their first run — "an extra cup of fish sauce" of a count also called "extra fish sauce"
// (r116e-003, measure-inside-a-count-name.ts), "three orders of egg rolls" where "three" also
// names the rolls' size (r116e-024, orders-of-counts-orders.ts), "one without marshmallows and
// one with" (r119d-010, one-without.ts) — and count misses read right since: "eggs scrambled"
// of an "Eggs" group beside an "Extra egg" count (r116c-001, extra-of-choice.ts), "a pot of tea
// for two" (r116c-002, choice-for-people-said-apart.ts), "three falafel on top", "add an egg"
// (r121d-011, r122a-022, add-on-put-on-the-item.ts), "an extra ranch" (r120a-003).
import { en, menuFrom, notAloneTable, phenomenonTable } from "./test-helpers.ts";

const diner = menuFrom({
  version: 1,
  store: { id: "blind-r116-122-b", name: { en: "Harbour Diner" }, currency: "USD", languages: ["en"] },
  categories: [{ id: "plates", ...en("Plates") }, { id: "sides", ...en("Sides") }, { id: "drinks", ...en("Drinks") }],
  optionGroups: [
    { id: "dip", ...en("Dipping sauce"), select: "one", default: "chili", choices: [{ id: "chili", ...en("Chili sauce", ["sweet chili"]) }, { id: "garlic", ...en("Garlic mayo", ["garlic"]) }] },
    { id: "extra-dip", ...en("Extra dip cup"), select: "count", min: 0, max: 3, default: 0, unitPrice: 50, aliases: { en: ["extra chili sauce", "extra dip"] } },
    { id: "size", ...en("Order size"), select: "one", default: "four", choices: [{ id: "four", ...en("4 pieces", ["regular", "four pieces"]) }, { id: "eight", ...en("8 pieces", ["large", "eight pieces"]) }] },
    { id: "eggs", ...en("Eggs"), select: "one", default: "fried", choices: [{ id: "fried", ...en("Fried", ["fried eggs"]) }, { id: "scrambled", ...en("Scrambled", ["scrambled eggs"]) }] },
    { id: "extra-egg", ...en("Extra egg"), select: "count", min: 0, max: 3, default: 0, unitPrice: 120, aliases: { en: ["extra eggs"] } },
    { id: "cocoa-top", ...en("Cocoa toppings"), select: "many", choices: [{ id: "cream", ...en("Whipped cream", ["cream"]) }, { id: "mallows", ...en("Marshmallows") }] },
    { id: "pot", ...en("Tea size"), select: "one", default: "mug", choices: [{ id: "mug", ...en("Mug") }, { id: "pot-one", ...en("Pot for one", ["pot"]) }, { id: "pot-two", ...en("Pot for two") }] },
    { id: "prawns", ...en("Prawns on top"), select: "count", min: 0, max: 6, default: 0, unitPrice: 90, aliases: { en: ["prawns", "prawn"] } },
  ],
  items: [
    { id: "pork-plate", category: "plates", ...en("Pork Rice Plate", ["pork plate"]), price: 1300, optionGroups: ["dip", "extra-dip", "eggs", "extra-egg"] },
    { id: "noodle-bowl", category: "plates", ...en("Noodle Bowl"), price: 1200, optionGroups: ["prawns"] },
    { id: "spring-rolls", category: "sides", ...en("Spring Rolls", ["spring roll"]), price: 600, optionGroups: ["size"] },
    { id: "prawn-side", category: "sides", ...en("Grilled Prawns", ["prawns", "prawn"]), price: 700 },
    { id: "cocoa", category: "drinks", ...en("Hot Cocoa", ["cocoa", "hot cocoas"]), price: 350, optionGroups: ["cocoa-top"] },
    { id: "tea", category: "drinks", ...en("Black Tea", ["tea"]), price: 250, optionGroups: ["pot"] },
  ],
});

phenomenonTable("an adding word and a name apart only by a measure are the count's own name", diner, [
  { name: "pork plate and an extra cup of chili sauce", turns: ["pork plate and an extra cup of chili sauce"], lines: [{ item: "pork-plate", qty: 1, options: { "extra-dip": 1 } }], confident: true },
  { name: "pork plate with two extra cups of chili sauce", turns: ["pork plate with two extra cups of chili sauce"], lines: [{ item: "pork-plate", qty: 1, options: { "extra-dip": 2 } }] },
  // (Guard: said whole, as before.)
  { name: "pork plate, extra chili sauce", turns: ["pork plate, extra chili sauce"], lines: [{ item: "pork-plate", qty: 1, options: { "extra-dip": 1 } }], confident: true },
]);

phenomenonTable("\"N orders of X\" counts orders, though N also names a size", diner, [
  { name: "four orders of spring rolls, regular size", turns: ["four orders of spring rolls, regular size"], lines: [{ item: "spring-rolls", qty: 4, options: { size: "four" } }], confident: true },
  { name: "four orders of spring rolls", turns: ["four orders of spring rolls"], lines: [{ item: "spring-rolls", qty: 4 }] },
  { name: "two orders of spring rolls, eight pieces", turns: ["two orders of spring rolls, eight pieces"], lines: [{ item: "spring-rolls", qty: 2, options: { size: "eight" } }] },
]);

phenomenonTable("a part's bare \"with\" / \"without\" takes the other part's thing the other way", diner, [
  { name: "one without marshmallows and one with", turns: ["two hot cocoas with whipped cream, one without marshmallows and one with"], lines: [{ item: "cocoa", qty: 1, options: { "cocoa-top": ["cream"] } }, { item: "cocoa", qty: 1, options: { "cocoa-top": ["cream", "mallows"] } }], confident: true },
  { name: "one with and one without marshmallows", turns: ["two hot cocoas, one with and one without marshmallows"], lines: [{ item: "cocoa", qty: 1 }, { item: "cocoa", qty: 1, options: { "cocoa-top": ["mallows"] } }], confident: true },
  // (Guard: the bare "without" as before.)
  { name: "one with marshmallows and one without", turns: ["two hot cocoas, one with marshmallows and one without"], lines: [{ item: "cocoa", qty: 1 }, { item: "cocoa", qty: 1, options: { "cocoa-top": ["mallows"] } }], confident: true },
]);

// (A bare "with" with nothing refused to take: with what? A guess.)
notAloneTable("a bare \"with\" with nothing to take", diner, [{ name: "one with whipped cream and one with", turns: ["two hot cocoas, one with whipped cream and one with"] }]);

phenomenonTable("the word naming a one-choice group whole is the group, not its count", diner, [
  { name: "pork plate, eggs scrambled", turns: ["pork plate please, eggs scrambled"], lines: [{ item: "pork-plate", qty: 1, options: { eggs: "scrambled" } }] },
  // (Guard: with an adding word, the count.)
  { name: "pork plate, extra eggs", turns: ["pork plate, extra eggs"], lines: [{ item: "pork-plate", qty: 1, options: { "extra-egg": 1 } }] },
]);

phenomenonTable("a choice's word and the people said around the item's name", diner, [
  { name: "a pot of tea for two", turns: ["a pork plate and a pot of tea for two"], lines: [{ item: "pork-plate", qty: 1 }, { item: "tea", qty: 1, options: { pot: "pot-two" } }] },
  // (Guard: a pot alone is the pot for one.)
  { name: "a pot of tea", turns: ["a pot of tea"], lines: [{ item: "tea", qty: 1, options: { pot: "pot-one" } }] },
]);

phenomenonTable("a thing sold alone said to go on the item in hand is its counted add-on", diner, [
  { name: "noodle bowl and three prawns on top", turns: ["noodle bowl, and three prawns on top"], lines: [{ item: "noodle-bowl", qty: 1, options: { prawns: 3 } }] },
  { name: "add two prawns on it, a turn later", turns: ["a noodle bowl", "and add two prawns on it"], lines: [{ item: "noodle-bowl", qty: 1, options: { prawns: 2 } }] },
  // (Guards: counted on its own, or added "on the side", the side.)
  { name: "a noodle bowl and add two prawns on the side", turns: ["a noodle bowl and add two prawns on the side"], lines: [{ item: "noodle-bowl", qty: 1 }, { item: "prawn-side", qty: 2 }] },
  { name: "a noodle bowl and two grilled prawns", turns: ["a noodle bowl and two grilled prawns"], lines: [{ item: "noodle-bowl", qty: 1 }, { item: "prawn-side", qty: 2 }] },
]);
