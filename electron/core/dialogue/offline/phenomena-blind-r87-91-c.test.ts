// Three first-run misses of the blind rounds 87–91, their readings and the read-back checks that
// make the next store's variant a guess:
// - "a box of twelve assorted yakgwa": the name of what the box's description says it holds, said
//   after the box's name (its choices between), is the box's words, not one more of it
//   (what-it-holds-said-after.ts; check: what-it-holds-made-beside.ts, widened to the English order);
// - "three, no, four hot chocolates, two small and two large": a count said before the item and
//   taken back by another count is the one meant (count-corrected-before-its-item.ts; check: the
//   item made as many as the count meant, count-corrected-made-otherwise.ts);
// - "cancel the water" where a box's choice is called "the 4": a choice's name less its number
//   that leaves only articles ("the") names nothing (lexicon.ts); check: a cancel of an item
//   never leaves more of it, nor as much as there was (cancelled-kept.ts).
import { describe, expect, it } from "vitest";
import { cancelledKept } from "./cancelled-kept.ts";
import { countCorrectedMadeOtherwise } from "./count-corrected-made-otherwise.ts";
import { whatItHoldsMadeBeside } from "./what-it-holds-made-beside.ts";
import type { TurnResult } from "./turn-draft.ts";
import { lexiconFor } from "./lexicon.ts";
import { scan } from "./scan.ts";
import { type LineSpec, menuFrom, phenomenonTable, turnLeft } from "./test-helpers.ts";

const both = (ko: string, en: string, koAliases: string[] = [], enAliases: string[] = []) => ({ name: { ko, en }, ...(koAliases.length || enAliases.length ? { aliases: { ko: koAliases, en: enAliases } } : {}) });
const shop = menuFrom({
  version: 1,
  store: { id: "blind-r87-91-c", name: { ko: "디저트 카페", en: "Dessert Cafe" }, currency: "USD", languages: ["en", "ko"] },
  categories: [{ id: "sweets", ...both("과자", "Sweets") }, { id: "boxes", ...both("선물", "Gifts") }, { id: "drinks", ...both("음료", "Drinks") }],
  optionGroups: [
    { id: "gift-mix", ...both("구성", "Box assortment"), select: "one", default: "classic", choices: [{ id: "classic", ...both("전통만", "Classic only", [], ["all classic"]) }, { id: "assorted", ...both("모둠", "Assorted", ["섞어서"], ["assorted", "mixed"]), price: 200 }] },
    { id: "gift-wrap", ...both("포장", "Gift wrapping"), select: "many", choices: [{ id: "bojagi", ...both("보자기 포장", "Bojagi cloth wrap", ["보자기"], ["bojagi", "bojagi wrap"]), price: 300 }] },
    { id: "box-size", ...both("박스 크기", "Box size"), select: "one", default: "box-4", choices: [{ id: "box-4", ...both("4개입", "Box of 4", ["4개"], ["box of four", "the 4"]) }, { id: "box-6", ...both("6개입", "Box of 6", ["6개"], ["box of six", "the 6"]), price: 500 }] },
    { id: "drink-size", ...both("사이즈", "Size"), select: "one", default: "small", choices: [{ id: "small", ...both("스몰", "Small (12 oz)", [], ["small"]) }, { id: "large", ...both("라지", "Large (20 oz)", [], ["large"]), price: 150 }] },
  ],
  items: [
    { id: "yakgwa", category: "sweets", ...both("약과", "Classic Yakgwa", [], ["yakgwa"]), description: { ko: "꿀과 참기름으로 만든 약과.", en: "Honey and sesame-oil cookie." }, price: 300 },
    { id: "gift-12", category: "boxes", ...both("약과 선물세트 (12)", "Yakgwa Gift Box (12)", ["12구 선물세트"], ["box of twelve", "twelve piece box"]), description: { ko: "약과 12개 선물 상자.", en: "Gift box of twelve yakgwa: all classic or assorted." }, price: 3600, optionGroups: ["gift-mix", "gift-wrap"] },
    { id: "kunafa", category: "sweets", ...both("쿠나파", "Kunafa", [], ["knafeh"]), price: 650 },
    { id: "pastry-box", category: "boxes", ...both("페이스트리 박스", "Pastry Box", [], ["box of pastries"]), description: { ko: "바클라바 모둠.", en: "Baklava packed to take home." }, price: 1000, optionGroups: ["box-size"] },
    { id: "water", category: "drinks", ...both("생수", "Bottled Water", ["물"], ["water", "bottle of water"]), price: 200 },
    { id: "cocoa", category: "drinks", ...both("핫초코", "Hot Chocolate", [], ["hot chocolates", "cocoa"]), price: 400, optionGroups: ["drink-size"] },
  ],
});

