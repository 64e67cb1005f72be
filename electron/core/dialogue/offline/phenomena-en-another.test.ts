// "and a large pepperoni" a turn after "two medium cheese pizzas": the article orders
// another pizza (the plain one, with that topping); only a count said ("one large") may pick
// one of the two already ordered.
import { type PhenomenonRow, phenomenonTable } from "./test-helpers.ts";
import { loadSet } from "./heldout/test-sets.ts";

const pizzeria = loadSet("en-pizza4").menu;
const plain = (size: string, toppings: string[] = []) => ({ item: "cheese-pizza", qty: 1, options: { size, toppings } });

const rows: PhenomenonRow[] = [
  { name: "and a large pepperoni: another pizza", turns: ["two medium cheese pizzas", "and a large pepperoni"], lines: [{ ...plain("medium"), qty: 2 }, plain("large", ["pepperoni"])] },
  { name: "and a large with pepperoni: another pizza", turns: ["two medium cheese pizzas", "and a large with pepperoni"], lines: [{ ...plain("medium"), qty: 2 }, plain("large", ["pepperoni"])] },
];

phenomenonTable("an article orders another, a turn later (English pizza)", pizzeria, rows);
