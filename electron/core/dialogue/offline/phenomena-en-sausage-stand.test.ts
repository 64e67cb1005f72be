// English at a sausage stand (probes, red team on the round 36–37 menus): a digit said before
// an item is how many, never the "level 2" whose name holds it less the group's word ("2
// brats with fries"; "16" of "16 pieces" still names that size); "a side of kraut" beside a
// sausage whose side group is called "side" is the kraut, not a word of the sausage's side;
// "mayo on the fries" / "fries with mayo" with a combo whose description names the fries is
// the combo's fries sauce, not fries ordered; "make it a combo" of a sausage and a cola makes
// the combo the description says holds them, with that cola; "never mind the coke, lemonade"
// of a combo with a coke is its drink changed; "2 coffees and a pot" is a guess.
import { en, menuFrom, notAloneTable, phenomenonTable } from "./test-helpers.ts";

const stand = menuFrom({
  version: 1,
  store: { id: "stand", name: { en: "Stand" }, currency: "USD", languages: ["en"] },
  optionGroups: [
    {
      id: "heat",
      ...en("Heat", ["level"]),
      select: "one",
      default: "mild",
      choices: [
        { id: "mild", ...en("Mild") },
        { id: "h2", ...en("Hot level 2", ["level 2"]) },
        { id: "h3", ...en("Hot level 3", ["level 3"]) },
      ],
    },
    {
      id: "side",
      ...en("Served with", ["side"]),
      select: "one",
      default: "bun",
      choices: [
        { id: "bun", ...en("In a bun", ["bun"]) },
        { id: "fries", ...en("With fries", ["fries"]) },
      ],
    },
    {
      id: "sauce",
      ...en("Sauce"),
      select: "one",
      default: "none",
      choices: [
        { id: "none", ...en("No sauce") },
        { id: "ketchup", ...en("Ketchup") },
        { id: "mayo", ...en("Mayo") },
      ],
    },
    { id: "fries-size", ...en("Size"), select: "one", default: "small", choices: [{ id: "small", ...en("Small") }, { id: "large", ...en("Large") }] },
    { id: "serving", ...en("Serving"), select: "one", default: "cup", choices: [{ id: "cup", ...en("Cup") }, { id: "pot", ...en("Pot (serves 3-4)", ["pot"]) }] },
    { id: "pieces", ...en("Pieces"), select: "one", default: "p8", choices: [{ id: "p8", ...en("8 pieces") }, { id: "p16", ...en("16 pieces") }] },
    { id: "drink", ...en("Combo drink"), select: "one", choices: [{ id: "cola", ...en("Cola", ["coke"]) }, { id: "lemonade", ...en("Lemonade") }] },
  ],
  categories: [{ id: "sausage", ...en("Sausages") }, { id: "side", ...en("Fries & sides") }, { id: "combo", ...en("Combos") }, { id: "drink", ...en("Drinks") }],
  items: [
    { id: "brat", ...en("Bratwurst", ["brat", "brats"]), category: "sausage", price: 500, optionGroups: ["heat", "side"] },
    { id: "fries", ...en("Fries"), category: "side", price: 300, optionGroups: ["fries-size", "sauce"] },
    { id: "kraut", ...en("Sauerkraut", ["kraut"]), category: "side", price: 200 },
    { id: "bites", ...en("Sausage bites", ["bites"]), category: "side", price: 400, optionGroups: ["pieces"] },
    { id: "combo", ...en("Brat combo", ["combo"]), description: { en: "Bratwurst, fries and a drink" }, category: "combo", price: 900, optionGroups: ["heat", "sauce", "drink"] },
    { id: "cola", ...en("Cola", ["coke"]), category: "drink", price: 250 },
    { id: "coffee", ...en("Coffee", ["coffees"]), category: "drink", price: 300, optionGroups: ["serving"] },
    { id: "lemonade", ...en("Lemonade"), category: "drink", price: 250 },
  ],
});

const brat = (qty: number, options: Record<string, string> = {}) => ({ item: "brat", qty, options: { heat: "mild", side: "bun", ...options } });
const combo = (options: Record<string, string> = {}) => ({ item: "combo", qty: 1, options: { heat: "mild", sauce: "none", ...options } });

