// Korean words said right after a count: "소주 두 병 맥주 한 병" (병 counts the soju, even where
// "병 맥주" spells the beer's alias 병맥주), and an option said after one item's count and
// before the next item ("짜장 하나 곱빼기 짬뽕 두 개"): the first's, surely where the next item
// sets the same option after its own count. (Where the speaker put the same option before a
// name, "아이스 라떼 하나 아이스 아메리카노 하나", it stays the next item's, as before.)
// English says counts and options before the noun: neither shape exists there.
import { ko, menuFrom, phenomenonTable } from "./test-helpers.ts";

const store = () =>
  menuFrom({
    version: 1,
    store: { id: "ko-after-count", name: { ko: "식당" }, currency: "KRW", languages: ["ko"] },
    categories: [{ id: "main", ...ko("식사") }, { id: "drink", ...ko("음료") }],
    optionGroups: [
      { id: "portion", ...ko("양"), select: "one", default: "regular", choices: [{ id: "regular", ...ko("보통") }, { id: "double", ...ko("곱빼기"), price: 1000 }] },
      { id: "spice", ...ko("맵기"), select: "one", default: "normal", choices: [{ id: "mild", ...ko("순한맛") }, { id: "normal", ...ko("보통맛") }, { id: "hot", ...ko("매운맛") }] },
    ],
    items: [
      { id: "noodle-a", category: "main", ...ko("우동"), price: 7000, optionGroups: ["portion"] },
      { id: "noodle-b", category: "main", ...ko("라멘"), price: 8000, optionGroups: ["portion"] },
      { id: "stew-a", category: "main", ...ko("제육볶음"), price: 9000, optionGroups: ["spice"] },
      { id: "stew-b", category: "main", ...ko("오징어볶음"), price: 9000, optionGroups: ["spice"] },
      { id: "soju", category: "drink", ...ko("소주"), price: 5000 },
      { id: "beer", category: "drink", ...ko("맥주", ["병맥주"]), price: 5000 },
    ],
  });

phenomenonTable("Korean: a counter right after a number is the count's", store(), [
  { name: "소주 두 병 맥주 한 병 (병 맥주 is not 병맥주)", turns: ["소주 두 병 맥주 한 병이요"], lines: [{ item: "soju", qty: 2 }, { item: "beer", qty: 1 }], confident: true },
  { name: "counter glued to the number", turns: ["소주 두병 맥주 한병"], lines: [{ item: "soju", qty: 2 }, { item: "beer", qty: 1 }], confident: true },
  { name: "then a count of one", turns: ["소주 세 병 맥주 하나요"], lines: [{ item: "soju", qty: 3 }, { item: "beer", qty: 1 }], confident: true },
]);

phenomenonTable("Korean: an option after one item's count, before the next item", store(), [
  { name: "the next item sets the same option after its count: the first's", turns: ["제육볶음 2인분 매운맛 오징어볶음 2인분 순한맛"], lines: [{ item: "stew-a", qty: 2, options: { spice: "hot" } }, { item: "stew-b", qty: 2, options: { spice: "mild" } }], confident: true },
  { name: "the same, said with 이요", turns: ["제육볶음 2인분 매운맛이요 오징어볶음 2인분 순한맛이요"], lines: [{ item: "stew-a", qty: 2, options: { spice: "hot" } }, { item: "stew-b", qty: 2, options: { spice: "mild" } }], confident: true },
  { name: "nothing else says: the first's, as a guess", turns: ["우동 하나 곱빼기 라멘 두 개"], lines: [{ item: "noodle-a", qty: 1, options: { portion: "double" } }, { item: "noodle-b", qty: 2 }], confident: false },
  { name: "said with 로: the first's, as a guess", turns: ["우동 하나 곱빼기로 라멘 하나요"], lines: [{ item: "noodle-a", qty: 1, options: { portion: "double" } }, { item: "noodle-b", qty: 1 }], confident: false },
]);
