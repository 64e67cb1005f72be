// The English misses of the blind rounds 96–102 (fix20c) and their shapes:
// - "can I pre-order for the interval? two glasses of white …": an order option asked for in a
//   question beside an order is taken (order-option-asked-while-ordering.ts; r102c-003);
// - "a black americano": "black", the milk's "no milk" and by "black coffee" the americano the
//   item's name already sets, is the milk (options.ts pickChoice; r102c-016);
// - "just the teas" with milk teas in hand making a pot of tea: a guess
//   (the-word-of-a-line-in-hand.ts; r100a-017);
// - "we'll just order from outside then": "we'll" is not the "well done" it spells without its
//   apostrophe (contractions-not-names.ts; r97d-009);
// - "the fig one, velvet fig, but no egg white": one item named again to be clear
//   (item-named-again-to-be-clear.ts; r98e-023);
// - "one kashmiri chai" where "chai" is the category's word (and another chai's alias): the
//   kashmiri (category-word-after-its-item.ts; r102e-014).
import { menuFrom, notAloneTable, phenomenonTable } from "./test-helpers.ts";

const en = (name: string, aliases?: Array<string | { text: string; options: Record<string, string> }>) => ({ name: { en: name }, ...(aliases ? { aliases: { en: aliases } } : {}) });
const shop = menuFrom({
  version: 1,
  store: { id: "blind-r96-102-c", name: { en: "The Platform Cafe" }, currency: "GBP", languages: ["en"] },
  orderOptions: [
    { id: "when", ...en("When"), select: "one", default: "now", choices: [{ id: "now", ...en("Now", ["right now"]) }, { id: "break", ...en("Ready at the break", ["for the break", "pre-order", "preorder"]) }] },
    { id: "dining", ...en("Dining"), select: "one", default: "here", choices: [{ id: "here", ...en("For here", ["here"]) }, { id: "togo", ...en("To go", ["to go", "takeaway"]) }] },
  ],
  categories: [{ id: "hot", ...en("Hot drinks") }, { id: "chai", ...en("Chai") }, { id: "bar", ...en("Bar") }, { id: "food", ...en("Food") }],
  optionGroups: [
    { id: "style", ...en("Coffee"), select: "one", choices: [{ id: "americano", ...en("Americano", ["black coffee"]) }, { id: "latte", ...en("Latte") }] },
    { id: "milk", ...en("Milk"), select: "one", default: "regular", choices: [{ id: "regular", ...en("Whole milk", ["milk"]) }, { id: "oat", ...en("Oat milk", ["oat"]) }, { id: "none", ...en("No milk", ["black", "no milk"]) }] },
    { id: "sugar", ...en("Sugar"), select: "one", default: "some", choices: [{ id: "some", ...en("Regular sugar") }, { id: "none", ...en("No sugar", ["no sugar", "sugar free"]) }] },
    { id: "egg", ...en("Egg white"), select: "one", default: "with", choices: [{ id: "with", ...en("With egg white") }, { id: "without", ...en("No egg white", ["no egg white", "vegan"]) }] },
    { id: "doneness", ...en("Doneness"), select: "one", default: "medium", choices: [{ id: "medium", ...en("Medium") }, { id: "well", ...en("Well done", ["well done", "well"]) }] },
  ],
  items: [
    { id: "coffee", category: "hot", ...en("Coffee", [{ text: "americano", options: { style: "americano" } }, { text: "latte", options: { style: "latte" } }]), price: 300, optionGroups: ["style", "milk"] },
    { id: "cocoa", category: "hot", ...en("Hot Chocolate", ["hot choc"]), price: 350, optionGroups: ["milk"] },
    { id: "milk-tea", category: "hot", ...en("Barley Milk Tea", ["milk tea"]), price: 300 },
    { id: "tea-pot", category: "hot", ...en("Pot of Green Tea", ["green tea", "tea"]), price: 300 },
    { id: "cardamom", category: "chai", ...en("Cardamom Chai", ["cardamom"]), price: 250, optionGroups: ["sugar"] },
    { id: "rose", category: "chai", ...en("Rose Petal Chai", ["rose"]), price: 280, optionGroups: ["sugar"] },
    { id: "house-chai", category: "chai", ...en("House Chai", ["chai"]), price: 220, optionGroups: ["sugar"] },
    { id: "fizz", category: "bar", ...en("Honey Fizz", ["the honey one"]), price: 900, optionGroups: ["egg"] },
    { id: "sour", category: "bar", ...en("Plum Sour"), price: 900, optionGroups: ["egg"] },
    { id: "steak", category: "food", ...en("Steak Frites", ["steak"]), price: 1800, optionGroups: ["doneness"] },
    { id: "cookie", category: "food", ...en("Oat Cookie", ["cookie"]), price: 200 },
  ],
});