phenomenonTable("English: a digit before an item is how many, not a choice named with it", stand, [
  { name: "2 brats with fries", turns: ["2 brats with fries"], lines: [brat(2, { side: "fries" })], confident: true },
  { name: "3 brats level 2: the level named", turns: ["3 brats level 2"], lines: [brat(3, { heat: "h2" })], confident: true },
  { name: "3 coffees, where the pot serves 3-4", turns: ["3 coffees"], lines: [{ item: "coffee", qty: 3, options: { serving: "cup" } }], confident: true },
  { name: "a brat, then 2 please", turns: ["a brat with fries", "2 please"], lines: [brat(2, { side: "fries" })], confident: true },
  // ("a 3": a number after an article counts nothing, the level; article-number-choice.ts.)
  { name: "a brat level 2, then make it a 3", turns: ["a brat level 2", "make it a 3"], lines: [brat(1, { heat: "h3" })] },
  // ("16" of "16 pieces" says how many pieces: the size.)
  { name: "16 bites: the size", turns: ["sausage bites 16"], lines: [{ item: "bites", qty: 1, options: { pieces: "p16" } }] },
]);

phenomenonTable("English: a side of an item sold alone, where 'side' is a group's word", stand, [
  { name: "a brat with fries and a side of kraut", turns: ["a brat with fries and a side of kraut"], lines: [brat(1, { side: "fries" }), { item: "kraut", qty: 1 }], confident: true },
  { name: "a side of kraut, a turn later", turns: ["a brat in a bun", "and a side of kraut"], lines: [brat(1), { item: "kraut", qty: 1 }], confident: true },
]);

phenomenonTable("English: options said on the fries a combo comes with", stand, [
  { name: "combo with a coke, mayo on the fries", turns: ["a brat combo with a coke, mayo on the fries"], lines: [combo({ drink: "cola", sauce: "mayo" })], confident: true },
  { name: "the combo with lemonade, fries with ketchup", turns: ["the combo with lemonade, fries with ketchup"], lines: [combo({ drink: "lemonade", sauce: "ketchup" })], confident: true },
  { name: "mayo on the fries, a turn later", turns: ["a brat combo with a coke", "mayo on the fries"], lines: [combo({ drink: "cola", sauce: "mayo" })], confident: true },
  // (Counted, the fries are an order of their own.)
  { name: "2 fries with mayo beside the combo", turns: ["a brat combo with a coke, 2 fries with mayo"], lines: [combo({ drink: "cola" }), { item: "fries", qty: 2, options: { "fries-size": "small", sauce: "mayo" } }] },
]);

phenomenonTable("English: make it a combo, where the combo's description names its parts", stand, [
  { name: "a brat and a coke, make it a combo", turns: ["a brat and a coke", "make it a combo"], lines: [combo({ drink: "cola" })], confident: true },
]);

phenomenonTable("English: the combo's drink refused by the name of the drink sold alone", stand, [
  // (A refusal with lines in the cart is never answered alone: risky-shapes.ts.)
  { name: "never mind the coke, lemonade", turns: ["a brat combo with a coke", "never mind the coke, lemonade"], lines: [combo({ drink: "lemonade" })], confident: false },
]);

const pots = menuFrom(JSON.parse(`{"version":1,"store":{"id":"pots","name":{"en":"Pots"},"currency":"USD","languages":["en"]},
  "optionGroups":[{"id":"serving","name":{"en":"Serving"},"select":"one","default":"cup","choices":[{"id":"cup","name":{"en":"Cup"}},{"id":"pot","name":{"en":"Pot (serves 3-4)"},"aliases":{"en":["pot"]}}]}],
  "categories":[{"id":"drink","name":{"en":"Drinks"}}],
  "items":[{"id":"coffee","name":{"en":"Coffee"},"aliases":{"en":["coffees"]},"category":"drink","price":300,"optionGroups":["serving"]},{"id":"cola","name":{"en":"Cola"},"category":"drink","price":300}]}`));

notAloneTable("English: 'and a' with a choice after a count: one of them, or one more?", pots, [{ name: "2 coffees and a pot", turns: ["2 coffees and a pot"] }]);
