// Held-out rounds 44–65, first runs: cases where offline mode (the best reading, no model) put
// the customer's refusal in the cart (none was answered alone). Each as a reading fixed (a
// read-back check, "a thing refused in the words, more of it made than ordered", was tried:
// read widely it sent 19 right answers alone on held-out to the model, read narrowly it
// caught none of these turns' variants, so it is not in the engine):
// - "no ice in the lemonade", "no onions in the musubi": the place of a refusal said with
//   "in the"/"on the", orders nothing (refused-in-the-item.ts);
// - "switch the drink to coke please" of a combo whose "Combo drink" the category's word ends:
//   that group of the line in hand (category-as-group.ts);
// - "two espressos, no sugar, and a macchiato": "no" before a word no reading placed stays a
//   refusal, not "no, a macchiato" (resolve.ts);
// - "is the beef pink or well done today": a question, not a plate of beef and "done"
//   (questions.ts, language.ts);
// - "three fries, cancel that, two fries …": "cancel that" there takes back what came before
//   (atoms.ts);
// - "쏨땀 하나요 쏨땀 땅콩 빼고 맵게요": the item named again with options and no count, the one
//   just ordered (line-edits.ts);
// - "청양고추 빼고 공기밥 하나 추가요": no measure of a refusal (measure-words.ts);
// - "콜라 말고 사이다로요": the item 사이다 with 로요 too (particle-aliases.ts); "콜라 말고
//   생맥주로 바꿀 수 있어요? 그걸로 해 주세요": the swap asked and taken, on the line holding 콜라
//   (asked-then-taken.ts, choice-named-line.ts);
// - "애가 초코를 안 먹어서": does not eat it, a refusal (language.ts);
// - "순살로 닭볶음탕 중 하나": the variant word said with 로 before the dish it makes one of
//   (variant-said-before.ts).
import { en, ko, menuFrom, phenomenonTable } from "./test-helpers.ts";

const menu = menuFrom({
  version: 1,
  store: { id: "blind-r57-65-en", name: { en: "Blind rounds test" }, currency: "USD", languages: ["en"] },
  categories: [{ id: "mains", ...en("Mains") }, { id: "combos", ...en("Combos") }, { id: "drinks", ...en("Drinks") }, { id: "sides", ...en("Sides") }],
  optionGroups: [
    { id: "hold", ...en("Hold"), select: "many", choices: [{ id: "no-sauce", ...en("No sauce") }, { id: "no-mayo", ...en("No mayo") }] },
    { id: "combo-drink", ...en("Combo drink"), select: "one", default: "pog", choices: [{ id: "pog", ...en("POG juice", ["pog"]) }, { id: "coke", ...en("Coke") }, { id: "sprite", ...en("Sprite") }] },
    { id: "soda-kind", ...en("Soda"), select: "one", default: "coke", choices: [{ id: "coke", ...en("Coke") }, { id: "sprite", ...en("Sprite") }] },
    { id: "saimin-add", ...en("Add"), select: "many", choices: [{ id: "wonton", ...en("Wontons", ["wonton"]) }, { id: "egg", ...en("Boiled egg") }] },
    { id: "size", ...en("Size"), select: "one", default: "regular", choices: [{ id: "regular", ...en("Regular") }, { id: "large", ...en("Large") }] },
    { id: "cone", ...en("Cone"), select: "one", default: "cup", choices: [{ id: "cup", ...en("Cup") }, { id: "sugar", ...en("Sugar cone") }] },
    { id: "meat", ...en("Meat"), select: "one", default: "beef", choices: [{ id: "beef", ...en("Roast beef", ["beef", "the beef"]) }, { id: "turkey", ...en("Turkey") }] },
    { id: "gravy", ...en("Gravy"), select: "one", default: "gravy", choices: [{ id: "gravy", ...en("Gravy") }, { id: "no-gravy", ...en("No gravy") }] },
  ],
  items: [
    { id: "musubi", category: "mains", ...en("Spam musubi", ["musubi"]), price: 300, optionGroups: ["hold"] },
    { id: "saimin-combo", category: "combos", ...en("Saimin combo"), description: { en: "A small saimin, one spam musubi and a drink." }, price: 1200, optionGroups: ["combo-drink", "saimin-add"] },
    { id: "musubi-combo", category: "combos", ...en("Musubi combo"), description: { en: "Two musubi and a drink (POG by default)." }, price: 1000, optionGroups: ["combo-drink"] },
    { id: "soda", category: "drinks", ...en("Soda"), price: 200, optionGroups: ["soda-kind"] },
    { id: "pog", category: "drinks", ...en("POG juice", ["pog"]), price: 300 },
    { id: "lemonade", category: "drinks", ...en("Brazilian lemonade", ["lemonade"]), price: 400, optionGroups: ["size"] },
    { id: "guarana", category: "drinks", ...en("Guarana"), price: 250 },
    { id: "espresso", category: "drinks", ...en("Espresso"), price: 300 },
    { id: "macchiato", category: "drinks", ...en("Espresso macchiato", ["macchiato"]), price: 350 },
    { id: "gelato", category: "sides", ...en("Gelato"), price: 500, optionGroups: ["cone"] },
    { id: "kids", category: "mains", ...en("Kids roast"), price: 650, optionGroups: ["meat", "gravy"] },
    { id: "turkey-plate", category: "mains", ...en("Roast turkey plate", ["turkey plate"]), price: 1200, optionGroups: ["gravy"] },
    { id: "fries", category: "sides", ...en("Fries"), price: 300 },
    { id: "rings", category: "sides", ...en("Onion rings"), price: 400 },
  ],
});

