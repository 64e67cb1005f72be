// Shapes the blind rounds 30-31 answered wrongly alone (English):
// - "ten croquetas" where an order's pieces are a count group called "croquetas count"
//   (default 6): one order of ten, not ten orders of six; "two orders of ten croquetas" two
//   orders of ten; a number the count does not allow is orders or pieces, a guess
//   (piece-counts.ts).
// - "four slices of tart two of them a la mode": the two are part of the slices, not two
//   scoops on all four (option-count-numbers.ts).
// - "hold the ice cream" of a slice à la mode, where "ice cream" also names a scoop sold
//   alone and not ordered: the slice's scoops go (removal-named-item.ts); a refusal that left
//   them on is never answered alone (said-vs-done.ts).
// - "slice of tart with a scoop of ice cream": after "with", the counted option of the item
//   in hand, not the scoop sold alone (item-or-choice.ts).
// - "three hand pies two apple and one cherry", "apple" also the apple tart: counts of the
//   hand pie's choices that add up to its count share it out (item-or-choice.ts).
// - "three tarts with caramel and one of them whip", "one of them" after "with": part of
//   the order, not the add-in's count (add-in-counts.ts); "hold the whip on one of the tarts"
//   with two in hand: one of them (among-counts.ts).
import { en, menuFrom, phenomenonTable } from "./test-helpers.ts";

const shop = (most = 20) =>
  menuFrom({
    version: 1,
    store: { id: "r30-shapes", name: { en: "Tart Corner" }, currency: "USD", languages: ["en"] },
    categories: [{ id: "snacks", ...en("Snacks") }, { id: "tarts", ...en("Tarts") }, { id: "sweets", ...en("Sweets") }],
    optionGroups: [
      { id: "croq-count", ...en("How many", ["pieces", "croquetas count"]), select: "count", default: 6, min: 4, max: most, unitPrice: 100 },
      { id: "dip", ...en("Dip", ["dips"]), select: "many", max: 2, choices: [{ id: "aioli", ...en("Aioli") }, { id: "salsa", ...en("Salsa") }] },
      { id: "scoops", ...en("Ice cream (a la mode)", ["scoop", "scoops", "scoop of ice cream", "ice cream", "a la mode"]), select: "count", default: 0, min: 0, max: 3, unitPrice: 150 },
      { id: "warm", ...en("Warm it up"), select: "one", default: "as-is", choices: [{ id: "as-is", ...en("Room temp") }, { id: "warmed", ...en("Warmed", ["warmed", "warm"]) }] },
      { id: "topping", ...en("Toppings"), select: "many", max: 2, choices: [{ id: "whipped", ...en("Whipped cream", ["whipped cream", "whip"]) }, { id: "caramel", ...en("Caramel drizzle", ["caramel"]) }] },
      { id: "filling", ...en("Filling"), select: "one", choices: [{ id: "apple", ...en("Apple") }, { id: "cherry", ...en("Cherry") }, { id: "plum", ...en("Plum") }] },
    ],
    items: [
      { id: "croquetas", category: "snacks", ...en("Croquetas", ["croqueta"]), price: 0, optionGroups: ["croq-count", "dip"] },
      { id: "apple-tart", category: "tarts", ...en("Apple Tart", ["apple", "apple tarts"]), price: 500, optionGroups: ["scoops", "warm", "topping"] },
      { id: "cherry-tart", category: "tarts", ...en("Cherry Tart", ["cherry"]), price: 500, optionGroups: ["scoops", "warm", "topping"] },
      { id: "hand-pie", category: "tarts", ...en("Hand Pie", ["hand pies"]), price: 400, optionGroups: ["filling"] },
      { id: "scoop", category: "sweets", ...en("Scoop of Ice Cream", ["ice cream", "a scoop"]), price: 300 },
    ],
  });

const croq = (n: number, qty = 1, dip: string[] = []) => ({ item: "croquetas", qty, options: { "croq-count": n, dip } });
const tart = (scoops: number, qty = 1, more: Record<string, unknown> = {}) => ({ item: "apple-tart", qty, options: { scoops, warm: "as-is", topping: [], ...more } });

// Rows whose last turn is a count the item comes with, changed; or a counted option changed on a line already there; or a number for an item sold by the piece expect it handed on
// (confident: false), the cart kept: risky-shapes.ts.
phenomenonTable("the pieces of an order counted by a group named after the item (English)", shop(), [
  { name: "ten croquetas with aioli", turns: ["ten croquetas with aioli"], lines: [croq(10, 1, ["aioli"])], confident: true },
  { name: "two orders of ten croquetas", turns: ["two orders of ten croquetas"], lines: [croq(10, 2)], confident: false },
  { name: "six croquetas then make it ten croquetas", turns: ["six croquetas", "actually make it ten croquetas"], lines: [croq(10)], confident: false },
]);

phenomenonTable("a number the piece count does not allow: orders or pieces, a guess (English)", shop(8), [
  { name: "ten croquetas where an order is four to eight", turns: ["ten croquetas"], lines: [croq(6, 10)], confident: false },
]);

phenomenonTable("'two of them' with a counted option: part of the line, one of the option each (English)", shop(), [
  { name: "four apple tarts two of them a la mode", turns: ["four apple tarts two of them a la mode"], lines: [tart(0, 2), tart(1, 2)], confident: true },
]);

// Rows whose last turn is a counted option changed on a line already there; or one thing said instead of another expect it handed on
// (confident: false), the cart kept: risky-shapes.ts.
phenomenonTable("a refused word naming the line's counted option and an item not ordered (English)", shop(), [
  { name: "apple tart a la mode, hold the ice cream", turns: ["an apple tart a la mode", "hold the ice cream"], lines: [tart(0)], confident: false },
  { name: "hold the ice cream and do whipped cream instead", turns: ["an apple tart a la mode", "can you hold the ice cream and do whipped cream instead"], lines: [tart(0, 1, { topping: ["whipped"] })], confident: false },
]);

phenomenonTable("'with a scoop of ice cream': the counted option of the item in hand (English)", shop(), [
  { name: "apple tart with a scoop of ice cream", turns: ["an apple tart with a scoop of ice cream"], lines: [tart(1)], confident: true },
]);

phenomenonTable("counts of the item's choices adding up to its count share it out (English)", shop(), [
  { name: "three hand pies two apple and one cherry", turns: ["three hand pies two apple and one cherry"], lines: [{ item: "hand-pie", qty: 2, options: { filling: "apple" } }, { item: "hand-pie", qty: 1, options: { filling: "cherry" } }], confident: true },
]);

phenomenonTable("'one of them' after options said with 'with': part of the order (English)", shop(), [
  {
    name: "three apple tarts with caramel and one of them whip",
    turns: ["three apple tarts with caramel and one of them whip"],
    lines: [tart(0, 2, { topping: ["caramel"] }), tart(0, 1, { topping: ["caramel", "whipped"] })],
  },
]);

// Rows whose last turn is a refusal once the cart has lines expect it handed on
// (confident: false), the cart kept: risky-shapes.ts.
phenomenonTable("'one of the <kind>' with more of that kind in hand: one of them (English)", shop(), [
  { name: "two apple tarts, hold the caramel on one of the tarts", turns: ["two apple tarts with caramel", "hold the caramel on one of the tarts"], lines: [tart(0, 1, { topping: ["caramel"] }), tart(0, 1)], confident: false },
  { name: "two of the apple tarts with none in hand orders them", turns: ["can i get two of the apple tarts"], lines: [tart(0, 2)], confident: true },
]);
