// Eleventh Korean red team (the round 38–39 menus): "새우 볶음밥", "딸기 수박 주스" (a dish the menu
// does not sell, said as menu words: a guess, modifier-before-item.ts); "볶음밥 두 개 치즈 하나만
// 올려 주세요" (one of the two: line-parts.ts); "양꼬치 20개" where a serving is ten
// (serving-pieces.ts); "소프트콘" (the soft serve's Cone choice in its name: alias-choices.ts);
// "계란 빼고" of a noodle's egg garnish, and "둘 다 계란 빼고요" never adding a paid egg
// (refusal.ts, clause.ts); "유부 많이" (more of the topping, not the large portion:
// topping-plenty.ts). The shapes are Korean only (modifier before head, 하나만, 많이).
import { ko, menuFrom, notAloneTable, phenomenonTable } from "./test-helpers.ts";

const shop = menuFrom({
  version: 1,
  store: { id: "ko-modifiers", name: { ko: "테스트 꼬치집" }, currency: "KRW", languages: ["ko"] },
  categories: [{ id: "skewer", ...ko("꼬치") }, { id: "meal", ...ko("식사") }, { id: "drink", ...ko("음료") }, { id: "dessert", ...ko("디저트") }],
  optionGroups: [
    { id: "size", ...ko("양"), select: "one", default: "regular", choices: [{ id: "regular", ...ko("보통") }, { id: "large", ...ko("곱빼기", ["많이"]), price: 1000 }] },
    { id: "topping", ...ko("토핑 추가"), select: "many", choices: [{ id: "tofu", ...ko("유부 추가", ["유부"]), price: 1000 }, { id: "cheese", ...ko("치즈 추가", ["치즈"]), price: 1000 }] },
    { id: "remove", ...ko("빼기"), select: "many", choices: [{ id: "no-strip", ...ko("지단 빼기", ["계란 지단 빼고"]) }, { id: "no-herb", ...ko("고수 빼기", ["고수 빼고"]) }] },
    { id: "egg", ...ko("삶은 계란 추가", ["계란 추가", "달걀 추가"]), select: "count", default: 0, min: 0, max: 3, unitPrice: 500 },
    { id: "fruit", ...ko("과일"), select: "one", choices: [{ id: "strawberry", ...ko("딸기", ["딸기 주스"]) }, { id: "melon", ...ko("수박", ["수박 주스"]) }] },
    { id: "cone", ...ko("콘/컵"), select: "one", default: "cup", choices: [{ id: "cup", ...ko("컵") }, { id: "cone", ...ko("콘") }] },
    { id: "waffle-top", ...ko("와플 토핑"), select: "many", choices: [{ id: "strawberry", ...ko("딸기"), price: 1000 }] },
  ],
  items: [
    { id: "lamb", category: "skewer", ...ko("양꼬치", ["양꼬치 1인분"]), description: { ko: "1인분 10개." }, price: 15000 },
    { id: "shrimp", category: "skewer", ...ko("새우꼬치", ["새우"]), description: { ko: "1개 단위." }, price: 2500 },
    { id: "garlic", category: "skewer", ...ko("마늘꼬치", ["마늘"]), price: 1500 },
    { id: "rice", category: "meal", ...ko("볶음밥"), price: 8000, optionGroups: ["topping", "remove"] },
    { id: "noodle", category: "meal", ...ko("잔치국수", ["국수"]), price: 6000, optionGroups: ["size", "topping", "remove", "egg"] },
    { id: "juice", category: "drink", ...ko("생과일주스", ["주스"]), price: 5000, optionGroups: ["fruit"] },
    { id: "waffle", category: "dessert", ...ko("와플"), price: 3500, optionGroups: ["waffle-top"] },
    { id: "soft", category: "dessert", ...ko("소프트 아이스크림", ["소프트", "소프트콘"]), price: 2500, optionGroups: ["cone"] },
  ],
});

