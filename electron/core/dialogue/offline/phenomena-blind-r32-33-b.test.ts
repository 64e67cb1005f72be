// English shapes the blind rounds 32-33 answered wrongly alone or lost (the other English
// failures, not piece counts or counts of options):
// - "two chicken plates with kimchi and hold the rice on one of them": the options said
//   after "and" right before "on one of them" are that part's (options-on-one-of-them.ts).
// - "a barley" then "hot barley no sugar": the item said again with no article, with options,
//   is the line re-said (kinds-of-the-line.ts); "a hot barley" may be another, a guess.
// - "without pickles or cabbage" where the menu spells the removal "without pickles": the
//   list after it is refused too (removal-list.ts).
// - "two shawarmas one with hot sauce one without": the part "without" it (one-without.ts;
//   "laffas one" after a count, a count: atom-neighbours.ts).
// - "a falafel wrap no pickles and the same thing but a shawarma": the shawarma made so
//   (same-other-item.ts).
// - "root beer float with ube ice cream": "ice cream" the heading of the float's "Ice cream
//   flavor", not the cup sold alone (group-heading-word.ts).
// - "polish plate with meat pierogi", the plate's "Pierogi filling" Meat, "meat pierogi" also
//   sold alone: the filling (group-heading-word.ts).
// - "tofu bento with steamed gyoza", steamed a way only the gyoza sold alone is made: the
//   side or the gyoza? A guess (choice-of-the-item-sold-alone.ts).
// - "a froyo vanilla with chocolate" where only an alias of the hot fudge says "chocolate":
//   a second flavour or the sauce? A guess (flavour-or-topping.ts).
import { menuFrom, notAloneTable, phenomenonTable } from "./test-helpers.ts";

const en = (name: string, aliases?: Array<string | { text: string; options: Record<string, string> }>) => ({ name: { en: name }, ...(aliases ? { aliases: { en: aliases } } : {}) });

