// Blind rounds 116–122, a set's parts (fix22c). Two answered alone and wrong on the first run:
// "라면 세트 두 개요" → "주먹밥 하나는 김치로 해 주세요" made a rice ball sold alone, where one of the two
// sets was meant, its rice ball made kimchi (r119a-030, part-of-the-set-in-hand.ts); "짜장 두 개요"
// with no set in hand made a 2인 세트 whose noodles are named "짜장 두 개", where two 짜장면 were
// meant (r121e-028, item-and-count-as-choice.ts).
import { menuFrom, notAloneTable, phenomenonTable } from "./test-helpers.ts";

const ko = (name: string) => ({ name: { ko: name } });
const snacks = menuFrom({
  version: 1,
  store: { id: "blind-r116-122-c", name: { ko: "분식 정거장" }, currency: "KRW", languages: ["ko"] },
  categories: [{ id: "meal", ...ko("식사") }, { id: "noodle", ...ko("면") }, { id: "set", ...ko("세트") }],
  optionGroups: [
    { id: "kimbap-kind", ...ko("김밥 종류"), select: "one", default: "plain", choices: [{ id: "plain", ...ko("야채"), aliases: { ko: ["야채 김밥"] } }, { id: "tuna", ...ko("참치"), aliases: { ko: ["참치 김밥"] } }] },
    { id: "cup", ...ko("세트 컵라면"), select: "one", choices: [{ id: "spicy", ...ko("매운 컵라면"), aliases: { ko: ["매운맛"] } }, { id: "mild", ...ko("순한 컵라면"), aliases: { ko: ["순한맛"] } }] },
    { id: "duo-noodles", ...ko("세트 면"), select: "one", choices: [{ id: "ud2", ...ko("우동 2"), aliases: { ko: ["우동 두 개", "우동 둘"] } }, { id: "ud-ra", ...ko("우동 1 + 라볶이 1"), aliases: { ko: ["우동 라볶이"] } }] },
  ],
  items: [
    { id: "kimbap", category: "meal", ...ko("김밥"), price: 3000, optionGroups: ["kimbap-kind"] },
    { id: "udon", category: "noodle", ...ko("우동"), price: 5000 },
    { id: "rabokki", category: "noodle", ...ko("라볶이"), price: 5500 },
    { id: "cup-set", category: "set", ...ko("든든 세트"), aliases: { ko: ["컵라면 세트"] }, description: { ko: "컵라면 + 김밥" }, price: 6000, optionGroups: ["cup", "kimbap-kind"] },
    { id: "duo-set", category: "set", ...ko("2인 세트 (떡볶이 + 면 2)"), aliases: { ko: ["2인 세트"] }, price: 16000, optionGroups: ["duo-noodles"] },
  ],
});

phenomenonTable("\"주먹밥 하나는 김치로\" of two sets in hand: one of the sets with its part so", snacks, [
  { name: "컵라면 세트 두 개 → 김밥 하나는 참치로 해 주세요", turns: ["컵라면 세트 두 개요 둘 다 매운맛으로", "김밥 하나는 참치로 해 주세요"], lines: [{ item: "cup-set", qty: 1, options: { cup: "spicy" } }, { item: "cup-set", qty: 1, options: { cup: "spicy", "kimbap-kind": "tuna" } }], confident: true },
  { name: "김밥은 참치로요 (both)", turns: ["컵라면 세트 두 개요 둘 다 매운맛으로", "김밥은 참치로요"], lines: [{ item: "cup-set", qty: 2, options: { cup: "spicy", "kimbap-kind": "tuna" } }] },
  // (Guard: a count that is not fewer than the line holds, or with no 는, stays a 김밥 ordered.)
  { name: "김밥 하나 참치로 주세요: one more thing", turns: ["컵라면 세트 두 개요 둘 다 매운맛으로", "김밥 하나 참치로 주세요"], lines: [{ item: "cup-set", qty: 2, options: { cup: "spicy" } }, { item: "kimbap", qty: 1, options: { "kimbap-kind": "tuna" } }] },
]);

// (The family: a thing whose flavour the set in hand also takes, made new beside it with "하나는", a guess.)
notAloneTable("\"김밥 하나는 …\" with two sets in hand whose 김밥 kind it shares, made new: a guess", snacks, [
  { name: "김밥 하나는 참치로 해 주시고 우동 하나 주세요", turns: ["컵라면 세트 두 개요 둘 다 매운맛으로", "김밥 하나는 참치로 해 주시고 우동 하나 주세요"] },
]);

