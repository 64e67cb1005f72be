// Korean red-team probes of 2026-12-05 (probes/README.md, "Korean probes"): a line of two
// split in two parts where a part's option is an extra (a select-many choice, a count "추가")
// or a removal ("라면 두 개 하나는 만두 추가 하나는 떡 추가"; the number said with 는 was read
// as the topping's count and both options landed on one line), the same split said a turn
// later, a counter that is also a choice's name glued to its number ("한판", "두판"), "안 매운
// 걸로" where the menu names the mild choice with 안, and "휘핑크림 올려서" where the word
// names the group and its choice (올려서 is not "a size up").
import { ko, menuFrom, phenomenonTable } from "./test-helpers.ts";

const store = (id: string) => ({ id, name: { ko: id }, currency: "KRW", languages: ["ko"] });

const bunsik = () =>
  menuFrom({
    version: 1,
    store: store("ko-split"),
    categories: [{ id: "snack", ...ko("분식") }, { id: "burger", ...ko("버거") }],
    optionGroups: [
      { id: "ramen-add", ...ko("라면 추가"), select: "many", choices: [{ id: "egg", ...ko("계란", ["계란 추가"]) }, { id: "cheese", ...ko("치즈", ["치즈 추가"]) }, { id: "tteok", ...ko("떡", ["떡 추가"]) }, { id: "dumpling", ...ko("만두", ["만두 추가"]) }] },
      { id: "egg", ...ko("계란 추가"), select: "count", default: 0, min: 0, max: 3, unitPrice: 500 },
      { id: "cheese-top", ...ko("치즈 추가"), select: "count", default: 0, min: 0, max: 3, unitPrice: 500 },
      { id: "hold", ...ko("빼기"), select: "many", choices: [{ id: "pickle", ...ko("피클 빼기", ["피클"]) }, { id: "onion", ...ko("양파 빼기", ["양파"]) }] },
      { id: "gimbap-remove", ...ko("김밥 빼기"), select: "many", choices: [{ id: "no-ham", ...ko("햄 빼기", ["햄 빼고"]) }, { id: "no-egg", ...ko("계란 빼기", ["계란 빼고"]) }] },
      { id: "spicy", ...ko("맵기"), select: "one", default: "normal", choices: [{ id: "mild", ...ko("순한맛", ["안 맵게", "안매운맛"]) }, { id: "normal", ...ko("보통맛") }, { id: "hot", ...ko("매운맛", ["맵게", "매운 걸로"]) }] },
    ],
    items: [
      { id: "ramen", category: "snack", ...ko("라면"), price: 4000, optionGroups: ["ramen-add"] },
      { id: "ramyeon", category: "snack", ...ko("해장라면"), price: 4500, optionGroups: ["egg", "cheese-top"] },
      { id: "tteokbokki", category: "snack", ...ko("떡볶이"), price: 4000, optionGroups: ["spicy"] },
      { id: "gimbap", category: "snack", ...ko("김밥"), price: 3000, optionGroups: ["gimbap-remove"] },
      { id: "burger", category: "burger", ...ko("불고기버거"), price: 5000, optionGroups: ["hold"] },
    ],
  });

