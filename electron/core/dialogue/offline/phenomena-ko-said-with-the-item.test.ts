// Korean turns of the sixth red team, each a word said with the item that the engine read as
// something else: "네 명" (a native number before the servings' own word, atom-neighbours.ts),
// "오백 두 잔 카스로요" (a bottled beer's name with 로 after a draft: how it comes, not a
// second order, item-or-choice.ts), "치킨 반반 하나" (a category said before an item of it,
// not a set's chicken choice, category-heading.ts), "마늘 빼고 하나 더" (one more, made so,
// one-more-made-so.ts). These shapes are Korean ones (prenoun numbers, 로, -고/-서).
import { menuFrom, notAloneTable, phenomenonTable } from "./test-helpers.ts";

const both = (k: string, e: string) => ({ name: { ko: k, en: e } });
const pub = () =>
  menuFrom({
    version: 1,
    store: { id: "ko-said-with", ...both("동네 주점", "Pub"), currency: "KRW", languages: ["ko", "en"] },
    categories: [{ id: "stew", ...both("찌개", "Stews") }, { id: "beer", ...both("맥주", "Beer") }, { id: "chicken", ...both("치킨", "Chicken") }, { id: "set", ...both("세트", "Sets") }, { id: "soup", ...both("탕", "Soups") }, { id: "coffee", ...both("커피", "Coffee") }],
    optionGroups: [
      { id: "servings", ...both("인분", "Servings"), select: "count", min: 2, max: 10, default: 2, unitPrice: 10000, aliases: { ko: ["인분", "명", "인"], en: ["servings", "people"] } },
      { id: "ramen", ...both("라면사리", "Ramen"), select: "count", min: 0, max: 5, default: 0, unitPrice: 1000, aliases: { ko: ["라면사리", "라면"] } },
      { id: "spice", ...both("맵기", "Spice"), select: "one", default: "regular", choices: [{ id: "mild", name: { ko: "순한맛", en: "mild" }, aliases: { ko: ["안 맵게"] } }, { id: "regular", ...both("보통", "regular") }, { id: "hot", name: { ko: "매운맛", en: "hot" }, aliases: { ko: ["맵게"] } }] },
      { id: "size", ...both("용량", "Size"), select: "one", default: "500", choices: [{ id: "500", name: { ko: "500cc", en: "500cc" }, aliases: { ko: ["오백"] } }, { id: "pitcher", name: { ko: "피처", en: "pitcher" }, price: 9000 }] },
      { id: "brand", ...both("맥주 종류", "Beer brand"), select: "one", choices: [{ id: "cass", ...both("카스", "Cass") }, { id: "terra", ...both("테라", "Terra") }] },
      { id: "set-chicken", ...both("세트 치킨", "Set chicken"), aliases: { ko: ["치킨"] }, select: "one", choices: [{ id: "fried", ...both("후라이드", "fried") }, { id: "banban", ...both("반반", "half and half") }] },
      { id: "hold", ...both("빼기", "Hold"), select: "many", choices: [{ id: "garlic", name: { ko: "마늘 빼기", en: "no garlic" }, aliases: { ko: ["마늘"] } }, { id: "onion", name: { ko: "파 빼기", en: "no onion" }, aliases: { ko: ["파"] } }] },
      { id: "extras", ...both("추가", "Extras"), select: "many", choices: [{ id: "chives", name: { ko: "부추 추가", en: "chives" }, aliases: { ko: ["부추"] }, price: 1000 }] },
      { id: "set-coffee", ...both("세트 커피", "Set coffee"), select: "one", choices: [{ id: "americano", ...both("아메리카노", "americano") }, { id: "latte", ...both("카페라떼", "latte") }] },
      { id: "shots", ...both("샷 추가", "Extra shots"), select: "count", min: 0, max: 3, default: 0, unitPrice: 500, aliases: { ko: ["샷"] } },
    ],
    items: [
      { id: "budae", category: "stew", ...both("부대찌개", "Budae stew"), price: 20000, optionGroups: ["servings", "ramen", "spice"] },
      { id: "draft", category: "beer", ...both("생맥주", "Draft beer"), aliases: { ko: ["생맥", { text: "오백", options: { size: "500" } }, { text: "피처", options: { size: "pitcher" } }] }, price: 4000, optionGroups: ["size"] },
      { id: "bottle", category: "beer", ...both("병맥주", "Bottled beer"), aliases: { ko: [{ text: "카스", options: { brand: "cass" } }, { text: "테라", options: { brand: "terra" } }] }, price: 5000, optionGroups: ["brand"] },
      { id: "fried", category: "chicken", ...both("후라이드 치킨", "Fried chicken"), aliases: { ko: ["후라이드"] }, price: 18000, optionGroups: ["spice"] },
      { id: "banban", category: "chicken", ...both("반반치킨", "Half and half chicken"), aliases: { ko: ["반반"] }, price: 19000, optionGroups: ["spice"] },
      { id: "chimaek", category: "set", ...both("치맥 세트", "Chicken and beer set"), aliases: { ko: ["치맥"] }, price: 25000, optionGroups: ["set-chicken", "spice"] },
      { id: "samgye", category: "soup", ...both("삼계탕", "Samgyetang"), price: 17000, optionGroups: ["hold", "extras"] },
      { id: "americano", category: "coffee", ...both("아메리카노", "Americano"), price: 3000, optionGroups: ["shots"] },
      { id: "latte", category: "coffee", ...both("카페라떼", "Latte"), price: 3500, optionGroups: ["shots"] },
      { id: "brunch", category: "set", ...both("브런치 세트", "Brunch set"), price: 9000, optionGroups: ["set-coffee"] },
    ],
  });

