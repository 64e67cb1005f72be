// Tenth Korean red team (the round 36–37 menus): "처음처럼 있어요? 그걸로 바꿔 주세요" (the thing
// asked about, taken: asked-then-taken.ts), "라면사리 돼요? 그럼 하나 넣어 주세요" (its count),
// "파전은 그냥 됐어요" (그냥 after the word is "just", not 만: atoms.ts), "아 그냥 미더덕 넣어
// 주세요" after "미더덕 빼 주세요" where 미더덕 is also a paid extra (the removal taken back:
// mods.ts, keep-default.ts; "연유 그냥 넣어 주세요", the choice "연유 넣어서": just-put-in.ts),
// "공기밥은 흑미로" of the stew's rice (topic-heading-word.ts), and
// "막걸리 한 병 밤으로 한 병이요" (two lines, or one: a guess, as "인절미 하나 흑임자 하나요" was
// already: count-then-choice-count.ts; "인절미 한 팩 흑임자 한 팩이요", the counter said again, is
// two lines: phenomena-ko-counted-kinds.test.ts).
import { menuFrom, notAloneTable, phenomenonTable } from "./test-helpers.ts";

const both = (e: string, k: string, enAliases: string[] = [], koAliases: string[] = []) => ({ name: { en: e, ko: k }, aliases: { en: enAliases, ko: koAliases } });

const shop = menuFrom({
  version: 1,
  store: { id: "asked-then-taken", name: { en: "Test Stew House", ko: "테스트 찌개집" }, currency: "USD", languages: ["en", "ko"] },
  categories: [
    { id: "food", name: { en: "Food", ko: "식사" } },
    { id: "drinks", name: { en: "Drinks", ko: "음료" } },
  ],
  optionGroups: [
    { id: "size", ...both("Size", "크기"), select: "one", default: "regular", choices: [{ id: "regular", ...both("Regular", "중자") }, { id: "large", ...both("Large", "대자") }] },
    { id: "rice", ...both("Rice", "공기밥"), select: "one", default: "white", choices: [{ id: "white", ...both("White rice", "흰쌀밥", [], ["흰쌀"]) }, { id: "black", ...both("Black rice", "흑미밥", [], ["흑미"]) }] },
    { id: "add", ...both("Add", "추가"), select: "many", choices: [{ id: "squirt", ...both("Add sea squirt", "미더덕 추가", ["sea squirt"], ["미더덕"]) }] },
    { id: "remove", ...both("Leave out", "빼기"), select: "many", choices: [{ id: "no-squirt", ...both("No sea squirt", "미더덕 빼기") }] },
    { id: "ramen", ...both("Ramen noodles", "라면사리", ["ramen"], ["사리"]), select: "count", min: 0, max: 3, default: 0 },
    { id: "brand", ...both("Soju brand", "소주 종류"), select: "one", default: "chamisul", choices: [{ id: "chamisul", ...both("Chamisul", "참이슬") }, { id: "cheoeum", ...both("Cheoeum", "처음처럼") }] },
    { id: "coat", ...both("Coating", "고물"), select: "one", default: "bean", choices: [{ id: "bean", ...both("Bean", "콩고물") }, { id: "sesame", ...both("Black sesame", "흑임자") }] },
    { id: "milk", ...both("Condensed milk", "연유"), select: "one", default: "with", choices: [{ id: "with", ...both("With condensed milk", "연유 넣어서") }, { id: "without", ...both("No condensed milk", "연유 빼고", [], ["연유 없이"]) }] },
    { id: "unit", ...both("Unit", "단위"), select: "one", default: "pack", choices: [{ id: "pack", ...both("Pack", "팩", [], ["한 팩"]) }, { id: "box", ...both("Box", "상자", [], ["한 상자"]) }] },
    { id: "kind", ...both("Kind", "종류"), select: "one", default: "saeng", choices: [{ id: "saeng", ...both("Fresh", "생막걸리", [], ["생"]) }, { id: "bam", ...both("Chestnut", "밤막걸리", [], ["밤"]) }] },
  ],
  items: [
    { id: "stew", category: "food", ...both("Fish stew", "아구탕", ["stew"], []), price: 3000, optionGroups: ["size", "rice", "add", "remove", "ramen"] },
    { id: "rice-bowl", category: "food", ...both("Bowl of rice", "공기밥", ["rice"], ["밥"]), price: 100, optionGroups: ["rice"] },
    { id: "pancake", category: "food", ...both("Seafood pancake", "해물파전", ["pancake"], ["파전"]), price: 1500 },
    { id: "ricecake", category: "food", ...both("Injeolmi", "인절미"), price: 500, optionGroups: ["coat", "unit"] },
    { id: "bingsu", category: "food", ...both("Shave ice", "빙수"), price: 800, optionGroups: ["milk"] },
    { id: "makgeolli", category: "drinks", ...both("Makgeolli", "막걸리", [], ["막걸리 한 병"]), price: 500, optionGroups: ["kind"] },
    { id: "soju", category: "drinks", ...both("Soju", "소주"), price: 500, optionGroups: ["brand"] },
    { id: "coke", category: "drinks", ...both("Coke", "콜라"), price: 200 },
    { id: "cider", category: "drinks", ...both("Sprite", "사이다", ["sprite"]), price: 200 },
  ],
});

