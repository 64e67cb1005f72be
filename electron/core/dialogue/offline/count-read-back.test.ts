// The count a later turn says it changes, read back against the cart (count-read-back.ts).
// Each row parses real words with the engine against the cart before, then hands the check a
// cart the turn could have left — right or wrong — so the check is tested for what any path
// of the planner might do, not only for what today's planner does.
import { describe, expect, it } from "vitest";
import type { MenuModel } from "../../../../shared/menu/model.ts";
import { countNotAsSaid } from "./count-read-back.ts";
import { cartOf, en, ko, type LineSpec, menuFrom, utteranceSaid } from "./test-helpers.ts";

const diner = menuFrom({
  version: 1,
  store: { id: "read-back-en", name: { en: "Diner" }, currency: "USD", languages: ["en"] },
  categories: [{ id: "main", ...en("Mains") }],
  optionGroups: [{ id: "shots", ...en("Extra shot", ["shot", "shots"]), select: "count", min: 0, max: 4, default: 0, unitPrice: 80 }],
  items: [
    { id: "coke", category: "main", ...en("Coke"), price: 200 },
    { id: "sprite", category: "main", ...en("Sprite"), price: 200 },
    { id: "fries", category: "main", ...en("Fries"), price: 300 },
    { id: "shake", category: "main", ...en("Vanilla Shake"), price: 400 },
    { id: "latte", category: "main", ...en("Latte"), price: 400, optionGroups: ["shots"] },
  ],
});

const bunsik = menuFrom({
  version: 1,
  store: { id: "read-back-ko", name: { ko: "분식" }, currency: "KRW", languages: ["ko"] },
  categories: [{ id: "main", ...ko("메인") }],
  optionGroups: [],
  items: [
    { id: "pork", category: "main", ...ko("삼겹살", ["삼겹"]), price: 15000 },
    { id: "tteok", category: "main", ...ko("떡볶이"), price: 4000 },
    { id: "cola", category: "main", ...ko("콜라"), price: 2000 },
  ],
});

type Line = LineSpec;

/** The words said to a cart holding `before`, read back against `after`. */
function doubts(menu: MenuModel, text: string, before: readonly Line[], after: readonly Line[]): string[] {
  const b = cartOf(menu, before);
  return countNotAsSaid({ utterance: utteranceSaid(menu, text, b), before: b, state: cartOf(menu, after), menu });
}

type Row = { name: string; text: string; before: Line[]; after: Line[]; doubt: boolean };

const coke = (qty: number): Line => ({ item: "coke", qty });

describe("a count said to change by an amount, read back (English)", () => {
  it.each<Row>([
    { name: "add one, set to one", text: "add one", before: [coke(2)], after: [coke(1)], doubt: true },
    { name: "add one, one more", text: "add one", before: [coke(2)], after: [coke(3)], doubt: false },
    { name: "two more, set to two", text: "two more", before: [coke(3)], after: [coke(2)], doubt: true },
    { name: "two more, two more", text: "and two more", before: [coke(3)], after: [coke(5)], doubt: false },
    { name: "two more cokes, set", text: "two more cokes", before: [coke(3)], after: [coke(2)], doubt: true },
    { name: "two more cokes, added", text: "two more cokes", before: [coke(3)], after: [coke(5)], doubt: false },
    { name: "take one off, set to one", text: "take one off", before: [coke(3)], after: [coke(1)], doubt: true },
    { name: "take one off, one fewer", text: "take one off", before: [coke(3)], after: [coke(2)], doubt: false },
    { name: "one less, set to one", text: "one less", before: [coke(3)], after: [coke(1)], doubt: true },
    { name: "one less, one fewer", text: "one less", before: [coke(3)], after: [coke(2)], doubt: false },
    { name: "remove one coke, all gone", text: "remove one coke", before: [coke(3), { item: "fries", qty: 1 }], after: [{ item: "fries", qty: 1 }], doubt: true },
    { name: "remove one coke, one fewer", text: "remove one coke", before: [coke(3), { item: "fries", qty: 1 }], after: [coke(2), { item: "fries", qty: 1 }], doubt: false },
    { name: "take off a sprite, both gone", text: "take off a sprite", before: [{ item: "sprite", qty: 2 }, coke(1)], after: [coke(1)], doubt: true },
    { name: "take off a sprite, one gone", text: "take off a sprite", before: [{ item: "sprite", qty: 2 }, coke(1)], after: [{ item: "sprite", qty: 1 }, coke(1)], doubt: false },
    { name: "take two off with one there: what there is", text: "take two off", before: [coke(1)], after: [], doubt: false },
    { name: "actually three shakes, five there", text: "actually three vanilla shakes", before: [{ item: "shake", qty: 2 }], after: [{ item: "shake", qty: 5 }], doubt: true },
    { name: "actually three shakes, three there", text: "actually three vanilla shakes", before: [{ item: "shake", qty: 2 }], after: [{ item: "shake", qty: 3 }], doubt: false },
    // Not a count of things: an option's count, a target, a plain order, "the sprites".
    { name: "one more shot: an option's count", text: "one more shot", before: [{ item: "latte", qty: 1 }], after: [{ item: "latte", qty: 1, options: { shots: 1 } }], doubt: false },
    { name: "make it three: a target", text: "make it three", before: [coke(1)], after: [coke(3)], doubt: false },
    { name: "two cokes: a plain order", text: "two cokes", before: [coke(1)], after: [coke(3)], doubt: false },
    { name: "take off the sprites: all", text: "take off the sprites", before: [{ item: "sprite", qty: 2 }], after: [], doubt: false },
    { name: "nothing there before", text: "add one", before: [], after: [], doubt: false },
  ])("$name", ({ text, before, after, doubt }) => {
    expect(doubts(diner, text, before, after).length > 0).toBe(doubt);
  });
});

