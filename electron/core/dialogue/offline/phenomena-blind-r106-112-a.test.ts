// English turns of the blind rounds 106–112 answered alone and wrong, and their shapes:
// - "we'll drink it here": a verb of having it, what is had, and "here" is the eat-in order option
//   (language.ts EATIN_PHRASES; r109c-016 left the order to go);
// - "a whisky, with coke" where the line made from the spirit's choice takes the mixer "Coke" and a
//   can of coke is sold alone: the line's mixer or a can beside it? a guess (said-vs-done.ts
//   itemOrOption; r107e-009);
// - "ten please" to the question "6, 12 or 24 pieces?": a count said alone to a question whose
//   choices are counts is no line's quantity, a guess (count-answered-for-counted-choices.ts; r111a-022);
// - "with gluten free, wait no, just regular chocolate chip": a choice taken back by a correction
//   and still on the line a choice after it reached, a guess (choice-kept-after-correction.ts; r112d-014);
// - "here" said, read as nothing, and the order left otherwise than eat-in: a guess (here-left-unread.ts);
// - "both to take off the plane" of an order choice "take it off the plane": "it" said otherwise
//   or left out (lexicon.ts; r107e-023);
// - "we're gonna go somewhere else" cancels the order, "cancel that, I'll order later" the whole
//   order, a guess (language.ts, leaving.ts; r106b-028, r107e-025);
// - "cancel one parotta" where a count option is also called "one more parotta": the number and
//   the item's name (count-and-name-in-a-group-name.ts; r107a-017);
// - "green apple soju, no wait, strawberry. two bottles" of a "Soju (bottle)": the count's noun past
//   the choice said again and the stop (name-word-as-counter.ts; r111c-012);
// - "the coffee one... the midnight": "the X one" where X is a word of another named item's
//   description, one thing or two? a guess (one-described-then-named.ts; r112d-030).
import { menuFrom, notAloneTable, phenomenonTable } from "./test-helpers.ts";

const en = (en: string) => ({ name: { en, ko: en } });
const shop = menuFrom({
  version: 1,
  store: { id: "blind-r106-112-a", name: { en: "Night Train Bar", ko: "야간열차" }, currency: "USD", languages: ["en", "ko"] },
  orderOptions: [
    {
      id: "where",
      ...en("Here or to go"),
      select: "one",
      default: "out",
      choices: [
        { id: "out", ...en("Take away"), aliases: { en: ["to go", "takeaway"] } },
        { id: "in", ...en("Stay in"), aliases: { en: ["for here", "stay in", "keep it at the table"] } },
      ],
    },
  ],
  categories: [{ id: "drinks", ...en("Drinks") }, { id: "bites", ...en("Bites") }],
  optionGroups: [
    { id: "liquor", ...en("Liquor"), select: "one", choices: [{ id: "rum", ...en("Rum"), aliases: { en: ["rum shot"] } }, { id: "gin", ...en("Gin") }] },
    { id: "topper", ...en("Topper"), select: "one", default: "neat", choices: [{ id: "neat", ...en("Neat") }, { id: "ginger", ...en("Ginger beer"), price: 1 }, { id: "tonic", ...en("Tonic"), price: 1 }] },
    { id: "nuggets", ...en("How many"), select: "one", choices: [{ id: "n8", ...en("8 nuggets") }, { id: "n16", ...en("16 nuggets") }] },
    { id: "extra-bao", ...en("Extra bao"), select: "count", min: 0, max: 3, default: 0, unitPrice: 1, aliases: { en: ["one more bao"] } },
    { id: "cider-flavor", ...en("Flavour"), select: "one", choices: [{ id: "apple", ...en("Apple") }, { id: "pear", ...en("Pear") }] },
    { id: "bread", ...en("Bread"), select: "one", choices: [{ id: "white", ...en("White bread") }, { id: "rye", ...en("Rye"), aliases: { en: ["dark rye"] } }, { id: "sourdough", ...en("Sourdough") }] },
  ],
  items: [
    { id: "shot", category: "drinks", ...en("Spirit shot"), aliases: { en: ["shot"] }, price: 6, optionGroups: ["liquor", "topper"] },
    { id: "ginger-beer", category: "drinks", ...en("Ginger beer bottle"), aliases: { en: ["ginger beer"] }, price: 4 },
    { id: "soda", category: "drinks", ...en("Lime soda"), price: 3 },
    { id: "nuggets", category: "bites", ...en("Chicken nuggets"), aliases: { en: ["nuggets"] }, price: 7, optionGroups: ["nuggets", "extra-bao"] },
    { id: "cider", category: "drinks", ...en("Cider (bottle)"), aliases: { en: ["cider"] }, price: 5, optionGroups: ["cider-flavor"] },
    { id: "bao", category: "bites", ...en("Bao"), price: 2 },
    { id: "toastie", category: "bites", ...en("Toastie"), price: 8, optionGroups: ["bread"] },
    { id: "espresso", category: "drinks", ...en("Espresso"), aliases: { en: ["coffee"] }, price: 3 },
    { id: "tiramisu", category: "bites", ...en("Tiramisu"), description: { en: "Mascarpone, coffee, cocoa", ko: "마스카포네" }, price: 7 },
  ],
});

