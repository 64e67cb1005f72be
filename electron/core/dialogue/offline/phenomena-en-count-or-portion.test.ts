// English: a number said before an item whose portions are named by numbers (issue 9, fifth
// English red team). Where the item is also sold as one piece ("1 piece", "2 piece", "3 piece"
// of a fish dinner), "two haddock dinners" is two dinners, "make that two" two of the line; the
// portion is read only where its own words are said ("two piece cod"). (Where the smallest
// portion is many pieces, "six wings" is still that portion: the held-out wing menus keep it.)
// And "fish and chips" where the menu sells Cod & Chips and Haddock & Chips: one of that family,
// which one not said — not a kids meal's fish bites and a side of chips.
import { en, menuFrom, notAloneTable, phenomenonTable } from "./test-helpers.ts";

const shop = menuFrom({
  version: 1,
  store: { id: "count-or-portion", name: { en: "Test Chippy" }, currency: "USD", languages: ["en"] },
  categories: [{ id: "dinners", ...en("Dinners") }, { id: "sides", ...en("Sides") }, { id: "kids", ...en("Kids") }],
  optionGroups: [
    { id: "pieces", ...en("Pieces"), select: "one", default: "p1", choices: [{ id: "p1", ...en("1 piece", ["one piece"]) }, { id: "p2", ...en("2 piece", ["two piece"]) }, { id: "p3", ...en("3 piece", ["three piece"]) }] },
    { id: "cook", ...en("Cooking"), select: "one", default: "fried", choices: [{ id: "fried", ...en("Fried") }, { id: "grilled", ...en("Grilled") }] },
    { id: "kids-main", ...en("Kids main"), select: "one", choices: [{ id: "bites", ...en("Fish bites", ["fish"]) }, { id: "tenders", ...en("Chicken tenders", ["tenders"]) }] },
  ],
  items: [
    { id: "cod", category: "dinners", ...en("Cod & Chips", ["cod", "cod dinner"]), price: 1200, optionGroups: ["pieces", "cook"] },
    { id: "haddock", category: "dinners", ...en("Haddock & Chips", ["haddock", "haddock dinner"]), price: 1300, optionGroups: ["pieces", "cook"] },
    { id: "kids", category: "kids", ...en("Kids Meal"), price: 700, optionGroups: ["kids-main"] },
    { id: "chips", category: "sides", ...en("Side of Chips", ["chips"]), price: 400 },
    { id: "coke", category: "sides", ...en("Coke"), price: 200 },
  ],
});

phenomenonTable("English: a number before an item sold one piece at a time counts it", shop, [
  { name: "two haddock dinners", turns: ["two haddock dinners"], lines: [{ item: "haddock", qty: 2, options: { pieces: "p1" } }], confident: true },
  { name: "three cod and chips", turns: ["three cod and chips"], lines: [{ item: "cod", qty: 3, options: { pieces: "p1" } }], confident: true },
  { name: "two of the cod", turns: ["two of the cod"], lines: [{ item: "cod", qty: 2, options: { pieces: "p1" } }], confident: true },
  { name: "two cods", turns: ["two cods"], lines: [{ item: "cod", qty: 2, options: { pieces: "p1" } }], confident: true },
  {
    name: "three cod dinners one of them grilled",
    turns: ["three cod dinners one of them grilled"],
    lines: [
      { item: "cod", qty: 2, options: { pieces: "p1", cook: "fried" } },
      { item: "cod", qty: 1, options: { pieces: "p1", cook: "grilled" } },
    ],
  },
  { name: "make that two after a cod dinner", turns: ["a cod dinner", "make that two"], lines: [{ item: "cod", qty: 2, options: { pieces: "p1" } }], confident: true },
]);

phenomenonTable("English: '<X> and chips' where dinners are named so is one of them", shop, [
  { name: "fish and chips, then the cod", turns: ["can I get fish and chips", "the cod please"], lines: [{ item: "cod", qty: 1, options: { pieces: "p1" } }] },
  { name: "a fish and chips, then haddock", turns: ["a fish and chips", "haddock"], lines: [{ item: "haddock", qty: 1, options: { pieces: "p1" } }] },
]);

notAloneTable("English: '<X> and chips' says not which dinner", shop, [
  { name: "fish and chips please", turns: ["fish and chips please"] },
  { name: "two fish & chips", turns: ["two fish & chips"] },
]);
