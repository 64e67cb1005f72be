// English lists of several things of one kind in one breath (issue 9, fourth round):
// "a caramel one" after a latte, "one large pepperoni one large sausage" with no "and",
// "one with oat one with almond" as parts, "a cheese pie and a pepperoni pie" while the
// first still waits for its size. Each row: the cart, and whether it is answered alone.
import { menus, notAloneTable, phenomenonTable } from "./test-helpers.ts";
import { pizzeriaMenu } from "./test-menus.ts";

phenomenonTable("English: 'a <options> one' is another of the item just named", menus.coffee(), [
  { name: "a vanilla latte and a caramel one", turns: ["a vanilla latte and a caramel one"], lines: [{ item: "latte", qty: 1, options: { syrup: ["vanilla"] } }, { item: "latte", qty: 1, options: { syrup: ["caramel"] } }], confident: true },
  { name: "a small latte and a large one", turns: ["a small latte and a large one"], lines: [{ item: "latte", qty: 1, options: { size: "small" } }, { item: "latte", qty: 1, options: { size: "large" } }], confident: true },
  // The size said with the first is kept by the second, but nobody said so: not answered alone.
  { name: "a large vanilla latte and a caramel one: the size carried over is a reading", turns: ["a large vanilla latte and a caramel one"], lines: [{ item: "latte", qty: 1, options: { size: "large", syrup: ["vanilla"] } }, { item: "latte", qty: 1, options: { size: "large", syrup: ["caramel"] } }], confident: false },
  { name: "the large one still points back", turns: ["a small latte and a large latte", "make the large one iced"], lines: [{ item: "latte", qty: 1, options: { size: "small" } }, { item: "latte", qty: 1, options: { size: "large", temp: "iced" } }] },
]);

phenomenonTable("English: 'a <options> one' with no item named (elided head)", pizzeriaMenu(), [
  { name: "a large pepperoni and a medium one with mushrooms", turns: ["a large pepperoni and a medium one with mushrooms"], lines: [{ item: "pizza", qty: 1, options: { size: "large", toppings: ["pepperoni"] } }, { item: "pizza", qty: 1, options: { size: "medium", toppings: ["mushrooms"] } }], confident: true },
  { name: "a large ham pizza and a small one with onions", turns: ["a large ham pizza and a small one with onions"], lines: [{ item: "pizza", qty: 1, options: { size: "large", toppings: ["ham"] } }, { item: "pizza", qty: 1, options: { size: "small", toppings: ["onions"] } }], confident: true },
]);

phenomenonTable("English: counted orders listed without 'and'", pizzeriaMenu(), [
  { name: "one large pepperoni one large ham", turns: ["one large pepperoni one large ham"], lines: [{ item: "pizza", qty: 1, options: { size: "large", toppings: ["pepperoni"] } }, { item: "pizza", qty: 1, options: { size: "large", toppings: ["ham"] } }], confident: true },
  { name: "two large pepperoni two small ham", turns: ["two large pepperoni two small ham"], lines: [{ item: "pizza", qty: 2, options: { size: "large", toppings: ["pepperoni"] } }, { item: "pizza", qty: 2, options: { size: "small", toppings: ["ham"] } }], confident: true },
  { name: "parts that divide the count stay parts", turns: ["two large pizzas, one with ham one with onions"], lines: [{ item: "pizza", qty: 1, options: { size: "large", toppings: ["ham"] } }, { item: "pizza", qty: 1, options: { size: "large", toppings: ["onions"] } }] },
]);

phenomenonTable("English: parts listed without 'and' ('one with oat one with almond')", menus.coffee(), [
  { name: "two lattes one with oat one with almond", turns: ["2 lattes one with oat one with almond"], lines: [{ item: "latte", qty: 1, options: { milk: "oat" } }, { item: "latte", qty: 1, options: { milk: "almond" } }], confident: true },
  { name: "the same with 'and'", turns: ["two lattes, one with oat milk and one with almond milk"], lines: [{ item: "latte", qty: 1, options: { milk: "oat" } }, { item: "latte", qty: 1, options: { milk: "almond" } }], confident: true },
]);

phenomenonTable("English: another of an item that still waits for a required choice", menus.boba(), [
  // Sugar is required on the milk tea: the second, said with "a", is another one, not the first's answer.
  { name: "a milk tea and a milk tea with pudding", turns: ["a taro milk tea and a taro milk tea with pudding", "50% sugar", "50% sugar"], lines: [{ item: "taro-mt", qty: 1, options: { sugar: "s50" } }, { item: "taro-mt", qty: 1, options: { sugar: "s50", topping: ["pudding"] } }] },
]);

phenomenonTable("English: some of them, the other, another", pizzeriaMenu(), [
  { name: "one of them with onions too: part of them, not one more", turns: ["three medium pizzas with ham and one of them with onions too"], lines: [{ item: "pizza", qty: 2, options: { size: "medium", toppings: ["ham"] } }, { item: "pizza", qty: 1, options: { size: "medium", toppings: ["ham", "onions"] } }], confident: true },
  { name: "two of them with mushrooms", turns: ["four large pizzas with pepperoni and two of them with mushrooms"], lines: [{ item: "pizza", qty: 2, options: { size: "large", toppings: ["pepperoni"] } }, { item: "pizza", qty: 2, options: { size: "large", toppings: ["pepperoni", "mushrooms"] } }], confident: true },
  { name: "one with ham and the other with olives", turns: ["two large pizzas one with ham and the other with olives"], lines: [{ item: "pizza", qty: 1, options: { size: "large", toppings: ["ham"] } }, { item: "pizza", qty: 1, options: { size: "large", toppings: ["olives"] } }], confident: true },
  // The size is carried over to the other one, which nobody said: right, but not answered alone.
  { name: "a large pizza with ham and another with olives", turns: ["a large pizza with ham and another with olives"], lines: [{ item: "pizza", qty: 1, options: { size: "large", toppings: ["ham"] } }, { item: "pizza", qty: 1, options: { size: "large", toppings: ["olives"] } }], confident: false },
  // ("another" reaches across the lines: accounting.ts lineDoubts.)
  { name: "a pizza with ham and another with olives", turns: ["a pizza with ham and another with olives"], lines: [{ item: "pizza", qty: 1, options: { toppings: ["ham"] } }, { item: "pizza", qty: 1, options: { toppings: ["olives"] } }], confident: false },
]);

notAloneTable("English: readings of parts not answered alone", pizzeriaMenu(), [
  { name: "a part choosing otherwise than the whole", turns: ["two pizzas a large with ham and a small with olives"] },
  { name: "a small pizza with the same: the same as which?", turns: ["a large pizza with ham and a small pizza with the same"] },
]);

// "two larges one with pepperoni ...": "one" after a count of more than one is not "a large one".
notAloneTable("English: 'one' after a count is not an elided head", pizzeriaMenu(), [{ name: "an extra large and two larges, one with ... and one with ...", turns: ["a small with ham, and two larges one with pepperoni and one with olives"] }]);