phenomenonTable("a verb of having it and \"here\" is the eat-in option", shop, [
  { name: "a lime soda, we'll drink it here", turns: ["a lime soda, we'll drink it here"], lines: [{ item: "soda", qty: 1 }], orderOptions: { where: "in" }, confident: true },
  { name: "two lime sodas, we're gonna eat here", turns: ["two lime sodas, we're gonna eat here"], lines: [{ item: "soda", qty: 2 }], orderOptions: { where: "in" } },
  { name: "two lime sodas, keep them at the table", turns: ["two lime sodas, keep them at the table"], lines: [{ item: "soda", qty: 2 }], orderOptions: { where: "in" }, confident: true },
  // (Guard: nothing said of where, the default stays.)
  { name: "a lime soda please", turns: ["a lime soda please"], lines: [{ item: "soda", qty: 1 }], orderOptions: { where: "out" }, confident: true },
]);

notAloneTable("\"with\" a thing sold alone that is also the mixer of the line made from a choice", shop, [
  { name: "a rum, with ginger beer", turns: ["a rum, with ginger beer"] },
]);
// (Guard: a choice whose words hold the item's own name, "a rum shot", named the item; the thing
// after "and" is an order of its own. Probes beignet-041 "six beignets and three pralines".)
phenomenonTable("a choice holding the item's name, then another thing sold alone", shop, [
  { name: "a rum shot and a ginger beer", turns: ["a rum shot and a ginger beer"], lines: [{ item: "shot", qty: 1, options: { liquor: "rum" } }, { item: "ginger-beer", qty: 1 }], confident: true },
]);

phenomenonTable("a count said to a question whose choices are counts", shop, [
  // (Guard: the count a choice names is that choice, sure.)
  { name: "nuggets → 16", turns: ["some nuggets", "sixteen please"], lines: [{ item: "nuggets", qty: 1, options: { nuggets: "n16" } }], confident: true },
]);
notAloneTable("a count said to a question whose choices are counts, naming none", shop, [{ name: "nuggets → ten please", turns: ["some nuggets", "ten please"] }]);

phenomenonTable("a choice taken back by a correction", shop, [
  // (Guard: the same group said again replaces it, sure.)
  { name: "a toastie with rye, no wait, sourdough", turns: ["a toastie with rye, no wait, sourdough"], lines: [{ item: "toastie", qty: 1, options: { bread: "sourdough" } }], confident: true },
]);

phenomenonTable("\"the X one\" of a word of another named item's description", shop, [
  // (Guard: the item named by its own word with no "one", and no other item describing it: the espresso.)
  { name: "a coffee and a tiramisu", turns: ["a coffee and a tiramisu"], lines: [{ item: "espresso", qty: 1 }, { item: "tiramisu", qty: 1 }], confident: true },
  { name: "the coffee one please", turns: ["the coffee one please"], lines: [{ item: "espresso", qty: 1 }] },
]);
notAloneTable("\"the X one\" said then the item it describes named", shop, [{ name: "the coffee one... the tiramisu", turns: ["the coffee one... the tiramisu, yeah"] }]);
notAloneTable("\"here\" said, read as nothing, the order not eat-in", shop, [{ name: "a lime soda, we're sitting here", turns: ["a lime soda, we're sitting here"] }]);

phenomenonTable("leaving: the order cancelled", shop, [
  { name: "a lime soda → we changed our minds, we're gonna go somewhere else, sorry", turns: ["a lime soda", "we changed our minds, we're gonna go somewhere else, sorry"], lines: [] },
  { name: "a lime soda and a toastie with rye → cancel that, I'll order later", turns: ["a lime soda and a toastie with rye", "cancel that, I'll order later"], lines: [], confident: false },
  // (Guard: "cancel that" with no leaving is the last thing.)
  { name: "a lime soda and a toastie with rye → cancel that", turns: ["a lime soda and a toastie with rye", "cancel that"], lines: [{ item: "soda", qty: 1 }] },
]);

phenomenonTable("a count option's name that is a number and an item's name", shop, [
  { name: "three baos → cancel one bao", turns: ["three baos", "cancel one bao"], lines: [{ item: "bao", qty: 2 }], confident: true },
  // (Guard: the whole name with "more" said of the nuggets is the option.)
  { name: "8 nuggets with one more bao", turns: ["8 nuggets with one more bao"], lines: [{ item: "nuggets", qty: 1, options: { nuggets: "n8", "extra-bao": 1 } }] },
]);

phenomenonTable("a word of the item's name as the count's noun, past a choice said again", shop, [
  { name: "apple cider, no wait, pear. two bottles", turns: ["apple cider, no wait, pear. two bottles"], lines: [{ item: "cider", qty: 2, options: { "cider-flavor": "pear" } }], confident: true },
  { name: "pear cider. two bottles", turns: ["pear cider. two bottles"], lines: [{ item: "cider", qty: 2, options: { "cider-flavor": "pear" } }] },
  // (Guard: the bottles of another item named whole.)
  { name: "pear cider. two bottles of ginger beer", turns: ["pear cider. two bottles of ginger beer"], lines: [{ item: "cider", qty: 1, options: { "cider-flavor": "pear" } }, { item: "ginger-beer", qty: 2 }] },
]);
