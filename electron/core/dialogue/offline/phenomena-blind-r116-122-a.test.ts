// The English turns of the blind rounds 116–122 answered alone and wrong that are not counts nor
// a set's parts, read at the next session's start, and the families around them:
// - r117b-013 "two plates of blueberry pierogi, no wait, make that three plates, with sour cream":
//   the measure said again after the correction is the measure (measure-said-again.ts), and a
//   measure said again as one of several items it half names is a guess.
// - r119d-009 "vanilla" → "dipped in chocolate": the topping "Chocolate dip" said around "in", not
//   the flavour chocolate (choice-named-around-in.ts); a one-of answer changed into a word of a
//   choice put on in the same turn is a guess (choice-word-inside-another.ts).
import { menuFrom, notAloneTable, phenomenonTable } from "./test-helpers.ts";

const en = (name: string) => ({ name: { en: name } });
const dumplings = menuFrom({
  version: 1,
  store: { id: "blind-r116-122-a-dumplings", name: { en: "Dumpling Counter" }, currency: "USD", languages: ["en"] },
  categories: [{ id: "dumplings", ...en("Dumplings") }, { id: "mains", ...en("Mains") }],
  optionGroups: [{ id: "topping", ...en("Topping"), select: "many", choices: [{ id: "cream", ...en("Sour cream") }, { id: "onion", ...en("Fried onion") }] }],
  items: [
    { id: "cherry", category: "dumplings", ...en("Cherry dumplings (8)"), aliases: { en: ["cherry dumplings"] }, price: 900, optionGroups: ["topping"] },
    { id: "potato", category: "dumplings", ...en("Potato dumplings (8)"), aliases: { en: ["potato dumplings"] }, price: 850, optionGroups: ["topping"] },
    { id: "sampler", category: "dumplings", ...en("Dumpling sampler plate"), aliases: { en: ["sampler plate"] }, price: 1200, optionGroups: ["topping"] },
    { id: "cutlet", category: "mains", ...en("Pork cutlet"), aliases: { en: ["cutlet plate"] }, price: 1400 },
  ],
});

phenomenonTable("a measure said again with the count meant after a correction", dumplings, [
  { name: "two plates of X, no wait, make that three plates, with sour cream", turns: ["Two plates of cherry dumplings, no wait, make that three plates, with sour cream"], lines: [{ item: "cherry", qty: 3, options: { topping: ["cream"] } }], confident: true },
  { name: "two plates of X, no wait, three plates", turns: ["two plates of potato dumplings, no wait, three plates"], lines: [{ item: "potato", qty: 3 }], confident: true },
  // (Guards: the count corrected without the measure, and the plate named whole.)
  { name: "two X, no wait, make that three", turns: ["two cherry dumplings, no wait, make that three"], lines: [{ item: "cherry", qty: 3 }], confident: true },
  { name: "two plates of X and a sampler plate", turns: ["two plates of cherry dumplings and a sampler plate"], lines: [{ item: "cherry", qty: 2 }, { item: "sampler", qty: 1 }], confident: true },
]);

notAloneTable("a measure said again as one of the items it half names", dumplings, [
  { name: "two plates of X and three plates with sour cream", turns: ["two plates of cherry dumplings and three plates with sour cream"] },
]);

const cones = menuFrom({
  version: 1,
  store: { id: "blind-r116-122-a-cones", name: { en: "Cone Stand" }, currency: "USD", languages: ["en"] },
  categories: [{ id: "sweets", ...en("Sweets") }],
  optionGroups: [
    { id: "flavor", ...en("Flavor"), select: "one", choices: [{ id: "vanilla", ...en("Vanilla") }, { id: "caramel", ...en("Caramel") }, { id: "mint", ...en("Mint") }] },
    { id: "top", ...en("Toppings"), select: "many", choices: [{ id: "dip", ...en("Caramel dip"), aliases: { en: ["dipped", "caramel dipped", "dip"] } }, { id: "nuts", ...en("Nuts") }] },
  ],
  items: [{ id: "cone", category: "sweets", ...en("Frozen custard"), aliases: { en: ["cone", "custard cone"] }, price: 400, optionGroups: ["flavor", "top"] }],
});

phenomenonTable("a topping said in two pieces around \"in\" keeps the flavour", cones, [
  { name: "cone → vanilla → dipped in caramel", turns: ["custard cone please", "vanilla", "dipped in caramel"], lines: [{ item: "cone", qty: 1, options: { flavor: "vanilla", top: ["dip"] } }], confident: true },
  { name: "a vanilla cone dipped in caramel", turns: ["a vanilla cone dipped in caramel"], lines: [{ item: "cone", qty: 1, options: { flavor: "vanilla", top: ["dip"] } }], confident: true },
  // (Guards: the flavour said on its own still changes the flavour; the dip said whole.)
  { name: "a vanilla cone → make it caramel", turns: ["a vanilla cone", "make it caramel"], lines: [{ item: "cone", qty: 1, options: { flavor: "caramel" } }] },
  { name: "a mint cone with caramel dip", turns: ["a mint cone with caramel dip"], lines: [{ item: "cone", qty: 1, options: { flavor: "mint", top: ["dip"] } }], confident: true },
]);
