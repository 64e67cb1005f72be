// Held-out rounds 66–72, first runs, answered alone and wrong (English counts); each as a
// reading fixed and a read-back check of the finished turn that makes the next store's variant
// a guess:
// - "chicken kebab four pieces, no wait make it eight": the number corrected after the item's
//   pieces (a one-of choice named by its number) is that choice said again, one order of eight
//   pieces (piece-count-corrected.ts); a line as many as a number said after a correction where
//   another choice of its pieces is named by that number is a guess (count-or-pieces.ts);
// - "tempura bowl no mushrooms, add two shrimp": a count and the words of the item's counted
//   add-on ("Extra shrimp", also "add shrimp") with a word that adds, that add-on's count, not
//   the shrimp tempura also called "two shrimp" (counted-add-on-said.ts); an item made from an
//   earlier line's counted add-on's words, said with a word that adds, that line got no more of is a guess
//   (counted-add-on-made-as-item.ts);
// - "raclette plate with an extra scrape of cheese": the measure and what it is of name one count
//   (measure-words.ts); a counted add-on raised by two or more with no number or doubling word
//   said is a guess (count-raised-unsaid.ts);
// - "afternoon tea for two please" of the "Afternoon Tea Set (for two)": the people the name holds,
//   said after a shorter name of it, are that name's words, one set (count-in-its-name.ts); a line
//   as many as a number its name holds, that number said only after its words, is a guess
//   (count-in-its-name-made.ts);
// - "no no kirsch actually, just the meringues" a turn after a kirsch shot, "No kirsch" also a hold of a
//   fondue nowhere in the order: the kirsch shot taken back (line-refused-as-hold.ts).
import { menuFrom, notAloneTable, phenomenonTable } from "./test-helpers.ts";

const both = (k: string, e: string, ka?: Array<string | { text: string; options: Record<string, string> }>, ea?: Array<string | { text: string; options: Record<string, string> }>) => ({
  name: { ko: k, en: e },
  ...(ka || ea ? { aliases: { ...(ka ? { ko: ka } : {}), ...(ea ? { en: ea } : {}) } } : {}),
});

const groups = [
  { id: "kebab-pcs", ...both("개수", "Pieces"), select: "one", default: "4", choices: [{ id: "4", ...both("4조각", "4 pieces", ["4개", "네 개"], ["four pieces", "4 piece"]) }, { id: "8", ...both("8조각", "8 pieces", ["8개", "여덟 개"], ["eight pieces", "8 piece"]), price: 900 }] },
  { id: "pcs", ...both("개수", "Pieces"), select: "one", default: "two", choices: [{ id: "two", ...both("2개", "2 pieces", ["두 개"], ["two pieces"]) }, { id: "four", ...both("4개", "4 pieces", ["네 개"], ["four pieces"]), price: 800 }] },
  { id: "extra-shrimp", ...both("새우 추가", "Extra shrimp", ["새우튀김 추가"], ["add shrimp", "more shrimp"]), select: "count", default: 0, min: 0, max: 4, unitPrice: 350 },
  { id: "holds", ...both("빼기", "Holds"), select: "many", choices: [{ id: "no-mushroom", ...both("버섯 빼기", "No mushroom", ["버섯 빼고"], ["no mushrooms"]) }, { id: "no-eggplant", ...both("가지 빼기", "No eggplant", ["가지 빼고"], ["no eggplant"]) }] },
  { id: "extra-scrape", ...both("라클렛 치즈 추가", "Extra scrape of raclette", ["치즈 추가"], ["extra cheese", "extra scrape", "another scrape"]), select: "count", default: 0, min: 0, max: 3, unitPrice: 600 },
  { id: "extra-potatoes", ...both("감자 추가", "Extra potatoes", [], ["extra potatoes", "more potatoes"]), select: "count", default: 0, min: 0, max: 4, unitPrice: 450 },
  { id: "fondue-holds", ...both("빼기", "Holds"), select: "many", choices: [{ id: "no-kirsch", ...both("키르슈 빼기", "No kirsch", ["키르슈 빼고"], ["no kirsch"]) }] },
  { id: "set-tea", ...both("티 포트 (2인)", "Pot of tea for two"), select: "one", default: "earl-grey", choices: [{ id: "earl-grey", ...both("얼그레이", "Earl Grey") }, { id: "breakfast", ...both("잉글리시 브렉퍼스트", "English Breakfast") }] },
];

