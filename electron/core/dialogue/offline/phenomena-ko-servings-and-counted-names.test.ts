// Korean counts said in the menu's own words, on a small menu written for these rows (a
// bossam place with a chicken counter, a burrito and a stew):
// - "보쌈 3인분이요" where the item's description says 소(2인)/중(3인)/대(4인): one medium, not
//   three; "전골 삼인분" where the choice itself is called "3인"; "족발 4인분" where only the
//   bossam's words say so of the shared size: the large, a guess; a number of people no size
//   feeds, or a size then servings ("보쌈 소자 4인분"), a guess (servings-sizes.ts);
// - "강정 두 마리요" where the whole chicken is the item "강정 한 마리": two of it (counter-nouns.ts);
// - "간장으로 한 마리 더 주세요" after "한 마리 매운맛이요": one more, soy, beside the first (mods.ts);
// - "부리또 하나 살사 매운 거로 두 개 추가해 주세요" where 살사 heads the salsa's kind and the
//   counted "살사 추가": one burrito, hot salsa, two extra (group-with-its-choice.ts,
//   option-count-numbers.ts).
// (English menus name sizes by people rarely and count no item by its name's counter: Korean only.)
import { ko, menuFrom, notAloneTable, type PhenomenonRow, phenomenonTable } from "./test-helpers.ts";

const raw = {
  version: 1,
  store: { id: "servings-counted", name: { ko: "테스트 보쌈집" }, currency: "KRW", languages: ["ko"] },
  categories: [{ id: "main", ...ko("메인") }, { id: "side", ...ko("사이드") }],
  optionGroups: [
    { id: "size", ...ko("사이즈"), select: "one", choices: [{ id: "s", ...ko("소", ["소자"]) }, { id: "m", ...ko("중", ["중자"]), price: 8000 }, { id: "l", ...ko("대", ["대자"]), price: 16000 }] },
    { id: "pot", ...ko("전골 크기"), select: "one", choices: [{ id: "two", ...ko("2인", ["두 명"]) }, { id: "three", ...ko("3인", ["세 명"]), price: 9000 }] },
    { id: "flavor", ...ko("맛"), select: "one", choices: [{ id: "spicy", ...ko("매운맛") }, { id: "soy", ...ko("간장", ["간장으로"]) }] },
    { id: "salsa", ...ko("살사"), select: "one", default: "mild", choices: [{ id: "mild", ...ko("순한 맛", ["순한 거"]) }, { id: "hot", ...ko("매운 맛", ["매운 거", "매운 거로"]) }] },
    { id: "extra-salsa", ...ko("살사 추가"), select: "count", min: 0, max: 4, default: 0, unitPrice: 500 },
  ],
  items: [
    { id: "bossam", category: "main", ...ko("보쌈"), description: { ko: "삶은 돼지고기. 소(2인)/중(3인)/대(4인)." }, price: 30000, optionGroups: ["size"] },
    { id: "jokbal", category: "main", ...ko("족발"), price: 35000, optionGroups: ["size"] },
    { id: "stew", category: "main", ...ko("전골"), price: 25000, optionGroups: ["pot"] },
    { id: "cup", category: "main", ...ko("컵 강정", ["강정", "컵강정"]), price: 4000, optionGroups: ["flavor"] },
    { id: "whole", category: "main", ...ko("강정 한 마리", ["한 마리", "한마리"]), price: 17000, optionGroups: ["flavor"] },
    { id: "burrito", category: "main", ...ko("부리또"), price: 9000, optionGroups: ["salsa", "extra-salsa"] },
    { id: "rice", category: "side", ...ko("공기밥", ["밥"]), price: 1000 },
  ],
};
const menu = menuFrom(raw);

const rows: PhenomenonRow[] = [
  { name: "보쌈 3인분이요: one medium, as the description says", turns: ["보쌈 3인분이요"], lines: [{ item: "bossam", qty: 1, options: { size: "m" } }], confident: true },
  { name: "보쌈 2인분 두 개요: two smalls", turns: ["보쌈 2인분 두 개요"], lines: [{ item: "bossam", qty: 2, options: { size: "s" } }], confident: true },
  { name: "전골 삼인분이요: the choice called 3인", turns: ["전골 삼인분이요"], lines: [{ item: "stew", qty: 1, options: { pot: "three" } }], confident: true },
  { name: "족발 4인분 하나요: the large the bossam's words say feeds four, a guess", turns: ["족발 4인분 하나요"], lines: [{ item: "jokbal", qty: 1, options: { size: "l" } }], confident: false },
  { name: "강정 두 마리요 매운맛으로: two whole chickens", turns: ["강정 두 마리요 매운맛으로"], lines: [{ item: "whole", qty: 2, options: { flavor: "spicy" } }], confident: true },
  { name: "강정 2마리 간장으로요: two whole chickens", turns: ["강정 2마리 간장으로요"], lines: [{ item: "whole", qty: 2, options: { flavor: "soy" } }], confident: true },
  {
    name: "간장으로 한 마리 더 주세요: one more beside the first",
    turns: ["한 마리 매운맛이요", "간장으로 한 마리 더 주세요"],
    lines: [
      { item: "whole", qty: 1, options: { flavor: "spicy" } },
      { item: "whole", qty: 1, options: { flavor: "soy" } },
    ],
    confident: true,
  },
  { name: "부리또 하나 살사 매운 거로 두 개 추가해 주세요: one burrito, two extra", turns: ["부리또 하나 살사 매운 거로 두 개 추가해 주세요"], lines: [{ item: "burrito", qty: 1, options: { salsa: "hot", "extra-salsa": 2 } }], confident: true },
  { name: "부리또 하나 매운 거로 살사 두 개 추가해 주세요: the same", turns: ["부리또 하나 매운 거로 살사 두 개 추가해 주세요"], lines: [{ item: "burrito", qty: 1, options: { salsa: "hot", "extra-salsa": 2 } }], confident: true },
];
phenomenonTable("Korean counts said in the menu's own words", menu, rows);

notAloneTable("servings the menu does not settle are a guess", menu, [
  { name: "보쌈 5인분이요: no size feeds five", turns: ["보쌈 5인분이요"] },
  { name: "보쌈 소자 4인분이요: a size, then servings another size feeds", turns: ["보쌈 소자 4인분이요"] },
]);
