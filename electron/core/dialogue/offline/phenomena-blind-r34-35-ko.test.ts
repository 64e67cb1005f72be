// Korean shapes from the blind rounds 34–35, on a small menu of this test's own:
// - "곰탕 파 빼고 하나요" where the menu lists "국밥 하나요" as an alias: a count said in an
//   alias ("하나요", "한 그릇") is no piece of the name, so "하나요" orders nothing more.
// - "곰탕 보통 하나 특 하나요" where the menu lists "곰탕 보통" (the size it comes in) as an
//   alias: the item's own words said its size, so the second size is a second bowl.
// - "와 오늘 진짜 춥다 어묵 두 개", "하하 국밥 하나": a word ending in the plain 다 of a
//   statement, and laughter, name nothing after them (not an unknown "춥다 어묵").
// - "국밥 포장 되죠 그럼 국밥 두 개 포장해 주세요": 되죠 asks where 그럼 orders the thing again.
// - "정식 두 개요" then "둘 다 김치찌개요" / "김치찌개요" where the stews are also sold alone
//   (and "김치찌개요" is the menu's alias of the stew): the set meals' stew.
// - "정식 두 개요 찌개는 김치찌개 하나 된장찌개 하나" where 찌개 is the stews' category and
//   the last word of the set's "정식 찌개" group: the group said as a heading.
import { ko, menuFrom, notAloneTable, phenomenonTable } from "./test-helpers.ts";

const diner = () =>
  menuFrom({
    version: 1,
    store: { id: "ko-r34", name: { ko: "기사식당" }, currency: "KRW", languages: ["ko"] },
    orderOptions: [{ id: "dining", ...ko("식사 방법"), select: "one", default: "here", choices: [{ id: "here", ...ko("매장", ["먹고 갈게요"]) }, { id: "togo", ...ko("포장") }] }],
    categories: [{ id: "soup", ...ko("국밥") }, { id: "stew", ...ko("찌개") }, { id: "set", ...ko("정식") }, { id: "snack", ...ko("분식") }],
    optionGroups: [
      { id: "size", ...ko("크기"), select: "one", default: "regular", choices: [{ id: "regular", ...ko("보통") }, { id: "special", ...ko("특") }] },
      { id: "scallion", ...ko("파"), select: "one", default: "normal", choices: [{ id: "normal", ...ko("파 보통") }, { id: "none", ...ko("파 빼고", ["파 빼기"]) }] },
      { id: "set-stew", ...ko("정식 찌개"), select: "one", choices: [{ id: "kimchi", ...ko("김치찌개", ["김치"]) }, { id: "doenjang", ...ko("된장찌개", ["된장"]) }] },
    ],
    items: [
      { id: "gukbap", category: "soup", ...ko("국밥", ["국밥 하나요", "국밥 한 그릇"]), price: 9000, optionGroups: ["scallion"] },
      { id: "gomtang", category: "soup", ...ko("곰탕", ["곰탕 보통"]), price: 11000, optionGroups: ["size", "scallion"] },
      { id: "kimchi-jjigae", category: "stew", ...ko("김치찌개", ["김치찌개요"]), price: 8000 },
      { id: "doenjang-jjigae", category: "stew", ...ko("된장찌개", ["된장찌개요"]), price: 8000 },
      { id: "set", category: "set", ...ko("백반 정식", ["정식", "백반"]), price: 10000, optionGroups: ["set-stew"] },
      { id: "eomuk", category: "snack", ...ko("어묵"), price: 1000 },
    ],
  });

phenomenonTable("Korean blind r34–35: counts in aliases, remarks before a name, a set's stew", diner(), [
  { name: "곰탕 파 빼고 하나요 (국밥 하나요 an alias)", turns: ["곰탕 파 빼고 하나요"], lines: [{ item: "gomtang", qty: 1, options: { scallion: "none" } }], confident: true },
  { name: "곰탕 보통 하나 특 하나요: two, the first as it comes", turns: ["곰탕 보통 하나 특 하나요"], lines: [{ item: "gomtang", qty: 1 }, { item: "gomtang", qty: 1, options: { size: "special" } }], confident: true },
  { name: "와 오늘 진짜 춥다 어묵 두 개", turns: ["와 오늘 진짜 춥다 어묵 두 개 먹고 갈게요"], lines: [{ item: "eomuk", qty: 2 }], orderOptions: { dining: "here" } },
  { name: "하하 국밥 하나 주세요", turns: ["아이고 어제 너무 마셔가지고 하하 국밥 하나 주세요"], lines: [{ item: "gukbap", qty: 1 }] },
  { name: "국밥 포장 되죠 그럼 국밥 두 개 포장해 주세요", turns: ["국밥 포장 되죠 그럼 국밥 두 개 포장해 주세요"], lines: [{ item: "gukbap", qty: 2 }], orderOptions: { dining: "togo" } },
  { name: "정식 두 개요 / 둘 다 김치찌개요", turns: ["정식 두 개요", "둘 다 김치찌개요"], lines: [{ item: "set", qty: 2, options: { "set-stew": "kimchi" } }], confident: true },
  { name: "정식 하나요 / 김치찌개요 (the stew's alias with 요)", turns: ["정식 하나요", "김치찌개요"], lines: [{ item: "set", qty: 1, options: { "set-stew": "kimchi" } }], confident: true },
  { name: "정식 두 개요 찌개는 김치찌개 하나 된장찌개 하나", turns: ["정식 두 개요 찌개는 김치찌개 하나 된장찌개 하나"], lines: [{ item: "set", qty: 1, options: { "set-stew": "kimchi" } }, { item: "set", qty: 1, options: { "set-stew": "doenjang" } }], confident: true },
  { name: "정식 하나요 찌개는 된장찌개로", turns: ["정식 하나요 찌개는 된장찌개로"], lines: [{ item: "set", qty: 1, options: { "set-stew": "doenjang" } }], confident: true },
]);

// Guards (right before the change too, kept so): "둘 다" of one set is no answer; a count past the sets' stays unsure.
notAloneTable("Korean blind r34–35: a set's stew said past its count", diner(), [
  { name: "정식 하나요 / 둘 다 김치찌개요", turns: ["정식 하나요", "둘 다 김치찌개요"] },
  { name: "정식 두 개요 찌개는 김치찌개 두 개 된장찌개 하나", turns: ["정식 두 개요 찌개는 김치찌개 두 개 된장찌개 하나"] },
]);