const items = [
  { id: "kebab", category: "mains", ...both("치킨 케밥", "Chicken Kebab", ["치킨 케밥"], ["chicken kebab"]), price: 1099, optionGroups: ["kebab-pcs"] },
  { id: "shrimp-tempura", category: "mains", ...both("새우튀김", "Shrimp Tempura", [{ text: "새우튀김 2개", options: { pcs: "two" } }], ["shrimp", { text: "two shrimp", options: { pcs: "two" } }, { text: "four shrimp", options: { pcs: "four" } }]), price: 900, optionGroups: ["pcs"] },
  { id: "bowl", category: "mains", ...both("텐동", "Tempura Bowl", ["튀김 덮밥"], ["tempura bowl"]), description: { ko: "새우 2와 채소 튀김 덮밥.", en: "Two shrimp and vegetable tempura over rice." }, price: 1650, optionGroups: ["extra-shrimp", { group: "holds", choices: ["no-mushroom", "no-eggplant"] }] },
  { id: "raclette", category: "mains", ...both("라클렛 플레이트", "Raclette Plate", ["라클렛"], ["raclette"]), price: 2600, optionGroups: ["extra-scrape", "extra-potatoes"] },
  { id: "tea-set", category: "sets", ...both("애프터눈 티 세트 (2인)", "Afternoon Tea Set (for two)", ["애프터눈 세트", "애프터눈 티"], ["afternoon tea", "afternoon tea set"]), price: 38000, optionGroups: ["set-tea"] },
  { id: "scone", category: "sets", ...both("스콘", "Scone"), price: 3500 },
  { id: "fondue", category: "mains", ...both("치즈 퐁듀", "Cheese Fondue", ["퐁듀"], ["fondue"]), price: 3200, optionGroups: ["fondue-holds"] },
  { id: "meringues", category: "sets", ...both("머랭", "Meringues with Double Cream", ["머랭"], ["meringues", "meringue"]), price: 1100 },
  { id: "kirsch", category: "sets", ...both("키르슈 샷", "Kirsch Shot", ["키르슈"], ["kirsch"]), price: 900 },
];

const menu = menuFrom({
  version: 1,
  store: { id: "blind-r66-72", name: { ko: "테스트", en: "Test" }, currency: "USD", languages: ["en", "ko"] },
  categories: [{ id: "mains", ...both("메인", "Mains") }, { id: "sets", ...both("세트", "Sets") }],
  optionGroups: groups,
  items,
});

phenomenonTable("pieces said, then a number after a correction: the pieces corrected", menu, [
  { name: "chicken kebab four pieces, no wait make it eight", turns: ["chicken kebab four pieces, no wait make it eight"], lines: [{ item: "kebab", qty: 1, options: { "kebab-pcs": "8" } }], confident: true },
  { name: "shrimp tempura two pieces... actually make it four", turns: ["shrimp tempura two pieces... actually make it four"], lines: [{ item: "shrimp-tempura", qty: 1, options: { pcs: "four" } }], confident: true },
  // (guards: the count corrected where no pieces were said, or the pieces said again by name)
  { name: "two chicken kebabs, no wait make it three", turns: ["two chicken kebabs, no wait make it three"], lines: [{ item: "kebab", qty: 3 }], confident: true },
  { name: "치킨 케밥 네 개요 아 아니다 여덟 개로 해 주세요", turns: ["치킨 케밥 네 개요 아 아니다 여덟 개로 해 주세요"], lines: [{ item: "kebab", qty: 1, options: { "kebab-pcs": "8" } }], confident: true },
]);

notAloneTable("as many as a number said after a correction, another choice of its pieces named so: a guess", menu, [
  { name: "two chicken kebabs four pieces, no wait make it eight", turns: ["two chicken kebabs four pieces, no wait make it eight"] },
  { name: "치킨 케밥 4조각이요 아니다 여덟으로 해 주세요", turns: ["치킨 케밥 4조각이요 아니다 여덟으로 해 주세요"] },
]);

