// The probes still answered alone and wrong at the start of the fourteenth session, each now
// right or a guess:
// - "six beignets and a cafe au lait" where the combo is also called "beignets and a cafe au
//   lait": the count may be the first item's (a half dozen) or that many combos, a guess
//   (items-said-together.ts); said with no count it is the combo, answered alone;
// - "al pastor torta with extra meat, like two extra": two extra meat, one torta
//   (count-said-after.ts); unhedged, "…, two extra", two tortas or two extras, a guess;
// - "보리밥 큰 거 되나요", an item with its choice asked with 되나요 and no count: asked, or
//   ordered? The question is answered, a guess (asked-as-request.ts).
import { en, ko, menuFrom, notAloneTable, phenomenonTable } from "./test-helpers.ts";

const cafe = menuFrom({
  version: 1,
  store: { id: "combo-of-names", name: { en: "Beignets" }, currency: "USD", languages: ["en"] },
  categories: [{ id: "food", ...en("Food") }],
  optionGroups: [{ id: "order", ...en("Order size"), select: "one", default: "three", choices: [{ id: "three", ...en("Order of 3", ["three beignets"]) }, { id: "six", ...en("Half dozen", ["six beignets", "half dozen"]) }] }],
  items: [
    { id: "beignets", category: "food", ...en("Beignets", ["beignet"]), price: 5, optionGroups: ["order"] },
    { id: "cafe", category: "food", ...en("Cafe au lait"), price: 4 },
    { id: "combo", category: "food", ...en("Beignet combo", ["beignets and a cafe au lait"]), price: 8 },
  ],
});

notAloneTable("English: a count before a name spelled of two items' names", cafe, [
  { name: "six beignets and a cafe au lait", turns: ["six beignets and a cafe au lait"] },
  { name: "three beignets and a cafe au lait", turns: ["three beignets and a cafe au lait"] },
]);

const tortas = menuFrom({
  version: 1,
  store: { id: "extra-again", name: { en: "Tortas" }, currency: "USD", languages: ["en"] },
  categories: [{ id: "tortas", ...en("Tortas") }],
  optionGroups: [{ id: "extra-meat", ...en("Extra meat", ["extra meat", "double meat"]), select: "count", min: 0, max: 2, default: 0, unitPrice: 3 }],
  items: [{ id: "pastor", category: "tortas", ...en("Al pastor torta"), price: 10, optionGroups: ["extra-meat"] }],
});

phenomenonTable("English: the extra's count said again after it, with its word", tortas, [
  { name: "al pastor torta with extra meat, like two extra", turns: ["al pastor torta with extra meat, like two extra"], lines: [{ item: "pastor", qty: 1, options: { "extra-meat": 2 } }], confident: true },
]);

const barley = menuFrom({
  version: 1,
  store: { id: "asked-with-choice", name: { ko: "수제비" }, currency: "KRW", languages: ["ko"] },
  categories: [{ id: "rice", ...ko("밥") }],
  optionGroups: [{ id: "size", ...ko("보리밥 크기"), select: "one", choices: [{ id: "small", ...ko("작은 거") }, { id: "large", ...ko("큰 거") }] }],
  items: [{ id: "bori", category: "rice", ...ko("보리밥"), price: 7000, optionGroups: ["size"] }],
});

notAloneTable("Korean: an item with its choice asked with 되나요, no count", barley, [
  { name: "보리밥 큰 거 되나요", turns: ["보리밥 큰 거 되나요"] },
]);
