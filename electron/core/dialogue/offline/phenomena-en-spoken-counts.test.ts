// English spoken forms around counts and refusals: "both" the quantifier where the menu
// also names a choice "Both" (quantifier-choices.ts), a stammered "no no X" (stutters.ts),
// "x2" / "2x" / "times 2" (multipliers.ts), "take that off" (take-off.ts), and "what's good
// here uh a X" asked then ordered in one breath (asked-then-ordered.ts).
import { en, menuFrom, notAloneTable, phenomenonTable } from "./test-helpers.ts";

const cart = menuFrom({
  version: 1,
  store: { id: "spoken-counts", name: { en: "Test Cart" }, currency: "USD", languages: ["en"] },
  categories: [{ id: "plates", name: { en: "Plates" } }, { id: "drinks", name: { en: "Drinks" } }],
  optionGroups: [
    { id: "meat", ...en("Meat"), select: "one", default: "chicken", choices: [{ id: "chicken", ...en("Chicken") }, { id: "lamb", ...en("Lamb") }, { id: "combo", ...en("Combo") }] },
    { id: "base", ...en("Over"), select: "one", default: "rice", choices: [{ id: "rice", ...en("Over rice", ["rice"]) }, { id: "salad", ...en("Over salad", ["salad"]) }, { id: "rice-salad", ...en("Rice and salad", ["both"]) }] },
    {
      id: "white", ...en("White sauce", ["white"]), select: "one", default: "regular",
      choices: [{ id: "none", ...en("No white sauce") }, { id: "light", ...en("Light white sauce", ["light white"]) }, { id: "regular", ...en("Regular white sauce") }, { id: "extra", ...en("Extra white sauce", ["extra white"]) }],
    },
    { id: "onions", ...en("Onions"), select: "one", default: "with", choices: [{ id: "with", ...en("With onions") }, { id: "without", ...en("No onions") }] },
    { id: "spice", ...en("Spice"), select: "one", default: "1", choices: [{ id: "1", ...en("1") }, { id: "2", ...en("2") }, { id: "3", ...en("3") }] },
  ],
  items: [
    { id: "platter", category: "plates", ...en("Platter"), price: 1000, optionGroups: ["meat", "base", "white", "onions"] },
    { id: "noodles", category: "plates", ...en("Noodles"), price: 1200, optionGroups: ["meat", "spice"] },
    { id: "curry", category: "plates", ...en("Curry"), price: 1300, optionGroups: ["meat", "spice"] },
    { id: "coke", category: "drinks", ...en("Coke"), price: 200 },
  ],
});

phenomenonTable("English: 'both' of two things named, where a choice is also called 'both'", cart, [
  { name: "two lamb platters both light white", turns: ["two lamb platters both light white"], lines: [{ item: "platter", qty: 2, options: { meat: "lamb", white: "light" } }], confident: true },
  { name: "two platters then make them both combo", turns: ["two platters", "make them both combo"], lines: [{ item: "platter", qty: 2, options: { meat: "combo" } }], confident: true },
  { name: "two platters then make them both extra white", turns: ["two platters", "make them both extra white"], lines: [{ item: "platter", qty: 2, options: { white: "extra" } }], confident: true },
  // Said of one thing, or with nothing after it, it is the menu's choice.
  { name: "a platter both", turns: ["a platter both"], lines: [{ item: "platter", qty: 1, options: { base: "rice-salad" } }], confident: true },
  { name: "a lamb platter both extra white", turns: ["a lamb platter both extra white"], lines: [{ item: "platter", qty: 1, options: { meat: "lamb", base: "rice-salad", white: "extra" } }], confident: true },
  { name: "two platters both", turns: ["two platters both"], lines: [{ item: "platter", qty: 2, options: { base: "rice-salad" } }] },
]);
notAloneTable("English: 'both' shared over two lines named in one breath is not read as the choice alone", cart, [
  { name: "a chicken platter and a lamb platter both no onions", turns: ["a chicken platter and a lamb platter both no onions"] },
]);

phenomenonTable("English: a stammered 'no no X' refuses X once", cart, [
  { name: "a platter and no no onions", turns: ["a platter and no no onions"], lines: [{ item: "platter", qty: 1, options: { onions: "without" } }], confident: true },
  { name: "a platter with no no onions", turns: ["a platter with no no onions"], lines: [{ item: "platter", qty: 1, options: { onions: "without" } }], confident: true },
  { name: "a platter no onions", turns: ["a platter no onions"], lines: [{ item: "platter", qty: 1, options: { onions: "without" } }], confident: true },
]);

phenomenonTable("English: 'x2', '2x', 'times 2' count the item even where 2 names a choice", cart, [
  { name: "noodles x2 lamb", turns: ["noodles x2 lamb"], lines: [{ item: "noodles", qty: 2, options: { meat: "lamb" } }], confident: true },
  // (Said last, the sign and number leave the turn a guess; the cart is right.)
  { name: "noodles x 2", turns: ["noodles x 2"], lines: [{ item: "noodles", qty: 2 }] },
  { name: "2x noodles", turns: ["2x noodles"], lines: [{ item: "noodles", qty: 2 }], confident: true },
  { name: "noodles times 2", turns: ["noodles times 2"], lines: [{ item: "noodles", qty: 2 }] },
  { name: "coke x3", turns: ["coke x3"], lines: [{ item: "coke", qty: 3 }], confident: true },
  // A number alone after the item is still the spice level.
  { name: "noodles 3", turns: ["noodles 3"], lines: [{ item: "noodles", qty: 1, options: { spice: "3" } }] },
]);

phenomenonTable("English: 'take that off' removes the line just ordered", cart, [
  { name: "take that off and give me curry", turns: ["noodles", "take that off and give me curry"], lines: [{ item: "curry", qty: 1 }] },
  { name: "take it off", turns: ["noodles", "take it off"], lines: [] },
  // An item named between: that item goes (it is not ordered again).
  { name: "take the noodles off and give me curry", turns: ["noodles", "take the noodles off and give me curry"], lines: [{ item: "curry", qty: 1 }], confident: true },
  { name: "take the noodles off, of two lines", turns: ["noodles and a coke", "take the noodles off"], lines: [{ item: "coke", qty: 1 }], confident: true },
]);

phenomenonTable("English: a question whole in itself, then an order, in one breath", cart, [
  { name: "hmm what's good here uh a curry", turns: ["hmm what's good here uh a curry"], lines: [{ item: "curry", qty: 1 }], confident: true },
  { name: "what is good today two lamb platters", turns: ["what is good today two lamb platters"], lines: [{ item: "platter", qty: 2, options: { meat: "lamb" } }], confident: true },
  // Still asking: nothing ordered.
  { name: "what's good here, a curry or noodles", turns: ["what's good here, a curry or noodles"], lines: [] },
  { name: "would you recommend a curry", turns: ["would you recommend a curry"], lines: [] },
  { name: "do you have a curry", turns: ["do you have a curry"], lines: [] },
]);
