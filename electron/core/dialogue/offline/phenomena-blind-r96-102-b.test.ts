// Counted options of the blind rounds 96–102 answered alone and wrong, and their shapes:
// - "와플에 젤라또 두 스쿱 추가해 주세요" where the scoop count is called both "젤라또" and "스쿱":
//   the number counted once, two scoops, not four (count-and-its-measure-word.ts; r102b-003, -015);
// - "a sundae, three scoops of mango" of a sundae counted in scoops (at least one, two as it comes)
//   that must be given its flavour: three in all (scoops-of-a-flavour.ts; r97d-007), a guess as
//   any number of two or more for a count that comes as two is (risky-shapes.ts);
// - "two lamb kebabs" → "make that three" → "add a paratha to each kebab": "each" before the
//   item's name, the line in hand, every unit of it (each-before-the-item.ts; r98a-011);
// - "a korma" → (which bread?) → "with paratha. and one more paratha on the side": the bread said
//   again with a count of its own, the paratha sold alone (answer-said-again-as-item.ts; r98a-020).
import { menuFrom, phenomenonTable } from "./test-helpers.ts";

const both = (ko: string, en: string) => ({ name: { ko, en } });
const shop = menuFrom({
  version: 1,
  store: { id: "blind-r96-102-b", name: { ko: "디저트와 커리", en: "Desserts and Curry" }, currency: "KRW", languages: ["ko", "en"] },
  categories: [{ id: "dessert", ...both("디저트", "Desserts") }, { id: "curry", ...both("커리", "Curry") }, { id: "bread", ...both("빵", "Bread") }],
  optionGroups: [
    { id: "gelato", ...both("젤라또 추가", "Gelato scoop"), select: "count", default: 0, min: 0, max: 3, unitPrice: 1500, aliases: { ko: ["젤라또", "스쿱"], en: ["gelato", "scoop"] } },
    { id: "bread-with", ...both("곁들임", "Served with"), select: "one", choices: [{ id: "paratha", ...both("파라타", "Paratha"), aliases: { en: ["paratha"] } }, { id: "rice", ...both("밥", "Rice"), aliases: { en: ["rice"] } }] },
    { id: "extra-paratha", ...both("파라타 추가", "Extra paratha"), select: "count", default: 0, min: 0, max: 4, unitPrice: 1000, aliases: { en: ["paratha", "extra paratha"] } },
  ],
  items: [
    { id: "waffle", category: "dessert", ...both("벨기에 와플", "Belgian Waffle"), aliases: { ko: ["와플"], en: ["waffle"] }, price: 9000, optionGroups: ["gelato"] },
    { id: "korma", category: "curry", ...both("치킨 코르마", "Chicken korma"), aliases: { en: ["korma"] }, price: 14000, optionGroups: ["bread-with"] },
    { id: "kebab", category: "curry", ...both("양고기 케밥", "Lamb kebab"), aliases: { en: ["kebab", "lamb kebab"] }, price: 9000, optionGroups: ["extra-paratha"] },
    { id: "paratha", category: "bread", ...both("파라타", "Paratha"), aliases: { en: ["paratha"] }, price: 2500 },
  ],
});


// (A parlour of its own: one count called "scoop" per item.)
const parlour = menuFrom({
  version: 1,
  store: { id: "blind-r96-102-b2", name: { ko: "아이스크림 가게", en: "Ice Cream Parlour" }, currency: "KRW", languages: ["ko", "en"] },
  categories: [{ id: "dessert", ...both("디저트", "Desserts") }],
  optionGroups: [
    { id: "one-scoop", ...both("아이스크림 추가", "Ice cream"), select: "count", default: 1, min: 0, max: 3, unitPrice: 1500, aliases: { ko: ["아이스크림", "스쿱"] } },
    { id: "sundae-scoops", ...both("스쿱 수", "Scoops"), select: "count", default: 2, min: 1, max: 4, unitPrice: 2000, aliases: { en: ["scoop"] } },
    { id: "sundae-flavour", ...both("맛", "Flavour"), select: "one", choices: [{ id: "mango", ...both("망고", "Mango") }, { id: "vanilla", ...both("바닐라", "Vanilla") }] },
    { id: "syrup", ...both("시럽", "Syrup"), select: "one", default: "none", choices: [{ id: "none", ...both("없음", "No syrup") }, { id: "caramel", ...both("캐러멜", "Caramel") }] },
  ],
  items: [
    { id: "crepe", category: "dessert", ...both("크레페", "Crepe"), price: 8000, optionGroups: ["one-scoop"] },
    { id: "sundae", category: "dessert", ...both("선데", "Sundae"), aliases: { en: ["sundae"] }, price: 0, optionGroups: ["sundae-flavour", "sundae-scoops", "syrup"] },
  ],
});
phenomenonTable("a count said with its name and its measure word is counted once", shop, [
  { name: "벨기에 와플에 젤라또 두 스쿱 추가해 주세요", turns: ["벨기에 와플에 젤라또 두 스쿱 추가해 주세요"], lines: [{ item: "waffle", qty: 1, options: { gelato: 2 } }], confident: true },
  { name: "와플에 젤라또 한 스쿱 올려 주시고 파라타 하나요", turns: ["와플에 젤라또 한 스쿱 올려 주시고 파라타 하나요"], lines: [{ item: "waffle", qty: 1, options: { gelato: 1 } }, { item: "paratha", qty: 1 }], confident: true },
  { name: "와플 하나 젤라또 두 스쿱이요", turns: ["와플 하나 젤라또 두 스쿱이요"], lines: [{ item: "waffle", qty: 1, options: { gelato: 2 } }] },
  { name: "waffle with two scoops of gelato", turns: ["waffle with two scoops of gelato"], lines: [{ item: "waffle", qty: 1, options: { gelato: 2 } }] },
  // (Guard: the count's name said apart from its number.)
  { name: "와플 하나 젤라또 추가 두 개요", turns: ["와플 하나 젤라또 추가 두 개요"], lines: [{ item: "waffle", qty: 1, options: { gelato: 2 } }] },
]);

