// English removals of options said around what they remove, or a line named by one of its
// choices (issue 9, sixth and seventh rounds): "take the butter off", "take the ham and the
// onions off", "take off both toppings" (the group's choices, not both lines), and "make the
// small thin crust" with a small and a large pizza on the order (the small one changes).
import { menus, phenomenonTable } from "./test-helpers.ts";
import { pizzeriaMenu } from "./test-menus.ts";

const pizzeria = pizzeriaMenu();
const boba = menus.boba();

// Rows whose last turn is a refusal once the cart has lines expect it handed on
// (confident: false), the cart kept: risky-shapes.ts.
phenomenonTable("English: take … off", pizzeria, [
  { name: "take the ham off", turns: ["a large pizza with ham and onions", "take the ham off"], lines: [{ item: "pizza", qty: 1, options: { size: "large", toppings: ["onions"] } }], confident: false },
  { name: "take the ham and the onions off", turns: ["a large pizza with ham onions and olives", "take the ham and the onions off"], lines: [{ item: "pizza", qty: 1, options: { size: "large", toppings: ["olives"] } }], confident: false },
  { name: "take off the ham still works", turns: ["a large pizza with ham and onions", "take off the ham"], lines: [{ item: "pizza", qty: 1, options: { size: "large", toppings: ["onions"] } }], confident: false },
  // "take" with no "off" after the options is no removal ("take a coke" orders one).
  { name: "take a coke", turns: ["a large pizza", "i'll take a coke"], lines: [{ item: "pizza", qty: 1, options: { size: "large" } }, { item: "coke", qty: 1 }] },
]);

// Rows whose last turn is a refusal once the cart has lines expect it handed on
// (confident: false), the cart kept: risky-shapes.ts.
phenomenonTable("English: both / all before a group's word", boba, [
  { name: "take off both toppings", turns: ["a taro milk tea 50% sugar with pearl and pudding", "take off both toppings"], lines: [{ item: "taro-mt", qty: 1, options: { sugar: "s50" } }], confident: false },
  { name: "remove all the toppings", turns: ["a taro milk tea 50% sugar with pearl and pudding", "remove all the toppings"], lines: [{ item: "taro-mt", qty: 1, options: { sugar: "s50" } }], confident: false },
]);

phenomenonTable("English: the line named by its choice", pizzeria, [
  { name: "make the small thin crust", turns: ["a small pizza and a large supreme", "and make the small thin crust"], lines: [{ item: "pizza", qty: 1, options: { size: "small", crust: "thin" } }, { item: "supreme", qty: 1, options: { size: "large" } }], confident: true },
  { name: "make the large thin crust", turns: ["a small pizza and a large supreme", "make the large thin crust"], lines: [{ item: "pizza", qty: 1, options: { size: "small" } }, { item: "supreme", qty: 1, options: { size: "large", crust: "thin" } }], confident: true },
]);
