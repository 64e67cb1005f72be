// Read-back checks red-teamed: each was written after one blind case and found it through one
// reading; these are the next store's variants of the same wrong cart, said in other words, that
// went through another step and were answered alone and wrong. The checks now read the cart
// change and the words said, not the reading:
// - a counted add-on raised by its bare word said just before a choice of the line, with a comma,
//   a filler or a few small words between ("eggs, um, scrambled", "계란은 그냥 스크램블로요")
//   (count-word-before-its-choice.ts);
// - a count said with a word that puts something in or on, no item, and a dish made more of while
//   the counted add-on in hand did not change ("… two fried eggs on top" → "actually just put one
//   on") (count-put-changed-nothing.ts); read now as the add-on's count, as in Korean
//   (add-on-count-said-again.ts);
// - kinds said by choices with counts under the item named once as the one talked about
//   ("라무네는 멜론 하나 딸기 하나요" of the two ramune in hand) that made more of it
//   (kinds-said-again.ts);
// - a line's list of add-ons carried on a turn later, "… with extra potato" → "and pumpkin too",
//   that made the pumpkin side the menu also sells (add-on-said-as-item.ts).
import { skewerBarMenu } from "./test-menus.ts";
import { menuFrom, notAloneTable, phenomenonTable } from "./test-helpers.ts";

const both = (k: string, e: string, ka?: string[], ea?: string[]) => ({ name: { ko: k, en: e }, ...(ka || ea ? { aliases: { ...(ka ? { ko: ka } : {}), ...(ea ? { en: ea } : {}) } } : {}) });
const store = (id: string) => ({ id, name: { ko: "테스트", en: "Test" }, currency: "KRW", languages: ["ko", "en"] });

// Eggs: a counted "Extra eggs" and how they are cooked, a group whose name holds no word for them.
const cooked = menuFrom({
  version: 1,
  store: store("read-back-variants-a"),
  categories: [{ id: "meals", ...both("식사", "Meals") }],
  optionGroups: [
    { id: "how", ...both("조리 방법", "How cooked"), select: "one", default: "sunny", choices: [{ id: "sunny", ...both("반숙", "Sunny side up") }, { id: "scrambled", ...both("스크램블", "Scrambled") }] },
    { id: "extra-eggs", ...both("계란 추가", "Extra eggs"), select: "count", default: 0, min: 0, max: 3, unitPrice: 500 },
  ],
  items: [{ id: "omelette", category: "meals", ...both("오믈렛", "Omelette plate"), price: 11000, optionGroups: ["how", "extra-eggs"] }],
});

// The round-63 shape: "egg" also names a fried egg another plate takes (a choice whose words name the counted group).
const fried = menuFrom({
  version: 1,
  store: store("read-back-variants-b"),
  categories: [{ id: "rice", ...both("밥", "Rice") }, { id: "plates", ...both("접시", "Plates") }],
  optionGroups: [
    { id: "protein", ...both("단백질", "Protein"), select: "one", choices: [{ id: "chicken", ...both("치킨", "Chicken") }, { id: "shrimp", ...both("새우", "Shrimp") }] },
    { id: "egg-style", ...both("계란 스타일", "Egg style"), select: "one", default: "sunny", choices: [{ id: "sunny", ...both("반숙", "Sunny side up", undefined, ["runny"]) }, { id: "hard", ...both("완숙", "Fried hard", undefined, ["over hard", "well done"]) }, { id: "scrambled", ...both("스크램블", "Scrambled in", undefined, ["scrambled egg"]) }] },
    { id: "extra-egg", ...both("계란 추가", "Extra egg", undefined, ["extra egg", "another egg"]), select: "count", default: 0, min: 0, max: 3, unitPrice: 150 },
    { id: "plate-addons", ...both("추가", "Add to the plate"), select: "many", choices: [{ id: "fried-egg", ...both("계란 프라이", "Fried egg", undefined, ["egg"]), price: 150 }, { id: "tempeh", ...both("템페", "Tempeh") }] },
  ],
  items: [
    { id: "nasi-goreng", category: "rice", ...both("나시고렝", "Nasi goreng"), description: { en: "Fried rice with a fried egg.", ko: "계란 프라이를 올린 볶음밥." }, price: 1400, optionGroups: ["protein", "egg-style", "extra-egg"] },
    { id: "rendang", category: "plates", ...both("른당", "Rendang plate"), price: 1800, optionGroups: ["plate-addons"] },
  ],
});

