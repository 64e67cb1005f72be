// A slip owned up to: "can i get a coke" then "a diet coke sorry" (a blind held-out round's
// wrong answer alone: a second drink was added). "sorry", "oops", "my bad", "actually",
// "I mean(t)", leading or trailing, before one thing of the kind just ordered puts it in that
// one's place; adding words put it beside; "and … sorry" is left open. Korean: "아 죄송 X요",
// "아니 X요", "X요 잘못 말했어요". A test drinks stand, not the held-out store.
import { menuFrom, phenomenonTable, type PhenomenonRow } from "./test-helpers.ts";

const both = (en: string, ko: string, enAliases: unknown[] = [], koAliases: unknown[] = []) => ({ name: { en, ko }, aliases: { en: enAliases, ko: koAliases } });

const stand = menuFrom({
  version: 1,
  store: { id: "self-corrections", name: { en: "Test Stand", ko: "테스트 가게" }, currency: "USD", languages: ["en", "ko"] },
  orderOptions: [],
  categories: [
    { id: "drinks", name: { en: "Drinks", ko: "음료" } },
    { id: "mains", name: { en: "Mains", ko: "메인" } },
  ],
  optionGroups: [
    { id: "soda", ...both("Soda", "탄산"), select: "one", default: "coke", choices: [{ id: "coke", ...both("Coke", "콜라", ["cola"]) }, { id: "diet", ...both("Diet Coke", "제로콜라", ["diet"], ["제로 콜라"]) }, { id: "sprite", ...both("Sprite", "사이다") }] },
  ],
  items: [
    {
      id: "fountain", category: "drinks", name: { en: "Fountain Drink", ko: "탄산음료" }, price: 200, optionGroups: ["soda"],
      aliases: {
        en: ["soda", { text: "coke", options: { soda: "coke" } }, { text: "diet coke", options: { soda: "diet" } }, { text: "sprite", options: { soda: "sprite" } }],
        ko: [{ text: "콜라", options: { soda: "coke" } }, { text: "제로콜라", options: { soda: "diet" } }, { text: "사이다", options: { soda: "sprite" } }],
      },
    },
    { id: "lemonade", category: "drinks", ...both("Lemonade", "레모네이드"), price: 300 },
    { id: "burger", category: "mains", ...both("Burger", "버거"), price: 800 },
  ],
});

const coke = (qty = 1) => ({ item: "fountain", qty, options: { soda: "coke" } });
const diet = (qty = 1) => ({ item: "fountain", qty, options: { soda: "diet" } });

const englishRows: PhenomenonRow[] = [
  { name: "a coke / a diet coke sorry: in its place", turns: ["can i get a coke", "a diet coke sorry"], lines: [diet()], confident: true },
  { name: "a coke / a diet coke sorry um: a hesitation after the slip word changes nothing", turns: ["can i get a coke", "a diet coke sorry um"], lines: [diet()], confident: true },
  { name: "a coke / sorry, a diet coke", turns: ["can i get a coke", "sorry, a diet coke"], lines: [diet()], confident: true },
  { name: "a coke / actually a diet coke please", turns: ["can i get a coke", "actually a diet coke please"], lines: [diet()], confident: true },
  { name: "a coke / a diet coke my bad", turns: ["can i get a coke", "a diet coke my bad"], lines: [diet()], confident: true },
  // "and … sorry": adds, or takes back? Not answered alone.
  { name: "a coke / and a diet coke sorry: open", turns: ["can i get a coke", "and a diet coke sorry"], lines: [coke(), diet()], confident: false },
];

const koreanRows: PhenomenonRow[] = [
  { name: "콜라 하나요 / 아 죄송 제로콜라요", turns: ["콜라 하나 주세요", "아 죄송 제로콜라요"], lines: [diet()], confident: true },
  { name: "콜라 하나요 / 제로콜라요 잘못 말했어요", turns: ["콜라 하나 주세요", "제로콜라요 잘못 말했어요"], lines: [diet()], confident: true },
];

// Read so before this change ("oops" and "아니" are correction words; adding words and another
// kind add): kept as guards of the lines the new reading must not cross.
const guardRows: PhenomenonRow[] = [
  { name: "a coke / oops a diet coke", turns: ["can i get a coke", "oops a diet coke"], lines: [diet()], confident: true },
  { name: "a coke / a diet coke too sorry: beside", turns: ["can i get a coke", "a diet coke too sorry"], lines: [coke(), diet()] },
  { name: "a coke / sorry, also a diet coke: beside", turns: ["can i get a coke", "sorry, also a diet coke"], lines: [coke(), diet()] },
  { name: "a coke / sorry a burger: beside", turns: ["can i get a coke", "sorry a burger"], lines: [coke(), { item: "burger", qty: 1 }] },
  { name: "콜라 하나요 / 아니 제로콜라요", turns: ["콜라 하나 주세요", "아니 제로콜라요"], lines: [diet()], confident: true },
];

phenomenonTable("English: a slip owned up to puts the thing named in the place of the one just ordered", stand, englishRows);
phenomenonTable("Korean: a slip owned up to puts the thing named in the place of the one just ordered", stand, koreanRows);
phenomenonTable("a slip owned up to: what already read right (guards)", stand, guardRows);
