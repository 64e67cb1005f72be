// English: several pizzas or drinks told apart in one breath or across turns (issue 9,
// fourth round, from the causes of answers given alone wrongly on unseen stores): "both
// on thin crust" after two of them, "the other with", "another small thin crust with",
// "no cheese on the supreme one", "take out the ham", "the same for my friend but iced",
// "another one with pudding" while the kiosk still asks about the first.
import { menuFrom, menus, notAloneTable, phenomenonTable } from "./test-helpers.ts";
import { pizzeriaMenu } from "./test-menus.ts";
import { loadSet } from "./heldout/test-sets.ts";

// The carts are right; words reaching across several lines of one item ("both", "the
// other", "another") keep the turn from being answered alone (accounting.ts lineDoubts).
phenomenonTable("English: both / the other / another / the X one", pizzeriaMenu(), [
  { name: "both thin crust after two pizzas said apart", turns: ["a large pepperoni and a small ham both thin crust"], lines: [{ item: "pizza", qty: 1, options: { size: "large", crust: "thin", toppings: ["pepperoni"] } }, { item: "pizza", qty: 1, options: { size: "small", crust: "thin", toppings: ["ham"] } }], confident: false },
  { name: "one with ... the other with ... both thin crust", turns: ["two medium pizzas one with ham the other with onions both thin crust"], lines: [{ item: "pizza", qty: 1, options: { size: "medium", crust: "thin", toppings: ["ham"] } }, { item: "pizza", qty: 1, options: { size: "medium", crust: "thin", toppings: ["onions"] } }], confident: false },
  { name: "another small thin crust with ...", turns: ["a small thin crust with ham and another small thin crust with onions"], lines: [{ item: "pizza", qty: 1, options: { size: "small", crust: "thin", toppings: ["ham"] } }, { item: "pizza", qty: 1, options: { size: "small", crust: "thin", toppings: ["onions"] } }], confident: false },
  { name: "no cheese on the supreme one", turns: ["a large supreme and a large pizza no cheese on the supreme one"], lines: [{ item: "supreme", qty: 1, options: { size: "large", cheese: "none" } }, { item: "pizza", qty: 1, options: { size: "large" } }], confident: true },
  { name: "all of them: the count said with it", turns: ["three larges ham on all of them"], lines: [{ item: "pizza", qty: 3, options: { size: "large", toppings: ["ham"] } }] },
  { name: "take out the ham", turns: ["a large pizza with ham and onions", "take out the ham"], lines: [{ item: "pizza", qty: 1, options: { size: "large", toppings: ["onions"] } }], confident: false }, // a refusal once the cart has lines: risky-shapes.ts
]);

// Which of the options said before "on the supreme one" go on it is a reading.
notAloneTable("English: options put 'on the' item named after them", pizzeriaMenu(), [{ name: "with ham no cheese on the supreme one", turns: ["a large supreme and a large pizza with ham no cheese on the supreme one"] }]);

phenomenonTable("English: the same (or another one) but different", menus.coffee(), [
  { name: "the same for my friend but with almond milk", turns: ["a medium iced latte", "add a shot", "and the same for my friend but with almond milk"], lines: [{ item: "latte", qty: 1, options: { temp: "iced", shots: 1 } }, { item: "latte", qty: 1, options: { temp: "iced", shots: 1, milk: "almond" } }], confident: true },
  { name: "the same again, iced", turns: ["a small latte", "the same again, iced"], lines: [{ item: "latte", qty: 1, options: { size: "small" } }, { item: "latte", qty: 1, options: { size: "small", temp: "iced" } }], confident: true },
  { name: "the same again", turns: ["a small latte", "the same again"], lines: [{ item: "latte", qty: 2, options: { size: "small" } }] },
]);

phenomenonTable("English: another one while the kiosk asks about the first", menus.boba(), [
  { name: "another one with pudding is not the answer to the sugar question", turns: ["a taro milk tea", "another one with pudding", "50% sugar", "50% sugar"], lines: [{ item: "taro-mt", qty: 1, options: { sugar: "s50" } }, { item: "taro-mt", qty: 1, options: { sugar: "s50", topping: ["pudding"] } }] },
]);

phenomenonTable("English: a second order joined on by 'and'/'plus'", pizzeriaMenu(), [
  // Options that lead up to another item after "and" are that item's, not the first's
  // (likelier, but the first's "with … and" list might have run on: not answered alone).
  { name: "a sprite in a bottle and large ham pizza", turns: ["a sprite in a bottle and large ham pizza"], lines: [{ item: "sprite", qty: 1, options: { container: "bottle" } }, { item: "pizza", qty: 1, options: { size: "large", toppings: ["ham"] } }], confident: false },
  { name: "a list of toppings before the head stays one list", turns: ["a small ham and onion pizza"], lines: [{ item: "pizza", qty: 1, options: { size: "small", toppings: ["ham", "onions"] } }], confident: true },
  // Options the item before takes none of are an order of their own.
  { name: "two more fries plus a medium thin crust with ham", turns: ["fries, oh and two more fries plus a medium thin crust with ham"], lines: [{ item: "fries", qty: 3 }, { item: "pizza", qty: 1, options: { size: "medium", crust: "thin", toppings: ["ham"] } }] },
]);

notAloneTable("English: readings of a second order that are not answered alone", pizzeriaMenu(), [
  // Another supreme, or the plain pizza the options make?
  { name: "a large supreme and a medium thin crust with ham", turns: ["a large supreme and a medium thin crust with ham"] },
  // Ordered and refused in one breath.
  { name: "fries, a coke, and no fries for me", turns: ["fries, a coke, and no fries for me, just the burger"] },
]);

