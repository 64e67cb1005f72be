// English "a chicken korma and a lamb one extra hot": "one" after the options an article opens
// stands for the item said before, and what is said after it is that one's own (issue 9, fifth
// English red team: the setting after "one" was dropped, answered alone). And a count of options
// with the item left out, then "and one on X": "two bacon egg and cheese on a croissant and one
// on an english muffin" is two on croissants and one more on a muffin; "three …, two on X and
// one on Y" the count in parts (bare-parts.ts). (Korean names the left-out head with 거, which
// takes its options before it: no such shape.)
import { en, menuFrom, phenomenonTable } from "./test-helpers.ts";

const shop = menuFrom({
  version: 1,
  store: { id: "elided-one", name: { en: "Test Kitchen" }, currency: "USD", languages: ["en"] },
  categories: [{ id: "mains", name: { en: "Mains" } }, { id: "breakfast", name: { en: "Breakfast" } }],
  optionGroups: [
    { id: "protein", ...en("Protein"), select: "one", choices: [{ id: "chicken", ...en("Chicken") }, { id: "lamb", ...en("Lamb") }, { id: "paneer", ...en("Paneer") }] },
    { id: "spice", ...en("Spice"), select: "one", default: "medium", choices: [{ id: "mild", ...en("Mild", ["not spicy"]) }, { id: "medium", ...en("Medium") }, { id: "extra-hot", ...en("Extra hot", ["extra spicy"]) }] },
    { id: "rice", ...en("Rice"), select: "one", default: "basmati", choices: [{ id: "basmati", ...en("Basmati rice") }, { id: "pilau", ...en("Pilau rice") }, { id: "no-rice", ...en("No rice") }] },
    { id: "bread", ...en("Bread"), select: "one", default: "bagel", choices: [{ id: "bagel", ...en("Bagel") }, { id: "croissant", ...en("Croissant") }, { id: "english-muffin", ...en("English muffin") }] },
    { id: "meat", ...en("Meat"), select: "one", default: "none", choices: [{ id: "none", ...en("No meat", ["egg and cheese"]) }, { id: "bacon", ...en("Bacon") }, { id: "sausage", ...en("Sausage") }] },
    { id: "cheese", ...en("Cheese"), select: "one", default: "american", choices: [{ id: "american", ...en("American") }, { id: "none", ...en("No cheese") }] },
  ],
  items: [
    { id: "korma", category: "mains", ...en("Korma"), price: 1299, optionGroups: ["protein", "spice", "rice"] },
    { id: "egg-sandwich", category: "breakfast", ...en("Egg sandwich"), price: 599, optionGroups: ["bread", "meat", "cheese"] },
  ],
});

const korma = (protein: string, more: Record<string, string> = {}) => ({ item: "korma", qty: 1, options: { protein, ...more } });
const egg = (qty: number, options: Record<string, string>) => ({ item: "egg-sandwich", qty, options });

phenomenonTable("English: a setting said after 'a … one'", shop, [
  { name: "a lamb one extra hot", turns: ["a chicken korma and a lamb one extra hot"], lines: [korma("chicken"), korma("lamb", { spice: "extra-hot" })], confident: true },
  { name: "a chicken one no rice", turns: ["a lamb korma and a chicken one no rice"], lines: [korma("lamb"), korma("chicken", { rice: "no-rice" })], confident: true },
  { name: "a paneer one pilau rice not spicy", turns: ["a lamb korma and a paneer one pilau rice not spicy"], lines: [korma("lamb"), korma("paneer", { rice: "pilau", spice: "mild" })], confident: true },
  // The first has its head; "one" takes it, so what is said after "one" is not shared back.
  { name: "a sausage one no cheese (head said first)", turns: ["a bacon egg and cheese on a croissant and a sausage one no cheese"], lines: [egg(1, { bread: "croissant", meat: "bacon" }), egg(1, { meat: "sausage", cheese: "none" })], confident: true },
]);

phenomenonTable("English: a count of options with the item left out, then 'and one on X'", shop, [
  { name: "two on a croissant and one on an english muffin", turns: ["two bacon egg and cheese on a croissant and one on an english muffin"], lines: [egg(2, { bread: "croissant", meat: "bacon" }), egg(1, { bread: "english-muffin", meat: "bacon" })], confident: true },
  { name: "three, two on croissants and one on an english muffin", turns: ["three bacon egg and cheese two on croissant and one on english muffin"], lines: [egg(2, { bread: "croissant", meat: "bacon" }), egg(1, { bread: "english-muffin", meat: "bacon" })], confident: true },
  // The head said last is both ones' (ellipsis.ts), unchanged.
  { name: "one on a croissant and one on an english muffin, bacon", turns: ["one croissant and one english muffin bacon egg and cheese"], lines: [egg(1, { bread: "croissant", meat: "bacon" }), egg(1, { bread: "english-muffin", meat: "bacon" })] },
]);
