// Held-out rounds 56–64, first runs, answered alone and wrong (Korean counts and choices); each
// as a reading fixed and a read-back check of the finished turn that makes the next store's
// variant a guess:
// - "막걸리 두 병" → "아 막걸리 한 병만요" where the menu also calls it "막걸리 한 병": the name and
//   its count, the line's new count, not "just the 막걸리" (counter-nouns.ts); lines taken away
//   after 만 / "just" in a turn that said a count are a guess (only-with-a-count.ts);
// - "매운탕 중 하나 라면 사리 세 개요" → "아니다 두 개만 넣어 주세요", "계란 후라이 두 개 올려" → "아
//   하나만 올려 주세요": the counted add-on's count in all (add-on-count-said-again.ts); a count said
//   with a word that puts something in or on that changed nothing is a guess
//   (count-put-changed-nothing.ts);
// - "육개장 하나 밥은 빼 주세요" of rice "공기밥 / 밥 곱빼기 / 밥 없이": 곱빼기 is no removal
//   (refusal.ts), the rice none; a refusal that leaves a line dearer is a guess
//   (refusal-made-dearer.ts);
// - "오믈렛 하나 계란은 스크램블로요": 계란 heads the group "계란 조리" the choice after it answers,
//   not one more of the counted "계란 추가" (topic-heading-word.ts); a counted add-on made one more
//   from its word alone right before a choice of the line is a guess
//   (count-word-before-its-choice.ts).
import { menuFrom, notAloneTable, phenomenonTable } from "./test-helpers.ts";

const both = (k: string, e: string, ka?: string[], ea?: string[]) => ({ name: { ko: k, en: e }, ...(ka || ea ? { aliases: { ...(ka ? { ko: ka } : {}), ...(ea ? { en: ea } : {}) } } : {}) });

const groups = [
  { id: "rice", ...both("밥", "Rice"), select: "one", default: "bowl", choices: [{ id: "bowl", ...both("공기밥", "Bowl of rice") }, { id: "double", ...both("밥 곱빼기", "Double rice", ["밥 많이"], ["extra rice"]), price: 1000 }, { id: "none", ...both("밥 없이", "No rice", ["밥 빼고"], ["no rice"]) }] },
  { id: "noodles", ...both("라면 사리", "Ramen noodles", ["라면사리", "라면 추가"], ["ramen"]), select: "count", default: 0, min: 0, max: 3, unitPrice: 2000 },
  { id: "fried-egg", ...both("계란 프라이 추가", "Fried egg", ["계란 후라이", "계란 추가"], ["fried egg"]), select: "count", default: 0, min: 0, max: 2, unitPrice: 1000 },
  { id: "size", ...both("크기", "Size"), select: "one", choices: [{ id: "small", ...both("소", "Small") }, { id: "medium", ...both("중", "Medium"), price: 10000 }, { id: "large", ...both("대", "Large"), price: 20000 }] },
  { id: "egg-style", ...both("계란 조리", "Eggs"), select: "one", default: "sunny", choices: [{ id: "sunny", ...both("반숙", "Sunny side up") }, { id: "hard", ...both("완숙", "Over hard") }, { id: "scrambled", ...both("스크램블", "Scrambled") }] },
  { id: "extra-eggs", ...both("계란 추가", "Extra eggs", ["계란 추가"], ["extra egg"]), select: "count", default: 0, min: 0, max: 3, unitPrice: 500 },
];

const items = [
  { id: "soup", category: "soup", ...both("육개장", "Beef soup"), description: { ko: "공기밥 포함.", en: "Rice included." }, price: 10000, optionGroups: ["rice"] },
  { id: "rice", category: "extra", ...both("공기밥", "Rice", ["밥", "공깃밥"], ["bowl of rice"]), price: 1000 },
  { id: "stew", category: "soup", ...both("매운탕", "Fish stew", ["메기 매운탕"]), price: 35000, optionGroups: ["size", "noodles"] },
  { id: "fish", category: "extra", ...both("도리뱅뱅이", "Pan-fried fish"), price: 14000 },
  { id: "wine", category: "drinks", ...both("막걸리", "Rice wine", ["막걸리 한 병"]), price: 5000 },
  { id: "fried-rice", category: "rice", ...both("카오팟", "Fried rice"), price: 12000, optionGroups: ["fried-egg"] },
  { id: "tea", category: "drinks", ...both("타이 밀크티", "Thai tea"), price: 5000 },
  { id: "omelette", category: "rice", ...both("오믈렛", "Omelette plate"), description: { ko: "계란 두 개.", en: "Two eggs." }, price: 11000, optionGroups: ["egg-style", "extra-eggs"] },
];

