// "one of each cookie", "one bag of each kind of chips", "one of each shake flavor", "three
// cookies, one of each kind", "one of each side": one line for every kind of the thing named
// (issue 9, second English red team). Read right; "one of each" stays a guess (several lines
// of one item made differently from one count said), so the model confirms. A test deli.
import { describe, expect, it } from "vitest";
import { confidentAfter, converse, en, lineKeys, menuFrom, type ExpectedLine } from "./test-helpers.ts";

const deli = menuFrom({
  version: 1,
  store: { id: "each-kind", name: { en: "Test Deli" }, currency: "USD", languages: ["en"] },
  categories: [
    { id: "sides", name: { en: "Sides" } },
    { id: "snacks", name: { en: "Snacks" } },
    { id: "drinks", name: { en: "Drinks" } },
  ],
  optionGroups: [
    { id: "cookie-kind", ...en("Cookie"), select: "one", default: "choc-chip", choices: [{ id: "choc-chip", ...en("Chocolate chip") }, { id: "oatmeal", ...en("Oatmeal raisin") }, { id: "sugar", ...en("Sugar") }] },
    { id: "chip-flavor", ...en("Chip flavor"), select: "one", default: "plain", choices: [{ id: "plain", ...en("Plain") }, { id: "bbq", ...en("Barbecue") }] },
    { id: "shake-flavor", ...en("Shake flavor"), select: "one", default: "vanilla", choices: [{ id: "vanilla", ...en("Vanilla") }, { id: "chocolate", ...en("Chocolate") }] },
    { id: "shake-size", ...en("Shake size"), select: "one", default: "regular", choices: [{ id: "regular", ...en("Regular") }, { id: "large", ...en("Large") }] },
  ],
  items: [
    { id: "cookie", category: "snacks", ...en("Cookie", ["cookies"]), price: 200, optionGroups: ["cookie-kind"] },
    { id: "chips", category: "snacks", ...en("Chips", ["bag of chips"]), price: 150, optionGroups: ["chip-flavor"] },
    { id: "shake", category: "drinks", ...en("Milkshake", ["shake"]), price: 500, optionGroups: ["shake-flavor", "shake-size"] },
    { id: "slaw", category: "sides", ...en("Coleslaw", ["slaw"]), price: 300 },
    { id: "beans", category: "sides", ...en("Baked beans"), price: 300 },
    { id: "mac", category: "sides", ...en("Mac and cheese"), price: 350 },
  ],
});

const rows: Array<{ name: string; turns: string[]; lines: ExpectedLine[]; confident?: boolean }> = [
  { name: "'one of each cookie': every kind of cookie", turns: ["one of each cookie"], lines: [{ item: "cookie", qty: 1, options: { "cookie-kind": "choc-chip" } }, { item: "cookie", qty: 1, options: { "cookie-kind": "oatmeal" } }, { item: "cookie", qty: 1, options: { "cookie-kind": "sugar" } }] },
  { name: "'can I get one of each cookie please'", turns: ["can I get one of each cookie please"], lines: [{ item: "cookie", qty: 1, options: { "cookie-kind": "choc-chip" } }, { item: "cookie", qty: 1, options: { "cookie-kind": "oatmeal" } }, { item: "cookie", qty: 1, options: { "cookie-kind": "sugar" } }] },
  { name: "'one bag of each kind of chips'", turns: ["one bag of each kind of chips"], lines: [{ item: "chips", qty: 1, options: { "chip-flavor": "plain" } }, { item: "chips", qty: 1, options: { "chip-flavor": "bbq" } }] },
  { name: "'three cookies, one of each kind': the count matches", turns: ["three cookies, one of each kind"], lines: [{ item: "cookie", qty: 1, options: { "cookie-kind": "choc-chip" } }, { item: "cookie", qty: 1, options: { "cookie-kind": "oatmeal" } }, { item: "cookie", qty: 1, options: { "cookie-kind": "sugar" } }] },
  { name: "'one of each shake flavor': the group the word names, not the size", turns: ["one of each shake flavor"], lines: [{ item: "shake", qty: 1, options: { "shake-flavor": "vanilla" } }, { item: "shake", qty: 1, options: { "shake-flavor": "chocolate" } }] },
  { name: "'two of each shake flavor'", turns: ["two of each shake flavor"], lines: [{ item: "shake", qty: 2, options: { "shake-flavor": "vanilla" } }, { item: "shake", qty: 2, options: { "shake-flavor": "chocolate" } }], confident: true },
  { name: "'one of each uh cookie': a hesitation inside the phrase changes nothing", turns: ["one of each uh cookie um please"], lines: [{ item: "cookie", qty: 1, options: { "cookie-kind": "choc-chip" } }, { item: "cookie", qty: 1, options: { "cookie-kind": "oatmeal" } }, { item: "cookie", qty: 1, options: { "cookie-kind": "sugar" } }] },
  { name: "'one of each side': every item of the category", turns: ["one of each side"], lines: [{ item: "slaw", qty: 1 }, { item: "beans", qty: 1 }, { item: "mac", qty: 1 }] },
];

describe("English: 'one of each X' makes a line for every kind of X", () => {
  for (const r of rows) {
    it(r.name, async () => {
      const { cart } = await converse(deli, r.turns);
      expect(lineKeys(deli, cart.lines)).toEqual(lineKeys(deli, r.lines));
      expect(await confidentAfter(deli, r.turns)).toBe(r.confident ?? false);
    });
  }
});

describe("English: 'of each' the menu does not settle is left to the usual reading", () => {
  const rows: Array<{ name: string; turns: string[]; not: ExpectedLine[] }> = [
    // Flavour and size are both kinds of shake: which one "each" runs over is not said.
    { name: "'one of each shake'", turns: ["one of each shake"], not: [{ item: "shake", qty: 1, options: { "shake-flavor": "vanilla" } }, { item: "shake", qty: 1, options: { "shake-flavor": "chocolate" } }] },
    // Four cookies are not one of each of three kinds.
    { name: "'four cookies, one of each kind'", turns: ["four cookies, one of each kind"], not: [{ item: "cookie", qty: 1, options: { "cookie-kind": "choc-chip" } }, { item: "cookie", qty: 1, options: { "cookie-kind": "oatmeal" } }, { item: "cookie", qty: 1, options: { "cookie-kind": "sugar" } }] },
  ];
  for (const r of rows) {
    it(r.name, async () => {
      const { cart } = await converse(deli, r.turns);
      expect(lineKeys(deli, cart.lines)).not.toEqual(lineKeys(deli, r.not));
      expect(await confidentAfter(deli, r.turns)).toBe(false);
    });
  }
});