phenomenonTable("\"우동 두 개요\" with no set in hand: two of the dish, not a set whose noodles are so named", snacks, [
  { name: "우동 두 개요 → 하나는 라볶이로 바꿔 주세요", turns: ["우동 두 개요", "하나는 라볶이로 바꿔 주세요"], lines: [{ item: "udon", qty: 1 }, { item: "rabokki", qty: 1 }], confident: true },
  { name: "우동 두 개요", turns: ["우동 두 개요"], lines: [{ item: "udon", qty: 2 }], confident: true },
  // (Guard: the set in hand asks for its noodles: the choice answers it.)
  { name: "2인 세트 하나요 → 우동 두 개요", turns: ["2인 세트 하나요", "우동 두 개요"], lines: [{ item: "duo-set", qty: 1, options: { "duo-noodles": "ud2" } }] },
  { name: "2인 세트 하나 우동 두 개로요", turns: ["2인 세트 하나 우동 두 개로요"], lines: [{ item: "duo-set", qty: 1, options: { "duo-noodles": "ud2" } }] },
]);

type Alias = string | { text: string; options: Record<string, string> };
const named = (en: string, ko: string) => ({ name: { en, ko } });
const both = (en: string, ko: string, enAliases: Alias[] = [], koAliases: Alias[] = []) => ({ ...named(en, ko), aliases: { en: enAliases, ko: koAliases } });
const cafe = menuFrom({
  version: 1,
  store: { id: "blind-r116-122-c-cafe", name: { en: "Madeleine Bar", ko: "마들렌 바" }, currency: "KRW", languages: ["ko", "en"] },
  categories: [{ id: "bake", ...named("Bakes", "구움과자") }, { id: "drink", ...named("Drinks", "음료") }, { id: "set", ...named("Sets", "세트") }],
  optionGroups: [
    { id: "temp", ...both("Temperature", "온도"), select: "one", default: "hot", choices: [{ id: "hot", ...both("Hot", "따뜻하게", ["hot"], ["따뜻한 거"]) }, { id: "iced", ...both("Iced", "아이스", ["iced"], ["차갑게"]) }] },
    { id: "set-bake", ...both("Set madeleine", "세트 마들렌"), select: "one", choices: [{ id: "lemon", ...both("Lemon", "레몬", [], ["레몬 마들렌"]) }, { id: "honey", ...both("Honey", "꿀", [], ["꿀 마들렌"]) }] },
    { id: "set-drink", ...both("Set drink", "세트 음료"), select: "one", choices: [{ id: "latte", ...both("Latte", "라떼") }, { id: "tea", ...both("Black tea", "홍차") }] },
  ],
  items: [
    { id: "lemon-madeleine", category: "bake", ...both("Lemon madeleine", "레몬 마들렌"), price: 2500 },
    { id: "latte", category: "drink", ...both("Latte", "라떼", [{ text: "iced latte", options: { temp: "iced" } }], [{ text: "아이스 라떼", options: { temp: "iced" } }]), price: 4500, optionGroups: ["temp"] },
    { id: "tea", category: "drink", ...both("Black tea", "홍차"), price: 4000, optionGroups: ["temp"] },
    { id: "mad-set", category: "set", ...both("Madeleine set", "마들렌 세트"), price: 6500, optionGroups: ["set-bake", "set-drink", "temp"] },
  ],
});