const store = (id: string) => ({ id, name: { ko: "테스트", en: "Test" }, currency: "KRW", languages: ["ko", "en"] });
const categories = [{ id: "soup", ...both("탕", "Soups") }, { id: "extra", ...both("추가", "Extras") }, { id: "rice", ...both("밥", "Rice dishes") }, { id: "drinks", ...both("음료", "Drinks") }];
const menu = menuFrom({ version: 1, store: store("blind-r56-64"), categories, optionGroups: groups, items });

phenomenonTable("a name said with its count inside it, then 만", menu, [
  { name: "막걸리 두 병 → 아 막걸리 한 병만요: one bottle, the fish kept", turns: ["도리뱅뱅이 하나 하고 막걸리 두 병 주세요", "아 막걸리 한 병만요"], lines: [{ item: "fish", qty: 1 }, { item: "wine", qty: 1 }], confident: true },
  { name: "막걸리 세 병 → 막걸리 한 병만 주세요", turns: ["막걸리 세 병이랑 도리뱅뱅이 하나요", "막걸리 한 병만 주세요"], lines: [{ item: "fish", qty: 1 }, { item: "wine", qty: 1 }], confident: true },
]);

phenomenonTable("a later count with 만 and the add-on's verb: the add-on's count", menu, [
  { name: "라면 사리 세 개 → 아니다 두 개만 넣어 주세요", turns: ["메기 매운탕 중 하나 라면 사리 세 개요", "아니다 두 개만 넣어 주세요"], lines: [{ item: "stew", qty: 1, options: { size: "medium", noodles: 2 } }] },
  { name: "계란 후라이 두 개 올려 → 아 하나만 올려 주세요", turns: ["카오팟 하나요 계란 후라이 두 개 올려 주세요", "아 하나만 올려 주세요"], lines: [{ item: "fried-rice", qty: 1, options: { "fried-egg": 1 } }] },
]);

notAloneTable("a count said with a word that puts something on, nothing changed: a guess", menu, [
  { name: "계란 후라이 두 개 올려, 타이 밀크티 하나 → 아 하나만 올려 주세요", turns: ["카오팟 하나요 계란 후라이 두 개 올려 주세요", "타이 밀크티 하나요", "아 하나만 올려 주세요"] },
]);

phenomenonTable("a refusal of a pick-one group's subject, the group has a none", menu, [
  { name: "육개장 하나 밥은 빼 주세요: no rice (곱빼기 is no removal)", turns: ["육개장 하나 밥은 빼 주세요"], lines: [{ item: "soup", qty: 1, options: { rice: "none" } }], confident: true },
  { name: "육개장 하나 밥은 빼 주시고 매운탕 소 하나요", turns: ["육개장 하나 밥은 빼 주시고 매운탕 소 하나요"], lines: [{ item: "soup", qty: 1, options: { rice: "none" } }, { item: "stew", qty: 1, options: { size: "small" } }], confident: true },
]);

phenomenonTable("a counted add-on's word heading the group of the choice after it", menu, [
  { name: "오믈렛 하나 주세요 계란은 스크램블로요", turns: ["오믈렛 하나 주세요 계란은 스크램블로요"], lines: [{ item: "omelette", qty: 1, options: { "egg-style": "scrambled", "extra-eggs": 0 } }], confident: true },
  { name: "오믈렛 두 개요 계란은 완숙으로", turns: ["오믈렛 두 개요 계란은 완숙으로"], lines: [{ item: "omelette", qty: 2, options: { "egg-style": "hard", "extra-eggs": 0 } }], confident: true },
]);

