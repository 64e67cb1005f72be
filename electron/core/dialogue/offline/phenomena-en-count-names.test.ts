// English: a counted option named "<thing> <measure>" on the board ("Hazelnut pumps",
// "Espresso shots") said as a count is spoken, measure first (issue 9, seventh round):
// "3 pumps hazelnut", "one pump vanilla", "two shots of espresso". And "the other one plain"
// after two of a drink points at a line: it orders no plain bagel (not answered alone).
import { en, menuFrom, notAloneTable, phenomenonTable } from "./test-helpers.ts";
import { pizzeriaMenu } from "./test-menus.ts";

const driveCoffee = menuFrom({
  version: 1,
  store: { id: "count-names", name: { en: "Test Coffee" }, currency: "USD", languages: ["en"] },
  categories: [{ id: "drinks", name: { en: "Drinks" } }, { id: "bakery", name: { en: "Bakery" } }],
  optionGroups: [
    { id: "size", ...en("Size"), select: "one", default: "medium", choices: [{ id: "small", ...en("Small") }, { id: "medium", ...en("Medium") }, { id: "large", ...en("Large") }] },
    { id: "vanilla", ...en("Vanilla pumps", ["vanilla"]), select: "count", default: 0, min: 0, max: 6, unitPrice: 25 },
    { id: "hazelnut", ...en("Hazelnut pumps", ["hazelnut"]), select: "count", default: 0, min: 0, max: 6, unitPrice: 25 },
    { id: "shots", ...en("Espresso shots", ["extra shot"]), select: "count", default: 0, min: 0, max: 4, unitPrice: 90 },
    { id: "bagel-kind", ...en("Bagel"), select: "one", default: "plain", choices: [{ id: "plain", ...en("Plain") }, { id: "sesame", ...en("Sesame") }] },
  ],
  items: [
    { id: "latte", category: "drinks", ...en("Latte"), price: 419, optionGroups: ["size", "vanilla", "hazelnut", "shots"] },
    { id: "cold-brew", category: "drinks", ...en("Cold Brew"), price: 379, optionGroups: ["size", "vanilla"] },
    { id: "bagel", category: "bakery", ...en("Bagel"), price: 249, optionGroups: ["bagel-kind"] },
  ],
});

// Rows whose last turn is a counted option changed on a line already there expect it handed on
// (confident: false), the cart kept: risky-shapes.ts.
phenomenonTable("English: a count said measure first", driveCoffee, [
  { name: "3 pumps hazelnut", turns: ["a latte with 3 pumps hazelnut and an extra shot"], lines: [{ item: "latte", qty: 1, options: { hazelnut: 3, shots: 1 } }], confident: true },
  { name: "one pump, in a later turn", turns: ["a large latte", "one pump hazelnut"], lines: [{ item: "latte", qty: 1, options: { size: "large", hazelnut: 1 } }], confident: false },
  { name: "two shots of espresso", turns: ["a latte with two shots of espresso"], lines: [{ item: "latte", qty: 1, options: { shots: 2 } }], confident: true },
  { name: "the board's own order still counts", turns: ["a cold brew with 2 vanilla pumps"], lines: [{ item: "cold-brew", qty: 1, options: { vanilla: 2 } }], confident: true },
]);

notAloneTable("English: the other one + a word of another item", driveCoffee, [{ name: "the other one plain", turns: ["two large cold brews", "one with 3 pumps vanilla", "the other one plain"] }]);

// ("hold the peppers" is no pointing back: the options before it still settle the plain pizza.)
phenomenonTable("English: 'the' of a refusal after options with no item", pizzeriaMenu(), [
  { name: "one large with ham and extra cheese hold the onions", turns: ["ill take one large with ham and extra cheese hold the onions"], lines: [{ item: "pizza", qty: 1, options: { size: "large", cheese: "extra", toppings: ["ham"] } }], confident: true },
]);