// Rows whose last turn is a counted option changed on a line already there expect it handed on
// (confident: false), the cart kept: risky-shapes.ts.
phenomenonTable("하나는 X 하나는 Y: each part gets its own extra or removal", bunsik(), [
  { name: "two select-many extras with 추가", turns: ["라면 두개 하나는 만두 추가 하나는 떡 추가"], lines: [{ item: "ramen", qty: 1, options: { "ramen-add": ["dumpling"] } }, { item: "ramen", qty: 1, options: { "ramen-add": ["tteok"] } }], confident: true },
  { name: "two select-many extras without 추가", turns: ["라면 두개 하나는 치즈 하나는 계란"], lines: [{ item: "ramen", qty: 1, options: { "ramen-add": ["cheese"] } }, { item: "ramen", qty: 1, options: { "ramen-add": ["egg"] } }], confident: true },
  { name: "two counted extras", turns: ["해장라면 두개 하나는 계란 추가 하나는 치즈 추가"], lines: [{ item: "ramyeon", qty: 1, options: { egg: 1 } }, { item: "ramyeon", qty: 1, options: { "cheese-top": 1 } }], confident: true },
  { name: "two removals", turns: ["김밥 두줄 하나는 햄 빼고 하나는 계란 빼고"], lines: [{ item: "gimbap", qty: 1, options: { "gimbap-remove": ["no-ham"] } }, { item: "gimbap", qty: 1, options: { "gimbap-remove": ["no-egg"] } }], confident: true },
  { name: "a counted extra and the rest plain (그냥)", turns: ["해장라면 두개 하나는 치즈 추가 하나는 그냥"], lines: [{ item: "ramyeon", qty: 1, options: { "cheese-top": 1 } }, { item: "ramyeon", qty: 1 }], confident: true },
  { name: "the plain part in a clause of its own (추가하고)", turns: ["해장라면 두 개요 하나는 치즈 추가하고 하나는 그냥 주세요"], lines: [{ item: "ramyeon", qty: 1, options: { "cheese-top": 1 } }, { item: "ramyeon", qty: 1 }], confident: true },
  { name: "three parts, the last plain", turns: ["라면 세개 하나는 만두 추가 하나는 떡 추가 하나는 그냥"], lines: [{ item: "ramen", qty: 1, options: { "ramen-add": ["dumpling"] } }, { item: "ramen", qty: 1, options: { "ramen-add": ["tteok"] } }, { item: "ramen", qty: 1 }], confident: true },
  { name: "a number after the topping with no 는 still counts the topping", turns: ["해장라면 하나 계란 추가 두개"], lines: [{ item: "ramyeon", qty: 1, options: { egg: 2 } }] },
  { name: "the split said a turn later", turns: ["라면 두개요", "하나는 만두 추가 하나는 떡 추가요"], lines: [{ item: "ramen", qty: 1, options: { "ramen-add": ["dumpling"] } }, { item: "ramen", qty: 1, options: { "ramen-add": ["tteok"] } }], confident: true },
  { name: "counted extras split a turn later", turns: ["해장라면 두개요", "하나는 계란 추가 하나는 치즈 추가요"], lines: [{ item: "ramyeon", qty: 1, options: { egg: 1 } }, { item: "ramyeon", qty: 1, options: { "cheese-top": 1 } }], confident: false },
  // (The refusal word refuses the options of the parts; no line is taken out. Not answered
  // alone yet: the read-back does not follow parts of a bare turn.)
  { name: "removals split a turn later refuse options, take out no line", turns: ["불고기버거 두개요", "하나는 피클 빼고 하나는 양파 빼주세요"], lines: [{ item: "burger", qty: 1, options: { hold: ["pickle"] } }, { item: "burger", qty: 1, options: { hold: ["onion"] } }] },
]);

phenomenonTable("안 + a choice the menu also says with 안: that choice", bunsik(), [
  { name: "안 매운 걸로", turns: ["떡볶이 안 매운 걸로 하나"], lines: [{ item: "tteokbokki", qty: 1, options: { spicy: "mild" } }], confident: true },
  { name: "안 매운걸로 두개", turns: ["떡볶이 안 매운걸로 두개"], lines: [{ item: "tteokbokki", qty: 2, options: { spicy: "mild" } }], confident: true },
  { name: "매운 걸로 stays hot", turns: ["떡볶이 매운 걸로 하나"], lines: [{ item: "tteokbokki", qty: 1, options: { spicy: "hot" } }], confident: true },
]);

const bakery = () =>
  menuFrom({
    version: 1,
    store: store("ko-counter-choice"),
    categories: [{ id: "cake", ...ko("케이크") }, { id: "chicken", ...ko("치킨") }],
    optionGroups: [
      { id: "cake-unit", ...ko("조각/홀"), select: "one", default: "slice", choices: [{ id: "slice", ...ko("조각", ["한 조각"]) }, { id: "whole", ...ko("홀", ["홀케이크", "한 판"]), price: 24000 }] },
      { id: "candles", ...ko("초"), select: "count", default: 0, min: 0, max: 20 },
      { id: "portion", ...ko("양"), select: "one", default: "whole", choices: [{ id: "whole", ...ko("한 마리", ["한마리"]) }, { id: "half", ...ko("반 마리", ["반마리"]), price: -8000 }] },
    ],
    items: [
      { id: "choco-cake", category: "cake", ...ko("초코케이크"), price: 7000, optionGroups: ["cake-unit", "candles"] },
      { id: "berry-cake", category: "cake", ...ko("딸기케이크"), price: 7000, optionGroups: ["cake-unit", "candles"] },
      { id: "fried", category: "chicken", ...ko("후라이드"), price: 18000, optionGroups: ["portion"] },
    ],
  });

