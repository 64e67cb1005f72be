// Two Korean red-team classes (the eleventh Korean red team, fix13d), on a small pub menu
// written for these rows:
// - a request said as a question: "주먹밥 두 개 되나요", "닭발 매운맛 하나 돼요?", "육회 포장 되나요
//   대자로 하나요" — with a count it is an order, as "될까요" is; a bare "콜라 되나요?" stays a
//   question, and so does a measure the store may not sell ("치즈케이크 한 조각 되나요?",
//   "삼겹살 2인분 되나요") or a question 그럼 goes on from (asked-as-request.ts);
// - "X 하나 아니다 X도 N개", "X 하나 아 X도 N개": after a correction word (or 아), "X도 N개" of an
//   X ordered earlier in the turn sets its count, not N more; with an adding word it is more
//   (count-said-also.ts, unit-merges.ts sameItemCorrected).
import { ko, menuFrom, phenomenonTable } from "./test-helpers.ts";

const pub = () =>
  menuFrom({
    version: 1,
    store: { id: "ko-asked-as-request", name: { ko: "포차" }, currency: "KRW", languages: ["ko"] },
    orderOptions: [{ id: "dining", ...ko("식사 방법"), select: "one", default: "here", choices: [{ id: "here", ...ko("매장") }, { id: "togo", ...ko("포장") }] }],
    categories: [{ id: "main", ...ko("안주") }, { id: "drinks", ...ko("음료") }],
    optionGroups: [
      { id: "spice", ...ko("맵기"), select: "one", default: "medium", choices: [{ id: "mild", ...ko("순한맛", ["안 맵게"]) }, { id: "medium", ...ko("보통맛") }, { id: "hot", ...ko("매운맛") }] },
      { id: "size", ...ko("크기"), select: "one", default: "medium", choices: [{ id: "small", ...ko("소자") }, { id: "medium", ...ko("중자") }, { id: "large", ...ko("대자") }] },
      { id: "add", ...ko("추가"), select: "many", choices: [{ id: "cheese", ...ko("치즈"), price: 2000 }] },
    ],
    items: [
      { id: "dakbal", category: "main", ...ko("무뼈닭발"), price: 20000, optionGroups: ["spice", "size", "add"] },
      { id: "riceball", category: "main", ...ko("주먹밥"), price: 3000 },
      { id: "egg", category: "main", ...ko("계란찜"), price: 5000 },
      { id: "pork", category: "main", ...ko("삼겹살"), price: 15000 },
      { id: "cake", category: "main", ...ko("치즈케이크"), price: 6000 },
      { id: "cola", category: "drinks", ...ko("콜라"), price: 2000 },
      { id: "cider", category: "drinks", ...ko("사이다"), price: 2000 },
    ],
  });

phenomenonTable("Korean: a request said as a question (되나요, 돼요?)", pub(), [
  { name: "주먹밥 두 개 되나요: two, ordered", turns: ["주먹밥 두 개 되나요"], lines: [{ item: "riceball", qty: 2 }], confident: true },
  { name: "콜라 하나 되나요", turns: ["콜라 하나 되나요"], lines: [{ item: "cola", qty: 1 }], confident: true },
  { name: "무뼈닭발 매운맛 두 개 돼요?: the count and the choice", turns: ["무뼈닭발 매운맛 두 개 돼요?"], lines: [{ item: "dakbal", qty: 2, options: { spice: "hot" } }], confident: true },
  { name: "then 네 adds nothing more", turns: ["무뼈닭발 매운맛 두 개 돼요?", "네"], lines: [{ item: "dakbal", qty: 2, options: { spice: "hot" } }] },
  { name: "무뼈닭발 하나 되나요 소자로: options said after", turns: ["무뼈닭발 하나 되나요 소자로"], lines: [{ item: "dakbal", qty: 1, options: { size: "small" } }], confident: true },
  { name: "무뼈닭발 두 개 되나요 하나는 안 맵게요: the split kept", turns: ["무뼈닭발 두 개 되나요 하나는 안 맵게요"], lines: [{ item: "dakbal", qty: 1 }, { item: "dakbal", qty: 1, options: { spice: "mild" } }] },
  { name: "무뼈닭발 포장 되나요 대자로 하나요: 포장 and the order", turns: ["무뼈닭발 포장 되나요 대자로 하나요"], lines: [{ item: "dakbal", qty: 1, options: { size: "large" } }], orderOptions: { dining: "togo" }, confident: true },
]);

phenomenonTable("Korean: X 하나 아니다 X도 N개 sets the count", pub(), [
  { name: "주먹밥 두 개랑 콜라 하나 아니다 콜라도 두 개요", turns: ["주먹밥 두 개랑 콜라 하나 아니다 콜라도 두 개요"], lines: [{ item: "riceball", qty: 2 }, { item: "cola", qty: 2 }], confident: true },
  { name: "계란찜 하나랑 콜라 두 개 아니다 콜라도 세 개요", turns: ["계란찜 하나랑 콜라 두 개 아니다 콜라도 세 개요"], lines: [{ item: "egg", qty: 1 }, { item: "cola", qty: 3 }], confident: true },
  { name: "무뼈닭발 하나랑 콜라 하나 아 콜라도 두 개요 (아)", turns: ["무뼈닭발 하나랑 콜라 하나 아 콜라도 두 개요"], lines: [{ item: "dakbal", qty: 1 }, { item: "cola", qty: 2 }], confident: true },
  { name: "주먹밥 하나랑 콜라 하나 아니다 주먹밥도 두 개요: the earlier item's count", turns: ["주먹밥 하나랑 콜라 하나 아니다 주먹밥도 두 개요"], lines: [{ item: "riceball", qty: 2 }, { item: "cola", qty: 1 }], confident: true },
]);

// The edges of both readings: these rows read the same before and after (the question stays a
// question, 더 still orders more); they are here so the rows above do not grow past them.
phenomenonTable("Korean: questions and additions that stay so", pub(), [
  { name: "콜라 되나요?: no count, still a question", turns: ["콜라 되나요?"], lines: [] },
  { name: "콜라 되나요? 네: the offer taken", turns: ["콜라 되나요?", "네"], lines: [{ item: "cola", qty: 1 }] },
  { name: "치즈케이크 한 조각 되나요?: by the slice? a question", turns: ["치즈케이크 한 조각 되나요?"], lines: [] },
  { name: "삼겹살 2인분 되나요: two servings? a question", turns: ["삼겹살 2인분 되나요"], lines: [] },
  { name: "콜라 하나 아 콜라도 하나 더요: more, with 더", turns: ["주먹밥 하나랑 콜라 하나 아 콜라도 하나 더요"], lines: [{ item: "riceball", qty: 1 }, { item: "cola", qty: 2 }] },
]);
