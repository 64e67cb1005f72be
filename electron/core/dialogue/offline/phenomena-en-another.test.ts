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
