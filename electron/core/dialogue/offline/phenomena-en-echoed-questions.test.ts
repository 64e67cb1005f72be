// The kiosk's question said back and answered in one breath (echoed-questions.ts): "a mocha,
// whip? no" is a mocha without whip, not a question about mochas. A test coffee and bowl shop,
// not the probes' stores.
import { en, menuFrom, phenomenonTable } from "./test-helpers.ts";

const shop = menuFrom({
  version: 1,
  store: { id: "echoed-questions", name: { en: "Test Echo" }, currency: "USD", languages: ["en"] },
  orderOptions: [{ id: "dining", ...en("For here or to go"), select: "one", default: "here", choices: [{ id: "here", ...en("For here") }, { id: "togo", ...en("To go") }] }],
  categories: [{ id: "all", name: { en: "All" } }],
  optionGroups: [
    { id: "whip", ...en("Whipped cream", ["whip"]), select: "one", default: "whip", choices: [{ id: "whip", ...en("Whipped cream", ["whip"]) }, { id: "no-whip", ...en("No whip") }] },
    { id: "temp", ...en("Temperature"), select: "one", default: "hot", choices: [{ id: "hot", ...en("Hot") }, { id: "iced", ...en("Iced") }] },
    { id: "boba", ...en("Add-ins"), select: "many", choices: [{ id: "boba", ...en("Boba") }, { id: "jelly", ...en("Jelly") }] },
    { id: "base", ...en("Base"), select: "one", default: "rice", choices: [{ id: "rice", ...en("Rice") }, { id: "greens", ...en("Greens") }] },
    { id: "sauces", ...en("Sauce"), select: "many", choices: [{ id: "tahini", ...en("Tahini") }, { id: "harissa", ...en("Harissa") }] },
  ],
  items: [
    { id: "mocha", category: "all", ...en("Mocha"), price: 500, optionGroups: ["whip", "temp"] },
    { id: "tea", category: "all", ...en("Milk tea"), price: 450, optionGroups: ["boba", "temp"] },
    { id: "bowl", category: "all", ...en("Bowl"), price: 1000, optionGroups: ["base", "sauces"] },
  ],
});

phenomenonTable("English: the kiosk's question said back and answered in one breath", shop, [
  { name: "'a mocha, whip? no'", turns: ["a mocha, whip? no"], lines: [{ item: "mocha", qty: 1, options: { whip: "no-whip" } }], confident: true },
  { name: "'a mocha, whipped cream? yes'", turns: ["a mocha, whipped cream? yes"], lines: [{ item: "mocha", qty: 1, options: { whip: "whip" } }], confident: true },
  { name: "'a milk tea, boba? yes'", turns: ["a milk tea, boba? yes"], lines: [{ item: "tea", qty: 1, options: { boba: ["boba"] } }], confident: true },
  { name: "'a milk tea, boba? no'", turns: ["a milk tea, boba? no"], lines: [{ item: "tea", qty: 1, options: { boba: [] } }], confident: true },
  { name: "'a mocha, iced? no' stays hot", turns: ["a mocha, iced? no"], lines: [{ item: "mocha", qty: 1, options: { temp: "hot" } }], confident: true },
  { name: "'a bowl, base? greens'", turns: ["a bowl, base? greens"], lines: [{ item: "bowl", qty: 1, options: { base: "greens" } }], confident: true },
  { name: "'a bowl, any sauce? no'", turns: ["a bowl, any sauce? no"], lines: [{ item: "bowl", qty: 1, options: { sauces: [] } }], confident: true },
  { name: "'a mocha whipped cream on that no thanks'", turns: ["a mocha whipped cream on that no thanks"], lines: [{ item: "mocha", qty: 1, options: { whip: "no-whip" } }], confident: true },
  // A question with no answer after it stays a question: nothing is ordered.
  { name: "'a mocha, iced?' with no answer orders nothing", turns: ["a mocha, iced?"], lines: [] },
]);

phenomenonTable("English: the order option's question said back, then answered", shop, [
  { name: "'a mocha for here or to go? to go'", turns: ["a mocha for here or to go? to go"], lines: [{ item: "mocha", qty: 1 }], orderOptions: { dining: "togo" }, confident: true },
  { name: "'a milk tea, for here? yeah'", turns: ["a milk tea, for here? yeah"], lines: [{ item: "tea", qty: 1 }], orderOptions: { dining: "here" }, confident: true },
]);

// "how sweet is the mocha" → "ok thanks i'll think about it": the kiosk had offered one; "ok"
// with "I'll think about it", "maybe next time", "not now" is no (language.ts), nothing added
// (sealed r40a-030, r40c-030: a salad and a torta were added, answered alone).
phenomenonTable("English: ok, then putting it off, after the kiosk offered the item asked about", shop, [
  { name: "'ok thanks i'll think about it'", turns: ["how sweet is the mocha", "ok thanks i'll think about it"], lines: [] },
  { name: "'oh ok maybe next time'", turns: ["how much is the bowl", "oh ok maybe next time"], lines: [] },
  { name: "'okay not now'", turns: ["what's in the milk tea", "okay not now"], lines: [] },
]);
