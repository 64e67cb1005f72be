// Which line words with no item of their own mean, and an item made into its set, on
// small menus written for these rows (a burger & 분식 counter whose sets are items named
// "<burger> 세트" with a required side and drink; a café whose drinks share size and
// temperature):
// - "하나 더", "하나 빼 주세요", "세 개로", "라지로", "one more" said right after a turn
//   that talked about several lines that could take them: the last one is the best
//   reading, but which one was meant is a guess (not answered alone); after a turn about
//   one line, or with "둘 다"/"다"/"both", it is settled;
// - "세트로(요)" after a burger makes that burger its set; "두 개 중에 하나만 세트로" /
//   "하나는 세트로" makes one of two; "둘 다 세트로" makes each line talked about its set;
//   after two burgers with no such word the last one is meant, a guess; the set's
//   choices said after it ("세트로 감튀 콜라") are its side and drink, not items of their own.
import { menuFrom, type PhenomenonRow, phenomenonTable } from "./test-helpers.ts";

const both = (ko: string, en: string, aliases?: string[]) => ({ name: { ko, en }, ...(aliases ? { aliases: { ko: aliases } } : {}) });

const burgerRaw = {
  version: 1,
  store: { id: "lines-burger", name: { ko: "테스트 버거", en: "Test burger" }, currency: "KRW", languages: ["ko", "en"] },
  categories: [{ id: "burger", ...both("버거", "Burgers") }, { id: "set", ...both("세트", "Sets") }, { id: "bunsik", ...both("분식", "Snacks") }, { id: "side", ...both("사이드", "Sides") }],
  optionGroups: [
    { id: "set-side", ...both("세트 사이드", "Set side"), select: "one", choices: [{ id: "fries", ...both("감자튀김", "Fries", ["감튀"]) }, { id: "rings", ...both("어니언링", "Onion rings") }] },
    { id: "set-drink", ...both("세트 음료", "Set drink"), select: "one", choices: [{ id: "cola", ...both("콜라", "Cola") }, { id: "cider", ...both("사이다", "Sprite") }] },
    { id: "spice", ...both("맵기", "Spice"), select: "one", default: "medium", choices: [{ id: "mild", ...both("순한맛", "Mild", ["덜 맵게"]) }, { id: "medium", ...both("보통맛", "Medium") }, { id: "hot", ...both("매운맛", "Hot", ["맵게"]) }] },
  ],
  items: [
    { id: "bulgogi", category: "burger", ...both("불고기버거", "Bulgogi burger"), price: 5000 },
    { id: "shrimp", category: "burger", ...both("새우버거", "Shrimp burger"), price: 5500 },
    { id: "bulgogi-set", category: "set", ...both("불고기버거 세트", "Bulgogi burger set"), price: 7000, optionGroups: ["set-side", "set-drink"] },
    { id: "shrimp-set", category: "set", ...both("새우버거 세트", "Shrimp burger set"), price: 7500, optionGroups: ["set-side", "set-drink"] },
    { id: "tteokbokki", category: "bunsik", ...both("떡볶이", "Tteokbokki"), price: 4500, optionGroups: ["spice"] },
    { id: "rabokki", category: "bunsik", ...both("라볶이", "Rabokki"), price: 5500, optionGroups: ["spice"] },
    { id: "gimbap", category: "bunsik", ...both("김밥", "Gimbap"), price: 3000 },
    { id: "fries", category: "side", ...both("감자튀김", "Fries", ["감튀"]), price: 2500 },
    { id: "cola", category: "side", ...both("콜라", "Cola"), price: 2000 },
  ],
};

const cafeRaw = {
  version: 1,
  store: { id: "lines-cafe", name: { ko: "테스트 카페", en: "Test cafe" }, currency: "KRW", languages: ["ko", "en"] },
  categories: [{ id: "coffee", ...both("커피", "Coffee") }],
  optionGroups: [
    { id: "temp", ...both("온도", "Temperature"), select: "one", default: "hot", choices: [{ id: "hot", ...both("따뜻하게", "Hot") }, { id: "iced", ...both("아이스", "Iced") }] },
    { id: "size", ...both("사이즈", "Size"), select: "one", default: "regular", choices: [{ id: "regular", ...both("레귤러", "Regular") }, { id: "large", ...both("라지", "Large"), price: 500 }] },
    { id: "milk", ...both("우유", "Milk"), select: "one", default: "whole", choices: [{ id: "whole", ...both("일반 우유", "Whole milk") }, { id: "oat", ...both("오트 우유", "Oat milk", ["오트"]), price: 500 }] },
  ],
  items: [
    { id: "americano", category: "coffee", ...both("아메리카노", "Americano", ["아메"]), price: 4000, optionGroups: ["temp", "size"] },
    { id: "latte", category: "coffee", ...both("라떼", "Latte"), price: 4500, optionGroups: ["temp", "size", "milk"] },
  ],
};

