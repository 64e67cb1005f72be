// Counts changed in a later turn by an amount (red team, round 11): "take one off", "one
// less", "take off a sprite" take that many away; "add one", "1인분 추가요", "두 개 추가요",
// "하나 추가해 주세요" add that many; "actually three vanilla shakes" with two ordered says
// three (not five), "and two more" still adds. Each was answered alone with the count set
// (or the whole line taken away) instead of changed.
import { en, ko, menuFrom, notAloneTable, phenomenonTable } from "./test-helpers.ts";

const diner = () =>
  menuFrom({
    version: 1,
    store: { id: "en-counts", name: { en: "Diner" }, currency: "USD", languages: ["en"] },
    categories: [{ id: "main", ...en("Mains") }, { id: "drink", ...en("Drinks") }],
    optionGroups: [
      { id: "size", ...en("Size"), select: "one", default: "small", choices: [{ id: "small", ...en("Small") }, { id: "large", ...en("Large"), price: 100 }] },
      { id: "protein", ...en("Protein"), select: "one", default: "chicken", choices: [{ id: "chicken", ...en("Chicken") }, { id: "asada", ...en("Carne asada", ["steak"]) }] },
    ],
    items: [
      { id: "cheeseburger", category: "main", ...en("Cheeseburger"), price: 600 },
      { id: "taco", category: "main", ...en("Street Taco", ["taco"]), price: 300, optionGroups: ["protein"] },
      { id: "fries", category: "main", ...en("Fries"), price: 300 },
      { id: "coke", category: "drink", ...en("Coke"), price: 200, optionGroups: ["size"] },
      { id: "sprite", category: "drink", ...en("Sprite"), price: 200 },
      { id: "shake", category: "drink", ...en("Vanilla Shake", ["vanilla shake"]), price: 400 },
    ],
  });

const bunsik = () =>
  menuFrom({
    version: 1,
    store: { id: "ko-counts-later", name: { ko: "분식" }, currency: "KRW", languages: ["ko"] },
    categories: [{ id: "main", ...ko("메인") }, { id: "drink", ...ko("음료") }],
    optionGroups: [{ id: "temp", ...ko("온도"), select: "one", default: "hot", choices: [{ id: "hot", ...ko("따뜻한", ["핫"]) }, { id: "ice", ...ko("아이스") }] }],
    items: [
      { id: "pork", category: "main", ...ko("삼겹살", ["삼겹"]), price: 15000 },
      { id: "tteok", category: "main", ...ko("떡볶이"), price: 4000 },
      { id: "gimmari", category: "main", ...ko("김말이"), price: 1000 },
      { id: "americano", category: "drink", ...ko("아메리카노"), price: 3000, optionGroups: ["temp"] },
      { id: "cola", category: "drink", ...ko("콜라"), price: 2000 },
    ],
  });

phenomenonTable("English: a count taken off or added in a later turn", diner(), [
  { name: "take one off", turns: ["three cokes", "take one off"], lines: [{ item: "coke", qty: 2 }], confident: true },
  { name: "take two off", turns: ["five cheeseburgers", "take two off"], lines: [{ item: "cheeseburger", qty: 3 }], confident: true },
  { name: "take a coke off", turns: ["three cokes", "take a coke off"], lines: [{ item: "coke", qty: 2 }], confident: true },
  { name: "one less", turns: ["three cheeseburgers", "one less"], lines: [{ item: "cheeseburger", qty: 2 }], confident: true },
  { name: "one less cheeseburger", turns: ["three cheeseburgers and fries", "one less cheeseburger"], lines: [{ item: "cheeseburger", qty: 2 }, { item: "fries", qty: 1 }], confident: true },
  { name: "take off a sprite: one of the two", turns: ["two sprites and a coke", "take off a sprite"], lines: [{ item: "sprite", qty: 1 }, { item: "coke", qty: 1 }], confident: true },
  { name: "take off the sprites: all of them", turns: ["two sprites and a coke", "take off the sprites"], lines: [{ item: "coke", qty: 1 }], confident: true },
  { name: "add one", turns: ["two cokes", "add one"], lines: [{ item: "coke", qty: 3 }], confident: true },
  { name: "and two more", turns: ["two vanilla shakes", "and two more"], lines: [{ item: "shake", qty: 4 }], confident: true },
  // "take one" with no "off" orders; it is no removal.
  { name: "take one is no removal", turns: ["two cokes", "i'll take one"], lines: [{ item: "coke", qty: 1 }] },
]);

phenomenonTable("English: 'actually N X' says the count again", diner(), [
  { name: "actually three vanilla shakes", turns: ["two vanilla shakes", "actually three vanilla shakes"], lines: [{ item: "shake", qty: 3 }], confident: true },
  { name: "actually two fries after fries and a shake", turns: ["fries and a vanilla shake", "actually two fries"], lines: [{ item: "fries", qty: 2 }, { item: "shake", qty: 1 }], confident: true },
  { name: "actually three steak tacos: the line with those choices", turns: ["two steak tacos and fries", "actually three steak tacos"], lines: [{ item: "taco", qty: 3, options: { protein: "asada" } }, { item: "fries", qty: 1 }], confident: true },
  // Not said of a line there, or said as more: ordered on top.
  { name: "actually two cokes with none ordered", turns: ["a cheeseburger", "actually two cokes"], lines: [{ item: "cheeseburger", qty: 1 }, { item: "coke", qty: 2 }] },
  { name: "actually two more cokes", turns: ["a coke", "actually two more cokes"], lines: [{ item: "coke", qty: 3 }] },
  { name: "actually two cokes too", turns: ["a coke and fries", "actually two cokes too"], lines: [{ item: "coke", qty: 3 }, { item: "fries", qty: 1 }] },
]);

phenomenonTable("Korean: 추가 with a count in a later turn adds that many", bunsik(), [
  { name: "삼겹 2인분이요 / 1인분 추가요", turns: ["삼겹 2인분이요", "1인분 추가요"], lines: [{ item: "pork", qty: 3 }], confident: true },
  { name: "김말이 세 개요 / 두 개 추가요", turns: ["김말이 세 개요", "두 개 추가요"], lines: [{ item: "gimmari", qty: 5 }], confident: true },
  { name: "떡볶이 하나요 / 하나 추가해 주세요", turns: ["떡볶이 하나요", "하나 추가해 주세요"], lines: [{ item: "tteok", qty: 2 }], confident: true },
  { name: "아이스 아메리카노 두 잔이요 / 한 잔 추가요", turns: ["아이스 아메리카노 두 잔이요", "한 잔 추가요"], lines: [{ item: "americano", qty: 3, options: { temp: "ice" } }], confident: true },
  { name: "콜라 하나요 / 하나 더 주세요 (still)", turns: ["콜라 하나요", "하나 더 주세요"], lines: [{ item: "cola", qty: 2 }], confident: true },
  { name: "떡볶이 세 개요 / 하나 빼 주세요 (still)", turns: ["떡볶이 세 개요", "하나 빼 주세요"], lines: [{ item: "tteok", qty: 2 }], confident: true },
  { name: "콜라 하나요 / 세 개로 해 주세요: a target is set", turns: ["콜라 하나요", "세 개로 해 주세요"], lines: [{ item: "cola", qty: 3 }] },
]);

// Which line a count said with no item changes is a guess when the turn before made several.
notAloneTable("A count with no item after several lines", diner(), [
  { name: "add one after a coke and fries", turns: ["a coke and fries", "add one"] },
  { name: "take one off after three cokes and two sprites", turns: ["three cokes and two sprites", "take one off"] },
]);
