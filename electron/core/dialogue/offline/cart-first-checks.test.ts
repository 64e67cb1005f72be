// The three read-back checks that look only at the cart and the words (kept-but-refused.ts,
// counted-kinds-made.ts, choice-after-a-list.ts), each handed a cart a turn could have left,
// right or wrong, as said-vs-done.test.ts does: the words are parsed by the engine, the cart is
// built here, so each check is tested for what any reading might make, not only today's.
import { describe, expect, it } from "vitest";
import { keptButRefused } from "./kept-but-refused.ts";
import { countedKindsMade } from "./counted-kinds-made.ts";
import { choiceAfterAList } from "./choice-after-a-list.ts";
import type { TurnResult } from "./turn-draft.ts";
import { type LineSpec, menuFrom, turnLeft } from "./test-helpers.ts";

const both = (ko: string, en: string, koAliases?: string[], enAliases?: string[]) => ({ name: { ko, en }, ...(koAliases ? { aliases: { ko: koAliases, en: enAliases ?? [] } } : {}) });
// A snack bar: fries sized with sauces (many), patatas bravas with holds, fritters tossed or plain.
const menu = menuFrom({
  version: 1,
  store: { id: "snack", name: { en: "Snack", ko: "분식" }, currency: "USD", languages: ["en", "ko"] },
  categories: [{ id: "main", ...both("메뉴", "Menu") }],
  optionGroups: [
    { id: "size", ...both("사이즈", "Size"), select: "one", default: "regular", choices: [{ id: "regular", ...both("레귤러", "Regular") }, { id: "large", ...both("라지", "Large") }] },
    { id: "sauce", ...both("소스", "Sauce"), select: "many", choices: [{ id: "mayo", ...both("마요", "Mayo") }, { id: "ketchup", ...both("케첩", "Ketchup") }] },
    { id: "holds", ...both("빼기", "Holds"), select: "many", choices: [{ id: "no-brava", ...both("브라바 소스 빼기", "No brava sauce") }, { id: "no-aioli", ...both("아이올리 빼기", "No aioli") }] },
    { id: "aioli", ...both("아이올리", "Aioli"), select: "one", default: "on", choices: [{ id: "on", ...both("아이올리", "Aioli") }, { id: "side", ...both("아이올리 따로", "Aioli on the side") }] },
    { id: "style", ...both("방식", "Style"), select: "one", default: "plain", choices: [{ id: "plain", ...both("그냥", "Plain") }, { id: "tossed", ...both("버무려서", "Tossed") }] },
  ],
  items: [
    { id: "fries", category: "main", ...both("감자튀김", "Fries"), price: 300, optionGroups: ["size", "sauce"] },
    { id: "bravas", category: "main", ...both("파타타스 브라바스", "Patatas Bravas"), price: 500, optionGroups: ["holds"] },
    { id: "gimmari", category: "main", ...both("김말이", "Gimmari"), price: 100, optionGroups: ["style"] },
    { id: "squid", category: "main", ...both("오징어튀김", "Fried Squid", ["오징어"], ["squid"]), price: 100, optionGroups: ["style"] },
  ],
});

type Row = { name: string; text: string; before?: LineSpec[]; after: LineSpec[]; changed?: number[]; doubt: boolean };
const table = (title: string, check: (d: TurnResult) => string[], rows: Row[]) =>
  describe(title, () => {
    it.each(rows)("$name", ({ text, before = [], after, changed = [], doubt }) => {
      expect(check(turnLeft(menu, text, before, after, changed)).length > 0).toBe(doubt);
    });
  });