// Rice with no "none" choice: refusing it can only move it to the other choice, the dearer one.
const noNone = menuFrom({
  version: 1,
  store: store("blind-r56-64-b"),
  categories,
  optionGroups: [{ id: "rice", ...both("밥", "Rice"), select: "one", default: "bowl", choices: [{ id: "bowl", ...both("공기밥", "Bowl of rice") }, { id: "double", ...both("밥 곱빼기", "Large rice", ["밥 많이"]), price: 1000 }] }],
  items: [items[0], items[1], items[6]],
});

notAloneTable("a refusal that left a line dearer: a guess", noNone, [
  { name: "육개장 하나 밥은 빼 주세요 (no none: the double rice?)", turns: ["육개장 하나 밥은 빼 주세요"] },
  { name: "a beef soup, no rice (no none: the large rice?)", turns: ["a beef soup, no rice"] },
]);

// Names that hold a count and no shorter name of the item: read whole, 만 drops the other lines.
const countedNames = menuFrom({
  version: 1,
  store: store("blind-r56-64-c"),
  categories,
  optionGroups: [],
  items: [
    { id: "pancake", category: "extra", ...both("파전", "Scallion pancake"), price: 12000 },
    { id: "dongdong", category: "drinks", ...both("동동주 한 병", "Dongdongju bottle"), price: 6000 },
    { id: "soju", category: "drinks", name: { ko: "소주", en: "Soju" }, aliases: { en: ["one bottle of soju"] }, price: 5000 },
  ],
});

notAloneTable("lines taken away after 만 / just, with a count said: a guess", countedNames, [
  { name: "동동주 두 병 → 아 동동주 한 병만요", turns: ["파전 하나 하고 동동주 두 병 주세요", "아 동동주 한 병만요"] },
  { name: "two sojus → oh just one bottle of soju", turns: ["a scallion pancake and two sojus", "oh just one bottle of soju"] },
]);

phenomenonTable("just the thing named, no count: still sure", countedNames, [
  { name: "파전 하나 소주 하나 → 소주만 주세요", turns: ["파전 하나 소주 하나요", "소주만 주세요"], lines: [{ item: "soju", qty: 1 }], confident: true },
  { name: "a pancake and a soju → just the soju", turns: ["a scallion pancake and a soju", "just the soju"], lines: [{ item: "soju", qty: 1 }], confident: true },
]);

// Eggs cooked "조리 방법" / "How cooked": a group whose name holds no word for the eggs.
const cooked = menuFrom({
  version: 1,
  store: store("blind-r56-64-d"),
  categories,
  optionGroups: [
    { id: "how", ...both("조리 방법", "How cooked"), select: "one", default: "sunny", choices: [{ id: "sunny", ...both("반숙", "Sunny side up") }, { id: "scrambled", ...both("스크램블", "Scrambled") }] },
    { id: "extra-eggs", ...both("계란 추가", "Extra eggs"), select: "count", default: 0, min: 0, max: 3, unitPrice: 500 },
  ],
  items: [{ id: "omelette", category: "rice", ...both("오믈렛", "Omelette plate"), price: 11000, optionGroups: ["how", "extra-eggs"] }],
});

notAloneTable("a counted add-on's word alone right before a choice: a guess", cooked, [
  { name: "오믈렛 하나 주세요 계란은 스크램블로요 (one more egg, or the eggs scrambled?)", turns: ["오믈렛 하나 주세요 계란은 스크램블로요"] },
  { name: "an omelette plate, eggs scrambled", turns: ["an omelette plate, eggs scrambled"] },
]);

phenomenonTable("the add-on said with its adding word, then a choice: still sure", cooked, [
  { name: "an omelette plate with an extra egg, scrambled", turns: ["an omelette plate with an extra egg, scrambled"], lines: [{ item: "omelette", qty: 1, options: { how: "scrambled", "extra-eggs": 1 } }], confident: true },
  { name: "오믈렛 하나 계란 추가 스크램블로요", turns: ["오믈렛 하나 계란 추가 스크램블로요"], lines: [{ item: "omelette", qty: 1, options: { how: "scrambled", "extra-eggs": 1 } }], confident: true },
]);