phenomenonTable("a count said with its name and its measure word, of an item that comes with one", parlour, [
  { name: "크레페에 아이스크림 한 스쿱 더 올려 주세요", turns: ["크레페에 아이스크림 한 스쿱 더 올려 주세요"], lines: [{ item: "crepe", qty: 1, options: { "one-scoop": 2 } }] },
  // ("두 스쿱 추가" of a crepe that comes with one: two more, or two in all? A guess.)
  { name: "크레페에 아이스크림 두 스쿱 추가해 주세요", turns: ["크레페에 아이스크림 두 스쿱 추가해 주세요"], lines: [{ item: "crepe", qty: 1, options: { "one-scoop": 3 } }], confident: false },
]);

phenomenonTable("so many scoops of a flavour, of an item counted in scoops: the count in all", parlour, [
  { name: "a sundae, three scoops of mango", turns: ["a sundae, three scoops of mango"], lines: [{ item: "sundae", qty: 1, options: { "sundae-flavour": "mango", "sundae-scoops": 3 } }], confident: false },
  { name: "sundae with one scoop of vanilla", turns: ["sundae with one scoop of vanilla"], lines: [{ item: "sundae", qty: 1, options: { "sundae-flavour": "vanilla", "sundae-scoops": 1 } }], confident: true },
  // (Two or more of a count that comes as two: "a number for an item sold by the piece", risky-shapes.ts.)
  { name: "a sundae, two scoops of mango", turns: ["a sundae, two scoops of mango"], lines: [{ item: "sundae", qty: 1, options: { "sundae-flavour": "mango", "sundae-scoops": 2 } }], confident: false },
  // (Guard: a syrup the sundae need not be given is not measured in its scoops.)
  { name: "a mango sundae with a scoop of caramel", turns: ["a mango sundae with a scoop of caramel"], lines: [{ item: "sundae", qty: 1, options: { "sundae-flavour": "mango", syrup: "caramel" } }] },
]);

phenomenonTable("\"each\" before an item's name: every unit of its line in hand", shop, [
  { name: "two lamb kebabs → make that three → add an extra paratha to each kebab", turns: ["two lamb kebabs", "actually make that three kebabs", "and add an extra paratha to each kebab"], lines: [{ item: "kebab", qty: 3, options: { "extra-paratha": 1 } }] },
  { name: "three lamb kebabs → extra paratha on each kebab", turns: ["three lamb kebabs", "extra paratha on each kebab"], lines: [{ item: "kebab", qty: 3, options: { "extra-paratha": 1 } }] },
  // (Guard: "the kebab" as before.)
  { name: "three lamb kebabs → add an extra paratha to the kebab", turns: ["three lamb kebabs", "add an extra paratha to the kebab"], lines: [{ item: "kebab", qty: 3, options: { "extra-paratha": 1 } }] },
]);

phenomenonTable("the bread answered, the same word said again with its own count: the bread sold alone", shop, [
  { name: "korma please → with paratha. oh and one more paratha on the side", turns: ["korma please", "with paratha. oh and one more paratha on the side"], lines: [{ item: "korma", qty: 1, options: { "bread-with": "paratha" } }, { item: "paratha", qty: 1 }] },
  { name: "korma please → paratha, and a paratha on the side too", turns: ["korma please", "paratha, and a paratha on the side too"], lines: [{ item: "korma", qty: 1, options: { "bread-with": "paratha" } }, { item: "paratha", qty: 1 }] },
  // (Guards: the answer alone; a korma said with its bread and one more in one breath.)
  { name: "korma please → paratha please", turns: ["korma please", "paratha please"], lines: [{ item: "korma", qty: 1, options: { "bread-with": "paratha" } }], confident: true },
  { name: "a korma with paratha and another paratha", turns: ["a korma with paratha and another paratha"], lines: [{ item: "korma", qty: 1, options: { "bread-with": "paratha" } }, { item: "paratha", qty: 1 }] },
]);
