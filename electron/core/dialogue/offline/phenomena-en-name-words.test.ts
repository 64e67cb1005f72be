// English: a short word of one item's name ("ham" of "Ham & Swiss") said on its own is
// that item, as a guess (never answered alone); a word several items' names share, or one
// the menu uses as a choice, is not read so.
import { en, menuFrom, phenomenonTable } from "./test-helpers.ts";

const deli = menuFrom({
  version: 1,
  store: { id: "name-words", name: { en: "Test Deli" }, currency: "USD", languages: ["en"] },
  categories: [{ id: "sandwich", ...en("Sandwiches") }],
  optionGroups: [{ id: "bread", ...en("Bread"), select: "one", choices: [{ id: "rye", ...en("Rye") }, { id: "wheat", ...en("Wheat") }] }],
  items: [
    { id: "ham-swiss", category: "sandwich", ...en("Ham & Swiss"), price: 900, optionGroups: ["bread"] },
    { id: "turkey-club", category: "sandwich", ...en("Turkey Club"), price: 900, optionGroups: ["bread"] },
    { id: "blt", category: "sandwich", ...en("BLT Sub"), price: 800, optionGroups: ["bread"] },
    { id: "egg-sub", category: "sandwich", ...en("Egg Sub"), price: 700, optionGroups: ["bread"] },
  ],
});

phenomenonTable("English: a short word of one item's name", deli, [
  {
    name: "ham, after both were ordered",
    turns: ["a turkey club and a ham and swiss", "turkey on rye, ham on wheat"],
    lines: [{ item: "turkey-club", qty: 1, options: { bread: "rye" } }, { item: "ham-swiss", qty: 1, options: { bread: "wheat" } }],
    confident: false,
  },
  { name: "ham on its own: a guess", turns: ["a ham on rye"], lines: [{ item: "ham-swiss", qty: 1, options: { bread: "rye" } }], confident: false },
  { name: "sub, in two items' names: neither", turns: ["a sub on rye"], lines: [], confident: false },
]);

// "xtra cheese", "med", "lg": a word of the menu's names as people shorten it when typing.
const pies = menuFrom({
  version: 1,
  store: { id: "name-words-pies", name: { en: "Test Pies" }, currency: "USD", languages: ["en"] },
  categories: [{ id: "pizza", ...en("Pizza") }],
  optionGroups: [
    { id: "size", ...en("Size"), select: "one", default: "medium", choices: [{ id: "medium", ...en("Medium") }, { id: "xl", ...en("Extra Large") }] },
    { id: "cheese", ...en("Cheese"), select: "one", default: "regular", choices: [{ id: "regular", ...en("Regular cheese") }, { id: "extra", ...en("Extra cheese") }] },
  ],
  items: [{ id: "pie", category: "pizza", ...en("Cheese Pizza", ["pizza", "pie"]), price: 1000, optionGroups: ["size", "cheese"] }],
});

phenomenonTable("English: a word shortened as typed", pies, [
  { name: "xtra cheese", turns: ["a pizza w/ xtra cheese"], lines: [{ item: "pie", qty: 1, options: { cheese: "extra" } }] },
  { name: "xtra large", turns: ["an xtra large pie"], lines: [{ item: "pie", qty: 1, options: { size: "xl" } }] },
]);
