// English (twelfth probes, fix11a): a word said as a thing of its own that the menu also has as
// a choice of an item not in hand (word-names-item.ts) — "two cheese" where the tacos are
// "Pork taco", "Cheese taco" and the plate's filling is "cheese"; "a tamarind" where the deal's
// drink "Tamarind soda" is also sold alone; "and an egg" after a bowl that takes "Fried egg"
// where "egg" is the soup's soft egg — and "a soda each" / "a roll each" after counted things
// (unit-lines.ts, lexicon.ts), "another one, same side" (same-other-item.ts). A taco shop here,
// so nothing leans on the words of the stores the shapes were seen in.
import { en, menuFrom, phenomenonTable } from "./test-helpers.ts";

const tacos = menuFrom({
  version: 1,
  store: { id: "word-names-item", name: { en: "Test Tacos" }, currency: "USD", languages: ["en"] },
  categories: [
    { id: "tacos", name: { en: "Tacos" } },
    { id: "plates", name: { en: "Plates" } },
    { id: "drinks", name: { en: "Drinks" } },
  ],
  optionGroups: [
    { id: "taco-add", ...en("Add to taco"), select: "many", choices: [{ id: "extra-cheese", ...en("Extra cheese") }, { id: "salsa", ...en("Salsa") }] },
    { id: "plate-taco", ...en("Plate tacos"), select: "one", choices: [{ id: "pork", ...en("Pork") }, { id: "cheese", ...en("Cheese", ["cheese"]) }, { id: "bean", ...en("Bean") }] },
    { id: "deal-drink", ...en("Deal drink"), select: "one", choices: [{ id: "tamarind", ...en("Tamarind soda", ["tamarind"]) }, { id: "lemonade", ...en("Lemonade") }] },
    { id: "side", ...en("Side"), select: "one", choices: [{ id: "salad", ...en("Salad") }, { id: "slaw", ...en("Slaw") }] },
    { id: "bowl-add", ...en("Bowl add-ons"), select: "many", choices: [{ id: "fried-egg", ...en("Fried egg") }, { id: "avocado", ...en("Avocado") }] },
    { id: "soup-add", ...en("Soup add-ons"), select: "many", choices: [{ id: "soft-egg", ...en("Soft egg", ["egg"]) }, { id: "tofu", ...en("Tofu") }] },
  ],
  items: [
    { id: "pork-taco", category: "tacos", ...en("Pork taco", ["pork"]), price: 300, optionGroups: ["taco-add"] },
    { id: "bean-taco", category: "tacos", ...en("Bean taco", ["bean"]), price: 300, optionGroups: ["taco-add"] },
    { id: "cheese-taco", category: "tacos", ...en("Cheese taco"), price: 300, optionGroups: ["taco-add"] },
    { id: "taco-plate", category: "plates", ...en("Taco plate"), price: 900, optionGroups: ["plate-taco"] },
    { id: "deal", category: "plates", ...en("Lunch deal"), price: 1000, optionGroups: ["deal-drink"] },
    { id: "bowl", category: "plates", ...en("Rice bowl"), price: 1100, optionGroups: ["side", "bowl-add"] },
    { id: "soup", category: "plates", ...en("Noodle soup"), price: 1000, optionGroups: ["soup-add"] },
    { id: "roll", category: "plates", ...en("Sweet roll (each)"), price: 100 },
    { id: "tamarind", category: "drinks", ...en("Tamarind soda"), price: 250 },
  ],
});

const bowl = (qty: number, options: Record<string, string | string[]>) => ({ item: "bowl", qty, options });

phenomenonTable("English: a word that names an item, not another item's choice", tacos, [
  { name: "two cheese and one pork: the Cheese taco, not a plate", turns: ["two cheese and one pork"], lines: [{ item: "cheese-taco", qty: 2 }, { item: "pork-taco", qty: 1 }], confident: true },
  { name: "a pork with salsa and a cheese: a second taco, not extra cheese", turns: ["a pork with salsa and a cheese"], lines: [{ item: "pork-taco", qty: 1, options: { "taco-add": ["salsa"] } }, { item: "cheese-taco", qty: 1 }], confident: true },
  { name: "a rice bowl and a tamarind: the soda sold alone, not the deal", turns: ["a rice bowl with salad and a tamarind"], lines: [bowl(1, { side: "salad" }), { item: "tamarind", qty: 1 }], confident: true },
  { name: "rice bowl with slaw and an egg: the bowl's fried egg, not a soup", turns: ["rice bowl with slaw and an egg"], lines: [bowl(1, { side: "slaw", "bowl-add": ["fried-egg"] })], confident: true },
  { name: "an egg on each of two bowls", turns: ["two rice bowls with slaw and an egg on each"], lines: [bowl(2, { side: "slaw", "bowl-add": ["fried-egg"] })], confident: true },
]);

phenomenonTable("English: one for each of the things counted before", tacos, [
  { name: "with a tamarind soda each", turns: ["two rice bowls with salad with a tamarind soda each"], lines: [bowl(2, { side: "salad" }), { item: "tamarind", qty: 2 }], confident: true },
  { name: "and a roll each, the roll named 'Sweet roll (each)'", turns: ["two rice bowls with salad and a sweet roll each"], lines: [bowl(2, { side: "salad" }), { item: "roll", qty: 2 }], confident: true },
  { name: "another one, same side", turns: ["rice bowl with salad", "another one, same side"], lines: [bowl(2, { side: "salad" })], confident: true },
]);