phenomenonTable("A question naming a thing, then 'that' / 'then one': the thing asked about", shop, [
  { name: "처음처럼 있어요? 그걸로 바꿔 주세요", turns: ["소주 참이슬 하나요", "처음처럼 있어요? 그걸로 바꿔 주세요"], lines: [{ item: "soju", qty: 1, options: { brand: "cheoeum" } }], confident: true },
  { name: "대자는 얼마예요? 그걸로 할게요", turns: ["아구탕 중자 하나요", "대자는 얼마예요? 그걸로 할게요"], lines: [{ item: "stew", qty: 1, options: { size: "large" } }], confident: true },
  { name: "콜라 있어요? 그걸로 바꿔 주세요", turns: ["사이다 하나요", "콜라 있어요? 그걸로 바꿔 주세요"], lines: [{ item: "coke", qty: 1 }], confident: true },
  { name: "해물파전은 얼마예요? 그것도 하나 주세요", turns: ["아구탕 중자 하나요", "해물파전은 얼마예요? 그것도 하나 주세요"], lines: [{ item: "stew", qty: 1 }, { item: "pancake", qty: 1 }], confident: true },
  { name: "라면사리 돼요? 그럼 두 개 넣어 주세요", turns: ["아구탕 중자 하나요", "라면사리 돼요? 그럼 두 개 넣어 주세요"], lines: [{ item: "stew", qty: 1, options: { ramen: 2 } }] },
  { name: "how much is the large? I'll get that then", turns: ["a regular fish stew", "how much is the large? I'll get that then"], lines: [{ item: "stew", qty: 1, options: { size: "large" } }], confident: true },
  { name: "do you have coke? I'll have one", turns: ["a pancake", "do you have coke? I'll have one"], lines: [{ item: "pancake", qty: 1 }, { item: "coke", qty: 1 }], confident: true },
]);

phenomenonTable("Korean: 'X는 그냥 됐어요' takes X back", shop, [
  { name: "파전은 그냥 됐어요", turns: ["아구탕 중자 하나 해물파전 하나요", "파전은 그냥 됐어요"], lines: [{ item: "stew", qty: 1 }], confident: true },
  { name: "사이다는 그냥 됐어요", turns: ["콜라 하나 사이다 두 개요", "사이다는 그냥 됐어요"], lines: [{ item: "coke", qty: 1 }], confident: true },
]);

phenomenonTable("Korean: a removal taken back where its thing is also a paid extra", shop, [
  { name: "아 그냥 미더덕 넣어 주세요", turns: ["아구탕 중자 하나 미더덕 빼 주세요", "아 그냥 미더덕 넣어 주세요"], lines: [{ item: "stew", qty: 1, options: { add: [], remove: [] } }] },
  { name: "미더덕 그냥 넣어 주세요", turns: ["아구탕 중자 하나 미더덕 빼 주세요", "미더덕 그냥 넣어 주세요"], lines: [{ item: "stew", qty: 1, options: { add: [], remove: [] } }] },
  // (The group's word, 그냥, and the verb its choice is named with: "연유 넣어서".)
  { name: "아 연유 그냥 넣어 주세요", turns: ["빙수 하나 연유 빼고요", "아 연유 그냥 넣어 주세요"], lines: [{ item: "bingsu", qty: 1, options: { milk: "with" } }] },
]);

phenomenonTable("Korean: '공기밥은 흑미로' of a dish whose rice group is called 공기밥", shop, [
  { name: "same turn", turns: ["아구탕 중자 하나 공기밥은 흑미로요"], lines: [{ item: "stew", qty: 1, options: { rice: "black" } }], confident: true },
  { name: "a later turn", turns: ["아구탕 중자 하나요", "공기밥은 흑미로 주세요"], lines: [{ item: "stew", qty: 1, options: { rice: "black" } }], confident: true },
  // (Counted, it is the bowl of rice.)
  { name: "공기밥 흑미로 하나 주세요", turns: ["아구탕 중자 하나요", "공기밥 흑미로 하나 주세요"], lines: [{ item: "stew", qty: 1 }, { item: "rice-bowl", qty: 1, options: { rice: "black" } }] },
]);

notAloneTable("Korean: an item counted, then one of its choices counted: a guess", shop, [
  { name: "막걸리 한 병 밤으로 한 병이요", turns: ["막걸리 한 병 밤으로 한 병이요"] },
]);
