// English, numbered combos (issue 9, round 11): meals called "the one", "number two" by
// their menu, with a drink choice named like drinks sold alone. "one" on its own stays a
// number ("make one of those with a tea"), and "the one" (the name's own "the") points back
// at the combo already ordered. (Whether "the one" is answered alone is the read-back
// checks' call, said-vs-done.ts: a name that is a number word is doubted.) A taco shop here, not the store the shape was seen in.
import { en, menuFrom, phenomenonTable } from "./test-helpers.ts";

const meal = (n: number, word: string, name: string) => ({
  id: `meal-${n}`,
  category: "meals",
  ...en(name, [`number ${n}`, `number ${word}`, `#${n}`, `the ${word}`]),
  price: 900 + n * 100,
  optionGroups: ["meal-drink", "meal-size", "leave-off"],
});
const tacos = menuFrom({
  version: 1,
  store: { id: "numbered-combos", name: { en: "Test Tacos" }, currency: "USD", languages: ["en"] },
  categories: [
    { id: "meals", name: { en: "Meals" } },
    { id: "drinks", name: { en: "Drinks" } },
  ],
  optionGroups: [
    { id: "meal-drink", ...en("Drink"), select: "one", default: "cola", choices: [{ id: "cola", ...en("Cola") }, { id: "tea", ...en("Iced Tea", ["tea"]) }, { id: "horchata", ...en("Horchata") }] },
    { id: "meal-size", ...en("Meal size"), select: "one", default: "regular", choices: [{ id: "regular", ...en("Regular") }, { id: "large", ...en("Large") }] },
    { id: "leave-off", ...en("Hold"), select: "many", choices: [{ id: "onion", ...en("Onion", ["onions"]) }, { id: "cilantro", ...en("Cilantro") }] },
    { id: "heat", ...en("Make it"), select: "one", default: "mild", choices: [{ id: "mild", ...en("Mild") }, { id: "spicy", ...en("Spicy") }] },
    { id: "pieces", ...en("Pieces"), select: "one", default: "4", choices: [{ id: "4", ...en("4 piece", ["four piece"]) }, { id: "8", ...en("8 piece", ["eight piece"]) }] },
    { id: "side", ...en("Side"), select: "one", default: "chips", choices: [{ id: "chips", ...en("Chips") }, { id: "beans", ...en("Beans") }] },
  ],
  items: [
    meal(1, "one", "Number 1 Taco Meal"),
    meal(2, "two", "Number 2 Burrito Meal"),
    meal(3, "three", "Number 3 Bowl Meal"),
    { id: "taquitos", category: "meals", ...en("Taquitos"), price: 600, optionGroups: ["pieces", "heat"] },
    { id: "kids", category: "meals", ...en("Kids Meal"), price: 500, optionGroups: ["side", "meal-drink"] },
    { id: "horchata", category: "drinks", ...en("Horchata"), price: 300 },
    { id: "cola", category: "drinks", ...en("Cola"), price: 200 },
  ],
});

phenomenonTable("English: numbered combos", tacos, [
  { name: "the two and the one, a drink for both", turns: ["the two and the one, both with horchata"], lines: [{ item: "meal-2", qty: 1, options: { "meal-drink": "horchata" } }, { item: "meal-1", qty: 1, options: { "meal-drink": "horchata" } }] },
  { name: "'the one' again changes the one ordered", turns: ["the two and the one, both with horchata", "actually the one with a cola"], lines: [{ item: "meal-2", qty: 1, options: { "meal-drink": "horchata" } }, { item: "meal-1", qty: 1, options: { "meal-drink": "cola" } }] },
  { name: "'one of those' is a number, not the number one", turns: ["three number threes, no onions on any of them", "make one of those with a tea"], lines: [{ item: "meal-3", qty: 2, options: { "leave-off": ["onion"] } }, { item: "meal-3", qty: 1, options: { "leave-off": ["onion"], "meal-drink": "tea" } }] },
  { name: "one of two, made large", turns: ["two number ones", "make one of them large with a tea"], lines: [{ item: "meal-1", qty: 1 }, { item: "meal-1", qty: 1, options: { "meal-size": "large", "meal-drink": "tea" } }] },
  { name: "a combo with a drink sold alone is its drink", turns: ["a number two with a horchata"], lines: [{ item: "meal-2", qty: 1, options: { "meal-drink": "horchata" } }], confident: true },
]);

phenomenonTable("English: group names and words that are also phrases", tacos, [
  { name: "'make it' + a number is not the group called 'Make it'", turns: ["two taquitos", "make it three"], lines: [{ item: "taquitos", qty: 3 }] },
  { name: "'make it' + a choice of that group", turns: ["a taquitos", "make it spicy"], lines: [{ item: "taquitos", qty: 1, options: { heat: "spicy" } }], confident: true },
  { name: "'make it eight' names the line's 8 piece", turns: ["four piece taquitos", "make it eight"], lines: [{ item: "taquitos", qty: 1, options: { pieces: "8" } }] },
  { name: "'upsize it': the line's size group, one step", turns: ["number one with a tea", "and upsize it"], lines: [{ item: "meal-1", qty: 1, options: { "meal-drink": "tea", "meal-size": "large" } }], confident: true },
  { name: "'with' + a drink sold alone gives the lines in hand their drink", turns: ["two kids meals", "one with chips and one with beans, both with horchata"], lines: [{ item: "kids", qty: 1, options: { side: "chips", "meal-drink": "horchata" } }, { item: "kids", qty: 1, options: { side: "beans", "meal-drink": "horchata" } }] },
  { name: "'and a cola' after a meal is still a cola", turns: ["number two", "and a cola"], lines: [{ item: "meal-2", qty: 1 }, { item: "cola", qty: 1 }] },
]);
