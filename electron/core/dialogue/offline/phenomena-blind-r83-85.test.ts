// The three turns the sealed blind rounds 83–85 answered alone and wrong, and their shapes:
// - a group's word said right after a choice of the group the menu names by that word ("바베큐
//   소스에", "bbq sauce") is the choice's kind word, not one more of a counted "소스 추가"
//   (group-word-after-its-choice.ts);
// - a correction puts the first thing it names in the place of what came before; what it names
//   after that is ordered beside ("꼬막전 하나 아니 해물파전으로 주세요 막걸리 한 병이요", parse.ts);
// - "two char dogs with everything and one no tomato": one of the two made otherwise, or a third?
//   The two were made whole by what was said of them; a guess (parse.ts).
import { menuFrom, notAloneTable, phenomenonTable } from "./test-helpers.ts";

const both = (ko: string, en: string) => ({ name: { ko, en } });
const shop = menuFrom({
  version: 1,
  store: { id: "blind-r83-85", name: { ko: "스낵바", en: "Snack Bar" }, currency: "KRW", languages: ["ko", "en"] },
  categories: [{ id: "food", ...both("음식", "Food") }, { id: "jeon", ...both("전", "Pancakes") }, { id: "drinks", ...both("음료", "Drinks") }],
  optionGroups: [
    {
      id: "tender-sauce", ...both("소스 선택", "Sauce"), select: "one",
      choices: [{ id: "bbq", ...both("바베큐", "BBQ"), aliases: { ko: ["바비큐"], en: ["barbecue"] } }, { id: "ranch", ...both("랜치", "Ranch") }, { id: "honey-mustard", ...both("허니머스타드", "Honey mustard") }],
    },
    { id: "extra-sauce", ...both("소스 추가", "Extra sauce"), select: "count", min: 0, max: 3, default: 0, unitPrice: 500, aliases: { ko: ["소스 더"], en: ["more sauce"] } },
    { id: "set-drink", ...both("세트 음료", "Set drink"), select: "one", default: "coke", choices: [{ id: "coke", ...both("콜라", "Coke") }, { id: "cider", ...both("사이다", "Sprite") }, { id: "draft", ...both("생맥주", "Draft beer"), price: 2000 }] },
    {
      id: "dog-hold", ...both("빼기", "Hold"), select: "many",
      choices: [{ id: "no-tomato", ...both("토마토 빼기", "No tomato"), aliases: { ko: ["토마토 빼고"], en: ["no tomatoes", "hold the tomato"] } }, { id: "no-onion", ...both("양파 빼기", "No onions"), aliases: { en: ["no onion"] } }],
    },
  ],
  items: [
    { id: "tender-set", category: "food", ...both("텐더 세트", "Tender combo"), aliases: { en: ["tender set"] }, price: 9000, optionGroups: ["tender-sauce", "extra-sauce", "set-drink"] },
    { id: "tenders", category: "food", ...both("치킨 텐더", "Chicken tenders"), aliases: { ko: ["텐더"], en: ["tenders"] }, price: 6000, optionGroups: ["tender-sauce", "extra-sauce"] },
    { id: "char-dog", category: "food", ...both("차 도그", "Char Dog"), aliases: { en: ["hot dog", "char dog with everything", "dog"] }, price: 5000, optionGroups: ["dog-hold"] },
    { id: "kkomak-jeon", category: "jeon", ...both("꼬막전", "Cockle pancake"), price: 12000 },
    { id: "pajeon", category: "jeon", ...both("해물파전", "Seafood scallion pancake"), aliases: { ko: ["파전"] }, price: 14000 },
    { id: "makgeolli", category: "drinks", ...both("막걸리", "Makgeolli"), price: 5000 },
    { id: "coke", category: "drinks", ...both("콜라", "Coke"), price: 2000 },
    { id: "cider", category: "drinks", ...both("사이다", "Sprite"), price: 2000 },
  ],
});

const set = (sauce: string, drink?: string, extra?: number) => ({ item: "tender-set", qty: 1, options: { "tender-sauce": sauce, ...(drink ? { "set-drink": drink } : {}), ...(extra ? { "extra-sauce": extra } : {}) } });

phenomenonTable("a group's word right after a choice of the group named by it is the choice's kind word", shop, [
  { name: "텐더 세트 하나 바베큐 소스에 음료는 생맥주로 바꿔 주세요", turns: ["어.. 텐더 세트 하나 바베큐 소스에 음료는 생맥주로 바꿔 주세요"], lines: [set("bbq", "draft")], confident: true },
  { name: "텐더 세트 하나 랜치 소스로 주세요", turns: ["텐더 세트 하나 랜치 소스로 주세요"], lines: [set("ranch")], confident: true },
  { name: "a tender combo with bbq sauce (guard: English read so before)", turns: ["a tender combo with bbq sauce"], lines: [set("bbq")] },
]);
// (Guards: said with the word that adds, or counted, it is one more sauce cup.)
phenomenonTable("the counted extra said with its adding word stays the extra", shop, [
  { name: "텐더 세트 하나 랜치로 소스 하나 추가요", turns: ["텐더 세트 하나 랜치로 소스 하나 추가요"], lines: [set("ranch", undefined, 1)] },
  { name: "a tender combo, ranch, and extra sauce", turns: ["a tender combo with ranch and extra sauce"], lines: [set("ranch", undefined, 1)] },
]);

phenomenonTable("a correction replaces what came before with its first thing; the next is ordered beside", shop, [
  {
    name: "꼬막전 하나 아니 해물파전으로 주세요 막걸리 한 병이요",
    turns: ["꼬막전 하나 아니 해물파전으로 주세요 막걸리 한 병이요"],
    lines: [{ item: "pajeon", qty: 1 }, { item: "makgeolli", qty: 1 }],
    confident: true,
  },
  { name: "a coke, no wait, a sprite and a makgeolli (guard: English read so before)", turns: ["a coke, no wait, a sprite and a makgeolli"], lines: [{ item: "cider", qty: 1 }, { item: "makgeolli", qty: 1 }] },
]);

notAloneTable("\"and one\" made otherwise after a count made whole by its words: one of them, or one more?", shop, [
  { name: "two char dogs with everything and one no tomato", turns: ["two char dogs with everything and one no tomato"] },
  { name: "two hot dogs with no onion and one no tomato (guard: a guess before)", turns: ["two hot dogs with no onion and one no tomato"] },
]);
// (Guard: "of them" says one of them, sure.)
phenomenonTable("\"one of them\" made otherwise is a part of the count", shop, [
  {
    name: "two hot dogs, one of them no tomato",
    turns: ["two hot dogs, one of them no tomato"],
    lines: [{ item: "char-dog", qty: 1 }, { item: "char-dog", qty: 1, options: { "dog-hold": ["no-tomato"] } }],
  },
]);