const shop = () =>
  menuFrom({
    version: 1,
    store: { id: "r32-shapes-b", name: { en: "Corner Grill" }, currency: "USD", languages: ["en"] },
    categories: [{ id: "mains", ...en("Mains") }, { id: "sides", ...en("Sides") }, { id: "sweets", ...en("Sweets") }, { id: "drinks", ...en("Drinks") }],
    optionGroups: [
      { id: "sauce", ...en("Sauce"), select: "one", default: "soy", choices: [{ id: "soy", ...en("Soy garlic") }, { id: "spicy", ...en("Spicy") }] },
      { id: "rice", ...en("Rice"), select: "one", default: "white", choices: [{ id: "white", ...en("White rice") }, { id: "no-rice", ...en("No rice", ["no rice", "hold the rice"]) }] },
      { id: "side", ...en("Side"), select: "one", choices: [{ id: "kimchi", ...en("Kimchi") }, { id: "salad", ...en("House salad", ["salad"]) }] },
      { id: "meat", ...en("Meat"), select: "one", default: "chicken", choices: [{ id: "chicken", ...en("Chicken") }, { id: "beef", ...en("Beef") }] },
      { id: "hold", ...en("Leave off", ["hold", "without"]), select: "many", choices: [{ id: "no-pickles", ...en("No pickles", ["without pickles", "hold the pickles"]) }, { id: "no-onions", ...en("No onions", ["without onions", "hold the onions"]) }] },
      { id: "extras", ...en("Extras", ["extra"]), select: "many", choices: [{ id: "hot-sauce", ...en("Hot sauce") }, { id: "extra-pickles", ...en("Extra pickles", ["more pickles"]) }] },
      { id: "temp", ...en("Hot or iced"), select: "one", default: "iced", choices: [{ id: "iced", ...en("Iced") }, { id: "hot", ...en("Hot") }] },
      { id: "sugar", ...en("Sweetness"), select: "one", default: "normal", choices: [{ id: "normal", ...en("Normal sweet") }, { id: "none", ...en("No sugar", ["no sugar"]) }] },
      { id: "soda", ...en("Float soda"), select: "one", choices: [{ id: "root-beer", ...en("Root beer") }, { id: "coke", ...en("Coke") }] },
      { id: "scoop", ...en("Ice cream flavor"), select: "one", default: "vanilla", choices: [{ id: "vanilla", ...en("Vanilla") }, { id: "ube", ...en("Ube") }] },
      { id: "filling", ...en("Pierogi filling"), select: "one", choices: [{ id: "meat", ...en("Meat") }, { id: "potato", ...en("Potato & cheese", ["potato"]) }] },
      { id: "bento-rice", ...en("Bento rice"), select: "one", default: "white", choices: [{ id: "white", ...en("White rice", ["steamed rice", "steamed"]) }, { id: "brown", ...en("Brown rice") }] },
      { id: "bento-side", ...en("Bento side"), select: "one", default: "edamame", choices: [{ id: "gyoza", ...en("Gyoza (3 pc)", ["gyoza"]) }, { id: "edamame", ...en("Edamame") }] },
      { id: "gyoza-style", ...en("Cooking style"), select: "one", default: "pan-fried", choices: [{ id: "pan-fried", ...en("Pan-fried", ["fried"]) }, { id: "steamed", ...en("Steamed") }] },
      { id: "flavor", ...en("Flavors"), select: "many", max: 2, choices: [{ id: "vanilla", ...en("Vanilla") }, { id: "chocolate", ...en("Chocolate") }, { id: "original", ...en("Original tart") }, { id: "mango", ...en("Mango") }] },
      { id: "fy-sauce", ...en("Sauces"), select: "many", choices: [{ id: "hot-fudge", ...en("Hot fudge", ["chocolate sauce"]) }] },
      { id: "toppings", ...en("Toppings"), select: "many", choices: [{ id: "mango", ...en("Mango chunks", ["diced mango"]) }, { id: "kiwi", ...en("Kiwi") }] },
    ],
    items: [
      { id: "plate", category: "mains", ...en("Chicken Plate", ["chicken plate", "chicken plates"]), price: 1300, optionGroups: ["sauce", "rice", "side"] },
      { id: "falafel", category: "mains", ...en("Falafel Wrap", ["falafel", "falafel wrap"]), price: 900, optionGroups: ["hold", "extras"] },
      { id: "shawarma", category: "mains", ...en("Shawarma", ["shawarma", "shawarmas", { text: "beef shawarma", options: { meat: "beef" } }]), price: 1100, optionGroups: ["meat", "hold", "extras"] },
      { id: "bento", category: "mains", ...en("Tofu Bento", ["tofu bento"]), price: 1100, optionGroups: ["bento-rice", "bento-side"] },
      { id: "gyoza", category: "sides", ...en("Gyoza (6 pc)", ["gyoza"]), price: 650, optionGroups: ["gyoza-style"] },
      { id: "float", category: "sweets", ...en("Ice Cream Float", ["float", { text: "root beer float", options: { soda: "root-beer" } }]), price: 550, optionGroups: ["soda", "scoop"] },
      { id: "cup", category: "sweets", ...en("Ice Cream Cup", ["ice cream"]), price: 400, optionGroups: ["scoop"] },
      { id: "froyo", category: "sweets", ...en("Frozen Yogurt", ["froyo"]), price: 600, optionGroups: ["flavor", "fy-sauce", "toppings"] },
      { id: "pierogi-meat", category: "sides", ...en("Meat Pierogi", ["meat pierogi"]), price: 1050 },
      { id: "sampler", category: "mains", ...en("Polish Plate", ["polish plate"]), price: 1800, optionGroups: ["filling"] },
      { id: "barley", category: "drinks", ...en("Barley Water", ["barley", { text: "hot barley", options: { temp: "hot" } }]), price: 180, optionGroups: ["temp", "sugar"] },
    ],
  });

const plate = (o: Record<string, string> = {}, qty = 1) => ({ item: "plate", qty, options: { sauce: "soy", rice: "white", ...o } });
const wrap = (item: string, o: Record<string, unknown> = {}) => ({ item, qty: 1, options: { hold: [], extras: [], ...(item === "shawarma" ? { meat: "chicken" } : {}), ...o } });

