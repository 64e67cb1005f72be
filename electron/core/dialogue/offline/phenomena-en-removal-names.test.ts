// English: a burger whose "Leave off" group lists only "No ketchup", "No mustard", … (issue 9,
// sixth round): "hold the ketchup and mustard" refuses those, though "ketchup" is named nowhere
// else on the menu. Said without a refusal ("with ketchup") it is no order of ketchup: a guess.
import { en, menuFrom, notAloneTable, phenomenonTable } from "./test-helpers.ts";

const burgers = menuFrom({
  version: 1,
  store: { id: "removal-names", name: { en: "Test Burgers" }, currency: "USD", languages: ["en"] },
  categories: [{ id: "burgers", name: { en: "Burgers" } }],
  optionGroups: [
    { id: "hold", ...en("Leave off"), select: "many", choices: [{ id: "no-pickles", ...en("No pickles", ["hold the pickles"]) }, { id: "no-ketchup", ...en("No ketchup") }, { id: "no-mustard", ...en("No mustard") }, { id: "no-tomato", ...en("No tomato", ["no tomatoes"]) }] },
  ],
  items: [{ id: "hamburger", category: "burgers", ...en("Hamburger", ["burger"]), price: 499, optionGroups: ["hold"] }],
});

// Rows whose last turn is a refusal once the cart has lines expect it handed on
// (confident: false), the cart kept: risky-shapes.ts.
phenomenonTable("English: what a removal choice refuses, said on its own", burgers, [
  { name: "hold the ketchup and mustard", turns: ["hamburger hold the ketchup and mustard"], lines: [{ item: "hamburger", qty: 1, options: { hold: ["no-ketchup", "no-mustard"] } }], confident: true },
  { name: "without tomatoes", turns: ["a burger without tomatoes"], lines: [{ item: "hamburger", qty: 1, options: { hold: ["no-tomato"] } }], confident: true },
  { name: "no ketchup in a later turn", turns: ["a hamburger", "no ketchup please"], lines: [{ item: "hamburger", qty: 1, options: { hold: ["no-ketchup"] } }], confident: false },
]);

notAloneTable("English: a removal's thing said without refusing it", burgers, [{ name: "with ketchup", turns: ["a hamburger with ketchup"] }]);
