// English: "short stack with blueberries and a coffee decaf please" (issue 9, seventh round):
// options said before every item the turn names, that no line takes, order the item they
// describe (the head noun left out), not options for the coffee named after them.
import { phenomenonTable } from "./test-helpers.ts";
import { pizzeriaMenu } from "./test-menus.ts";

phenomenonTable("English: options first, then another item", pizzeriaMenu(), [
  { name: "thin crust with ham and a coke", turns: ["thin crust with ham and a coke please"], lines: [{ item: "pizza", qty: 1, options: { crust: "thin", toppings: ["ham"] } }, { item: "coke", qty: 1 }], confident: true },
  { name: "the item first still takes its options", turns: ["a coke and a thin crust with ham"], lines: [{ item: "coke", qty: 1 }, { item: "pizza", qty: 1, options: { crust: "thin", toppings: ["ham"] } }] },
  // Options a line of an earlier turn takes are about that line, whatever follows.
  { name: "options for the line ordered before", turns: ["a large pizza", "thin crust and a coke"], lines: [{ item: "pizza", qty: 1, options: { size: "large", crust: "thin" } }, { item: "coke", qty: 1 }] },
]);