phenomenonTable("a set, its own choices, then a thing sold alone by an alias carrying options: the set's choice so made", cafe, [
  { name: "마들렌 세트 하나요 레몬 마들렌이랑 아이스 라떼로", turns: ["마들렌 세트 하나요 레몬 마들렌이랑 아이스 라떼로"], lines: [{ item: "mad-set", qty: 1, options: { "set-bake": "lemon", "set-drink": "latte", temp: "iced" } }], confident: true },
  { name: "마들렌 세트 하나 꿀이랑 아이스 라떼요", turns: ["마들렌 세트 하나 꿀이랑 아이스 라떼요"], lines: [{ item: "mad-set", qty: 1, options: { "set-bake": "honey", "set-drink": "latte", temp: "iced" } }] },
  { name: "a madeleine set with a honey and an iced latte", turns: ["a madeleine set with a honey and an iced latte"], lines: [{ item: "mad-set", qty: 1, options: { "set-bake": "honey", "set-drink": "latte", temp: "iced" } }] },
  { name: "마들렌 세트요 → 레몬으로 하고 음료는 아이스 라떼요", turns: ["마들렌 세트요", "레몬으로 하고 음료는 아이스 라떼요"], lines: [{ item: "mad-set", qty: 1, options: { "set-bake": "lemon", "set-drink": "latte", temp: "iced" } }], confident: true },
  { name: "마들렌 세트 레몬 홍차로요 → 음료는 아이스 라떼로 바꿔 주세요", turns: ["마들렌 세트 레몬 홍차로요", "음료는 아이스 라떼로 바꿔 주세요"], lines: [{ item: "mad-set", qty: 1, options: { "set-bake": "lemon", "set-drink": "latte", temp: "iced" } }] },
  // (Guard: the set's drink told, a latte said plainly a turn later is one more thing.)
  { name: "마들렌 세트 레몬 홍차로요 → 아이스 라떼 하나 주세요", turns: ["마들렌 세트 레몬 홍차로요", "아이스 라떼 하나 주세요"], lines: [{ item: "mad-set", qty: 1, options: { "set-bake": "lemon", "set-drink": "tea" } }, { item: "latte", qty: 1, options: { temp: "iced" } }] },
  // (Guard: a count of its own after it orders the latte beside the set.)
  { name: "마들렌 세트 레몬 홍차로 하나랑 아이스 라떼 하나요", turns: ["마들렌 세트 레몬 홍차로 하나랑 아이스 라떼 하나요"], lines: [{ item: "mad-set", qty: 1, options: { "set-bake": "lemon", "set-drink": "tea" } }, { item: "latte", qty: 1, options: { temp: "iced" } }] },
  { name: "레몬 마들렌 하나랑 아이스 라떼요 (no set)", turns: ["레몬 마들렌 하나랑 아이스 라떼요"], lines: [{ item: "lemon-madeleine", qty: 1 }, { item: "latte", qty: 1, options: { temp: "iced" } }] },
]);

const en = (name: string, aliases: string[] = []) => ({ name: { en: name }, aliases: { en: aliases } });
const arcade = menuFrom({
  version: 1,
  store: { id: "blind-r116-122-c-arcade", name: { en: "Arcade Snacks" }, currency: "USD", languages: ["en"] },
  categories: [{ id: "snacks", name: { en: "Snacks" } }, { id: "combos", name: { en: "Combos" } }],
  optionGroups: [
    { id: "crisps", ...en("Chips"), select: "one", default: "salted", choices: [{ id: "salted", ...en("Salted", ["plain"]) }, { id: "vinegar", ...en("Salt & vinegar", ["salt and vinegar"]) }] },
    { id: "combo-drink", ...en("Combo drink"), select: "one", choices: [{ id: "cola", ...en("Cola") }, { id: "ginger", ...en("Ginger ale") }] },
  ],
  items: [
    { id: "pretzel", category: "snacks", ...en("Soft pretzel", ["pretzel"]), price: 400 },
    { id: "chips-bag", category: "snacks", ...en("Bag of chips", ["chips"]), price: 200, optionGroups: ["crisps"] },
    { id: "combo", category: "combos", ...en("Pretzel Combo", ["pretzel combo"]), description: { en: "Soft pretzel, bag of chips and a drink." }, price: 800, optionGroups: ["crisps", "combo-drink"] },
  ],
});

const kids = menuFrom({
  version: 1,
  store: { id: "blind-r116-122-c-kids", name: { en: "Bounce Cafe" }, currency: "USD", languages: ["en"] },
  categories: [{ id: "drinks", name: { en: "Drinks" } }, { id: "combos", name: { en: "Combos" } }],
  optionGroups: [
    { id: "flavor", ...en("Flavor"), select: "one", default: "orange", choices: [{ id: "orange", ...en("Orange") }, { id: "grape", ...en("Grape") }] },
    { id: "kid-main", ...en("Kids main"), select: "one", choices: [{ id: "nuggets", ...en("Nuggets") }, { id: "pizza", ...en("Pizza slice", ["pizza"]) }] },
    { id: "kid-drink", ...en("Kids drink"), select: "one", default: "orange-box", choices: [{ id: "orange-box", ...en("Orange juice box", ["orange juice"]) }, { id: "milk", ...en("Milk") }] },
  ],
  items: [
    { id: "juice", category: "drinks", ...en("Juice box", ["juice", "orange juice"]), price: 150, optionGroups: ["flavor"] },
    { id: "kids", category: "combos", ...en("Kids combo", ["kids combo", "kids meal"]), description: { en: "A main and a drink." }, price: 600, optionGroups: ["kid-main", "kid-drink"] },
  ],
});

