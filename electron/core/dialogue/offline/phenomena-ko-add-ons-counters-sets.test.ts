// Korean shapes of the ninth Korean red team (probes ko-seolleongtang, ko-bungeoppang,
// ko-makguksu, ko-sotbap, ko-baekban), on a small menu of this test's own:
// - An add-on said with a count: "소면 하나 추가요", "면 하나 더 주세요" (the group's adding
//   choice, no second bowl: measure-words.ts, bare-edits.ts), "만둣국 두 개 만두 하나씩
//   추가요" and, a turn later, "만두 하나 추가요" (the soup's counted add-on, not a plate of
//   the dumplings also sold alone: item-or-choice.ts).
// - 봉지 as a counter where the menu also sells a bag called 봉지: "3개짜리 두 봉지요", "한
//   봉지 더요" (counter-named-items.ts).
// - "떡꼬치 두 꼬치요 하나는 매콤하게", "어묵 두 꼬치요 …" (the counter a word of the item's
//   name: atom-neighbours.ts), "잠시만요 하나는 매운 걸로요" a turn later (wait-then-add.ts).
// - A dish made into its set a turn later or with 로 ("정식으로 바꿔 주세요", "비빔국수 하나
//   정식으로요": the set whose choice names the dish, combo-of-the-lines.ts) and back
//   ("그냥 단품으로 할게요": single-dish.ts); in the best reading, "정식 말고 그냥 물국수로" (the dish)
//   and "물국수 말고 비빔으로요" (the set's noodles: item-or-choice.ts).
import { en, ko, menuFrom, phenomenonTable } from "./test-helpers.ts";

const stand = () =>
  menuFrom({
    version: 1,
    store: { id: "ko-p9", name: { ko: "국수와 간식" }, currency: "KRW", languages: ["ko"] },
    categories: [{ id: "soup", ...ko("탕") }, { id: "noodle", ...ko("국수") }, { id: "set", ...ko("정식 · 세트") }, { id: "rice", ...ko("솥밥") }, { id: "snack", ...ko("간식") }, { id: "drink", ...ko("음료") }, { id: "etc", ...ko("기타") }],
    optionGroups: [
      { id: "somyeon", ...ko("소면", ["면", "국수"]), select: "one", default: "with", choices: [{ id: "with", ...ko("소면 기본") }, { id: "none", ...ko("소면 빼기", ["소면 빼고"]) }, { id: "extra", ...ko("소면 추가", ["면 추가"]), price: 1000 }] },
      { id: "mandu-add", ...ko("만두 추가", ["만두 더"]), select: "count", default: 0, min: 0, max: 4, unitPrice: 1000 },
      { id: "sauce", ...ko("양념"), select: "one", default: "sweet", choices: [{ id: "sweet", ...ko("달콤", ["달콤하게"]) }, { id: "spicy", ...ko("매콤", ["매콤하게", "매운 걸로"]) }] },
      { id: "eomuk-kind", ...ko("어묵 맛"), select: "one", default: "plain", choices: [{ id: "plain", ...ko("일반") }, { id: "spicy", ...ko("매운 어묵", ["매운 거", "매운 걸로"]) }] },
      { id: "pack", ...ko("묶음"), select: "one", default: "single", choices: [{ id: "single", ...ko("낱개") }, { id: "pack3", ...ko("3개 묶음", ["3개짜리"]), price: 1300 }] },
      { id: "set-noodle", ...ko("정식 국수"), select: "one", choices: [{ id: "mul", ...ko("물국수", ["물"]) }, { id: "bibim", ...ko("비빔국수", ["비빔"]) }] },
      { id: "set-main", ...ko("세트 솥밥"), select: "one", choices: [{ id: "mushroom", ...ko("버섯솥밥", ["버섯"]) }, { id: "salmon", ...ko("연어솥밥", ["연어"]) }] },
      { id: "set-drink", ...ko("세트 음료"), select: "one", choices: [{ id: "coke", ...ko("콜라") }, { id: "cider", ...ko("사이다") }] },
    ],
    items: [
      { id: "gomtang", category: "soup", ...ko("곰탕"), price: 11000, optionGroups: ["somyeon"] },
      { id: "manduguk", category: "soup", ...ko("만둣국"), price: 9000, optionGroups: ["mandu-add"] },
      { id: "mandu", category: "snack", ...ko("찐만두", ["만두"]), price: 6000 },
      { id: "tteokkochi", category: "snack", ...ko("떡꼬치"), price: 2000, optionGroups: ["sauce"] },
      { id: "eomuk", category: "snack", ...ko("어묵 (꼬치)", ["어묵"]), price: 1000, optionGroups: ["eomuk-kind"] },
      { id: "bungeoppang", category: "snack", ...ko("붕어빵"), price: 500, optionGroups: ["pack"] },
      { id: "bag", category: "etc", ...ko("봉투", ["봉지"]), price: 100 },
      { id: "mul", category: "noodle", ...ko("물국수"), price: 9000 },
      { id: "bibim", category: "noodle", ...ko("비빔국수"), price: 9000 },
      { id: "noodle-set", category: "set", name: { ko: "국수 정식" }, aliases: { ko: ["정식", { text: "물국수 정식", options: { "set-noodle": "mul" } }] }, price: 14000, optionGroups: ["set-noodle"] },
      { id: "mushroom", category: "rice", ...ko("버섯솥밥"), price: 12000 },
      { id: "salmon", category: "rice", ...ko("연어솥밥"), price: 15000 },
      { id: "rice-set", category: "set", name: { ko: "솥밥 세트" }, aliases: { ko: ["세트", { text: "버섯솥밥 세트", options: { "set-main": "mushroom" } }, { text: "연어솥밥 세트", options: { "set-main": "salmon" } }] }, price: 14000, optionGroups: ["set-main", "set-drink"] },
      { id: "coke", category: "drink", ...ko("콜라"), price: 2000 },
    ],
  });

