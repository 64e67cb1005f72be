// English counts of the blind rounds 106–112 (fix21b), and their shapes:
// - "we're eating here, table 12. three burgers …": the table's number counts nothing
//   (numbers-of-other-things.ts placeNumbers; r111a-029 had made twelve burgers);
// - "half a dozen chocolate chip cookies" where "half" is a piece of a box's name ("half dozen
//   box"): six cookies, not a box (number-phrase-over-name-part.ts; r112d-007);
// - "two ribeyes, one rare one medium well, both with fries" where "both" is also a choice's
//   name and fries are sold alone too: the quantifier (quantifier-choices.ts; r109a-021);
// - "two orders of 12 boneless": two orders of the 12-piece size (resolve-choices.ts; r111a-019);
// - "a pitcher of miller lite" where a platter's "Pitcher" group has the beer as a choice: the
//   beer in its own pitcher size (choice-of-the-item.ts; r111a-004, r111a-029).
import { menuFrom, phenomenonTable } from "./test-helpers.ts";

const en = (name: string, aliases?: string[]) => ({ name: { en: name }, ...(aliases ? { aliases: { en: aliases } } : {}) });
const shop = menuFrom({
  version: 1,
  store: { id: "blind-r106-112-b", name: { en: "The Corner Diner" }, currency: "USD", languages: ["en"] },
  categories: [{ id: "mains", ...en("Mains") }, { id: "bakery", ...en("Bakery") }, { id: "drinks", ...en("Drinks") }],
  optionGroups: [
    { id: "cook", ...en("Cooked"), select: "one", default: "medium", choices: [{ id: "rare", ...en("Rare") }, { id: "medium", ...en("Medium") }, { id: "well", ...en("Well done") }] },
    { id: "side", ...en("Side"), select: "one", choices: [{ id: "fries", ...en("Fries") }, { id: "salad", ...en("Salad") }] },
    { id: "pie-top", ...en("Pie topping"), select: "one", default: "cream", choices: [{ id: "cream", ...en("Cream") }, { id: "both", ...en("Cream and ice cream", ["both"]) }] },
    { id: "wing-size", ...en("How many"), select: "one", choices: [{ id: "w6", ...en("6 pieces", ["6 piece"]) }, { id: "w12", ...en("12 pieces", ["12 piece"]) }] },
    { id: "wing-sauce", ...en("Sauce"), select: "one", choices: [{ id: "bbq", ...en("BBQ") }, { id: "mild", ...en("Mild") }] },
    { id: "beer-size", ...en("Size"), select: "one", default: "pint", choices: [{ id: "pint", ...en("Pint") }, { id: "pitcher", ...en("Pitcher") }] },
    { id: "platter-pitcher", ...en("Pitcher"), select: "one", choices: [{ id: "lager", ...en("Lager pitcher", ["lager"]) }, { id: "cola", ...en("Cola pitcher", ["cola"]) }] },
    { id: "muffin-kind", ...en("Muffin"), select: "one", choices: [{ id: "blueberry", ...en("Blueberry") }, { id: "bran", ...en("Bran") }] },
  ],
  items: [
    { id: "burger", category: "mains", ...en("Diner Burger", ["burger", "burgers"]), price: 1200, optionGroups: ["cook"] },
    { id: "muffin", category: "bakery", ...en("Muffin", ["muffins"]), price: 300, optionGroups: ["muffin-kind"] },
    { id: "muffin-box", category: "bakery", ...en("Muffin Box of 6", ["half dozen box", "box of six"]), price: 1600 },
    { id: "steak", category: "mains", ...en("Sirloin Steak", ["steak", "steaks"]), price: 2200, optionGroups: ["cook", "side"] },
    { id: "fries", category: "mains", ...en("Fries"), price: 400 },
    { id: "pie", category: "bakery", ...en("Apple Pie", ["pie"]), price: 500, optionGroups: ["pie-top"] },
    { id: "wings", category: "mains", ...en("Wings", ["wings", "boneless"]), price: 900, optionGroups: ["wing-size", "wing-sauce"] },
    { id: "lager", category: "drinks", ...en("House Lager", ["lager"]), price: 600, optionGroups: ["beer-size"] },
    { id: "platter", category: "mains", ...en("Game Night Platter", ["platter"]), price: 3000, optionGroups: ["platter-pitcher"] },
    { id: "soda", category: "drinks", ...en("Soda", ["sodas"]), price: 250 },
  ],
});