phenomenonTable("English: a part of a line ordered before is never dropped unsaid", menus.coffee(), [
  { name: "two more, one of them large", turns: ["a latte", "two more lattes, one of them large"], lines: [{ item: "latte", qty: 2 }, { item: "latte", qty: 1, options: { size: "large" } }] },
]);

// The rest of a count is not an order of its own, even in words the item does not take
// ("plain" is also a wing sauce here): one of the three, not a plate of wings.
const pizzaAndWings = menuFrom({
  version: 1,
  store: { id: "rest-of-count", name: { en: "Test Pizza and Wings" }, currency: "USD", languages: ["en"] },
  categories: [{ id: "pizza", name: { en: "Pizza" } }, { id: "wings", name: { en: "Wings" } }],
  optionGroups: [
    { id: "size", name: { en: "Size" }, select: "one", default: "medium", choices: [{ id: "medium", name: { en: "Medium" } }, { id: "large", name: { en: "Large" } }] },
    { id: "toppings", name: { en: "Toppings" }, select: "many", choices: [{ id: "pepperoni", name: { en: "Pepperoni" } }] },
    { id: "sauce", name: { en: "Wing sauce" }, select: "one", default: "hot", choices: [{ id: "hot", name: { en: "Hot" } }, { id: "naked", name: { en: "Plain" } }] },
  ],
  items: [
    { id: "pizza", category: "pizza", name: { en: "Cheese Pizza" }, aliases: { en: ["pizza"] }, price: 1000, optionGroups: ["size", "toppings"] },
    { id: "wings", category: "wings", name: { en: "Wings" }, price: 900, optionGroups: ["sauce"] },
  ],
});
notAloneTable("English: the rest of a count in words another item takes", pizzaAndWings, [{ name: "3 large pizzas, two pepperoni and one plain", turns: ["3 large pizzas, two pepperoni and one plain"] }]);

// "a plain one" after pizzas with toppings: the plain kind of it (not the wings' "Plain" sauce).
phenomenonTable("English: 'and a plain one'", pizzaAndWings, [
  { name: "2 pepperoni pizzas and a plain one", turns: ["2 pepperoni pizzas and a plain one"], lines: [{ item: "pizza", qty: 2, options: { toppings: ["pepperoni"] } }, { item: "pizza", qty: 1 }], confident: true },
  // The size carried over to the plain one is a reading.
  { name: "2 large pepperoni pizzas and a plain one", turns: ["2 large pepperoni pizzas and a plain one"], lines: [{ item: "pizza", qty: 2, options: { size: "large", toppings: ["pepperoni"] } }, { item: "pizza", qty: 1, options: { size: "large" } }], confident: false },
]);

phenomenonTable("English: 'and another one' after an item", menus.coffee(), [
  { name: "a latte and another one", turns: ["a latte and another one"], lines: [{ item: "latte", qty: 2 }], confident: true },
]);

notAloneTable("English: 'the other' with no count of them said", pizzeriaMenu(), [
  { name: "one pizza ... and the other with ...", turns: ["one large pizza with ham and the other with olives"] },
]);

// To go, or the ham taken out? Where the menu's take-out words name an order option.
notAloneTable("English: 'take out the' on a menu that takes orders to go", menuFrom({
  version: 1,
  store: { id: "take-out-the", name: { en: "Test To Go" }, currency: "USD", languages: ["en"] },
  orderOptions: [{ id: "service", name: { en: "Order type" }, select: "one", default: "here", choices: [{ id: "here", name: { en: "For here" } }, { id: "togo", name: { en: "To go" }, aliases: { en: ["take out"] } }] }],
  categories: [{ id: "pizza", name: { en: "Pizza" } }],
  optionGroups: [{ id: "toppings", name: { en: "Toppings" }, select: "many", choices: [{ id: "ham", name: { en: "Ham" } }] }],
  items: [{ id: "pizza", category: "pizza", name: { en: "Pizza" }, price: 1000, optionGroups: ["toppings"] }],
}), [{ name: "take out the ham", turns: ["a pizza with ham", "take out the ham"] }]);

// "does that come with a muffin": a question even without a question mark ("does" was a
// filler, and the muffin was added, answered alone).
phenomenonTable("does ... : a question (English coffee)", menus.coffee(), [
  { name: "does that come with a muffin", turns: ["a latte", "does that come with a muffin"], lines: [{ item: "latte", qty: 1 }] },
]);

// "a chocolate croissant" where the café sells a hot chocolate and a butter croissant: a piece
// of other items' names said as a kind of the next one, read into nothing, may be a thing the
// menu does not have (it made a butter croissant, answered alone). "a works pizza" is not.
notAloneTable("a piece of another name before an item (English café)", loadSet("en-cafe4").menu, [
  { name: "a latte and a chocolate croissant", turns: ["a latte and a chocolate croissant"] },
]);

// "a brownie sundae with coffee ice cream": "coffee" after "with" is a base the sundae takes,
// and "ice cream" a word of the group's own name, "Sundae ice cream": its heading, the base
// (group-heading-word.ts; it had made a vanilla sundae and a coffee ice cream, answered alone:
// round 12; then a guess). "with a large pepsi" is another thing.
phenomenonTable("choices after with, then the group's own word, also an item's name (English ice cream)", loadSet("en-icecream").menu, [
  { name: "a brownie sundae with coffee ice cream", turns: ["a brownie sundae with coffee ice cream"], lines: [{ item: "brownie-sundae", qty: 1, options: { "sundae-base": "coffee", toppings: [] } }], confident: true },
]);
phenomenonTable("with an article: another thing (English coffee)", menus.coffee(), [
  { name: "a latte with a small mocha", turns: ["a latte with a small mocha"], lines: [{ item: "latte", qty: 1 }, { item: "mocha", qty: 1, options: { size: "small" } }], confident: true },
]);
