// A counter word the menu also names as a choice, and "하나만 V" on a line of several, on
// small menus written for these rows (a bakery whose cake is sold by 조각 or 홀 and whose
// bread is sliced or not; a pizza place whose size is 판 or 조각; a chicken place whose
// portion is 마리 or 반 마리):
// - a number right before a word that is both a counter and a choice name is the quantity,
//   and the choice is that one ("초코케이크 두 조각" = 2 × with 조각);
// - "하나만 썰어 주세요", "한 개만", "둘 중 하나는", "하나는" with a change verb on a line of
//   several change that many of the line, not the whole line ("하나만" without 는 could
//   also cut the line down, so it is not answered alone); "하나만 주세요" with no line in
//   hand orders one; a choice written "썰어서" is heard as "썰어" too.
import { ko, menuFrom, type PhenomenonRow, phenomenonTable } from "./test-helpers.ts";

const bakeryRaw = {
  version: 1,
  store: { id: "counters-bakery", name: { ko: "테스트 베이커리" }, currency: "KRW", languages: ["ko"] },
  categories: [{ id: "cake", ...ko("케이크") }, { id: "bread", ...ko("빵") }, { id: "drink", ...ko("음료") }],
  optionGroups: [
    { id: "unit", ...ko("판매 단위"), select: "one", default: "slice", choices: [{ id: "slice", ...ko("조각") }, { id: "whole", ...ko("홀"), price: 25000 }] },
    { id: "cut", ...ko("슬라이스"), select: "one", default: "uncut", choices: [{ id: "uncut", ...ko("안 썰어요") }, { id: "sliced", ...ko("썰어서") }] },
  ],
  items: [
    { id: "choco", category: "cake", ...ko("초코케이크"), price: 6000, optionGroups: ["unit"] },
    { id: "cheese", category: "cake", ...ko("치즈케이크"), price: 6500, optionGroups: ["unit"] },
    { id: "milkbread", category: "bread", ...ko("우유식빵"), price: 4500, optionGroups: ["cut"] },
    { id: "latte", category: "drink", ...ko("라떼"), price: 4500 },
  ],
};

const pizzaRaw = {
  version: 1,
  store: { id: "counters-pizza", name: { ko: "테스트 피자" }, currency: "KRW", languages: ["ko"] },
  categories: [{ id: "pizza", ...ko("피자") }, { id: "chicken", ...ko("치킨") }],
  optionGroups: [
    { id: "size", ...ko("크기"), select: "one", default: "board", choices: [{ id: "board", ...ko("판") }, { id: "piece", ...ko("조각"), price: -15000 }] },
    { id: "portion", ...ko("양"), select: "one", default: "whole", choices: [{ id: "whole", ...ko("마리") }, { id: "half", ...ko("반 마리"), price: -8000 }] },
  ],
  items: [
    { id: "pepperoni", category: "pizza", ...ko("페퍼로니피자", ["페퍼로니"]), price: 20000, optionGroups: ["size"] },
    { id: "fried", category: "chicken", ...ko("후라이드치킨", ["후라이드", "치킨"]), price: 18000, optionGroups: ["portion"] },
  ],
};

type Row = PhenomenonRow;

