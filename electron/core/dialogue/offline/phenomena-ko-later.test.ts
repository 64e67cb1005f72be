// Korean asides about when: "볶음밥은 이따 먹고 나서 시킬게요" puts a thing off (it is not
// ordered now, like "음료는 괜찮아요"); "아 맞다" (oh right) opens a correction and names
// nothing; "둘 다" before the one item of a first order counts the people (language.ts, clause.ts).
import { menuFrom, phenomenonTable } from "./test-helpers.ts";

const ko = (name: string, aliases?: string[]) => ({ name: { ko: name }, ...(aliases ? { aliases: { ko: aliases } } : {}) });
const grill = menuFrom({
  version: 1,
  store: { id: "pork-grill", name: { ko: "제육 철판" }, currency: "KRW", languages: ["ko"] },
  categories: [{ id: "main", ...ko("메인") }, { id: "rice", ...ko("밥") }, { id: "drink", ...ko("음료") }],
  optionGroups: [{ id: "spice", ...ko("맵기"), select: "one", default: "mild", choices: [{ id: "mild", ...ko("순한맛") }, { id: "hot", ...ko("매운맛") }] }],
  items: [
    { id: "jeyuk", category: "main", ...ko("제육볶음", ["제육"]), price: 9000, optionGroups: ["spice"] },
    { id: "fried-rice", category: "rice", ...ko("볶음밥"), price: 3000 },
    { id: "cola", category: "drink", ...ko("콜라"), price: 2000 },
  ],
});

phenomenonTable("a thing put off till later is not ordered now (Korean)", grill, [
  { name: "볶음밥은 이따가 먹고 나서 시킬게요", turns: ["제육 2인분 매운맛 주세요 볶음밥은 이따가 먹고 나서 시킬게요"], lines: [{ item: "jeyuk", qty: 2, options: { spice: "hot" } }] },
  { name: "콜라는 나중에 시킬게요", turns: ["제육 하나요 콜라는 나중에 시킬게요"], lines: [{ item: "jeyuk", qty: 1 }] },
  { name: "볶음밥 하나 is still ordered", turns: ["제육 하나 볶음밥 하나요"], lines: [{ item: "jeyuk", qty: 1 }, { item: "fried-rice", qty: 1 }] },
]);

phenomenonTable("아 맞다 before a part's option (Korean)", grill, [
  {
    name: "두 개 매운맛, 아 맞다 하나는 순한맛요",
    turns: ["제육 매운맛 두 개 주세요", "아 맞다 하나는 순한맛요"],
    lines: [
      { item: "jeyuk", qty: 1, options: { spice: "hot" } },
      { item: "jeyuk", qty: 1, options: { spice: "mild" } },
    ],
  },
]);

// "저랑 친구 둘 다 제육이요" before anything was ordered: "둘 다" counts the people (two of the
// one item named); with lines in hand it still reaches them (options for both).
phenomenonTable("둘 다 before the one item of a first order counts the people (Korean)", grill, [
  { name: "둘 다 제육볶음 매운맛이요", turns: ["둘 다 제육볶음 매운맛이요"], lines: [{ item: "jeyuk", qty: 2, options: { spice: "hot" } }] },
  { name: "제육 하나 볶음밥 하나, 둘 다 매운맛: options for both", turns: ["제육 하나 볶음밥 하나요", "둘 다 매운맛으로 해 주세요"], lines: [{ item: "jeyuk", qty: 1, options: { spice: "hot" } }, { item: "fried-rice", qty: 1 }] },
  { name: "제육 두 개 콜라 하나: no 둘 다, counts as said", turns: ["제육 두 개 콜라 하나요"], lines: [{ item: "jeyuk", qty: 2 }, { item: "cola", qty: 1 }] },
]);