phenomenonTable("an order option asked for in a question beside an order is taken", shop, [
  { name: "can I pre-order for the break? two hot chocolates", turns: ["can I pre-order for the break? two hot chocolates"], lines: [{ item: "cocoa", qty: 2 }], orderOptions: { when: "break" }, confident: true },
  { name: "um could we pre-order? a latte and a cookie", turns: ["um could we pre-order? a latte and a cookie"], lines: [{ item: "coffee", qty: 1, options: { style: "latte" } }, { item: "cookie", qty: 1 }], orderOptions: { when: "break" } },
  // (Guard: said with no order, the question is answered; nothing is set.)
  { name: "can I pre-order for the break?", turns: ["can I pre-order for the break?"], lines: [], orderOptions: { when: "now" } },
]);

notAloneTable("an order option asked about, not asked for, beside an order", shop, [{ name: "is pre-order possible? two hot chocolates", turns: ["is pre-order possible? two hot chocolates"] }]);

phenomenonTable("a word of two groups, one of them the item's own name sets, is the other", shop, [
  { name: "a black americano", turns: ["a black americano"], lines: [{ item: "coffee", qty: 1, options: { style: "americano", milk: "none" } }], confident: true },
  { name: "hot chocolate, no, make that two. and a black americano", turns: ["hot chocolate, no, make that two. and a black americano"], lines: [{ item: "cocoa", qty: 2 }, { item: "coffee", qty: 1, options: { style: "americano", milk: "none" } }] },
  // (Guard: a word of one group beside the name, as before.)
  { name: "an oat americano", turns: ["an oat americano"], lines: [{ item: "coffee", qty: 1, options: { style: "americano", milk: "oat" } }], confident: true },
]);

notAloneTable("\"the X\" making an item beside a line in hand whose name holds X", shop, [
  { name: "two milk teas and two cookies → cancel the cookies → yeah just the teas, to go", turns: ["two milk teas and two cookies", "cancel the cookies", "yeah just the teas, to go"] },
]);
phenomenonTable("(guard) a tea ordered with no line whose name holds it", shop, [
  { name: "two cookies → and the green tea too", turns: ["two cookies", "and the green tea too"], lines: [{ item: "cookie", qty: 2 }, { item: "tea-pot", qty: 1 }] },
]);

phenomenonTable("a pronoun's contraction is not the menu word it spells without its apostrophe", shop, [
  { name: "we'll just order from outside then", turns: ["do you do sushi?", "okay no worries, we'll just order from outside then"], lines: [] },
  { name: "we'll have a steak, well done", turns: ["we'll have a steak, well done"], lines: [{ item: "steak", qty: 1, options: { doneness: "well" } }] },
]);

phenomenonTable("an item named again at once by another of its names is said once", shop, [
  { name: "um, the honey one, honey fizz, but no egg white please", turns: ["um, the honey one, honey fizz, but no egg white please"], lines: [{ item: "fizz", qty: 1, options: { egg: "without" } }] },
  { name: "the honey one, honey fizz", turns: ["the honey one, honey fizz"], lines: [{ item: "fizz", qty: 1 }] },
  // (Guards: two items, or a count before the first.)
  { name: "a honey fizz, a plum sour", turns: ["a honey fizz, a plum sour"], lines: [{ item: "fizz", qty: 1 }, { item: "sour", qty: 1 }] },
]);

phenomenonTable("the category's word right after an item of it is that item's head noun", shop, [
  { name: "cardamom chai no sugar and one rose chai", turns: ["cardamom chai no sugar and one rose chai"], lines: [{ item: "cardamom", qty: 1, options: { sugar: "none" } }, { item: "rose", qty: 1 }], confident: true },
  { name: "two rose chai", turns: ["two rose chai"], lines: [{ item: "rose", qty: 2 }] },
  // (Guard: the category's word said apart, with its own article, is the chai it names.)
  { name: "a rose and a chai", turns: ["a rose and a chai"], lines: [{ item: "rose", qty: 1 }, { item: "house-chai", qty: 1 }] },
]);
