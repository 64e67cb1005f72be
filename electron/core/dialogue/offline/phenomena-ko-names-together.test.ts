// Two of the menu's names said together as one dish the menu does not sell (modifier-before-item.ts):
// "수육 국수", a whole name right before another kind of dish called by the back of its name
// (국수 of 잔치국수), and "비빔만두", one spoken word the menu has no name for, read as two items'
// names (비빔 of 비빔국수, 만두): a guess, nothing ordered alone. Lists of whole names ("김밥 라면
// 주세요"), "… 하나씩" (each), a first name said with its count ("수육 한 접시 국수 하나요"), and a
// compound name the menu sells ("김치만두") stay sure.
import { ko, menuFrom, notAloneTable, phenomenonTable } from "./test-helpers.ts";

const shop = menuFrom({
  version: 1,
  store: { id: "ko-names-together", name: { ko: "테스트 국숫집" }, currency: "KRW", languages: ["ko"] },
  categories: [{ id: "noodles", ...ko("국수") }, { id: "snacks", ...ko("분식") }, { id: "pork", ...ko("수육") }, { id: "drinks", ...ko("음료") }],
  optionGroups: [],
  items: [
    { id: "janchi", category: "noodles", ...ko("잔치국수", ["국수"]), price: 6000 },
    { id: "bibim", category: "noodles", ...ko("비빔국수", ["비빔"]), price: 7000 },
    { id: "ramyeon", category: "noodles", ...ko("라면"), price: 4000 },
    { id: "gimbap", category: "snacks", ...ko("김밥"), price: 3000 },
    { id: "mandu", category: "snacks", ...ko("만두"), price: 5000 },
    { id: "kimchi-mandu", category: "snacks", ...ko("김치만두"), price: 5500 },
    { id: "kimchi", category: "snacks", ...ko("김치"), price: 1000 },
    { id: "suyuk", category: "pork", ...ko("수육", ["수육 한 접시"]), price: 15000 },
    { id: "cola", category: "drinks", ...ko("콜라"), price: 2000 },
  ],
});

notAloneTable("Korean: two names said as one dish the menu does not sell", shop, [
  { name: "수육 국수 하나요", turns: ["수육 국수 하나요"] },
  { name: "비빔만두 하나요", turns: ["비빔만두 하나요"] },
  { name: "김밥 국수 두 개요", turns: ["김밥 국수 두 개요"] },
]);

// (Kept beside the rows above: lists of whole names, each, and a compound the menu sells.)
phenomenonTable("Korean: names said together that the menu does sell, or list", shop, [
  { name: "김밥 라면 하나씩", turns: ["김밥 라면 하나씩 주세요"], lines: [{ item: "gimbap", qty: 1 }, { item: "ramyeon", qty: 1 }], confident: true },
  { name: "수육 국수 하나씩", turns: ["수육 국수 하나씩이요"], lines: [{ item: "suyuk", qty: 1 }, { item: "janchi", qty: 1 }], confident: true },
  { name: "수육 한 접시 국수 하나요: the first counted in its name", turns: ["수육 한 접시 국수 하나요"], lines: [{ item: "suyuk", qty: 1 }, { item: "janchi", qty: 1 }], confident: true },
  { name: "김치만두 하나요", turns: ["김치만두 하나요"], lines: [{ item: "kimchi-mandu", qty: 1 }], confident: true },
]);