phenomenonTable("options after 'and' right before 'on one of them': that part's (English)", shop(), [
  { name: "two chicken plates soy garlic with kimchi and hold the rice on one of them", turns: ["two chicken plates soy garlic with kimchi and hold the rice on one of them"], lines: [plate({ side: "kimchi" }), plate({ side: "kimchi", rice: "no-rice" })], confident: true },
  { name: "two chicken plates with kimchi and no rice for one", turns: ["two chicken plates with kimchi and no rice for one"], lines: [plate({ side: "kimchi" }), plate({ side: "kimchi", rice: "no-rice" })], confident: true },
]);

phenomenonTable("the item said again with no article, with options: the line re-said (English)", shop(), [
  { name: "a barley, then hot barley no sugar", turns: ["a barley", "hot barley no sugar"], lines: [{ item: "barley", qty: 1, options: { temp: "hot", sugar: "none" } }], confident: true },
]);
notAloneTable("the item said again with an article: the line, or one more?", shop(), [{ name: "a barley, then a hot barley", turns: ["a barley", "a hot barley"] }]);

phenomenonTable("a removal said by its own name refuses the list after it (English)", shop(), [
  { name: "a shawarma without pickles or onions and extra hot sauce", turns: ["a shawarma without pickles or onions and extra hot sauce"], lines: [wrap("shawarma", { hold: ["no-pickles", "no-onions"], extras: ["hot-sauce"] })], confident: true },
]);

phenomenonTable("'one with X, one without': the part without it (English)", shop(), [
  { name: "two shawarmas one with hot sauce one without", turns: ["two shawarmas one with hot sauce one without"], lines: [wrap("shawarma", { extras: ["hot-sauce"] }), wrap("shawarma")], confident: true },
  { name: "two beef shawarmas, one with hot sauce, one without", turns: ["two beef shawarmas, one with hot sauce, one without"], lines: [wrap("shawarma", { meat: "beef", extras: ["hot-sauce"] }), wrap("shawarma", { meat: "beef" })], confident: true },
]);

phenomenonTable("'and the same thing but <another item>': that item made so (English)", shop(), [
  { name: "a falafel wrap no onions no pickles and then the same thing but beef shawarma", turns: ["a falafel wrap no onions no pickles and then the same thing but beef shawarma"], lines: [wrap("falafel", { hold: ["no-onions", "no-pickles"] }), wrap("shawarma", { meat: "beef", hold: ["no-onions", "no-pickles"] })], confident: true },
  { name: "a falafel wrap with hot sauce and the same but a shawarma", turns: ["a falafel wrap with hot sauce and the same but a shawarma"], lines: [wrap("falafel", { extras: ["hot-sauce"] }), wrap("shawarma", { extras: ["hot-sauce"] })], confident: true },
]);

phenomenonTable("a choice then its group's name, also an item's: the heading (English)", shop(), [
  { name: "root beer float with ube ice cream please", turns: ["root beer float with ube ice cream please"], lines: [{ item: "float", qty: 1, options: { soda: "root-beer", scoop: "ube" } }], confident: true },
]);

phenomenonTable("after 'with', an item's name made of a choice and its group's words: that choice (English)", shop(), [
  { name: "polish plate with meat pierogi and a hot barley", turns: ["polish plate with meat pierogi and a hot barley"], lines: [{ item: "sampler", qty: 1, options: { filling: "meat" } }, { item: "barley", qty: 1, options: { temp: "hot", sugar: "normal" } }], confident: true },
  { name: "a polish plate and a meat pierogi", turns: ["a polish plate and a meat pierogi"], lines: [{ item: "pierogi-meat", qty: 1 }] },
]);

phenomenonTable("a choice that is also an item sold alone, said plainly: the choice (English)", shop(), [
  { name: "tofu bento with gyoza", turns: ["tofu bento with gyoza"], lines: [{ item: "bento", qty: 1, options: { "bento-rice": "white", "bento-side": "gyoza" } }], confident: true },
  { name: "a froyo original tart with mango", turns: ["a froyo original tart with mango"], lines: [{ item: "froyo", qty: 1, options: { flavor: ["original"], toppings: ["mango"], "fy-sauce": [] } }], confident: true },
]);
notAloneTable("a word only the item sold alone takes, or a flavour only an alias of a sauce names: a guess (English)", shop(), [
  { name: "tofu bento with steamed gyoza", turns: ["tofu bento with steamed gyoza"] },
  { name: "a froyo vanilla with chocolate", turns: ["a froyo vanilla with chocolate"] },
]);