notAloneTable("a counted add-on's bare word, a few small words, then a choice of the line: a guess", cooked, [
  { name: "오믈렛 하나 계란은 그냥 스크램블로요", turns: ["오믈렛 하나 계란은 그냥 스크램블로요"] },
  { name: "omelette plate, eggs, um, scrambled", turns: ["omelette plate, eggs, um, scrambled"] },
  { name: "omelette plate, eggs please scrambled", turns: ["omelette plate, eggs please scrambled"] },
  { name: "omelette plate, the eggs, scrambled", turns: ["omelette plate, the eggs, scrambled"] },
  { name: "omelette plate, eggs done scrambled", turns: ["omelette plate, eggs done scrambled"] },
  { name: "omelette plate, eggs should be scrambled", turns: ["omelette plate, eggs should be scrambled"] },
]);

notAloneTable("the egg word read as a choice naming the counted group, a comma or a word before its style: a guess", fried, [
  { name: "nasi goreng shrimp, egg, scrambled", turns: ["nasi goreng shrimp, egg, scrambled"] },
  { name: "nasi goreng shrimp, egg please well done", turns: ["nasi goreng shrimp, egg please well done"] },
  { name: "nasi goreng shrimp, the egg, i want it scrambled", turns: ["nasi goreng shrimp, the egg, i want it scrambled"] },
]);

phenomenonTable("the add-on said with its number or adding word stays sure", cooked, [
  { name: "an omelette plate with an extra egg, scrambled", turns: ["an omelette plate with an extra egg, scrambled"], lines: [{ item: "omelette", qty: 1, options: { how: "scrambled", "extra-eggs": 1 } }], confident: true },
  { name: "오믈렛 하나 계란 추가 스크램블로요", turns: ["오믈렛 하나 계란 추가 스크램블로요"], lines: [{ item: "omelette", qty: 1, options: { how: "scrambled", "extra-eggs": 1 } }], confident: true },
]);

// A dish with a counted add-on put on top, a stew with counted noodles put in.
const kitchen = menuFrom({
  version: 1,
  store: store("read-back-variants-c"),
  categories: [{ id: "meals", ...both("식사", "Meals") }, { id: "drinks", ...both("음료", "Drinks") }],
  optionGroups: [
    { id: "fried-egg", ...both("계란 프라이 추가", "Fried egg", ["계란 후라이", "계란 추가"], ["fried egg"]), select: "count", default: 0, min: 0, max: 2, unitPrice: 1000 },
    { id: "noodles", ...both("라면 사리", "Ramen noodles", ["라면사리", "라면 추가"], ["ramen"]), select: "count", default: 0, min: 0, max: 3, unitPrice: 2000 },
    { id: "size", ...both("크기", "Size"), select: "one", choices: [{ id: "small", ...both("소", "Small") }, { id: "medium", ...both("중", "Medium"), price: 10000 }] },
  ],
  items: [
    { id: "fried-rice", category: "meals", ...both("카오팟", "Fried rice"), price: 12000, optionGroups: ["fried-egg"] },
    { id: "stew", category: "meals", ...both("매운탕", "Fish stew"), price: 35000, optionGroups: ["size", "noodles"] },
    { id: "tea", category: "drinks", ...both("타이 밀크티", "Thai tea"), price: 5000 },
  ],
});

// (Read now as the add-on's count in all, as in Korean: add-on-count-said-again.ts; a change of a
// counted option on a line in hand stays a guess.)
phenomenonTable("a count put in or on, just after the dish was made with that add-on: the add-on's count, a guess", kitchen, [
  { name: "one fried rice with two fried eggs on top → actually just put one on", turns: ["one fried rice with two fried eggs on top", "actually just put one on"], lines: [{ item: "fried-rice", qty: 1, options: { "fried-egg": 1 } }], confident: false },
  { name: "one medium fish stew with three ramen noodles → actually put in just two", turns: ["one medium fish stew with three ramen noodles", "actually put in just two"], lines: [{ item: "stew", qty: 1, options: { size: "medium", noodles: 2 } }], confident: false },
]);

