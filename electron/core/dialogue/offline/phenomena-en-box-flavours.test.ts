// English, menus with unusual shapes (issue 9, round 11): a box whose flavours are the
// store's own items as COUNT groups (flavour-items.ts), a box choosing flavours from a
// choice list, and an item whose quantity lives in a count group named like the item
// (piece-counts.ts). A cookie shop here, so nothing leans on the words of the stores the
// shapes were seen in.
import { en, menuFrom, notAloneTable, phenomenonTable } from "./test-helpers.ts";

const count = (id: string, name: string, aliases?: string[]) => ({ id, ...en(name, aliases), select: "count", default: 0, min: 0, max: 12 });
const cookies = menuFrom({
  version: 1,
  store: { id: "box-flavours", name: { en: "Test Cookies" }, currency: "USD", languages: ["en"] },
  categories: [
    { id: "cookies", name: { en: "Cookies" } },
    { id: "boxes", name: { en: "Boxes" } },
    { id: "drinks", name: { en: "Drinks" } },
  ],
  optionGroups: [
    { id: "warm", ...en("Warm it up"), select: "one", default: "no", choices: [{ id: "no", ...en("As is") }, { id: "yes", ...en("Warmed", ["warm", "warmed up"]) }] },
    { id: "mix", ...en("Pick your flavors"), select: "many", max: 3, choices: [{ id: "chip", ...en("Chocolate Chip") }, { id: "oat", ...en("Oatmeal Raisin", ["oatmeal"]) }, { id: "sugar", ...en("Sugar") }] },
    count("b-chip", "Chocolate Chip"),
    count("b-oat", "Oatmeal Raisin", ["oatmeal"]),
    count("b-sugar", "Sugar"),
    { id: "bites", ...en("How many", ["bites", "pieces"]), select: "count", default: 10, min: 10, max: 40 },
    { id: "bite-mix", ...en("Bite flavors"), select: "many", choices: [{ id: "plain", ...en("Plain") }, { id: "cocoa", ...en("Cocoa") }] },
  ],
  items: [
    { id: "chip", category: "cookies", ...en("Chocolate Chip Cookie"), price: 200, optionGroups: ["warm"] },
    { id: "oat", category: "cookies", ...en("Oatmeal Raisin Cookie", ["oatmeal"]), price: 200, optionGroups: ["warm"] },
    { id: "sugar", category: "cookies", ...en("Sugar"), price: 150, optionGroups: ["warm"] },
    { id: "six", category: "boxes", ...en("Half Dozen Box", ["half dozen"]), price: 1000, optionGroups: ["mix"] },
    { id: "twelve", category: "boxes", ...en("Dozen Box", ["dozen", "a dozen"]), price: 1800, optionGroups: ["b-chip", "b-oat", "b-sugar"] },
    { id: "bites", category: "cookies", ...en("Cookie Bites", ["bites"]), price: 0, optionGroups: ["bites", "bite-mix"] },
    { id: "milk", category: "drinks", ...en("Milk"), price: 150 },
  ],
});

phenomenonTable("English: a box whose flavours are counts named like the items sold alone", cookies, [
  { name: "a count per flavour after the box", turns: ["a dozen box six sugar six chocolate chip"], lines: [{ item: "twelve", qty: 1, options: { "b-sugar": 6, "b-chip": 6 } }], confident: true },
  { name: "a number with a flavour and no box is the item sold alone", turns: ["two sugar"], lines: [{ item: "sugar", qty: 2 }], confident: true },
  { name: "a flavour named like the item without its category word", turns: ["three chocolate chips and a milk"], lines: [{ item: "chip", qty: 3 }, { item: "milk", qty: 1 }], confident: true },
  { name: "the whole box of one flavour", turns: ["dozen box, all sugar"], lines: [{ item: "twelve", qty: 1, options: { "b-sugar": 12 } }], confident: true },
  { name: "the rest of the box", turns: ["a dozen: 4 oatmeal, 4 sugar and the rest chocolate chip"], lines: [{ item: "twelve", qty: 1, options: { "b-oat": 4, "b-sugar": 4, "b-chip": 4 } }] },
  { name: "n of each flavour", turns: ["dozen box, four of each flavor please"], lines: [{ item: "twelve", qty: 1, options: { "b-chip": 4, "b-oat": 4, "b-sugar": 4 } }], confident: true },
  { name: "a full box, then one sold alone", turns: ["a dozen, six sugar and six oatmeal, and could you warm up one sugar cookie"], lines: [{ item: "twelve", qty: 1, options: { "b-sugar": 6, "b-oat": 6 } }, { item: "sugar", qty: 1, options: { warm: "yes" } }] },
  { name: "a flavour swapped for another keeps its count", turns: ["one dozen box with six oatmeal and six sugar", "change the oatmeal ones to chocolate chip"], lines: [{ item: "twelve", qty: 1, options: { "b-sugar": 6, "b-chip": 6 } }] },
  { name: "a box choosing from a list takes the flavours as choices", turns: ["a half dozen box of sugar and a milk"], lines: [{ item: "six", qty: 1, options: { mix: ["sugar"] } }, { item: "milk", qty: 1 }], confident: true },
  { name: "a flavour with no count after the box is the cookie, as a guess", turns: ["a dozen box and a sugar"], lines: [{ item: "twelve", qty: 1 }, { item: "sugar", qty: 1 }], confident: false },
  { name: "singles then the list box", turns: ["two oatmeal and a sugar"], lines: [{ item: "oat", qty: 2 }, { item: "sugar", qty: 1 }], confident: true },
]);

phenomenonTable("English: an item whose quantity is a count group named like it", cookies, [
  { name: "a number of pieces is one line", turns: ["twenty five bites"], lines: [{ item: "bites", qty: 1, options: { bites: 25 } }], confident: true },
  { name: "two dozen is 24 pieces, not two dozen boxes", turns: ["two dozen bites, plain and cocoa"], lines: [{ item: "bites", qty: 1, options: { bites: 24, "bite-mix": ["plain", "cocoa"] } }], confident: true },
  { name: "a dozen of them after another item", turns: ["a milk and a dozen bites"], lines: [{ item: "milk", qty: 1 }, { item: "bites", qty: 1, options: { bites: 12 } }], confident: true },
  { name: "half and half of the mix is not the half dozen box", turns: ["twenty bites, half plain half cocoa"], lines: [{ item: "bites", qty: 1, options: { bites: 20, "bite-mix": ["plain", "cocoa"] } }] },
  { name: "no number: the item's own default", turns: ["cookie bites"], lines: [{ item: "bites", qty: 1 }], confident: true },
  // Fewer than the count's minimum: not a number of pieces.
  { name: "two orders below the minimum stay two", turns: ["two cookie bites"], lines: [{ item: "bites", qty: 2 }] },
]);

notAloneTable("English: a flavour said after the box is ordered, with nothing else", cookies, [
  { name: "which one: the box's count or a cookie sold alone", turns: ["a dozen box, all sugar", "two oatmeal"] },
  { name: "a flavour with no count after the box", turns: ["a dozen box and a sugar"] },
]);