const burger = menuFrom(burgerRaw);
const cafe = menuFrom(cafeRaw);

phenomenonTable("words with no item after a turn about several lines", burger, [
  { name: "하나 더 after two different lines: the last, a guess", turns: ["떡볶이 하나 김밥 두 줄", "하나 더"], lines: [{ item: "tteokbokki", qty: 1 }, { item: "gimbap", qty: 3 }], confident: false },
  { name: "하나 더 after a turn about one line is settled", turns: ["떡볶이 하나", "김밥 두 줄", "하나 더"], lines: [{ item: "tteokbokki", qty: 1 }, { item: "gimbap", qty: 3 }], confident: true },
  { name: "하나 더 주세요 after one line", turns: ["떡볶이 하나요", "하나 더 주세요"], lines: [{ item: "tteokbokki", qty: 2 }], confident: true },
  { name: "하나 빼 주세요 after two different lines", turns: ["떡볶이 하나 김밥 두 줄", "하나 빼 주세요"], lines: [{ item: "tteokbokki", qty: 1 }, { item: "gimbap", qty: 1 }], confident: false },
  { name: "세 개로 after two different lines", turns: ["떡볶이 하나 김밥 두 줄", "세 개로 해 주세요"], lines: [{ item: "tteokbokki", qty: 1 }, { item: "gimbap", qty: 3 }], confident: false },
  { name: "맵게 after two lines only one of which takes it is settled", turns: ["떡볶이 하나 김밥 두 줄", "맵게 해 주세요"], lines: [{ item: "tteokbokki", qty: 1, options: { spice: "hot" } }, { item: "gimbap", qty: 2 }], confident: true },
  { name: "맵게 after two lines that both take it: a guess", turns: ["떡볶이 하나 라볶이 하나", "맵게 해 주세요"], lines: [{ item: "tteokbokki", qty: 1 }, { item: "rabokki", qty: 1, options: { spice: "hot" } }], confident: false },
  { name: "둘 다 맵게 is each of them", turns: ["떡볶이 하나 라볶이 하나", "둘 다 맵게 해 주세요"], lines: [{ item: "tteokbokki", qty: 1, options: { spice: "hot" } }, { item: "rabokki", qty: 1, options: { spice: "hot" } }], confident: true },
  { name: "one more after two different lines (en)", turns: ["a tteokbokki and two gimbap", "one more please"], lines: [{ item: "tteokbokki", qty: 1 }, { item: "gimbap", qty: 3 }], confident: false },
]);

phenomenonTable("options with no item after a turn about several drinks", cafe, [
  { name: "하나 더 after an americano and a latte", turns: ["아메 하나 라떼 하나", "하나 더 주세요"], lines: [{ item: "americano", qty: 1 }, { item: "latte", qty: 2 }], confident: false },
  { name: "라지로 after an americano and a latte", turns: ["아메 하나 라떼 하나", "라지로 해 주세요"], lines: [{ item: "americano", qty: 1 }, { item: "latte", qty: 1, options: { size: "large" } }], confident: false },
  { name: "다 라지로 is each of them", turns: ["아메 하나 라떼 하나", "다 라지로 해 주세요"], lines: [{ item: "americano", qty: 1, options: { size: "large" } }, { item: "latte", qty: 1, options: { size: "large" } }], confident: true },
  { name: "오트로 fits only the latte", turns: ["아메 하나 라떼 하나", "오트로 바꿔 주세요"], lines: [{ item: "americano", qty: 1 }, { item: "latte", qty: 1, options: { milk: "oat" } }], confident: true },
  { name: "아이스로 after a turn about the latte alone", turns: ["아메 하나", "라떼 하나", "아이스로 해 주세요"], lines: [{ item: "americano", qty: 1 }, { item: "latte", qty: 1, options: { temp: "iced" } }], confident: true },
  { name: "하나는 아이스로 on a line of two is settled", turns: ["아메 두 잔", "하나는 아이스로 해 주세요"], lines: [{ item: "americano", qty: 1 }, { item: "americano", qty: 1, options: { temp: "iced" } }], confident: true },
  { name: "make it large after an americano and a latte (en)", turns: ["an americano and a latte", "make it large"], lines: [{ item: "americano", qty: 1 }, { item: "latte", qty: 1, options: { size: "large" } }], confident: false },
  { name: "a latte named again with a change: read as the first one changed, not answered alone", turns: ["아메 하나, 라떼 라지 하나 하고 따뜻한 라떼 한 잔 오트로 바꿔 주세요"], lines: [{ item: "americano", qty: 1 }, { item: "latte", qty: 1, options: { size: "large", milk: "oat" } }], confident: false },
  { name: "two lattes each with its own words is plain", turns: ["라떼 라지 하나랑 아이스 라떼 오트로 하나요"], lines: [{ item: "latte", qty: 1, options: { size: "large" } }, { item: "latte", qty: 1, options: { temp: "iced", milk: "oat" } }], confident: true },
  { name: "라떼도 같은 걸로: the same as what? (not answered alone)", turns: ["아이스 아메 하나요 아 그리고 라떼도 같은 걸로"], lines: [{ item: "americano", qty: 1, options: { temp: "iced" } }, { item: "latte", qty: 1 }], confident: false },
  { name: "같은 걸로 하나 더 after one line", turns: ["아이스 아메 하나요", "같은 걸로 하나 더요"], lines: [{ item: "americano", qty: 2, options: { temp: "iced" } }], confident: true },
  { name: "make them both large (en)", turns: ["an americano and a latte", "make them both large"], lines: [{ item: "americano", qty: 1, options: { size: "large" } }, { item: "latte", qty: 1, options: { size: "large" } }], confident: true },
]);