const box = (mix: string, wrap: string[] = []) => ({ item: "gift-12", qty: 1, options: { "gift-mix": mix, "gift-wrap": wrap } });
const cocoa = (qty: number, size = "small") => ({ item: "cocoa", qty, options: { "drink-size": size } });

phenomenonTable("what a box holds, said after the box's name, is the box's words", shop, [
  { name: "a box of twelve assorted yakgwa with the bojagi wrap", turns: ["a box of twelve assorted yakgwa with the bojagi wrap"], lines: [box("assorted", ["bojagi"])], confident: true },
  { name: "a box of twelve yakgwa", turns: ["can i get a box of twelve yakgwa please"], lines: [box("classic")], confident: true },
  { name: "two waters, and a box of twelve mixed yakgwa", turns: ["two waters, and a box of twelve mixed yakgwa"], lines: [{ item: "water", qty: 2 }, box("assorted")], confident: true },
  // (Guards: counted, or after a comma or "and", the yakgwa is one more.)
  { name: "a box of twelve and two yakgwa (guard)", turns: ["a box of twelve and two yakgwa"], lines: [box("classic"), { item: "yakgwa", qty: 2 }] },
  { name: "a box of twelve, and a yakgwa (guard)", turns: ["a box of twelve, and a yakgwa"], lines: [box("classic"), { item: "yakgwa", qty: 1 }] },
  { name: "약과 12구 선물세트 하나 모둠으로 (guard: Korean said first, read so before)", turns: ["약과 12구 선물세트 하나 모둠으로 주세요"], lines: [box("assorted")] },
]);

phenomenonTable("a count said before the item and taken back by another count is the one meant", shop, [
  { name: "three, no, four hot chocolates, two small and two large", turns: ["hey can we get three, no, four hot chocolates, two small and two large"], lines: [cocoa(2), cocoa(2, "large")], confident: true },
  { name: "three, no wait, four hot chocolates", turns: ["three, no wait, four hot chocolates"], lines: [cocoa(4)], confident: true },
  { name: "two, sorry, three waters", turns: ["two, sorry, three waters please"], lines: [{ item: "water", qty: 3 }], confident: true },
  { name: "세 잔 아니 네 잔 핫초코 주세요", turns: ["세 잔 아니 네 잔 핫초코 주세요"], lines: [cocoa(4)], confident: true },
  { name: "핫초코 세 잔 아니 네 잔 주세요 (guard: the count after its item, read so before)", turns: ["핫초코 세 잔 아니 네 잔 주세요"], lines: [cocoa(4)] },
  { name: "two hot chocolates no whipped cream (guard: no count after the no)", turns: ["two hot chocolates, one large"], lines: [cocoa(1), cocoa(1, "large")] },
]);

phenomenonTable("a choice's name less its number that leaves only articles names nothing", shop, [
  { name: "a kunafa and a water, then cancel the water", turns: ["a kunafa and a water", "cancel the water"], lines: [{ item: "kunafa", qty: 1 }], confident: true },
  { name: "a pastry box, the 6 (guard: the whole name still names the choice)", turns: ["a pastry box, the 6"], lines: [{ item: "pastry-box", qty: 1, options: { "box-size": "box-6" } }] },
]);

