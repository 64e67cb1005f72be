// Held-out rounds 52–55, first runs, answered alone and wrong; each as a reading fixed and a
// read-back check of the finished turn that makes the next store's variant a guess:
// - "one spicy pork set, not too spicy" where the level's name is also its alias ("Spicy" /
//   "spicy"): the menu's "less spicy" level (hedged-levels.ts); a level refused with none said
//   and no "none" of it on the line is a guess, where the group is a level (refused-level.ts);
// - "extra mint chutney, two cups": the count of the option in its container, not cups asked of
//   staff (count-said-after.ts, requests-to-staff.ts);
// - "a kids roast with turkey, blackcurrant for his squash": the plate's own squash flavour
//   (choice-for-its-part.ts); a squash made beside a plate whose group is named "Squash
//   flavour" is a guess (said-vs-done.ts);
// - "salted caramel slice but no caramel drizzle": the drizzle the slice comes with (its
//   description) refused as the add-on, nothing taken off: a guess (refused-what-it-comes-with.ts).
import { en, ko, menuFrom, notAloneTable, phenomenonTable } from "./test-helpers.ts";

const menu = menuFrom({
  version: 1,
  store: { id: "blind-r52-55-e", name: { en: "Blind rounds test" }, currency: "USD", languages: ["en"] },
  categories: [{ id: "mains", ...en("Mains") }, { id: "kids", ...en("Kids") }, { id: "cakes", ...en("Cakes") }, { id: "drinks", ...en("Drinks") }],
  optionGroups: [
    { id: "spice", ...en("Spice level"), select: "one", default: "normal", choices: [{ id: "mild", ...en("Mild", ["not spicy", "less spicy"]) }, { id: "normal", ...en("Medium", ["regular"]) }, { id: "hot", ...en("Spicy", ["spicy", "hot"]) }, { id: "extra", ...en("Extra spicy", ["very spicy"]) }] },
    { id: "sweet", ...en("Sweetness"), select: "one", default: "sweet", choices: [{ id: "light", ...en("Light sweet", ["less sweet"]) }, { id: "sweet", ...en("Sweet", ["sweet"]) }, { id: "extra", ...en("Extra sweet") }] },
    { id: "smoke", ...en("Smoke"), select: "one", default: "classic", choices: [{ id: "mild", ...en("Mild smoke") }, { id: "classic", ...en("Classic") }, { id: "smoky", ...en("Smoky") }, { id: "fiery", ...en("Extra smoky", ["fiery"]) }] },
    { id: "mint", ...en("Extra mint chutney"), select: "count", default: 0, min: 0, max: 4, unitPrice: 50, aliases: { en: ["mint chutney", "extra mint chutney"] } },
    { id: "roll-adds", ...en("Add"), select: "many", choices: [{ id: "onions", ...en("Onions") }] },
    { id: "meat", ...en("Meat"), select: "one", default: "beef", choices: [{ id: "beef", ...en("Beef") }, { id: "turkey", ...en("Turkey") }] },
    { id: "squash-flavour", ...en("Squash flavour"), select: "one", default: "orange", choices: [{ id: "orange", ...en("Orange") }, { id: "blackcurrant", ...en("Blackcurrant") }] },
    { id: "toppings", ...en("Toppings"), select: "many", choices: [{ id: "caramel", ...en("Caramel drizzle", ["caramel sauce"]) }, { id: "berries", ...en("Berries") }] },
    { id: "brownie-holds", ...en("Holds"), select: "many", choices: [{ id: "no-nuts", ...en("No nuts") }, { id: "no-cream", ...en("No whipped cream") }] },
    { id: "holds", ...en("Holds"), select: "many", choices: [{ id: "no-sauce", ...en("No sauce drizzle", ["no drizzle", "no sauce"]) }, { id: "no-cream", ...en("No whipped cream", ["no cream"]) }] },
  ],
  items: [
    { id: "pork-set", category: "mains", ...en("Spicy pork set", ["spicy pork", "pork set"]), price: 900, optionGroups: ["spice"] },
    { id: "stew", category: "mains", ...en("Stew"), price: 900, optionGroups: ["smoke"] },
    { id: "roll", category: "mains", ...en("Tikka roll"), price: 899, optionGroups: ["mint", "roll-adds"] },
    { id: "kids", category: "kids", ...en("Kids roast"), description: { en: "A small roast with potatoes and a squash." }, price: 650, optionGroups: ["meat", "squash-flavour"] },
    { id: "squash", category: "drinks", ...en("Squash"), price: 150, optionGroups: ["squash-flavour"] },
    { id: "tea", category: "drinks", ...en("Tea"), price: 150, optionGroups: ["sweet"] },
    { id: "brownie", category: "cakes", ...en("Caramel brownie"), description: { en: "Fudge brownie with caramel drizzle." }, price: 650, optionGroups: ["toppings", "brownie-holds"] },
    { id: "slice", category: "cakes", ...en("Caramel slice"), description: { en: "Topped with caramel drizzle and sea salt, with whipped cream." }, price: 750, optionGroups: ["toppings", "holds"] },
  ],
});