// Rows whose last turn is a count the item comes with, changed; or a counted option changed on a line already there; or a number for an item sold by the piece expect it handed on
// (confident: false), the cart kept: risky-shapes.ts.
phenomenonTable("Korean: a native number before a counted option's own word counts that option", pub(), [
  { name: "부대찌개 네 명이요: one pot for four", turns: ["부대찌개 네 명이요"], lines: [{ item: "budae", qty: 1, options: { servings: 4 } }], confident: false },
  { name: "다섯 명: one pot for five, not five pots", turns: ["부대찌개 다섯 명"], lines: [{ item: "budae", qty: 1, options: { servings: 5 } }], confident: false },
  { name: "세 인분", turns: ["부대찌개 세 인분 주세요"], lines: [{ item: "budae", qty: 1, options: { servings: 3 } }], confident: false },
  { name: "with its other options", turns: ["부대찌개 네 명 맵게요 라면사리 두 개"], lines: [{ item: "budae", qty: 1, options: { servings: 4, spice: "hot", ramen: 2 } }], confident: false },
  { name: "as the answer a turn later", turns: ["부대찌개요", "세 명이요"], lines: [{ item: "budae", qty: 1, options: { servings: 3 } }], confident: false },
  { name: "두 샷: a prenoun number before the option's word", turns: ["아메리카노 두 샷 추가요"], lines: [{ item: "americano", qty: 1, options: { shots: 2 } }], confident: true },
]);

notAloneTable("Korean: a bottled beer's name with 로 after a draft with no brand is asked about", pub(), [
  { name: "오백 두 잔 카스로요", turns: ["오백 두 잔 카스로요"] },
  { name: "피처 하나요 테라로", turns: ["피처 하나요 테라로"] },
  { name: "치맥 세트 하나 반반으로 카스로요", turns: ["치맥 세트 하나 반반으로 카스로요"] },
]);

phenomenonTable("Korean: a bottled beer's name with 로 after a draft: no bottle added", pub(), [
  { name: "오백 두 잔 카스로요: the draft only", turns: ["오백 두 잔 카스로요"], lines: [{ item: "draft", qty: 2, options: { size: "500" } }] },
  { name: "치맥 세트 하나 반반으로 카스로요: the set only", turns: ["치맥 세트 하나 반반으로 카스로요"], lines: [{ item: "chimaek", qty: 1, options: { "set-chicken": "banban" } }] },
]);

phenomenonTable("Korean: a category said right before one of its items heads it", pub(), [
  { name: "치킨 반반 하나 맵게요: the 반반치킨, not the set", turns: ["치킨 반반 하나 맵게요"], lines: [{ item: "banban", qty: 1, options: { spice: "hot" } }], confident: true },
  { name: "치킨 반반 두 개요", turns: ["치킨 반반 두 개요"], lines: [{ item: "banban", qty: 2 }], confident: true },
  { name: "커피 아메리카노 하나: a plain category word", turns: ["커피 아메리카노 하나요"], lines: [{ item: "americano", qty: 1 }], confident: true },
]);

phenomenonTable("Korean: X 빼고 / X 추가해서 하나 더 after an item: one more made so", pub(), [
  { name: "마늘 빼고 하나 더", turns: ["삼계탕 하나 주시고 마늘 빼고 하나 더 주세요"], lines: [{ item: "samgye", qty: 1 }, { item: "samgye", qty: 1, options: { hold: ["garlic"] } }], confident: true },
  { name: "파 빼고 하나 더요", turns: ["삼계탕 두 개 주시고 파 빼고 하나 더요"], lines: [{ item: "samgye", qty: 2 }, { item: "samgye", qty: 1, options: { hold: ["onion"] } }], confident: true },
  { name: "부추 추가해서 하나 더", turns: ["삼계탕 하나 주시고 부추 추가해서 하나 더요"], lines: [{ item: "samgye", qty: 1 }, { item: "samgye", qty: 1, options: { extras: ["chives"] } }], confident: true },
]);