phenomenonTable("a count and a counted add-on's words with a word that adds, after its item", menu, [
  { name: "tempura bowl no mushrooms, add two shrimp", turns: ["tempura bowl no mushrooms, add two shrimp"], lines: [{ item: "bowl", qty: 1, options: { holds: ["no-mushroom"], "extra-shrimp": 2 } }], confident: true },
  { name: "tempura bowl add 2 shrimp", turns: ["tempura bowl add 2 shrimp"], lines: [{ item: "bowl", qty: 1, options: { "extra-shrimp": 2 } }], confident: true },
  { name: "텐동 하나 새우튀김 두 개 추가해 주세요", turns: ["텐동 하나 새우튀김 두 개 추가해 주세요"], lines: [{ item: "bowl", qty: 1, options: { "extra-shrimp": 2 } }], confident: true },
  { name: "텐동 하나 버섯 빼고 새우 두 개 추가요", turns: ["텐동 하나 버섯 빼고 새우 두 개 추가요"], lines: [{ item: "bowl", qty: 1, options: { holds: ["no-mushroom"], "extra-shrimp": 2 } }], confident: true },
  // (guard: the add-on said with its own adding word)
  { name: "tempura bowl, add two extra shrimp", turns: ["tempura bowl, add two extra shrimp"], lines: [{ item: "bowl", qty: 1, options: { "extra-shrimp": 2 } }], confident: true },
]);

notAloneTable("an item made from a counted add-on's words of the line before it, said with a word that adds: a guess", menu, [
  { name: "tempura bowl, and add like two shrimp", turns: ["tempura bowl, and add like two shrimp"] },
  { name: "텐동 하나 그리고 새우튀김 2개 추가요", turns: ["텐동 하나 그리고 새우튀김 2개 추가요"] },
]);

phenomenonTable("an item said with no word that adds after a line with that add-on: ordered (guard)", menu, [
  { name: "tempura bowl and two shrimp", turns: ["tempura bowl and two shrimp"], lines: [{ item: "bowl", qty: 1 }, { item: "shrimp-tempura", qty: 1, options: { pcs: "two" } }] },
]);

phenomenonTable("a measure of a counted add-on and the add-on's own name after 'of': one", menu, [
  { name: "raclette plate with an extra scrape of cheese and extra potatoes", turns: ["raclette plate with an extra scrape of cheese and extra potatoes"], lines: [{ item: "raclette", qty: 1, options: { "extra-scrape": 1, "extra-potatoes": 1 } }], confident: true },
  // (guard: a count said is kept)
  { name: "raclette with two extra scrapes of cheese", turns: ["raclette with two extra scrapes of cheese"], lines: [{ item: "raclette", qty: 1, options: { "extra-scrape": 2 } }] },
]);

notAloneTable("a counted add-on raised by two or more, no count said: a guess", menu, [
  { name: "raclette with extra cheese and another scrape", turns: ["raclette with extra cheese and another scrape"] },
  { name: "라클렛 하나 치즈 추가 라클렛 치즈 추가요", turns: ["라클렛 하나 치즈 추가 라클렛 치즈 추가요"] },
]);

phenomenonTable("the people an item's own name is for, said after it: its name", menu, [
  { name: "afternoon tea for two please", turns: ["afternoon tea for two please"], lines: [{ item: "tea-set", qty: 1 }], confident: true },
  { name: "애프터눈 세트 2인 하나요", turns: ["애프터눈 세트 2인 하나요"], lines: [{ item: "tea-set", qty: 1 }], confident: true },
  // (guards: a count before the name, a Korean count with its counter, "for two" of a thing its name does not hold)
  { name: "two afternoon teas for two", turns: ["two afternoon teas for two"], lines: [{ item: "tea-set", qty: 2 }], confident: true },
  { name: "애프터눈 세트 두 개요", turns: ["애프터눈 세트 두 개요"], lines: [{ item: "tea-set", qty: 2 }], confident: true },
]);

notAloneTable("as many as a number the item's name holds, said only after it: a guess", menu, [
  { name: "afternoon tea please, for two", turns: ["afternoon tea please, for two"] },
  { name: "애프터눈 세트 둘이요", turns: ["애프터눈 세트 둘이요"] },
]);

phenomenonTable("a hold's name of no line in hand, naming a line in hand: that line taken back", menu, [
  { name: "meringues and a kirsch shot → no no kirsch actually, just the meringues", turns: ["one meringues with double cream please and a kirsch shot", "no no kirsch actually, just the meringues"], lines: [{ item: "meringues", qty: 1 }] },
  // (guard: the hold said of the fondue in hand stays its hold)
  { name: "a fondue and a kirsch shot → no kirsch on the fondue", turns: ["a cheese fondue and a kirsch shot", "no kirsch in the fondue"], lines: [{ item: "fondue", qty: 1, options: { "fondue-holds": ["no-kirsch"] } }, { item: "kirsch", qty: 1 }] },
]);