describe("a count said to change by an amount, read back (Korean)", () => {
  const pork = (qty: number): Line => ({ item: "pork", qty });
  it.each<Row>([
    { name: "1인분 추가요, set to one", text: "1인분 추가요", before: [pork(2)], after: [pork(1)], doubt: true },
    { name: "1인분 추가요, one more", text: "1인분 추가요", before: [pork(2)], after: [pork(3)], doubt: false },
    { name: "두 개 추가요, kept at two", text: "두 개 추가요", before: [pork(2)], after: [pork(2)], doubt: true },
    { name: "두 개 추가요, two more", text: "두 개 추가요", before: [pork(2)], after: [pork(4)], doubt: false },
    { name: "하나 더 주세요, set to one", text: "하나 더 주세요", before: [{ item: "cola", qty: 2 }], after: [{ item: "cola", qty: 1 }], doubt: true },
    { name: "하나 빼 주세요, all gone", text: "하나 빼 주세요", before: [{ item: "tteok", qty: 3 }], after: [], doubt: true },
    { name: "하나 빼 주세요, one fewer", text: "하나 빼 주세요", before: [{ item: "tteok", qty: 3 }], after: [{ item: "tteok", qty: 2 }], doubt: false },
    { name: "콜라 하나 추가요, one more", text: "콜라 하나 추가요", before: [{ item: "cola", qty: 1 }], after: [{ item: "cola", qty: 2 }], doubt: false },
    { name: "콜라 하나 추가요, set to one", text: "콜라 하나 추가요", before: [{ item: "cola", qty: 2 }], after: [{ item: "cola", qty: 1 }], doubt: true },
    { name: "세 개로 해 주세요: a target", text: "세 개로 해 주세요", before: [pork(1)], after: [pork(3)], doubt: false },
  ])("$name", ({ text, before, after, doubt }) => {
    expect(doubts(bunsik, text, before, after).length > 0).toBe(doubt);
  });
});

// A 마라탕 whose skewers are a count option.
const malatang = menuFrom({
  version: 1,
  store: { id: "read-back-mala", name: { ko: "마라탕" }, currency: "KRW", languages: ["ko"] },
  categories: [{ id: "main", ...ko("메인") }],
  optionGroups: [{ id: "skewer", ...ko("꼬치어묵", ["꼬치"]), select: "count", min: 0, max: 10, default: 0, unitPrice: 500 }],
  items: [{ id: "mala", category: "main", ...ko("마라탕"), price: 9000, optionGroups: ["skewer"] }],
});

describe("an option's count said as more, read back", () => {
  const mala = (skewer: number): Line => ({ item: "mala", qty: 1, options: { skewer } });
  it.each<Row>([
    { name: "꼬치 하나만 더, set to one", text: "꼬치 하나만 더 넣어주세요", before: [mala(3)], after: [mala(1)], doubt: true },
    { name: "꼬치 하나만 더, one more", text: "꼬치 하나만 더 넣어주세요", before: [mala(3)], after: [mala(4)], doubt: false },
    { name: "꼬치 두 개로 해 주세요: a target", text: "꼬치 두 개로 해 주세요", before: [mala(3)], after: [mala(2)], doubt: false },
  ])("$name", ({ text, before, after, doubt }) => {
    expect(doubts(malatang, text, before, after).length > 0).toBe(doubt);
  });
});
