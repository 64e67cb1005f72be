// English, build-your-own items with several choice groups (issue 9, round 13): a colon that
// opens the list of a plate's parts; "wait no X, do Y" on one of several sauces where the
// group has a cap; "with feta" where one group's choice is called so and another's is just
// "Feta"; "water instead of the juice" for a meal's drink that is also sold alone; "regular
// fries" where a meal's side is called so and the fries sold alone come in a regular size.
// A rice-box counter here, not the stores the shapes were seen in.
import { en, menuFrom, phenomenonTable } from "./test-helpers.ts";

const counter = menuFrom({
  version: 1,
  store: { id: "build-your-own", name: { en: "Test Rice Boxes" }, currency: "USD", languages: ["en"] },
  categories: [
    { id: "boxes", name: { en: "Boxes" } },
    { id: "mains", name: { en: "Mains" } },
    { id: "sides", name: { en: "Sides" } },
    { id: "drinks", name: { en: "Drinks" } },
  ],
  optionGroups: [
    { id: "picks", ...en("Mains"), select: "many", choices: [{ id: "teriyaki", ...en("Teriyaki chicken", ["teriyaki"]) }, { id: "tofu", ...en("Crispy tofu", ["tofu"]) }, { id: "beef", ...en("Bulgogi beef", ["bulgogi"]) }] },
    { id: "base", ...en("Base"), select: "one", default: "rice", choices: [{ id: "rice", ...en("Rice") }, { id: "noodles", ...en("Noodles") }] },
    { id: "toppings", ...en("Toppings"), select: "many", choices: [{ id: "feta", ...en("Feta") }, { id: "corn", ...en("Corn") }, { id: "egg", ...en("Egg") }] },
    { id: "dressings", ...en("Dressings"), select: "many", max: 3, choices: [{ id: "ranch", ...en("Ranch") }, { id: "sesame", ...en("Sesame") }, { id: "chili", ...en("Chili oil") }, { id: "ponzu", ...en("Ponzu") }] },
    { id: "fry-size", ...en("Size"), select: "one", default: "regular", choices: [{ id: "regular", ...en("Regular") }, { id: "large", ...en("Large") }] },
    { id: "fry-style", ...en("Style"), select: "one", default: "plain", choices: [{ id: "plain", ...en("Plain", ["regular"]) }, { id: "feta-fries", ...en("Feta fries", ["with feta"]) }, { id: "spicy", ...en("Spicy") }] },
    { id: "kids-side", ...en("Kids side"), select: "one", default: "fries", choices: [{ id: "fries", ...en("Fries", ["regular fries"]) }, { id: "fruit", ...en("Fruit cup") }] },
    { id: "kids-drink", ...en("Kids drink"), select: "one", default: "juice", choices: [{ id: "juice", ...en("Apple juice", ["juice"]) }, { id: "water", ...en("Water") }] },
  ],
  items: [
    { id: "box-2", category: "boxes", ...en("Two-item box", ["two item box"]), price: 1000, optionGroups: [{ group: "picks", max: 2 }, "base"] },
    { id: "bowl", category: "boxes", ...en("Grain bowl"), price: 900, optionGroups: ["toppings", "dressings"] },
    { id: "kids-box", category: "boxes", ...en("Kids box"), price: 700, optionGroups: ["kids-side", "kids-drink"] },
    { id: "teriyaki", category: "mains", ...en("Teriyaki chicken", ["teriyaki"]), price: 800 },
    { id: "tofu", category: "mains", ...en("Crispy tofu", ["tofu"]), price: 700 },
    { id: "fries", category: "sides", ...en("Fries"), price: 300, optionGroups: ["fry-size", "fry-style"] },
    { id: "water", category: "drinks", ...en("Water"), price: 150 },
  ],
});

phenomenonTable("English: build-your-own choice groups", counter, [
  { name: "a colon opens the list of a plate's parts", turns: ["a two item box with noodles: teriyaki chicken and the tofu"], lines: [{ item: "box-2", qty: 1, options: { picks: ["teriyaki", "tofu"], base: "noodles" } }] },
  { name: "... as a comma goes on with them", turns: ["a two item box with noodles, teriyaki chicken and tofu"], lines: [{ item: "box-2", qty: 1, options: { picks: ["teriyaki", "tofu"], base: "noodles" } }] },
  { name: "'wait no X, do Y' on one of several sauces up to a cap: X goes before Y comes", turns: ["a grain bowl with ranch, sesame and chili oil", "wait no sesame, do ponzu"], lines: [{ item: "bowl", qty: 1, options: { dressings: ["ranch", "chili", "ponzu"] } }] },
  { name: "'wait no X' alone takes X off", turns: ["a grain bowl with ranch and sesame", "wait no sesame"], lines: [{ item: "bowl", qty: 1, options: { dressings: ["ranch"] } }] },
  { name: "'with feta' on the bowl is its topping", turns: ["a grain bowl with feta and corn"], lines: [{ item: "bowl", qty: 1, options: { toppings: ["feta", "corn"] } }] },
  { name: "... and on the fries their style so called", turns: ["fries with feta"], lines: [{ item: "fries", qty: 1, options: { "fry-style": "feta-fries" } }] },
  { name: "'water instead of the juice' is the kids box's drink, not a bottle", turns: ["a kids box", "can she have water instead of the juice"], lines: [{ item: "kids-box", qty: 1, options: { "kids-drink": "water" } }] },
  { name: "'regular fries' are the fries sold alone, that size, not a kids box", turns: ["two regular fries", "make one of them spicy"], lines: [{ item: "fries", qty: 1 }, { item: "fries", qty: 1, options: { "fry-style": "spicy" } }] },
  { name: "'fries instead of the fruit cup': the kids box's side, not fries sold alone", turns: ["a kids box with a fruit cup", "fries instead of the fruit cup"], lines: [{ item: "kids-box", qty: 1, options: { "kids-side": "fries" } }] },
]);

const bowls = menuFrom({
  version: 1,
  store: { id: "refusal-choices", name: { en: "Test Bowls" }, currency: "USD", languages: ["en"] },
  categories: [{ id: "bowls", name: { en: "Bowls" } }],
  optionGroups: [
    { id: "grain", ...en("Grain"), select: "one", default: "white", choices: [{ id: "white", ...en("White rice") }, { id: "no-grain", ...en("No rice") }] },
    { id: "legume", ...en("Beans"), select: "one", default: "pinto", choices: [{ id: "pinto", ...en("Pinto beans") }, { id: "no-legume", ...en("No beans") }] },
  ],
  items: [{ id: "bowl", category: "bowls", ...en("Veggie bowl"), price: 900, optionGroups: ["grain", "legume"] }],
});

phenomenonTable("English: a refusal the menu names as a choice, corrected", bowls, [
  { name: "'no beans, I mean no rice': the first refusal is taken back", turns: ["a veggie bowl, no beans, I mean no rice"], lines: [{ item: "bowl", qty: 1, options: { grain: "no-grain" } }] },
  { name: "'no beans, no rice': both", turns: ["a veggie bowl, no beans, no rice"], lines: [{ item: "bowl", qty: 1, options: { grain: "no-grain", legume: "no-legume" } }] },
]);
