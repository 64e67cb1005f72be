// Shapes of the blind rounds 28-29 (held-out since):
// - "a half dozen red velvet", "a dozen lemon", "six chocolate" where the menu's gift box comes
//   in a "Half-dozen box" (also "half dozen", "six") and a "Dozen box": said right before a
//   cupcake, which takes no box size, the words count the cupcakes (dozen-counts.ts).
// - "make half of them gluten free" of a dozen in hand: six of them (dozen-counts.ts).
// - "a decaf coffee" where "decaf" is also the coffee made decaf: the coffee's roast, not a
//   second coffee that lost it (item-or-choice.ts).
// - "대컵 반반 하나랑 소컵 간장 하나요" with no item named: the second count's options, said
//   otherwise than the first's, are another cup, not a change of the first (bare-edits.ts).
import { menuFrom, phenomenonTable } from "./test-helpers.ts";

const en = (name: string, aliases?: string[]) => ({ name: { en: name }, ...(aliases ? { aliases: { en: aliases } } : {}) });

const bakery = () =>
  menuFrom({
    version: 1,
    store: { id: "r28-shapes", name: { en: "Little Cakes" }, currency: "USD", languages: ["en"] },
    categories: [{ id: "cakes", ...en("Cupcakes") }, { id: "boxes", ...en("Boxes") }],
    optionGroups: [
      { id: "gf", ...en("Gluten-free"), select: "one", default: "regular", choices: [{ id: "regular", ...en("Regular") }, { id: "gluten-free", ...en("Gluten-free", ["gluten free"]) }] },
      { id: "roast", ...en("Roast"), select: "one", default: "regular", choices: [{ id: "regular", ...en("Regular") }, { id: "decaf", ...en("Decaf") }] },
      { id: "box-size", ...en("Box size"), select: "one", choices: [{ id: "half-dozen", ...en("Half-dozen box", ["half dozen", "six"]) }, { id: "dozen", ...en("Dozen box", ["dozen", "twelve"]) }] },
    ],
    items: [
      { id: "vanilla", category: "cakes", ...en("Vanilla Cupcake", ["vanilla"]), price: 300, optionGroups: ["gf"] },
      { id: "lemon", category: "cakes", ...en("Lemon Cupcake", ["lemon"]), price: 300, optionGroups: ["gf"] },
      { id: "coffee", category: "boxes", name: { en: "Coffee" }, aliases: { en: ["drip coffee", { text: "decaf", options: { roast: "decaf" } }] }, price: 200, optionGroups: ["roast"] },
      { id: "box", category: "boxes", ...en("Gift Box", ["gift box"]), price: 200, optionGroups: ["box-size"] },
    ],
  });

const cake = (item: string, qty: number, gf = "regular") => ({ item, qty, options: { gf } });

phenomenonTable("a box size said as a number before an item that takes no box size: the count (English)", bakery(), [
  { name: "a half dozen vanilla", turns: ["can i get a half dozen vanilla"], lines: [cake("vanilla", 6)], confident: true },
  { name: "half a dozen lemon", turns: ["half a dozen lemon please"], lines: [cake("lemon", 6)], confident: true },
  { name: "a dozen lemon", turns: ["a dozen lemon"], lines: [cake("lemon", 12)], confident: true },
  { name: "six vanilla and six lemon", turns: ["six vanilla and six lemon"], lines: [cake("vanilla", 6), cake("lemon", 6)], confident: true },
]);

phenomenonTable("half of the one line in hand: that many of it (English)", bakery(), [
  { name: "a dozen vanilla, make half of them gluten free", turns: ["twelve vanilla", "make half of them gluten free"], lines: [cake("vanilla", 6), cake("vanilla", 6, "gluten-free")] },
]);

phenomenonTable("a word that is the item made so, said before the item's own name: its choice (English)", bakery(), [
  { name: "a decaf coffee", turns: ["a decaf coffee"], lines: [{ item: "coffee", qty: 1, options: { roast: "decaf" } }], confident: true },
  { name: "two decaf coffees and a lemon", turns: ["two decaf coffees and a lemon"], lines: [{ item: "coffee", qty: 2, options: { roast: "decaf" } }, cake("lemon", 1)], confident: true },
]);

const ko = (name: string, aliases?: string[]) => ({ name: { ko: name }, ...(aliases ? { aliases: { ko: aliases } } : {}) });

const cups = () =>
  menuFrom({
    version: 1,
    store: { id: "r28-cups", name: { ko: "컵닭집" }, currency: "KRW", languages: ["ko"] },
    categories: [{ id: "cups", ...ko("컵") }, { id: "sides", ...ko("사이드") }],
    optionGroups: [
      { id: "cup-size", ...ko("컵 사이즈"), select: "one", default: "medium", choices: [{ id: "small", ...ko("소", ["소컵"]) }, { id: "medium", ...ko("중", ["중컵"]) }, { id: "large", ...ko("대", ["대컵"]) }] },
      { id: "flavor", ...ko("맛"), select: "one", default: "original", choices: [{ id: "original", ...ko("오리지널") }, { id: "soy", ...ko("간장") }, { id: "half", ...ko("반반") }] },
    ],
    items: [
      { id: "cup", category: "cups", ...ko("컵 닭강정", ["닭강정"]), price: 4000, optionGroups: ["cup-size", "flavor"] },
      { id: "fries", category: "sides", ...ko("감자튀김"), price: 3000 },
    ],
  });

const cup = (size: string, flavor: string, qty = 1) => ({ item: "cup", qty, options: { "cup-size": size, flavor } });

phenomenonTable("options alone counted twice, chosen otherwise: two orders (Korean)", cups(), [
  { name: "대컵 반반 하나랑 소컵 간장 하나요", turns: ["대컵 반반 하나랑 소컵 간장 하나요"], lines: [cup("large", "half"), cup("small", "soy")] },
  { name: "소컵 오리지널 두 개랑 대컵 간장 하나", turns: ["소컵 오리지널 두 개랑 대컵 간장 하나 주세요"], lines: [cup("small", "original", 2), cup("large", "soy")] },
]);
