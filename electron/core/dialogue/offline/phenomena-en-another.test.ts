// "and a large pepperoni" a turn after "two medium cheese pizzas": the article orders
// another pizza (the plain one, with that topping); only a count said ("one large") may pick
// one of the two already ordered.
import { menus, type PhenomenonRow, phenomenonTable } from "./test-helpers.ts";
import { loadSet } from "./heldout/test-sets.ts";

const pizzeria = loadSet("en-pizza4").menu;
const plain = (size: string, toppings: string[] = []) => ({ item: "cheese-pizza", qty: 1, options: { size, toppings } });

const rows: PhenomenonRow[] = [
  { name: "and a large pepperoni: another pizza", turns: ["two medium cheese pizzas", "and a large pepperoni"], lines: [{ ...plain("medium"), qty: 2 }, plain("large", ["pepperoni"])] },
  { name: "and a large with pepperoni: another pizza", turns: ["two medium cheese pizzas", "and a large with pepperoni"], lines: [{ ...plain("medium"), qty: 2 }, plain("large", ["pepperoni"])] },
];

phenomenonTable("an article orders another, a turn later (English pizza)", pizzeria, rows);

// "and an iced one too" a turn after a hot americano: "one" stands for the americano, not the
// item most open to options (issue 9, seventh round). Still a reading: not answered alone.
phenomenonTable("an article and 'one' order another of the item in hand (English coffee)", menus.coffee(), [
  { name: "and an iced one too", turns: ["a hot americano", "and an iced one too"], lines: [{ item: "americano", qty: 1, options: { temp: "hot" } }, { item: "americano", qty: 1, options: { temp: "iced" } }], confident: false },
  { name: "a large one", turns: ["a small mocha", "and a large one"], lines: [{ item: "mocha", qty: 1, options: { size: "small" } }, { item: "mocha", qty: 1, options: { size: "large" } }] },
]);

// "and another for my friend, not warmed", "add a second one, eight pieces": the options in
// the clause after "another" make the new one; the one before keeps its own (issue 9,
// eleventh round). "a second one, same way" is one more, not two.
phenomenonTable("another, then its options after a comma (English coffee)", menus.coffee(), [
  { name: "another for my friend, not warmed", turns: ["a blueberry muffin, warmed", "and another for my friend, not warmed"], lines: [{ item: "muffin", qty: 1, options: { warm: "yes" } }, { item: "muffin", qty: 1, options: { warm: "no" } }] },
  { name: "add a second one, small", turns: ["a large mocha", "add a second one, small"], lines: [{ item: "mocha", qty: 1, options: { size: "large" } }, { item: "mocha", qty: 1, options: { size: "small" } }] },
  { name: "a second one, same way", turns: ["a large mocha", "and add a second one, same way"], lines: [{ item: "mocha", qty: 2, options: { size: "large" } }] },
  { name: "another one, warmed (no article said before)", turns: ["a muffin", "another one, warmed"], lines: [{ item: "muffin", qty: 1, options: { warm: "no" } }, { item: "muffin", qty: 1, options: { warm: "yes" } }] },
]);

// "a latte and a mocha, two of each": that many of every thing just named (it made one
// latte and two mochas, answered alone). With one thing named ("dozen box, two of each
// flavor") or counts of their own before it, each of what is a guess.
phenomenonTable("two of each (English coffee)", menus.coffee(), [
  { name: "a latte and a mocha, two of each", turns: ["a latte and a mocha, two of each"], lines: [{ item: "latte", qty: 2 }, { item: "mocha", qty: 2 }], confident: true },
  { name: "two of each, a latte and a mocha", turns: ["two of each, a latte and a mocha"], lines: [{ item: "latte", qty: 2 }, { item: "mocha", qty: 2 }] },
  { name: "a turn later: two of each", turns: ["a latte and a mocha", "two of each"], lines: [{ item: "latte", qty: 2 }, { item: "mocha", qty: 2 }] },
  { name: "two lattes and a mocha, two of each: a guess", turns: ["two lattes and a mocha, two of each"], lines: [{ item: "latte", qty: 2 }, { item: "mocha", qty: 2 }], confident: false },
  { name: "a muffin, two of each: of what?", turns: ["a muffin, two of each"], lines: [{ item: "muffin", qty: 2 }], confident: false },
  // A count said on its own after several things ("times" is a filler): the last one's, or all?
  { name: "a latte, a mocha, a muffin, times two", turns: ["a latte, a mocha, a muffin, times two"], lines: [{ item: "latte", qty: 1 }, { item: "mocha", qty: 1 }, { item: "muffin", qty: 2 }], confident: false },
  { name: "a latte, times two: one thing, its count", turns: ["a latte, times two"], lines: [{ item: "latte", qty: 2 }], confident: true },
]);

// "three muffins, one of each kind": "kind" can ask about the menu, but with an item counted
// and no question mark it may be an order; answering it is not done alone.
phenomenonTable("a counted item beside a word that can ask (English coffee)", menus.coffee(), [
  { name: "three muffins, one of each kind", turns: ["three muffins, one of each kind"], lines: [], confident: false },
  { name: "what kinds of muffins do you have?", turns: ["what kinds of muffins do you have?"], lines: [], confident: true },
]);

// "a mocha and one more large": the "more" is the count's (one more of it), not a degree of
// "large" the menu lacks (accounting.ts); the new one is made large.
phenomenonTable("one more, then its option (English coffee)", menus.coffee(), [
  { name: "a mocha and one more large", turns: ["a mocha and one more large"], lines: [{ item: "mocha", qty: 1 }, { item: "mocha", qty: 1, options: { size: "large" } }], confident: true },
  { name: "a mocha, then one more large", turns: ["a mocha", "one more large"], lines: [{ item: "mocha", qty: 1 }, { item: "mocha", qty: 1, options: { size: "large" } }], confident: true },
]);