const rows: PhenomenonRow[] = [
  { name: "세트로 감튀 콜라 after a burger: the set with that side and drink", turns: ["불고기버거 하나 세트로 감튀 콜라"], lines: [{ item: "bulgogi-set", qty: 1, options: { "set-side": "fries", "set-drink": "cola" } }], confident: true },
  { name: "세트로요 then 감튀 콜라 in the next turn", turns: ["불고기버거 하나 세트로요", "감튀 콜라요"], lines: [{ item: "bulgogi-set", qty: 1, options: { "set-side": "fries", "set-drink": "cola" } }] },
  { name: "두 개 중에 하나만 세트로: one of two", turns: ["불고기버거 두 개 중에 하나만 세트로 감튀 콜라"], lines: [{ item: "bulgogi", qty: 1 }, { item: "bulgogi-set", qty: 1, options: { "set-side": "fries", "set-drink": "cola" } }] },
  { name: "두 개, 하나는 세트로: one of two", turns: ["불고기버거 두 개 하나는 세트로 감튀 사이다"], lines: [{ item: "bulgogi", qty: 1 }, { item: "bulgogi-set", qty: 1, options: { "set-side": "fries", "set-drink": "cider" } }] },
  { name: "하나만 세트로 in the next turn: one of two", turns: ["불고기버거 두 개요", "하나만 세트로 감튀 콜라"], lines: [{ item: "bulgogi", qty: 1 }, { item: "bulgogi-set", qty: 1, options: { "set-side": "fries", "set-drink": "cola" } }] },
  { name: "세트로 after two burgers: the last, a guess", turns: ["불고기버거 하나 새우버거 하나", "세트로 해 주세요"], lines: [{ item: "bulgogi", qty: 1 }], confident: false },
  { name: "둘 다 세트로 after two burgers: each its set", turns: ["불고기버거 하나 새우버거 하나", "둘 다 세트로 감튀 콜라"], lines: [{ item: "bulgogi-set", qty: 1, options: { "set-side": "fries", "set-drink": "cola" } }, { item: "shrimp-set", qty: 1, options: { "set-side": "fries", "set-drink": "cola" } }] },
  { name: "세트로 after a turn about one burger is settled", turns: ["불고기버거 하나", "새우버거 하나", "세트로 할게요 감튀 콜라"], lines: [{ item: "bulgogi", qty: 1 }, { item: "shrimp-set", qty: 1, options: { "set-side": "fries", "set-drink": "cola" } }], confident: true },
  { name: "감튀 콜라 with a burger and no 세트: items of their own", turns: ["불고기버거 하나 감튀 하나 콜라 하나"], lines: [{ item: "bulgogi", qty: 1 }, { item: "fries", qty: 1 }, { item: "cola", qty: 1 }], confident: true },
];
phenomenonTable("an item made into its set", burger, rows);