table("kept-but-refused: the words keep a thing the cart refuses or took off", keptButRefused, [
  { name: "just the aioli, and No aioli put on", text: "patatas bravas without the brava sauce, just the aioli", after: [{ item: "bravas", qty: 1, options: { holds: ["no-brava", "no-aioli"] } }], doubt: true },
  { name: "just the aioli, brava sauce alone held", text: "patatas bravas without the brava sauce, just the aioli", after: [{ item: "bravas", qty: 1, options: { holds: ["no-brava"] } }], doubt: false },
  { name: "아이올리만요, and 아이올리 빼기 put on", text: "브라바스 하나 브라바 소스 빼고 아이올리만요", after: [{ item: "bravas", qty: 1, options: { holds: ["no-brava", "no-aioli"] } }], doubt: true },
  { name: "아이올리만 빼 주세요 refuses it: no doubt", text: "브라바스 하나 아이올리만 빼 주세요", after: [{ item: "bravas", qty: 1, options: { holds: ["no-aioli"] } }], doubt: false },
  { name: "just the mayo, and the mayo taken off", text: "just the mayo", before: [{ item: "fries", qty: 1, options: { sauce: ["mayo", "ketchup"] } }], after: [{ item: "fries", qty: 1, options: { sauce: ["ketchup"] } }], changed: [0], doubt: true },
  { name: "just the mayo, and the ketchup taken off", text: "just the mayo", before: [{ item: "fries", qty: 1, options: { sauce: ["mayo", "ketchup"] } }], after: [{ item: "fries", qty: 1, options: { sauce: ["mayo"] } }], changed: [0], doubt: false },
]);

table("counted-kinds-made: kinds counted out by choices, on fewer lines than said", countedKindsMade, [
  { name: "two mediums, one mayo one ketchup: one with both", text: "two fries, one mayo one ketchup", after: [{ item: "fries", qty: 1, options: { sauce: ["mayo", "ketchup"] } }, { item: "fries", qty: 1 }], doubt: true },
  { name: "two mediums, one mayo one ketchup: one of each", text: "two fries, one mayo one ketchup", after: [{ item: "fries", qty: 1, options: { sauce: ["mayo"] } }, { item: "fries", qty: 1, options: { sauce: ["ketchup"] } }], doubt: false },
  { name: "one large and one regular: two regular", text: "ok one large and one regular", before: [{ item: "fries", qty: 1 }], after: [{ item: "fries", qty: 2 }], changed: [0], doubt: true },
  { name: "one large and one regular: one of each", text: "ok one large and one regular", after: [{ item: "fries", qty: 1, options: { size: "large" } }, { item: "fries", qty: 1 }], doubt: false },
  { name: "감자튀김 두 개 마요 하나 케첩 하나: one with both", text: "감자튀김 두 개 마요 하나 케첩 하나요", after: [{ item: "fries", qty: 1, options: { sauce: ["mayo", "ketchup"] } }, { item: "fries", qty: 1 }], doubt: true },
  { name: "하나는 마요 하나는 케첩: one of each", text: "감자튀김 두 개 하나는 마요 하나는 케첩", after: [{ item: "fries", qty: 1, options: { sauce: ["mayo"] } }, { item: "fries", qty: 1, options: { sauce: ["ketchup"] } }], doubt: false },
  { name: "a correction between: the first count is taken back", text: "one large, no wait, one regular", after: [{ item: "fries", qty: 1 }], doubt: false },
]);

table("choice-after-a-list: a choice after the last count of items side by side, on the last alone", choiceAfterAList, [
  { name: "김말이 세 개 오징어 두 개 버무려서: the squid alone", text: "김말이 세 개 오징어 두 개 버무려서 주세요", after: [{ item: "gimmari", qty: 3 }, { item: "squid", qty: 2, options: { style: "tossed" } }], doubt: true },
  { name: "김말이 세 개 오징어 두 개 버무려서: both", text: "김말이 세 개 오징어 두 개 버무려서 주세요", after: [{ item: "gimmari", qty: 3, options: { style: "tossed" } }, { item: "squid", qty: 2, options: { style: "tossed" } }], doubt: false },
  { name: "김말이 세 개랑 오징어 두 개 버무려서: joined by 랑, of both or the squid's", text: "김말이 세 개랑 오징어 두 개 버무려서 주세요", after: [{ item: "gimmari", qty: 3 }, { item: "squid", qty: 2, options: { style: "tossed" } }], doubt: true },
  { name: "김말이 두 개 오징어 하나요 김말이 하나는 버무려서: one of those in hand", text: "김말이 두 개 오징어 하나요 김말이 하나는 버무려서", after: [{ item: "gimmari", qty: 1 }, { item: "gimmari", qty: 1, options: { style: "tossed" } }, { item: "squid", qty: 1 }], doubt: false },
  { name: "김말이 세 개 오징어 버무려서 두 개: said before the count, the squid's", text: "김말이 세 개 오징어 버무려서 두 개 주세요", after: [{ item: "gimmari", qty: 3 }, { item: "squid", qty: 2, options: { style: "tossed" } }], doubt: false },
]);