phenomenonTable("the number of a table, a booth, a lane counts nothing", shop, [
  { name: "table 12. three burgers", turns: ["table 12. three burgers"], lines: [{ item: "burger", qty: 3, options: { cook: "medium" } }] },
  { name: "we're at table 5, two sodas", turns: ["we're at table 5, two sodas"], lines: [{ item: "soda", qty: 2, options: {} }] },
  { name: "booth number 4, a burger", turns: ["booth number 4, a burger"], lines: [{ item: "burger", qty: 1, options: { cook: "medium" } }] },
  { name: "table 12. three burgers, one rare, one medium, one well done", turns: ["table 12. three burgers, one rare, one medium, one well done"], lines: [{ item: "burger", qty: 1, options: { cook: "rare" } }, { item: "burger", qty: 1, options: { cook: "medium" } }, { item: "burger", qty: 1, options: { cook: "well" } }] },
  // (Guard: a count with no place word before it.)
  { name: "12 sodas", turns: ["12 sodas"], lines: [{ item: "soda", qty: 12, options: {} }] },
]);

phenomenonTable("a number said in several words beats a piece of a name its first word starts", shop, [
  { name: "half a dozen blueberry muffins", turns: ["half a dozen blueberry muffins"], lines: [{ item: "muffin", qty: 6, options: { "muffin-kind": "blueberry" } }], confident: true },
  { name: "a half dozen bran muffins", turns: ["a half dozen bran muffins"], lines: [{ item: "muffin", qty: 6, options: { "muffin-kind": "bran" } }] },
  // (Guards: the box's name said whole.)
  { name: "a half dozen box", turns: ["a half dozen box"], lines: [{ item: "muffin-box", qty: 1, options: {} }] },
  { name: "a box of six", turns: ["a box of six"], lines: [{ item: "muffin-box", qty: 1, options: {} }] },
]);

phenomenonTable("\"both\" of two things counted, before an option said after \"with\", also sold alone", shop, [
  { name: "two steaks, one rare one medium, both with fries", turns: ["two steaks, one rare one medium, both with fries"], lines: [{ item: "steak", qty: 1, options: { cook: "rare", side: "fries" } }, { item: "steak", qty: 1, options: { cook: "medium", side: "fries" } }] },
  { name: "two steaks, both with fries, one rare one medium", turns: ["two steaks, both with fries, one rare one medium"], lines: [{ item: "steak", qty: 1, options: { cook: "rare", side: "fries" } }, { item: "steak", qty: 1, options: { cook: "medium", side: "fries" } }] },
  // (Guard: "both" said of the pie alone is its choice.)
  { name: "an apple pie, both", turns: ["an apple pie, both"], lines: [{ item: "pie", qty: 1, options: { "pie-top": "both" } }] },
]);

phenomenonTable("a count, then a larger number that names the item's size in pieces", shop, [
  { name: "two orders of 12 boneless, one bbq and one mild", turns: ["two orders of 12 boneless, one bbq and one mild"], lines: [{ item: "wings", qty: 1, options: { "wing-size": "w12", "wing-sauce": "bbq" } }, { item: "wings", qty: 1, options: { "wing-size": "w12", "wing-sauce": "mild" } }] },
  { name: "two 12 wings, bbq", turns: ["two 12 wings, bbq"], lines: [{ item: "wings", qty: 2, options: { "wing-size": "w12", "wing-sauce": "bbq" } }] },
  // (Guard: a number alone before the item, its size.)
  { name: "6 wings, mild", turns: ["6 wings, mild"], lines: [{ item: "wings", qty: 1, options: { "wing-size": "w6", "wing-sauce": "mild" } }] },
]);

phenomenonTable("a choice of the item's own group said before \"of\" and the item, where the word also names another item's group", shop, [
  { name: "a pitcher of lager", turns: ["a pitcher of lager"], lines: [{ item: "lager", qty: 1, options: { "beer-size": "pitcher" } }] },
  { name: "um, a pitcher of the lager", turns: ["um, a pitcher of the lager"], lines: [{ item: "lager", qty: 1, options: { "beer-size": "pitcher" } }] },
  // (Guards: the platter with its pitcher, and a pint.)
  { name: "a platter with a pitcher of cola", turns: ["a platter with a pitcher of cola"], lines: [{ item: "platter", qty: 1, options: { "platter-pitcher": "cola" } }] },
  { name: "a pint of lager", turns: ["a pint of lager"], lines: [{ item: "lager", qty: 1, options: { "beer-size": "pint" } }] },
]);
