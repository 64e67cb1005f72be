// Korean counts around options and "among":
// - "족발 중자 세 개 중에 하나는 불족발로": 중(에) after a count is "of those", never the size
//   named 중 (among-counts.ts); the one that becomes the other item is made as the others
//   were, where it takes the same choice and says none of its own (clause.ts).
// - "<item> 하나 <option> 하나" with nothing said of that kind before: people read it as the
//   same one made so and as another one made so ("참치 하나 칩세트 하나" one tuna made a set;
//   "짜장 하나 곱빼기로 하나요" two bowls), so it is a guess (count-after-option.ts). Where the
//   item's own words set that kind ("아이스 하나 핫 하나") or 더 is said, it is surely another.
// - "족발 세 개" then "세 개 중에 하나는 불족발로": the count before 중에, with no item of its
//   own, counts the line already ordered (clause.ts, one-of-them.ts); a count that fits no
//   line ("두 개 중에" of three) is a guess.
// - "참치 하나 칩세트 하나": where the option is a set of the item with other things (its
//   names name them), the best reading is the same one made so (count-after-option.ts).
// English "one of the three should be chicken dumplings" may swap one or order one ("one of
// those chicken dumplings"): a guess (one-of-them.ts); "make one of them …" is sure (read
// elsewhere). "두 잔 중에 한 잔은 아이스로" (bare options) was already read right.
import { en, ko, menuFrom, notAloneTable, phenomenonTable } from "./test-helpers.ts";

const store = () =>
  menuFrom({
    version: 1,
    store: { id: "ko-among", name: { ko: "식당" }, currency: "KRW", languages: ["ko"] },
    categories: [{ id: "main", ...ko("메인") }, { id: "meal", ...ko("식사") }, { id: "drink", ...ko("음료") }],
    optionGroups: [
      { id: "size", ...ko("사이즈"), select: "one", choices: [{ id: "s", ...ko("소", ["소자"]) }, { id: "m", ...ko("중", ["중자"]), price: 5000 }, { id: "l", ...ko("대", ["대자"]), price: 10000 }] },
      { id: "portion", ...ko("양"), select: "one", default: "regular", choices: [{ id: "regular", ...ko("보통") }, { id: "double", ...ko("곱빼기"), price: 1000 }] },
      { id: "set", ...ko("세트"), select: "one", default: "single", choices: [{ id: "single", ...ko("단품") }, { id: "chips", ...ko("칩 세트", ["칩세트", "칩이랑 음료"]), price: 2000 }] },
    ],
    items: [
      { id: "pork", category: "main", ...ko("수육"), price: 30000, optionGroups: ["size"] },
      { id: "hot-pork", category: "main", ...ko("매운수육"), price: 32000, optionGroups: ["size"] },
      { id: "noodle", category: "meal", ...ko("우동"), price: 7000, optionGroups: ["portion"] },
      { id: "sandwich", category: "meal", ...ko("햄샌드"), price: 6000, optionGroups: ["set"] },
      { id: "cola", category: "drink", ...ko("콜라"), price: 2000 },
    ],
  });

phenomenonTable("Korean: 중(에) after a count is 'of those', not the size 중", store(), [
  { name: "수육 중자 세 개 중에 하나는 매운수육으로 바꿔 주세요", turns: ["수육 중자 세 개 중에 하나는 매운수육으로 바꿔 주세요"], lines: [{ item: "pork", qty: 2, options: { size: "m" } }, { item: "hot-pork", qty: 1, options: { size: "m" } }], confident: true },
  { name: "셋 중에", turns: ["수육 중자 셋 중에 하나는 매운수육으로 바꿔 주세요"], lines: [{ item: "pork", qty: 2, options: { size: "m" } }, { item: "hot-pork", qty: 1, options: { size: "m" } }], confident: true },
  { name: "bare 중 before the next count, the size kept is large", turns: ["수육 대자 두 개 중 하나는 매운수육으로 바꿔 주세요"], lines: [{ item: "pork", qty: 1, options: { size: "l" } }, { item: "hot-pork", qty: 1, options: { size: "l" } }], confident: true },
]);