// The same where no category is called 세트 ("버거 세트") and the set's choices have defaults:
// "세트로" is the word the set items share, and "음료"/"사이드" (the groups are "세트 음료",
// "세트 사이드", named after the items that have them) name the set's groups, also where
// "음료" is a category of its own.
const comboRaw = {
  version: 1,
  store: { id: "lines-combo", name: { ko: "테스트 버거 2" }, currency: "KRW", languages: ["ko"] },
  categories: [{ id: "burger", name: { ko: "버거 단품" } }, { id: "set", name: { ko: "버거 세트" } }, { id: "drink", name: { ko: "음료" } }],
  optionGroups: [
    { id: "set-side", name: { ko: "세트 사이드" }, select: "one", default: "fries", choices: [{ id: "fries", name: { ko: "감자튀김" } }, { id: "sticks", name: { ko: "치즈스틱" } }] },
    { id: "set-drink", name: { ko: "세트 음료" }, select: "one", default: "cola", choices: [{ id: "cola", name: { ko: "콜라" } }, { id: "oj", name: { ko: "오렌지주스" } }] },
  ],
  items: [
    { id: "shrimp", category: "burger", name: { ko: "새우버거" }, price: 4900 },
    { id: "cheese", category: "burger", name: { ko: "치즈버거" }, price: 4500 },
    { id: "shrimp-set", category: "set", name: { ko: "새우버거 세트" }, price: 7400, optionGroups: ["set-side", "set-drink"] },
    { id: "cheese-set", category: "set", name: { ko: "치즈버거 세트" }, price: 7000, optionGroups: ["set-side", "set-drink"] },
    { id: "cola", category: "drink", name: { ko: "콜라" }, price: 2000 },
    { id: "oj", category: "drink", name: { ko: "오렌지주스" }, price: 2800 },
  ],
};

phenomenonTable("sets named '<burger> 세트' with no 세트 category", menuFrom(comboRaw), [
  { name: "세트로 바꿔 주세요 after a burger", turns: ["새우버거 하나요", "세트로 바꿔 주세요"], lines: [{ item: "shrimp-set", qty: 1 }], confident: true },
  { name: "두 개 그중 하나는 세트로", turns: ["치즈버거 두 개요 그중 하나는 세트로 해주세요"], lines: [{ item: "cheese", qty: 1 }, { item: "cheese-set", qty: 1 }] },
  { name: "세 개 → 그중에 두 개만 세트로", turns: ["치즈버거 3개 주세요", "그중에 두 개만 세트로 해주세요"], lines: [{ item: "cheese", qty: 1 }, { item: "cheese-set", qty: 2 }] },
  { name: "음료 오렌지주스로 바꿀게요 is the set's drink", turns: ["새우버거 세트 하나요", "음료 오렌지주스로 바꿀게요"], lines: [{ item: "shrimp-set", qty: 1, options: { "set-drink": "oj" } }], confident: true },
  { name: "사이드는 치즈스틱으로", turns: ["새우버거 세트 하나요", "사이드는 치즈스틱으로 해 주세요"], lines: [{ item: "shrimp-set", qty: 1, options: { "set-side": "sticks" } }], confident: true },
  { name: "둘 다 세트로요 음료는 둘 다 오렌지주스", turns: ["새우버거 하나 치즈버거 하나 둘 다 세트로요 음료는 둘 다 오렌지주스"], lines: [{ item: "shrimp-set", qty: 1, options: { "set-drink": "oj" } }, { item: "cheese-set", qty: 1, options: { "set-drink": "oj" } }] },
  { name: "콜라 하나 is still the drink item", turns: ["새우버거 하나랑 콜라 하나요"], lines: [{ item: "shrimp", qty: 1 }, { item: "cola", qty: 1 }], confident: true },
]);

phenomenonTable("an item named again with only options, after one line of it", menuFrom(burgerRaw), [
  { name: "떡볶이 하나 라볶이 하나 → 떡볶이 맵게: that line, a guess", turns: ["떡볶이 하나 라볶이 하나요", "떡볶이 맵게"], lines: [{ item: "tteokbokki", qty: 1, options: { spice: "hot" } }, { item: "rabokki", qty: 1 }], confident: false },
  { name: "라볶이 매운맛으로 (로) changes it, a guess", turns: ["떡볶이 하나 라볶이 하나요", "라볶이 매운맛으로"], lines: [{ item: "tteokbokki", qty: 1 }, { item: "rabokki", qty: 1, options: { spice: "hot" } }], confident: false },
  { name: "라볶이 매운맛으로 하나 더 is another", turns: ["라볶이 하나요", "라볶이 매운맛으로 하나 더요"], lines: [{ item: "rabokki", qty: 1 }, { item: "rabokki", qty: 1, options: { spice: "hot" } }], confident: true },
]);