const noodle = (qty: number, o: Record<string, unknown> = {}) => ({ item: "noodle", qty, options: { size: "regular", topping: [], remove: [], egg: 0, ...o } as never });

phenomenonTable("Korean: a noodle's egg refused, more of a topping", shop, [
  { name: "계란 빼고 of the egg garnish", turns: ["잔치국수 하나 계란 빼고 주세요"], lines: [noodle(1, { remove: ["no-strip"] })], confident: true },
  { name: "달걀 빼 주세요, the boiled egg's other name", turns: ["잔치국수 하나 달걀 빼 주세요"], lines: [noodle(1, { remove: ["no-strip"] })], confident: true },
  { name: "둘 다 계란 빼고요: no egg added", turns: ["잔치국수 두 개 둘 다 계란 빼고요"], lines: [noodle(2, { remove: ["no-strip"] })], confident: true },
  { name: "유부 많이: the topping, not the large", turns: ["잔치국수 하나 유부 많이 넣어 주세요"], lines: [noodle(1, { topping: ["tofu"] })], confident: true },
  // (Kept beside the row above: 많이 said of the noodle is its large portion.)
  { name: "많이 of the noodle is still the large", turns: ["잔치국수 많이 주세요"], lines: [noodle(1, { size: "large" })], confident: true },
]);

phenomenonTable("Korean: an add-on on one of two", shop, [
  { name: "치즈 하나만 올려 주세요", turns: ["볶음밥 두 개 치즈 하나만 올려 주세요"], lines: [{ item: "rice", qty: 1, options: { topping: [], remove: [] } }, { item: "rice", qty: 1, options: { topping: ["cheese"], remove: [] } }], confident: true },
  { name: "고수 하나만 빼고요", turns: ["볶음밥 두 개 고수 하나만 빼고요"], lines: [{ item: "rice", qty: 1, options: { topping: [], remove: [] } }, { item: "rice", qty: 1, options: { topping: [], remove: ["no-herb"] } }] },
]);

phenomenonTable("Korean: pieces of a serving, a choice in the name", shop, [
  { name: "양꼬치 20개: two servings of ten", turns: ["양꼬치 20개 주세요"], lines: [{ item: "lamb", qty: 2 }], confident: true },
  { name: "양꼬치 열 개 새우꼬치 두 개요", turns: ["양꼬치 열 개 새우꼬치 두 개요"], lines: [{ item: "lamb", qty: 1 }, { item: "shrimp", qty: 2 }], confident: true },
  { name: "열 개 더 of the line in hand", turns: ["양꼬치 2인분이요", "열 개 더 추가요"], lines: [{ item: "lamb", qty: 3 }], confident: true },
  { name: "소프트콘: the cone", turns: ["소프트콘 두 개요"], lines: [{ item: "soft", qty: 2, options: { cone: "cone" } }], confident: true },
  // (Kept beside the rows above: a list said by the fronts of the names is no dish.)
  { name: "a list of skewers said by their fronts", turns: ["새우 마늘 하나씩 주세요"], lines: [{ item: "shrimp", qty: 1 }, { item: "garlic", qty: 1 }], confident: true },
]);

notAloneTable("Korean: a dish not on the menu, pieces that are no whole serving, one of two or one each", shop, [
  { name: "새우 볶음밥", turns: ["새우 볶음밥 하나요"] },
  { name: "마늘 국수", turns: ["마늘 국수 하나요"] },
  { name: "딸기 수박 주스", turns: ["딸기 수박 주스 하나요"] },
  { name: "양꼬치 15개", turns: ["양꼬치 15개요"] },
  { name: "계란 추가는 하나만 (one of two, or one egg in each?)", turns: ["잔치국수 두 개 계란 추가는 하나만요"] },
  { name: "계란 많이 (how many?)", turns: ["잔치국수 하나 계란 많이요"] },
]);