phenomenonTable("a refusal's place said with in the / on the: no order of it", menu, [
  { name: "a lemonade and a guarana, and no ice in the lemonade", turns: ["a brazilian lemonade and a guarana, and no ice in the lemonade please"], lines: [{ item: "lemonade", qty: 1 }, { item: "guarana", qty: 1 }] },
  { name: "saimin combo with wontons, no onions in the musubi (the combo's part)", turns: ["saimin combo with wontons, no onions in the musubi"], lines: [{ item: "saimin-combo", qty: 1, options: { "saimin-add": ["wonton"] } }] },
  // (What the place takes stays its change, as before: "no mayo on the musubi".)
  { name: "a musubi and a soda, no mayo on the musubi", turns: ["a spam musubi and a soda, no mayo on the musubi"], lines: [{ item: "musubi", qty: 1, options: { hold: ["no-mayo"] } }, { item: "soda", qty: 1 }] },
]);

phenomenonTable("the drink of the line in hand, by its category's word", menu, [
  { name: "musubi combo, then switch the drink to coke please", turns: ["musubi combo", "switch the drink to coke please"], lines: [{ item: "musubi-combo", qty: 1, options: { "combo-drink": "coke" } }] },
  { name: "musubi combo, then change the drink to sprite, no pog", turns: ["musubi combo", "change the drink to sprite, no pog"], lines: [{ item: "musubi-combo", qty: 1, options: { "combo-drink": "sprite" } }] },
]);

phenomenonTable("no before a word no reading placed: a refusal, not a correction", menu, [
  { name: "two espressos, no sugar, and a macchiato", turns: ["two espressos, no sugar, and a macchiato"], lines: [{ item: "espresso", qty: 2 }, { item: "macchiato", qty: 1 }], confident: false },
]);

// (As the held-out menu wrote it, "the beef" an alias; said as "is the" and a bare name, the
// reading is not yet made: left for a later round.)
phenomenonTable("is the … opening a sentence: a question", menu, [
  { name: "hiya is the beef pink or well done today, then the turkey plate", turns: ["hiya is the beef pink or well done today", "ah ok i'll have the turkey plate then, no gravy"], lines: [{ item: "turkey-plate", qty: 1, options: { gravy: "no-gravy" } }] },
]);

phenomenonTable("cancel that between two orders takes back the first", menu, [
  { name: "three fries, cancel that, two fries and one onion rings", turns: ["three fries, cancel that, two fries and one onion rings"], lines: [{ item: "fries", qty: 2 }, { item: "rings", qty: 1 }] },
  { name: "three fries, scratch that, two fries and one onion rings", turns: ["three fries, scratch that, two fries and one onion rings"], lines: [{ item: "fries", qty: 2 }, { item: "rings", qty: 1 }] },
]);

