// Part of a count changed or taken out (sealed rounds 42–43, answered alone and wrong):
// "콜라 두 병... 아 아니다 하나는 사이다로 주세요" made one cider and no cola; "two lychee sodas,
// one of them a milk tea" made a third drink; "cancel one wrap" of two chicken wraps took both.
// Which part stays is where readings part ways: a guess (accounting.ts, taken-out-as-counted.ts).
// What stays sure: "one of them with no ice" (an option of part of the count), "cancel one of
// the chicken wraps" (one taken, as said).
import { menuFrom, notAloneTable, phenomenonTable } from "./test-helpers.ts";

const both = (e: string, k: string) => ({ name: { en: e, ko: k } });

const shop = menuFrom({
  version: 1,
  store: { id: "part-of-a-count", name: { en: "Test Wrap Counter", ko: "테스트 랩" }, currency: "USD", languages: ["en", "ko"] },
  categories: [{ id: "wraps", ...both("Wraps", "랩") }, { id: "drinks", ...both("Drinks", "음료") }],
  optionGroups: [{ id: "ice", ...both("Ice", "얼음"), select: "one", default: "regular", choices: [{ id: "regular", ...both("Regular ice", "보통") }, { id: "none", ...both("No ice", "얼음 없이") }] }],
  items: [
    { id: "chicken-wrap", category: "wraps", ...both("Chicken wrap", "치킨 랩"), price: 900 },
    { id: "falafel-wrap", category: "wraps", ...both("Falafel wrap", "팔라펠 랩"), price: 800 },
    { id: "cola", category: "drinks", ...both("Cola", "콜라"), price: 200, optionGroups: ["ice"] },
    { id: "cider", category: "drinks", ...both("Cider", "사이다"), price: 200, optionGroups: ["ice"] },
  ],
});

notAloneTable("Part of a count changed after a correction, or made another item", shop, [
  { name: "콜라 두 병... 아 아니다 하나는 사이다로", turns: ["콜라 두 병... 아 아니다 하나는 사이다로 주세요"] },
  { name: "two colas, no wait, one of them a cider", turns: ["two colas, no wait, one of them a cider"] },
  { name: "two colas, one of them a cider", turns: ["two colas, one of them a cider"] },
]);

notAloneTable("Taken out with a count, and more went", shop, [
  { name: "cancel one wrap (of two chicken wraps)", turns: ["two chicken wraps and a cola", "cancel one wrap"] },
  { name: "and cancel one of the wraps", turns: ["two chicken wraps and a cola", "and cancel one of the wraps"] },
]);

phenomenonTable("Still sure: part of a count given an option, or taken out as said", shop, [
  { name: "two colas, one of them with no ice", turns: ["two colas, one of them with no ice"], lines: [{ item: "cola", qty: 1 }, { item: "cola", qty: 1, options: { ice: "none" } }], confident: true },
  { name: "콜라 두 병 아 아니다 한 병은 사이다로: one of the two", turns: ["콜라 두 병 아 아니다 한 병은 사이다로 주세요"], lines: [{ item: "cola", qty: 1 }, { item: "cider", qty: 1 }] },
  { name: "cancel one of the chicken wraps", turns: ["two chicken wraps and a cola", "cancel one of the chicken wraps"], lines: [{ item: "chicken-wrap", qty: 1 }, { item: "cola", qty: 1 }], confident: true },
]);

phenomenonTable("Still sure: 'one of those' of the thing asked about, with no count before it", shop, [
  { name: "what's in the falafel wrap? okay one of those, and a cola", turns: ["what's in the falafel wrap?", "okay one of those, and a cola"], lines: [{ item: "falafel-wrap", qty: 1 }, { item: "cola", qty: 1 }], confident: true },
]);
