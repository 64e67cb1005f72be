// The twelfth Korean red team (probes ko-jumeokbap, ko-memilsoba, ko-dakhanmari, ko-yogurtice,
// ko-hotteok): a thing said by the name of another thing the menu sells, meaning a part of
// the line just ordered.
// - "부대라면 하나 라면에 파 빼 주세요": the place of a change said with 에/엔 by a name the
//   item's own words hold (부대라면 is a 라면; the set comes with 라면): the item's change, not a
//   plain 라면 ordered (change-at-its-part.ts).
// - "커플 세트 딸기로 하나 커피는 따뜻하게요", and a turn later "커피는 따뜻하게 해 주세요": the
//   set's coffee (its description names the americano), not a second americano
//   (bundle-with-its-part.ts).
// - "요거트 아이스크림 스몰 하나 마카롱 하나 올려서요": put on top, the cup's macaron topping,
//   not the macaron sold alone (item-or-choice.ts).
// - "꿀호떡 두 개요" → "하나는 치즈로 바꿔 주세요": 치즈 in place of 꿀 before the same 호떡, the
//   치즈호떡 the menu sells, not cheese on a honey hotteok (sibling-said-by-its-word.ts).
import { ko, menuFrom, notAloneTable, phenomenonTable } from "./test-helpers.ts";

const ramenShop = menuFrom({
  version: 1,
  store: { id: "ko-named-parts-ramen", name: { ko: "분식" }, currency: "KRW", languages: ["ko"] },
  categories: [{ id: "food", ...ko("식사") }],
  optionGroups: [
    { id: "hold", ...ko("빼기"), select: "many", choices: [{ id: "no-egg", ...ko("계란 빼기", ["계란 빼고", "계란"]) }, { id: "no-scallion", ...ko("파 빼기", ["파 빼고", "파"]) }] },
    { id: "add", ...ko("추가"), select: "many", choices: [{ id: "rice-cake", ...ko("떡 추가", ["떡"]) }] },
  ],
  items: [
    { id: "ramen", category: "food", ...ko("라면"), price: 4000, optionGroups: ["hold", "add"] },
    { id: "budae", category: "food", ...ko("부대라면"), price: 6000, optionGroups: ["hold", "add"] },
    { id: "set", category: "food", ...ko("라면 김밥 세트", ["라면 세트"]), description: { ko: "라면 한 그릇과 김밥 한 줄." }, price: 7000, optionGroups: ["hold"] },
    { id: "kimbap", category: "food", ...ko("김밥"), price: 3000 },
  ],
});

phenomenonTable("a change placed by the name of a part the item's words hold (Korean)", ramenShop, [
  { name: "부대라면 하나 라면에 파 빼 주세요", turns: ["부대라면 하나 라면에 파 빼 주세요"], lines: [{ item: "budae", qty: 1, options: { hold: ["no-scallion"] } }], confident: true },
  { name: "부대라면 두 개 라면엔 계란 빼고요", turns: ["부대라면 두 개 라면엔 계란 빼고요"], lines: [{ item: "budae", qty: 2, options: { hold: ["no-egg"] } }] },
  { name: "부대라면 하나 라면에 떡 추가요", turns: ["부대라면 하나 라면에 떡 추가요"], lines: [{ item: "budae", qty: 1, options: { add: ["rice-cake"] } }] },
  { name: "라면 세트 하나 라면에 파 빼 주세요 (the set's description)", turns: ["라면 세트 하나 라면에 파 빼 주세요"], lines: [{ item: "set", qty: 1, options: { hold: ["no-scallion"] } }] },
  // (Guard: an item whose words do not hold 라면; the 라면 is an order of its own.)
  { name: "김밥 하나 라면에 계란 빼 주세요", turns: ["김밥 하나 라면에 계란 빼 주세요"], lines: [{ item: "kimbap", qty: 1 }, { item: "ramen", qty: 1, options: { hold: ["no-egg"] } }] },
]);

// The same place said a turn later, of a line in hand: which is meant is another step's to
// read; here, not answered alone.
notAloneTable("a change placed by a part's name a turn later (Korean)", ramenShop, [{ name: "부대라면 하나요 → 라면에 떡 추가요", turns: ["부대라면 하나요", "라면에 떡 추가요"] }]);

const yogurtShop = menuFrom({
  version: 1,
  store: { id: "ko-named-parts-yogurt", name: { ko: "요거트" }, currency: "KRW", languages: ["ko"] },
  categories: [{ id: "cup", ...ko("요거트") }, { id: "drink", ...ko("음료") }],
  optionGroups: [
    { id: "size", ...ko("사이즈"), select: "one", default: "small", choices: [{ id: "small", ...ko("스몰") }, { id: "large", ...ko("라지") }] },
    { id: "macaron-top", ...ko("마카롱 토핑", ["마카롱"]), select: "count", default: 0, min: 0, max: 3, unitPrice: 2000 },
    { id: "fruit", ...ko("세트 과일"), select: "one", default: "strawberry", choices: [{ id: "strawberry", ...ko("딸기") }, { id: "mango", ...ko("망고") }] },
    { id: "temp", ...ko("온도"), select: "one", default: "iced", choices: [{ id: "iced", ...ko("아이스", ["차갑게"]) }, { id: "hot", ...ko("따뜻하게", ["따뜻한 걸로", "뜨거운 걸로"]) }] },
  ],
  items: [
    { id: "cup", category: "cup", ...ko("요거트 아이스크림"), price: 5000, optionGroups: ["size", "macaron-top"] },
    { id: "couple", category: "cup", ...ko("커플 세트"), description: { ko: "요거트 아이스크림 라지 + 아메리카노 2잔." }, price: 15000, optionGroups: ["fruit", "temp"] },
    { id: "americano", category: "drink", ...ko("아메리카노", ["커피"]), price: 3000, optionGroups: ["temp"] },
    { id: "macaron", category: "cup", ...ko("마카롱 (단품)", ["마카롱", "마카롱 하나"]), price: 2500 },
  ],
});