const menuKo = menuFrom({
  version: 1,
  store: { id: "blind-r57-65-ko", name: { ko: "블라인드 테스트" }, currency: "KRW", languages: ["ko"] },
  categories: [{ id: "food", ...ko("식사") }, { id: "set", ...ko("세트") }, { id: "drink", ...ko("음료") }, { id: "box", ...ko("박스") }],
  optionGroups: [
    { id: "spice", ...ko("맵기"), select: "one", default: "2", choices: [{ id: "1", ...ko("순한맛", ["안 맵게"]) }, { id: "2", ...ko("보통맛", ["보통"]) }, { id: "3", ...ko("매운맛", ["맵게"]) }] },
    { id: "somtam-hold", ...ko("빼기"), select: "many", choices: [{ id: "no-peanuts", ...ko("땅콩 빼기", ["땅콩 빼고"]) }] },
    { id: "stew-hold", ...ko("요청 사항"), select: "many", choices: [{ id: "no-chili", ...ko("청양고추 빼기", ["청양고추 빼고", "고추 빼고"]) }, { id: "no-tofu", ...ko("두부 빼기", ["두부 빼고"]) }] },
    { id: "rice-extra", ...ko("공기밥 추가", ["공기밥", "밥 추가"]), select: "count", min: 0, max: 3, default: 0, unitPrice: 1000 },
    { id: "set-drink", ...ko("세트 음료"), select: "one", choices: [{ id: "coke", ...ko("콜라", ["콜라로"]) }, { id: "cider", ...ko("사이다", ["사이다로"]) }, { id: "oolong", ...ko("우롱차") }, { id: "beer", ...ko("생맥주") }] },
    { id: "box-mix", ...ko("박스 구성"), select: "one", choices: [{ id: "best", ...ko("베스트 믹스", ["베스트"]) }, { id: "random", ...ko("랜덤 믹스", ["랜덤", "섞어서"]) }] },
    { id: "box-holds", ...ko("빼기"), select: "many", choices: [{ id: "no-choco", ...ko("초코 빼기", ["초코 빼고"]) }] },
    { id: "dak-size", ...ko("크기"), select: "one", choices: [{ id: "small", ...ko("소") }, { id: "medium", ...ko("중") }, { id: "large", ...ko("대") }] },
  ],
  items: [
    { id: "spring-rolls", category: "food", ...ko("짜조"), price: 6000 },
    { id: "som-tam", category: "food", ...ko("쏨땀"), price: 9000, optionGroups: ["spice", "somtam-hold"] },
    { id: "doenjang", category: "food", ...ko("된장찌개"), description: { ko: "된장찌개 (공기밥 1 포함)." }, price: 8000, optionGroups: ["rice-extra", "stew-hold"] },
    { id: "sotteok", category: "food", ...ko("소떡소떡"), price: 3000 },
    { id: "gyudon-set", category: "set", ...ko("규동 세트"), price: 11000, optionGroups: ["set-drink"] },
    { id: "coke", category: "drink", ...ko("콜라"), price: 2000 },
    { id: "cider", category: "drink", ...ko("사이다"), price: 2000 },
    { id: "beer", category: "drink", ...ko("생맥주"), price: 4000 },
    { id: "choco", category: "box", ...ko("초코 마카롱", ["초코"]), price: 2500 },
    { id: "box12", category: "box", ...ko("마카롱 12구 박스", ["12구 박스", "12구"]), price: 28000, optionGroups: ["box-mix", "box-holds"] },
    { id: "dak", category: "food", ...ko("닭볶음탕"), price: 28000, optionGroups: ["dak-size"] },
    { id: "boneless", category: "food", ...ko("순살 닭볶음탕", ["순살", "순살로"]), price: 31000, optionGroups: ["dak-size"] },
  ],
});

phenomenonTable("Korean: the item named again with options, no count, is the one just ordered", menuKo, [
  { name: "짜조 하나랑 쏨땀 하나요 쏨땀 땅콩 빼고 맵게요", turns: ["짜조 하나랑 쏨땀 하나요 쏨땀 땅콩 빼고 맵게요"], lines: [{ item: "spring-rolls", qty: 1 }, { item: "som-tam", qty: 1, options: { "somtam-hold": ["no-peanuts"], spice: "3" } }] },
]);

phenomenonTable("Korean: nothing is measured of a refusal", menuKo, [
  { name: "된장찌개 하나 청양고추 빼고 공기밥 하나 추가요", turns: ["된장찌개 하나 청양고추 빼고 공기밥 하나 추가요"], lines: [{ item: "doenjang", qty: 1, options: { "stew-hold": ["no-chili"], "rice-extra": 1 } }], confident: true },
]);

phenomenonTable("Korean: X 말고 Y로요, Y sold alone and a set's choice", menuKo, [
  { name: "소떡소떡 두 개랑 콜라 하나요 → 아 콜라 말고 사이다로요", turns: ["소떡소떡 두 개랑 콜라 하나요", "아 콜라 말고 사이다로요"], lines: [{ item: "sotteok", qty: 2 }, { item: "cider", qty: 1 }] },
]);

phenomenonTable("Korean: a swap asked and taken goes to the line holding the refused choice", menuKo, [
  { name: "규동 세트 두 개 → 하나는 콜라 하나는 우롱차 → 콜라 말고 생맥주로 바꿀 수 있어요? 그걸로 해 주세요", turns: ["규동 세트 두 개요", "하나는 콜라 하나는 우롱차", "콜라 말고 생맥주로 바꿀 수 있어요? 그걸로 해 주세요"], lines: [{ item: "gyudon-set", qty: 1, options: { "set-drink": "beer" } }, { item: "gyudon-set", qty: 1, options: { "set-drink": "oolong" } }] },
  { name: "… 콜라 말고 생맥주로 바꿔 주세요", turns: ["규동 세트 두 개요", "하나는 콜라 하나는 우롱차", "콜라 말고 생맥주로 바꿔 주세요"], lines: [{ item: "gyudon-set", qty: 1, options: { "set-drink": "beer" } }, { item: "gyudon-set", qty: 1, options: { "set-drink": "oolong" } }] },
]);

phenomenonTable("Korean: does not eat it, a reason that refuses", menuKo, [
  { name: "12구 박스 베스트로요 → 아 초코는 빼 주실 수 있어요? 애가 초코를 안 먹어서", turns: ["12구 박스 베스트로요", "아 초코는 빼 주실 수 있어요? 애가 초코를 안 먹어서"], lines: [{ item: "box12", qty: 1, options: { "box-mix": "best", "box-holds": ["no-choco"] } }] },
]);

phenomenonTable("Korean: the variant word with 로 before the dish it makes one of", menuKo, [
  { name: "순살로 닭볶음탕 중 하나요", turns: ["순살로 닭볶음탕 중 하나요"], lines: [{ item: "boneless", qty: 1, options: { "dak-size": "medium" } }] },
]);