// The checks read the words as scanned, before any reading of them: what a turn holds where no
// step understood them (today's readings take the yakgwa and the count taken back out of the words).
type Row = { name: string; text: string; before?: LineSpec[]; after: LineSpec[]; changed?: number[]; doubt: boolean };
const asScanned = (d: TurnResult, text: string): TurnResult => ({ ...d, utterance: { ...d.utterance, atoms: scan(lexiconFor(shop), text).atoms } });
const table = (title: string, check: (d: TurnResult) => string[], rows: Row[]) =>
  describe(title, () => {
    it.each(rows)("$name", ({ text, before = [], after, changed = [], doubt }) => {
      expect(check(asScanned(turnLeft(shop, text, before, after, changed), text)).length > 0).toBe(doubt);
    });
  });

table("what-it-holds-made-beside: the thing a box holds, said after it, made beside it", whatItHoldsMadeBeside, [
  { name: "a box of twelve assorted yakgwa: a yakgwa beside the box", text: "a box of twelve assorted yakgwa", after: [box("assorted"), { item: "yakgwa", qty: 1 }], doubt: true },
  { name: "a box of twelve yakgwa: a yakgwa beside the box", text: "a box of twelve yakgwa", after: [box("classic"), { item: "yakgwa", qty: 1 }], doubt: true },
  { name: "a box of twelve assorted yakgwa: the box alone", text: "a box of twelve assorted yakgwa", after: [box("assorted")], doubt: false },
  { name: "a box of twelve and two yakgwa: counted, no doubt", text: "a box of twelve and two yakgwa", after: [box("classic"), { item: "yakgwa", qty: 2 }], doubt: false },
]);

table("count-corrected-made-otherwise: a count corrected, and the item made another number", countCorrectedMadeOtherwise, [
  { name: "three, no, four hot chocolates: five made", text: "three, no, four hot chocolates, two small and two large", after: [cocoa(2), cocoa(3, "large")], doubt: true },
  { name: "three, no, four hot chocolates: four made", text: "three, no, four hot chocolates, two small and two large", after: [cocoa(2), cocoa(2, "large")], doubt: false },
  { name: "핫초코 세 잔, 아 아니다, 네 잔이요: three made", text: "핫초코 세 잔, 아 아니다, 네 잔이요", after: [cocoa(3)], doubt: true },
  { name: "핫초코 세 잔, 아 아니다, 네 잔이요: four made", text: "핫초코 세 잔, 아 아니다, 네 잔이요", after: [cocoa(4)], doubt: false },
]);

table("cancelled-kept: an item cancelled by its name, and more of it or as much as before", cancelledKept, [
  { name: "cancel the water: a second water", text: "cancel the water", before: [{ item: "water", qty: 1 }], after: [{ item: "water", qty: 2 }], changed: [0], doubt: true },
  { name: "cancel the water: the water kept, the kunafa gone", text: "cancel the water", before: [{ item: "kunafa", qty: 1 }, { item: "water", qty: 1 }], after: [{ item: "water", qty: 1 }], doubt: true },
  { name: "cancel the water: gone", text: "cancel the water", before: [{ item: "kunafa", qty: 1 }, { item: "water", qty: 1 }], after: [{ item: "kunafa", qty: 1 }], doubt: false },
  { name: "물 취소해 주세요: a second water", text: "물 취소해 주세요", before: [{ item: "water", qty: 1 }], after: [{ item: "water", qty: 2 }], changed: [0], doubt: true },
  { name: "물 취소해 주세요: gone", text: "물 취소해 주세요", before: [{ item: "water", qty: 1 }], after: [], doubt: false },
  { name: "cancel one water of two: one left", text: "cancel one water", before: [{ item: "water", qty: 2 }], after: [{ item: "water", qty: 1 }], changed: [0], doubt: false },
]);