phenomenonTable("a counter that names a choice ('한 판'): the count and the choice", bakery(), [
  { name: "한판 glued", turns: ["초코케이크 한판 주세요"], lines: [{ item: "choco-cake", qty: 1, options: { "cake-unit": "whole" } }], confident: true },
  { name: "두판 glued", turns: ["딸기케이크 두판이요"], lines: [{ item: "berry-cake", qty: 2, options: { "cake-unit": "whole" } }], confident: true },
  { name: "두 판 spaced", turns: ["딸기케이크 두 판이요"], lines: [{ item: "berry-cake", qty: 2, options: { "cake-unit": "whole" } }], confident: true },
  { name: "한판 with candles", turns: ["딸기케이크 한판 초 세개"], lines: [{ item: "berry-cake", qty: 1, options: { "cake-unit": "whole", candles: 3 } }], confident: true },
  { name: "두조각 glued counts two slices", turns: ["딸기케이크 두조각"], lines: [{ item: "berry-cake", qty: 2 }], confident: true },
  { name: "한조각 then another cake 한판", turns: ["딸기케이크 한조각 초코케이크 한판"], lines: [{ item: "berry-cake", qty: 1 }, { item: "choco-cake", qty: 1, options: { "cake-unit": "whole" } }], confident: true },
  { name: "세 조각 stays slices", turns: ["딸기케이크 세 조각"], lines: [{ item: "berry-cake", qty: 3 }], confident: true },
  // (The default said by its counter, "두마리" where a whole chicken is "한 마리", is only the count.)
  { name: "두마리 하나는 반마리로", turns: ["후라이드 두마리 하나는 반마리로"], lines: [{ item: "fried", qty: 1 }, { item: "fried", qty: 1, options: { portion: "half" } }] },
]);

const cafe = () =>
  menuFrom({
    version: 1,
    store: store("ko-whip"),
    categories: [{ id: "coffee", ...ko("커피") }],
    optionGroups: [
      { id: "whip", ...ko("휘핑크림"), select: "one", default: "no", choices: [{ id: "yes", ...ko("휘핑 올려서", ["휘핑", "휘핑크림"]) }, { id: "no", ...ko("휘핑 없이", ["휘핑 빼고"]) }] },
      { id: "size", ...ko("사이즈"), select: "one", default: "regular", choices: [{ id: "regular", ...ko("레귤러") }, { id: "large", ...ko("라지"), price: 500 }] },
      { id: "shots", ...ko("샷 추가", ["샷"]), select: "count", default: 0, min: 0, max: 2, unitPrice: 500 },
    ],
    items: [{ id: "mocha", category: "coffee", ...ko("카페모카"), price: 5000, optionGroups: ["whip", "size", "shots"] }],
  });

phenomenonTable("a word naming a group and its choice, then 올려서: the choice, not a step", cafe(), [
  { name: "휘핑크림 올려서", turns: ["카페모카 휘핑크림 올려서 두잔"], lines: [{ item: "mocha", qty: 2, options: { whip: "yes" } }], confident: true },
  { name: "a counted extra and a size split a turn later", turns: ["카페모카 두잔이요", "하나는 샷 추가 하나는 라지로"], lines: [{ item: "mocha", qty: 1, options: { shots: 1 } }, { item: "mocha", qty: 1, options: { size: "large" } }], confident: true },
  // (The count went up on the line split off, not on the line it came from.)
  { name: "a counted extra split a turn later, said with 넣어주세요", turns: ["카페모카 두잔이요", "하나는 샷 추가 하나는 휘핑크림 넣어주세요"], lines: [{ item: "mocha", qty: 1, options: { shots: 1 } }, { item: "mocha", qty: 1, options: { whip: "yes" } }], confident: true },
  { name: "사이즈 업 still steps", turns: ["카페모카 하나 사이즈 업"], lines: [{ item: "mocha", qty: 1, options: { size: "large" } }] },
]);