const bakeryRows: Row[] = [
  // A number before a counter that is also a choice name: the quantity, and that choice.
  { name: "초코케이크 두 조각이요 is two slices", turns: ["초코케이크 두 조각이요"], lines: [{ item: "choco", qty: 2, options: { unit: "slice" } }], confident: true },
  { name: "초코케이크 2조각 (digits, no space)", turns: ["초코케이크 2조각 주세요"], lines: [{ item: "choco", qty: 2, options: { unit: "slice" } }] },
  { name: "초코케이크 한 조각 is one slice", turns: ["초코케이크 한 조각 주세요"], lines: [{ item: "choco", qty: 1, options: { unit: "slice" } }] },
  { name: "초코케이크 홀로 하나 is the whole cake", turns: ["초코케이크 홀로 하나 주세요"], lines: [{ item: "choco", qty: 1, options: { unit: "whole" } }] },
  { name: "two items each with its count of slices", turns: ["초코케이크 두 조각이랑 치즈케이크 세 조각 주세요"], lines: [{ item: "choco", qty: 2, options: { unit: "slice" } }, { item: "cheese", qty: 3, options: { unit: "slice" } }] },
  // "하나만 V" / "하나는 V" on a line of several: that many of the line.
  { name: "하나만 썰어 주세요 after two loaves", turns: ["우유식빵 두 개요", "하나만 썰어 주세요"], lines: [{ item: "milkbread", qty: 1 }, { item: "milkbread", qty: 1, options: { cut: "sliced" } }], confident: false },
  { name: "한 개만 썰어서 주세요 after two loaves", turns: ["우유식빵 두 개요", "한 개만 썰어서 주세요"], lines: [{ item: "milkbread", qty: 1 }, { item: "milkbread", qty: 1, options: { cut: "sliced" } }], confident: false },
  { name: "아니 하나만 할게요 썰어서요: the count corrected, all of it sliced", turns: ["우유식빵 두 개요", "아니 하나만 할게요 썰어서요"], lines: [{ item: "milkbread", qty: 1, options: { cut: "sliced" } }] },
  { name: "하나만 썰어 주세요 on a line of one slices it", turns: ["우유식빵 하나요", "하나만 썰어 주세요"], lines: [{ item: "milkbread", qty: 1, options: { cut: "sliced" } }] },
  { name: "둘 중 하나는 썰어 주세요 after two loaves", turns: ["우유식빵 두 개요", "둘 중 하나는 썰어 주세요"], lines: [{ item: "milkbread", qty: 1 }, { item: "milkbread", qty: 1, options: { cut: "sliced" } }] },
  { name: "하나는 썰어서 주세요 after three loaves", turns: ["우유식빵 세 개요", "하나는 썰어서 주세요"], lines: [{ item: "milkbread", qty: 2 }, { item: "milkbread", qty: 1, options: { cut: "sliced" } }] },
  { name: "썰어 주세요 (no count) slices the whole line", turns: ["우유식빵 두 개요", "썰어 주세요"], lines: [{ item: "milkbread", qty: 2, options: { cut: "sliced" } }] },
  { name: "하나만 주세요 with nothing in hand is not an order of two", turns: ["우유식빵 하나만 주세요"], lines: [{ item: "milkbread", qty: 1 }], confident: true },
  { name: "라떼 하나만 빼 주세요 removes one of two", turns: ["라떼 두 잔이요", "라떼 하나만 빼 주세요"], lines: [{ item: "latte", qty: 1 }] },
];

const pizzaRows: Row[] = [
  { name: "페퍼로니 두 판 is two boards", turns: ["페퍼로니 두 판 주세요"], lines: [{ item: "pepperoni", qty: 2, options: { size: "board" } }], confident: true },
  { name: "페퍼로니 세 조각 is three pieces", turns: ["페퍼로니 세 조각이요"], lines: [{ item: "pepperoni", qty: 3, options: { size: "piece" } }] },
  { name: "치킨 두 마리 is two whole chickens", turns: ["후라이드 두 마리요"], lines: [{ item: "fried", qty: 2, options: { portion: "whole" } }], confident: true },
  { name: "반 마리 stays the half portion", turns: ["후라이드 반 마리요"], lines: [{ item: "fried", qty: 1, options: { portion: "half" } }] },
];

phenomenonTable("a counter the menu names as a choice; 하나만 V on a line of several (Korean bakery)", menuFrom(bakeryRaw), bakeryRows);

phenomenonTable("a counter the menu names as a choice (Korean pizza and chicken)", menuFrom(pizzaRaw), pizzaRows);