phenomenonTable("a set's part said apart, and a topping put on top (Korean)", yogurtShop, [
  { name: "커플 세트 딸기로 하나 커피는 따뜻하게요", turns: ["커플 세트 망고로 하나 커피는 따뜻하게요"], lines: [{ item: "couple", qty: 1, options: { fruit: "mango", temp: "hot" } }], confident: true },
  { name: "커플 세트 하나 망고로 아메리카노는 뜨거운 걸로요", turns: ["커플 세트 하나 망고로 아메리카노는 뜨거운 걸로요"], lines: [{ item: "couple", qty: 1, options: { fruit: "mango", temp: "hot" } }] },
  { name: "커플 세트 하나요 → 커피는 따뜻하게 해 주세요", turns: ["커플 세트 하나요", "커피는 따뜻하게 해 주세요"], lines: [{ item: "couple", qty: 1, options: { temp: "hot" } }], confident: true },
  // (Guard: the americano ordered as a thing of its own.)
  { name: "커플 세트 하나요 → 아메리카노 하나 따뜻하게요", turns: ["커플 세트 하나요", "아메리카노 하나 따뜻하게요"], lines: [{ item: "couple", qty: 1 }, { item: "americano", qty: 1, options: { temp: "hot" } }] },
  { name: "요거트 아이스크림 스몰 하나 마카롱 하나 올려서요", turns: ["요거트 아이스크림 스몰 하나 마카롱 하나 올려서요"], lines: [{ item: "cup", qty: 1, options: { size: "small", "macaron-top": 1 } }], confident: true },
  { name: "요거트 아이스크림 라지 하나 마카롱 하나 얹어 주세요", turns: ["요거트 아이스크림 라지 하나 마카롱 하나 얹어 주세요"], lines: [{ item: "cup", qty: 1, options: { size: "large", "macaron-top": 1 } }] },
  { name: "요거트 아이스크림 하나요 → 마카롱 하나 올려 주세요", turns: ["요거트 아이스크림 하나요", "마카롱 하나 올려 주세요"], lines: [{ item: "cup", qty: 1, options: { "macaron-top": 1 } }] },
  // (Guard: the macaron as a thing of its own.)
  { name: "요거트 아이스크림 하나랑 마카롱 하나요", turns: ["요거트 아이스크림 하나랑 마카롱 하나요"], lines: [{ item: "cup", qty: 1 }, { item: "macaron", qty: 1 }] },
]);

const hotteokShop = menuFrom({
  version: 1,
  store: { id: "ko-named-parts-hotteok", name: { ko: "호떡" }, currency: "KRW", languages: ["ko"] },
  categories: [{ id: "hotteok", ...ko("호떡") }],
  optionGroups: [{ id: "adds", ...ko("추가"), select: "many", choices: [{ id: "cheese", ...ko("치즈 추가", ["치즈"]) }, { id: "nuts", ...ko("견과류 추가", ["견과류"]) }] }],
  items: [
    { id: "honey", category: "hotteok", ...ko("꿀호떡"), price: 1500, optionGroups: ["adds"] },
    { id: "cheese", category: "hotteok", ...ko("치즈호떡"), price: 2000, optionGroups: ["adds"] },
    { id: "seed", category: "hotteok", ...ko("씨앗호떡"), price: 2000, optionGroups: ["adds"] },
  ],
});

phenomenonTable("the line's item said by the word that sets another apart (Korean)", hotteokShop, [
  { name: "꿀호떡 두 개요 → 하나는 치즈로 바꿔 주세요", turns: ["꿀호떡 두 개요", "하나는 치즈로 바꿔 주세요"], lines: [{ item: "honey", qty: 1 }, { item: "cheese", qty: 1 }], confident: true },
  { name: "꿀호떡 하나요 → 치즈로 하나 더요 (a guess)", turns: ["꿀호떡 하나요", "치즈로 하나 더요"], lines: [{ item: "honey", qty: 1 }, { item: "cheese", qty: 1 }], confident: false },
  // (Guard: the topping added, said as such.)
  { name: "꿀호떡 하나요 → 치즈 추가해 주세요", turns: ["꿀호떡 하나요", "치즈 추가해 주세요"], lines: [{ item: "honey", qty: 1, options: { adds: ["cheese"] } }] },
]);