phenomenonTable("a level said with not, where its name is also its alias", menu, [
  { name: "one spicy pork set please, not too spicy", turns: ["one spicy pork set please, not too spicy"], lines: [{ item: "pork-set", qty: 1, options: { spice: "mild" } }], confident: true },
  { name: "a tea, not too sweet", turns: ["a tea, not too sweet"], lines: [{ item: "tea", qty: 1, options: { sweet: "light" } }], confident: true },
]);

notAloneTable("a level refused, none said: a guess", menu, [
  { name: "a stew without smoky (which of the others?)", turns: ["a stew without smoky"] },
]);

phenomenonTable("a count said after the option, with its container", menu, [
  { name: "tikka roll with extra mint chutney, two cups", turns: ["tikka roll with extra mint chutney, two cups, and a tea"], lines: [{ item: "roll", qty: 1, options: { mint: 2 } }, { item: "tea", qty: 1 }], confident: true },
  { name: "tikka roll with mint chutney, 3 sides", turns: ["tikka roll with mint chutney, 3 sides"], lines: [{ item: "roll", qty: 1, options: { mint: 3 } }], confident: true },
]);

notAloneTable("cups after an option's words: never sure a request to staff", menu, [
  { name: "tikka roll with onions, two cups", turns: ["tikka roll with onions, two cups"] },
]);

phenomenonTable("a choice for a part of the line just ordered", menu, [
  { name: "a kids roast with turkey please, blackcurrant for his squash", turns: ["a kids roast with turkey please, blackcurrant for his squash, and a tea for me"], lines: [{ item: "kids", qty: 1, options: { meat: "turkey", "squash-flavour": "blackcurrant" } }, { item: "tea", qty: 1 }], confident: true },
  { name: "kids roast, blackcurrant for the squash", turns: ["kids roast, blackcurrant for the squash"], lines: [{ item: "kids", qty: 1, options: { "squash-flavour": "blackcurrant" } }], confident: true },
]);

notAloneTable("an item made beside a line whose group is named by it: a guess", menu, [
  { name: "a kids roast with turkey and a blackcurrant squash", turns: ["a kids roast with turkey and a blackcurrant squash"] },
]);

phenomenonTable("a thing the item comes with refused: its hold by a shared word", menu, [
  { name: "caramel slice but no caramel drizzle please, and a tea", turns: ["caramel slice but no caramel drizzle please, and a tea"], lines: [{ item: "slice", qty: 1, options: { holds: ["no-sauce"] } }, { item: "tea", qty: 1 }], confident: true },
]);

notAloneTable("a thing the item comes with refused, nothing taken off: a guess", menu, [
  { name: "caramel brownie, no caramel drizzle (no hold of it)", turns: ["caramel brownie, no caramel drizzle"] },
]);

// Korean: a level refused and none said.
const menuKo = menuFrom({
  version: 1,
  store: { id: "blind-r52-55-e-ko", name: { ko: "테스트" }, currency: "KRW", languages: ["ko"] },
  categories: [{ id: "main", ...ko("식사") }],
  optionGroups: [
    { id: "toppings", ...ko("토핑"), select: "many", choices: [{ id: "caramel", ...ko("카라멜 드리즐", ["카라멜 소스"]) }, { id: "berries", ...ko("블루베리") }] },
    { id: "holds", ...ko("빼기"), select: "many", choices: [{ id: "no-sauce", ...ko("소스 빼기", ["드리즐 빼고"]) }, { id: "no-cream", ...ko("휘핑크림 빼기", ["휘핑 빼고"]) }] },
    { id: "spice", ...ko("맵기"), select: "one", default: "normal", choices: [{ id: "mild", ...ko("순한맛", ["덜 맵게", "안 맵게"]) }, { id: "normal", ...ko("보통") }, { id: "hot", ...ko("매운맛", ["맵게"]) }, { id: "extra", ...ko("아주 매운맛") }] },
  ],
  items: [
    { id: "jeyuk", category: "main", ...ko("제육 정식", ["제육"]), price: 9000, optionGroups: ["spice"] },
    { id: "cake", category: "main", ...ko("카라멜 치즈케이크"), description: { ko: "카라멜 드리즐을 올린 치즈케이크." }, price: 7500, optionGroups: ["toppings", "holds"] },
  ],
});

phenomenonTable("Korean: a thing the item comes with refused, its hold", menuKo, [
  { name: "카라멜 치즈케이크 하나 카라멜 드리즐은 빼 주세요", turns: ["카라멜 치즈케이크 하나 카라멜 드리즐은 빼 주세요"], lines: [{ item: "cake", qty: 1, options: { holds: ["no-sauce"] } }], confident: true },
]);

notAloneTable("Korean: a level refused, none said", menuKo, [
  { name: "제육 정식 하나 매운맛은 빼고요", turns: ["제육 정식 하나 매운맛은 빼고요"] },
  { name: "제육 하나 주세요 매운맛 빼고요", turns: ["제육 하나 주세요 매운맛 빼고요"] },
]);