phenomenonTable("Korean probes 9: add-ons with a count, 봉지 as a counter, one of the line, a dish and its set", stand(), [
  { name: "곰탕 하나요 / 소면 하나 추가요", turns: ["곰탕 하나요", "소면 하나 추가요"], lines: [{ item: "gomtang", qty: 1, options: { somyeon: "extra" } }], confident: true },
  { name: "곰탕 하나요 / 면 하나 더 주세요", turns: ["곰탕 하나요", "면 하나 더 주세요"], lines: [{ item: "gomtang", qty: 1, options: { somyeon: "extra" } }], confident: true },
  { name: "곰탕 하나요 / 소면 더 주세요 (more of it, no second bowl)", turns: ["곰탕 하나요", "소면 더 주세요"], lines: [{ item: "gomtang", qty: 1, options: { somyeon: "extra" } }] },
  { name: "만둣국 두 개 만두 하나씩 추가요", turns: ["만둣국 두 개 만두 하나씩 추가요"], lines: [{ item: "manduguk", qty: 2, options: { "mandu-add": 1 } }], confident: true },
  // (A counted option changed on a line already there is not answered alone: risky-shapes.ts.)
  { name: "만둣국 하나요 / 만두 하나 추가요", turns: ["만둣국 하나요", "만두 하나 추가요"], lines: [{ item: "manduguk", qty: 1, options: { "mandu-add": 1 } }] },
  { name: "붕어빵 3개짜리 두 봉지요", turns: ["붕어빵 3개짜리 두 봉지요"], lines: [{ item: "bungeoppang", qty: 2, options: { pack: "pack3" } }], confident: true },
  { name: "붕어빵 3개짜리 하나요 / 한 봉지 더요", turns: ["붕어빵 3개짜리 하나요", "한 봉지 더요"], lines: [{ item: "bungeoppang", qty: 2, options: { pack: "pack3" } }] },
  // Guard (right before the change too): the bag itself, named then counted.
  { name: "봉지 두 개 주세요", turns: ["봉지 두 개 주세요"], lines: [{ item: "bag", qty: 2 }], confident: true },
  { name: "떡꼬치 두 꼬치요 하나는 매콤하게", turns: ["떡꼬치 두 꼬치요 하나는 매콤하게"], lines: [{ item: "tteokkochi", qty: 1 }, { item: "tteokkochi", qty: 1, options: { sauce: "spicy" } }], confident: true },
  { name: "어묵 두 꼬치요 하나는 매운 걸로", turns: ["어묵 두 꼬치요 하나는 매운 걸로"], lines: [{ item: "eomuk", qty: 1 }, { item: "eomuk", qty: 1, options: { "eomuk-kind": "spicy" } }], confident: true },
  { name: "어묵 세 개요 / 잠시만요 하나는 매운 걸로요", turns: ["어묵 세 개요", "잠시만요 하나는 매운 걸로요"], lines: [{ item: "eomuk", qty: 2 }, { item: "eomuk", qty: 1, options: { "eomuk-kind": "spicy" } }] },
  { name: "물국수 하나요 / 정식으로 바꿔 주세요", turns: ["물국수 하나요", "정식으로 바꿔 주세요"], lines: [{ item: "noodle-set", qty: 1, options: { "set-noodle": "mul" } }] },
  { name: "비빔국수 하나 정식으로요", turns: ["비빔국수 하나 정식으로요"], lines: [{ item: "noodle-set", qty: 1, options: { "set-noodle": "bibim" } }] },
  { name: "버섯솥밥 세트 하나요 / 그냥 단품으로 할게요", turns: ["버섯솥밥 세트 하나요", "그냥 단품으로 할게요"], lines: [{ item: "mushroom", qty: 1 }] },
  { name: "연어솥밥 세트 하나요 / 음료는 괜찮아요 그냥 단품으로 주세요", turns: ["연어솥밥 세트 하나요", "음료는 괜찮아요 그냥 단품으로 주세요"], lines: [{ item: "salmon", qty: 1 }] },
  // (Korean X 말고 Y is a guess: the best reading only.)
  { name: "물국수 정식 하나요 / 정식 말고 그냥 물국수로 주세요", turns: ["물국수 정식 하나요", "정식 말고 그냥 물국수로 주세요"], lines: [{ item: "mul", qty: 1 }] },
  { name: "물국수 정식 하나요 / 물국수 말고 비빔으로요 (the set's noodles)", turns: ["물국수 정식 하나요", "물국수 말고 비빔으로요"], lines: [{ item: "noodle-set", qty: 1, options: { "set-noodle": "bibim" } }] },
  { name: "연어솥밥 세트 하나 콜라로요 / 세트 말고 그냥 연어솥밥으로 주세요", turns: ["연어솥밥 세트 하나 콜라로요", "세트 말고 그냥 연어솥밥으로 주세요"], lines: [{ item: "salmon", qty: 1 }] },
]);

