// Counts said as how many in all: "부대찌개 2인분" where servings come two by default (the
// group's name "인분" holds no adding word, lexicon.ts), "닭곰탕으로 두 개 해 주세요" of a
// soup in the cart (line-edits.ts: countAsTarget), and "계란 하나 더요 두 개로" restating
// the topping's total (option-count-restated.ts).
import { menuFrom, notAloneTable, phenomenonTable } from "./test-helpers.ts";

const both = (k: string, e: string) => ({ name: { ko: k, en: e } });
const soups = () =>
  menuFrom({
    version: 1,
    store: { id: "ko-count-targets", ...both("국밥집", "Soup house"), currency: "KRW", languages: ["ko", "en"] },
    categories: [{ id: "soup", ...both("탕", "Soups") }, { id: "side", ...both("사이드", "Sides") }],
    optionGroups: [
      { id: "servings", ...both("인분", "Servings"), aliases: { ko: ["인분", "인 분"], en: ["servings", "portions"] }, select: "count", min: 2, max: 8, default: 2, unitPrice: 9000 },
      { id: "egg", name: { ko: "계란 추가", en: "Extra egg" }, aliases: { ko: ["계란"], en: ["egg", "eggs"] }, select: "count", min: 0, max: 4, default: 0, unitPrice: 1000 },
    ],
    items: [
      { id: "stew", category: "soup", ...both("김치전골", "Kimchi hotpot"), price: 0, optionGroups: ["servings"] },
      { id: "chicken", category: "soup", ...both("닭곰탕", "Chicken soup"), price: 10000, optionGroups: [] },
      { id: "beef", category: "soup", ...both("곰탕", "Beef soup"), price: 11000, optionGroups: [] },
      { id: "noodle", category: "soup", ...both("칼국수", "Noodle soup"), price: 8000, optionGroups: ["egg"] },
      { id: "rice", category: "side", ...both("공기밥", "Rice"), price: 1000, optionGroups: [] },
    ],
  });

// Rows whose last turn is a count the item comes with, changed; or a number for an item sold by the piece expect it handed on
// (confident: false), the cart kept: risky-shapes.ts.
phenomenonTable("Korean: N인분 of an item whose servings start at a default is how many in all", soups(), [
  { name: "2인분: two servings, not four", turns: ["김치전골 2인분 주세요"], lines: [{ item: "stew", qty: 1, options: { servings: 2 } }], confident: false },
  { name: "3인분 with rice beside it", turns: ["김치전골 3인분 공기밥 두 개요"], lines: [{ item: "stew", qty: 1, options: { servings: 3 } }, { item: "rice", qty: 2 }], confident: false },
]);

phenomenonTable("Korean: X으로 N개 of an item in the cart is how many of it in all", soups(), [
  { name: "after the other is cancelled", turns: ["곰탕 하나 닭곰탕 하나요", "곰탕은 취소하고 닭곰탕으로 두 개 해 주세요"], lines: [{ item: "chicken", qty: 2 }], confident: true },
  { name: "alone", turns: ["닭곰탕 하나요", "닭곰탕으로 세 개 해 주세요"], lines: [{ item: "chicken", qty: 3 }], confident: true },
]);

// Rows whose last turn is a counted option changed on a line already there expect it handed on
// (confident: false), the cart kept: risky-shapes.ts.
phenomenonTable("Korean: one more of a topping, then its total said with 로", soups(), [
  { name: "하나 더요 두 개로: two eggs on the one bowl", turns: ["칼국수 하나 계란 추가요", "계란 하나 더요 두 개로 해 주세요"], lines: [{ item: "noodle", qty: 1, options: { egg: 2 } }], confident: false },
]);

notAloneTable("Korean: a total that is not what the one more comes to", soups(), [
  { name: "하나 더요 세 개로", turns: ["칼국수 하나 계란 추가요", "계란 하나 더요 세 개로 해 주세요"] },
]);