phenomenonTable("one more of the dish, or another thing, stays sure", kitchen, [
  { name: "… two fried eggs on top → add one more", turns: ["one fried rice with two fried eggs on top", "add one more"], lines: [{ item: "fried-rice", qty: 2, options: { "fried-egg": 2 } }], confident: true },
  { name: "two thai teas → add one", turns: ["two thai teas", "add one"], lines: [{ item: "tea", qty: 3 }], confident: true },
]);

const bar = skewerBarMenu();

notAloneTable("kinds said under the item in hand, named once as the one talked about, and more of it made: a guess", bar, [
  { name: "라무네 두 개요 → 네기마 하나요 → 라무네는 멜론 하나 딸기 하나요", turns: ["라무네 두 개요", "네기마 하나요", "라무네는 멜론 하나 딸기 하나요"] },
  { name: "라무네 두 개요 → 네기마 하나요 → 아 라무네는 딸기 하나 멜론 하나요", turns: ["라무네 두 개요", "네기마 하나요", "아 라무네는 딸기 하나 멜론 하나요"] },
  { name: "라무네 세 개요 → 네기마 하나요 → 라무네는 멜론 두 개 딸기 한 개요", turns: ["라무네 세 개요", "네기마 하나요", "라무네는 멜론 두 개 딸기 한 개요"] },
]);

phenomenonTable("kinds said with the item, counted and with an adding word, stay sure", bar, [
  { name: "라무네 두 개요 → 라무네 멜론 하나 딸기 하나 더 주세요", turns: ["라무네 두 개요", "라무네 멜론 하나 딸기 하나 더 주세요"], lines: [{ item: "ramune", qty: 2, options: { flavor: "original" } }, { item: "ramune", qty: 1, options: { flavor: "melon" } }, { item: "ramune", qty: 1, options: { flavor: "strawberry" } }], confident: true },
  { name: "라무네 두 개요 → 네기마 하나요 → 멜론 하나랑 딸기 하나요", turns: ["라무네 두 개요", "네기마 하나요", "멜론 하나랑 딸기 하나요"], lines: [{ item: "ramune", qty: 1, options: { flavor: "melon" } }, { item: "ramune", qty: 1, options: { flavor: "strawberry" } }, { item: "negima", qty: 1, options: { sauce: "tare" } }], confident: true },
]);

// A roti with add-ons of its own named like sides the menu sells too.
const roti = menuFrom({
  version: 1,
  store: store("read-back-variants-e"),
  categories: [{ id: "roti", ...both("로티", "Roti") }, { id: "sides", ...both("사이드", "Sides") }],
  optionGroups: [
    { id: "extras", ...both("추가", "Add-ons"), select: "many", choices: [{ id: "add-potato", ...both("감자 추가", "Extra potato"), price: 100 }, { id: "add-pumpkin", ...both("호박 추가", "Add pumpkin"), price: 150 }] },
  ],
  items: [
    { id: "roti", category: "roti", ...both("채나 로티", "Channa Roti"), price: 1000, optionGroups: ["extras"] },
    { id: "pumpkin", category: "sides", ...both("호박 반찬", "Pumpkin Talkari", ["호박"], ["pumpkin"]), price: 400 },
  ],
});

notAloneTable("the line's list of add-ons carried on a turn later, a side made of the next one: a guess", roti, [
  { name: "a channa roti with extra potato → and pumpkin too", turns: ["a channa roti with extra potato", "and pumpkin too"] },
  { name: "a channa roti with extra potato → pumpkin as well please", turns: ["a channa roti with extra potato", "pumpkin as well please"] },
  { name: "채나 로티 하나 감자 추가요 → 호박도요", turns: ["채나 로티 하나 감자 추가요", "호박도요"] },
  { name: "채나 로티 하나 감자 추가요 → 아 호박도 넣어 주세요", turns: ["채나 로티 하나 감자 추가요", "아 호박도 넣어 주세요"] },
]);

phenomenonTable("a side ordered after a line with no add-ons, or with its own count or article, stays sure", roti, [
  { name: "a channa roti → and pumpkin", turns: ["a channa roti", "and pumpkin"], lines: [{ item: "roti", qty: 1 }, { item: "pumpkin", qty: 1 }], confident: true },
  { name: "a channa roti with extra potato → and a pumpkin", turns: ["a channa roti with extra potato", "and a pumpkin"], lines: [{ item: "roti", qty: 1, options: { extras: ["add-potato"] } }, { item: "pumpkin", qty: 1 }], confident: true },
]);