const noodleBar = () =>
  menuFrom({
    version: 1,
    store: { id: "en-p9", name: { en: "Noodle Bar" }, currency: "USD", languages: ["en"] },
    categories: [{ id: "noodle", ...en("Noodles") }, { id: "set", ...en("Sets") }, { id: "bowl", ...en("Bowls") }],
    optionGroups: [
      { id: "set-noodle", ...en("Set noodles"), select: "one", choices: [{ id: "cold", ...en("Cold noodles") }, { id: "spicy", ...en("Spicy noodles") }] },
      { id: "base", ...en("Base"), select: "one", default: "acai", choices: [{ id: "acai", ...en("Acai") }, { id: "pitaya", ...en("Pitaya") }] },
    ],
    items: [
      { id: "cold", category: "noodle", ...en("Cold noodles"), price: 9 },
      { id: "spicy", category: "noodle", ...en("Spicy noodles"), price: 9 },
      { id: "noodle-set", category: "set", ...en("Noodle set", ["set"]), price: 14, optionGroups: ["set-noodle"] },
      { id: "acai-bowl", category: "bowl", ...en("Acai bowl"), price: 11, optionGroups: ["base"] },
      { id: "pitaya-bowl", category: "bowl", ...en("Pitaya bowl", ["pitaya"]), price: 11 },
    ],
  });

phenomenonTable("English: a dish made into the set of one dish whose choice names it", noodleBar(), [
  { name: "cold noodles please / make it a set", turns: ["cold noodles please", "make it a set"], lines: [{ item: "noodle-set", qty: 1, options: { "set-noodle": "cold" } }] },
  // Guard: an item of the line's own kind whose choice names it is another bowl, as it was.
  { name: "a pitaya bowl / switch that to an acai bowl", turns: ["a pitaya bowl", "switch that to an acai bowl"], lines: [{ item: "acai-bowl", qty: 1, options: { base: "acai" } }] },
]);