phenomenonTable("Korean: <item> 하나 <option> 하나 with nothing said of that kind: another, as a guess", store(), [
  { name: "우동 하나 곱빼기로 하나요", turns: ["우동 하나 곱빼기로 하나요"], lines: [{ item: "noodle", qty: 1 }, { item: "noodle", qty: 1, options: { portion: "double" } }], confident: false },
]);

notAloneTable("Korean: the same one made so, or another? not answered alone", store(), [
  { name: "햄샌드 하나 칩세트 하나랑 콜라 하나요", turns: ["햄샌드 하나 칩세트 하나랑 콜라 하나요"] },
  { name: "우동 하나 곱빼기 하나요", turns: ["우동 하나 곱빼기 하나요"] },
  { name: "after 하고: 햄샌드 하나하고 칩세트 하나", turns: ["햄샌드 하나하고 칩세트 하나"] },
  { name: "after 그리고, with 로: 우동 하나 그리고 곱빼기로 하나요", turns: ["우동 하나 그리고 곱빼기로 하나요"] },
  { name: "a smaller count: 우동 두 개 곱빼기 하나요", turns: ["우동 두 개 곱빼기 하나요"] },
]);

phenomenonTable("Korean: '세 개 중에 하나는 X로' a turn later takes one of the line of that many", store(), [
  { name: "세 개 중에 하나는 매운수육으로", turns: ["수육 중자 세 개 주세요", "세 개 중에 하나는 매운수육으로"], lines: [{ item: "pork", qty: 2, options: { size: "m" } }, { item: "hot-pork", qty: 1, options: { size: "m" } }], confident: true },
  { name: "세 개 중 하나는 매운수육으로 해 주세요", turns: ["수육 중자 세 개 주세요", "세 개 중 하나는 매운수육으로 해 주세요"], lines: [{ item: "pork", qty: 2, options: { size: "m" } }, { item: "hot-pork", qty: 1, options: { size: "m" } }], confident: true },
  { name: "the line of that many among two: 세 개 중에", turns: ["수육 소자 두 개", "우동 세 개", "수육 대자 세 개", "세 개 중에 하나는 매운수육으로"], lines: [{ item: "pork", qty: 2, options: { size: "s" } }, { item: "noodle", qty: 3 }, { item: "pork", qty: 2, options: { size: "l" } }, { item: "hot-pork", qty: 1, options: { size: "l" } }] },
]);

notAloneTable("Korean: '세 개 중에' that fits no line is not answered alone", store(), [
  { name: "두 개 중에 하나는 매운수육으로, of three", turns: ["수육 중자 세 개 주세요", "두 개 중에 하나는 매운수육으로"] },
]);

phenomenonTable("Korean: <item> 하나 <a set of it> 하나: the same one made a set, as a guess", store(), [
  { name: "햄샌드 하나 칩세트 하나랑 콜라 하나요", turns: ["햄샌드 하나 칩세트 하나랑 콜라 하나요"], lines: [{ item: "sandwich", qty: 1, options: { set: "chips" } }, { item: "cola", qty: 1 }], confident: false },
  { name: "햄샌드 하나 칩세트 하나요", turns: ["햄샌드 하나 칩세트 하나요"], lines: [{ item: "sandwich", qty: 1, options: { set: "chips" } }], confident: false },
]);

const dumplings = () =>
  menuFrom({
    version: 1,
    store: { id: "en-among", name: { en: "Dumplings" }, currency: "USD", languages: ["en"] },
    categories: [{ id: "main", ...en("Dumplings") }],
    optionGroups: [{ id: "spice", ...en("Spice"), select: "one", default: "mild", choices: [{ id: "mild", ...en("Mild") }, { id: "hot", ...en("Hot") }] }],
    items: [
      { id: "pork", category: "main", ...en("Pork dumplings"), price: 9, optionGroups: ["spice"] },
      { id: "chicken", category: "main", ...en("Chicken dumplings"), price: 9, optionGroups: ["spice"] },
    ],
  });

notAloneTable("English: one of them, and another item with no word of changing: swap or order? not alone", dumplings(), [
  { name: "one of the three should be chicken dumplings", turns: ["three pork dumplings", "one of the three should be chicken dumplings"] },
  { name: "one of them should be chicken dumplings", turns: ["three pork dumplings", "one of them should be chicken dumplings"] },
  { name: "can I get one of those chicken dumplings", turns: ["three pork dumplings", "can I get one of those chicken dumplings"] },
]);