phenomenonTable("\"kids meals with nuggets and orange juice\": the words of the meal's drink, not a juice box", kids, [
  { name: "two kids meals with nuggets and orange juice", turns: ["two kids meals with nuggets and orange juice"], lines: [{ item: "kids", qty: 2, options: { "kid-main": "nuggets", "kid-drink": "orange-box" } }], confident: true },
  // (Guard: no "with", the juice is ordered beside the meal.)
  { name: "a kids meal with pizza, and two orange juices", turns: ["a kids meal with pizza, and two orange juices"], lines: [{ item: "kids", qty: 1, options: { "kid-main": "pizza" } }, { item: "juice", qty: 2, options: { flavor: "orange" } }] },
]);

phenomenonTable("the combo, then after commas its drink by its choice and its chips by their choice and name", arcade, [
  { name: "pretzel combo, cola, salt and vinegar chips", turns: ["pretzel combo, cola, salt and vinegar chips"], lines: [{ item: "combo", qty: 1, options: { "combo-drink": "cola", crisps: "vinegar" } }], confident: true },
  { name: "pretzel combo, salt and vinegar chips, ginger ale", turns: ["pretzel combo, salt and vinegar chips, ginger ale"], lines: [{ item: "combo", qty: 1, options: { "combo-drink": "ginger", crisps: "vinegar" } }] },
  // (Guard: a count of its own orders the chips beside the combo.)
  { name: "pretzel combo, cola, and two salt and vinegar chips", turns: ["pretzel combo, cola, and two salt and vinegar chips"], lines: [{ item: "combo", qty: 1, options: { "combo-drink": "cola" } }, { item: "chips-bag", qty: 2, options: { crisps: "vinegar" } }] },
]);

const stand = menuFrom({
  version: 1,
  store: { id: "blind-r116-122-c-stand", name: { ko: "핫도그 매점" }, currency: "KRW", languages: ["ko"] },
  categories: [{ id: "snack", ...ko("간식") }, { id: "set", ...ko("세트") }],
  optionGroups: [
    { id: "sauce", ...ko("소스"), select: "many", max: 3, choices: [{ id: "ketchup", ...ko("케첩") }, { id: "mustard", ...ko("머스타드") }, { id: "sugar", ...ko("설탕") }] },
    { id: "set-drink", ...ko("세트 음료"), select: "one", choices: [{ id: "cola", ...ko("콜라") }, { id: "cider", ...ko("사이다") }] },
  ],
  items: [
    { id: "corndog", category: "snack", ...ko("핫도그"), price: 3000, optionGroups: ["sauce"] },
    { id: "corndog-set", category: "set", ...ko("핫도그 세트"), description: { ko: "핫도그 + 음료" }, price: 4500, optionGroups: ["sauce", "set-drink"] },
  ],
});

// (r118d-027: "뿌려", the verb of putting a sauce on, was a word nobody knew.)
phenomenonTable("\"케첩만 뿌려 주세요\": 뿌려 puts the sauce on", stand, [
  { name: "핫도그 세트 두 개 사이다로 → 소스는 케첩만 뿌려 주세요", turns: ["핫도그 세트 두 개요 사이다로", "소스는 케첩만 뿌려 주세요"], lines: [{ item: "corndog-set", qty: 2, options: { "set-drink": "cider", sauce: ["ketchup"] } }], confident: true },
  { name: "핫도그 하나 설탕 뿌려서요", turns: ["핫도그 하나 설탕 뿌려서요"], lines: [{ item: "corndog", qty: 1, options: { sauce: ["sugar"] } }] },
  { name: "케첩 안 뿌려 주세요", turns: ["핫도그 하나 케첩 뿌려서요", "아 케첩 안 뿌려 주세요"], lines: [{ item: "corndog", qty: 1 }] },
]);
