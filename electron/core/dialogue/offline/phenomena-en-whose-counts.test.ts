// English: how many, and which one, said with words about people (whose-counts.ts): "mine",
// "his", "hers" before what that one has open a part of one; "we both want" orders two.
import { menus, notAloneTable, phenomenonTable } from "./test-helpers.ts";

phenomenonTable("English: whose one of several, and two people wanting one thing", menus.coffee(), [
  { name: "two lattes, mine with oat milk", turns: ["two lattes, mine with oat milk"], lines: [{ item: "latte", qty: 1 }, { item: "latte", qty: 1, options: { milk: "oat" } }], confident: true },
  { name: "both of us want a latte, hers with almond milk", turns: ["both of us want a latte, hers with almond milk"], lines: [{ item: "latte", qty: 1 }, { item: "latte", qty: 1, options: { milk: "almond" } }], confident: true },
  { name: "me and my friend both want a large latte", turns: ["me and my friend both want a large latte"], lines: [{ item: "latte", qty: 2, options: { size: "large" } }], confident: true },
  { name: "we'll both have a mocha", turns: ["we'll both have a mocha"], lines: [{ item: "mocha", qty: 2 }], confident: true },
  // Of one thing, "his" is that one.
  { name: "a latte, his with oat milk", turns: ["a latte, his with oat milk"], lines: [{ item: "latte", qty: 1, options: { milk: "oat" } }] },
  // "both" after a count, or with nothing ordered after it, reaches the lines there are.
  { name: "two lattes both large", turns: ["two lattes both large"], lines: [{ item: "latte", qty: 2, options: { size: "large" } }] },
  { name: "they both want oat milk, a turn later", turns: ["two lattes", "they both want oat milk"], lines: [{ item: "latte", qty: 2, options: { milk: "oat" } }] },
  { name: "we both want them iced, a turn later", turns: ["two lattes", "we both want them iced"], lines: [{ item: "latte", qty: 2, options: { temp: "iced" } }] },
]);

// A turn later, "his with" is one of the lines there are; which one, and that it is not
// another, is read from the cart: a reading, not answered alone.
notAloneTable("English: whose one, a turn later", menus.coffee(), [{ name: "two lattes, then his with oat milk", turns: ["two lattes", "his with oat milk"] }]);
