// A line pointed at by its place in the order ("on the first", "the second one"; places.ts),
// and an item's word that also names its kind pointing at the lines of that kind ("make the
// pizza a large" after a supreme).
import { notAloneTable, phenomenonTable } from "./test-helpers.ts";
import { pizzeriaMenu } from "./test-menus.ts";

phenomenonTable("English: a line by its place in the order", pizzeriaMenu(), [
  { name: "extra cheese on the first", turns: ["a large pizza and a large supreme", "and extra cheese on the first"], lines: [{ item: "pizza", qty: 1, options: { size: "large", cheese: "extra" } }, { item: "supreme", qty: 1, options: { size: "large" } }], confident: true },
  { name: "thin crust on the second one", turns: ["a small pizza, a medium pizza and a coke", "thin crust on the second one"], lines: [{ item: "pizza", qty: 1, options: { size: "small" } }, { item: "pizza", qty: 1, options: { size: "medium", crust: "thin" } }, { item: "coke", qty: 1 }] },
  // The place counts among the things it can be said of: the second pizza, not the coke.
  { name: "no cheese on the last one", turns: ["a small pizza and a medium pizza", "no cheese on the last one"], lines: [{ item: "pizza", qty: 1, options: { size: "small" } }, { item: "pizza", qty: 1, options: { size: "medium", cheese: "none" } }] },
]);

// A place the line changed does not sit at is a misreading, whatever path made it.
notAloneTable("English: a place said that the turn did not reach", pizzeriaMenu(), [{ name: "ham on the first one with only one pizza and a coke", turns: ["a small pizza and a coke", "a supreme", "ham on the first one"] }]);

phenomenonTable("English: the item's word that is also its kind's", pizzeriaMenu(), [
  // "pizza" is the cheese pizza's name and the kind's: with only a supreme there, it is the supreme.
  { name: "make the pizza a large, after a supreme", turns: ["a medium supreme and a coke", "make the pizza a large"], lines: [{ item: "supreme", qty: 1, options: { size: "large" } }, { item: "coke", qty: 1 }] },
  // Without "the" or a change word, it orders the plain one.
  { name: "and a large pizza, after a supreme", turns: ["a medium supreme", "and a large pizza"], lines: [{ item: "supreme", qty: 1, options: { size: "medium" } }, { item: "pizza", qty: 1, options: { size: "large" } }] },
]);
