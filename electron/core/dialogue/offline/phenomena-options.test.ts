// Options said together, on a small burger & café menu written for these rows (both
// languages where the phenomenon applies):
// - a number belongs to the counted option it is said next to: "패티 추가하고 치즈 두 장 추가요"
//   is one extra patty and two slices ("an extra patty and two extra slices of cheese");
// - a one-choice group whose "none" choice is named "<thing> 빼기": "휘핑 빼고" picks it, and
//   "휘핑 올려 주세요" after it takes it back to the default; said of a drink without it, the
//   removal word is no order;
// - a name that sets options ("뜨아" = hot americano) cancelled names only the lines made so;
// - "생각해 보니" (on second thought) is a filler before a corrected count.
import { menuFrom, phenomenonTable } from "./test-helpers.ts";
import { loadSet } from "./heldout/test-sets.ts";

const both = (ko: string, en: string, koAliases?: string[], enAliases?: string[]) => ({
  name: { ko, en },
  ...(koAliases || enAliases ? { aliases: { ...(koAliases ? { ko: koAliases } : {}), ...(enAliases ? { en: enAliases } : {}) } } : {}),
});

const menu = menuFrom({
  version: 1,
  store: { id: "options-together", name: { ko: "옵션 테스트", en: "Options test" }, currency: "KRW", languages: ["ko", "en"] },
  categories: [{ id: "burger", ...both("버거", "Burgers") }, { id: "coffee", ...both("커피", "Coffee") }, { id: "cake", ...both("케이크", "Cakes") }],
  optionGroups: [
    { id: "patty", ...both("패티 추가", "Extra patty", ["패티"], ["patty"]), select: "count", min: 0, max: 2, default: 0, unitPrice: 2000 },
    { id: "cheese", ...both("치즈 추가", "Extra cheese", ["치즈 장"], ["slices of cheese", "cheese"]), select: "count", min: 0, max: 3, default: 0, unitPrice: 500 },
    { id: "temp", ...both("온도", "Temperature"), select: "one", default: "hot", choices: [{ id: "hot", ...both("핫", "Hot") }, { id: "ice", ...both("아이스", "Iced") }] },
    { id: "whip", ...both("휘핑크림", "Whipped cream"), select: "one", default: "regular", choices: [{ id: "regular", ...both("휘핑 기본", "Regular whip") }, { id: "extra", ...both("휘핑 많이", "Extra whip") }, { id: "none", ...both("휘핑 빼기", "No whip") }] },
  ],
  items: [
    { id: "bulgogi", category: "burger", ...both("불고기버거", "Bulgogi burger"), price: 4800, optionGroups: ["patty", "cheese"] },
    { id: "americano", category: "coffee", name: { ko: "아메리카노", en: "Americano" }, aliases: { ko: ["아메", { text: "아아", options: { temp: "ice" } }, { text: "뜨아", options: { temp: "hot" } }] }, price: 3200, optionGroups: ["temp"] },
    { id: "mocha", category: "coffee", ...both("카페모카", "Mocha", ["모카"]), price: 4500, optionGroups: ["temp", "whip"] },
    { id: "choco-cake", category: "cake", ...both("초코 케이크", "Chocolate cake"), price: 5500 },
  ],
});

phenomenonTable("a number next to one of two counted options", menu, [
  { name: "패티 추가하고 치즈 두 장 추가요", turns: ["불고기버거 단품에 패티 추가하고 치즈 두 장 추가요"], lines: [{ item: "bulgogi", qty: 1, options: { patty: 1, cheese: 2 } }], confident: true },
  { name: "치즈 두 장 추가하고 패티 추가요", turns: ["불고기버거 치즈 두 장 추가하고 패티 추가요"], lines: [{ item: "bulgogi", qty: 1, options: { patty: 1, cheese: 2 } }], confident: true },
  { name: "패티 두 장 추가 is two patties", turns: ["불고기버거 패티 두 장 추가"], lines: [{ item: "bulgogi", qty: 1, options: { patty: 2 } }], confident: true },
  { name: "an extra patty and two slices of cheese (en)", turns: ["a bulgogi burger with an extra patty and two slices of cheese"], lines: [{ item: "bulgogi", qty: 1, options: { patty: 1, cheese: 2 } }] },
]);

// Rows whose last turn is a refusal once the cart has lines expect it handed on
// (confident: false), the cart kept: risky-shapes.ts.
phenomenonTable("a one-choice group's removal named by its thing", menu, [
  { name: "모카 휘핑 빼고 하나요", turns: ["모카 휘핑 빼고 하나요"], lines: [{ item: "mocha", qty: 1, options: { whip: "none" } }], confident: true },
  { name: "휘핑은 빼주세요 after a mocha", turns: ["모카 아이스 하나요", "휘핑은 빼주세요"], lines: [{ item: "mocha", qty: 1, options: { temp: "ice", whip: "none" } }], confident: false },
  { name: "휘핑 올려 주세요 takes the removal back", turns: ["모카 아이스 하나 휘핑은 빼주세요", "아 그냥 휘핑 올려 주세요 기본으로"], lines: [{ item: "mocha", qty: 1, options: { temp: "ice" } }] },
  { name: "휘핑 올려 주세요 on a mocha that has it is no order", turns: ["모카 하나요", "휘핑 올려 주세요"], lines: [{ item: "mocha", qty: 1 }], confident: false },
  { name: "a mocha with no whip (en)", turns: ["a mocha with no whip"], lines: [{ item: "mocha", qty: 1, options: { whip: "none" } }] },
]);

phenomenonTable("a name that sets options, cancelled", menu, [
  { name: "뜨아는 취소할게요 leaves the 아아", turns: ["아아 하나 뜨아 하나요", "아 뜨아는 취소할게요"], lines: [{ item: "americano", qty: 1, options: { temp: "ice" } }] },
  { name: "아아 취소 leaves the 뜨아", turns: ["아아 하나 뜨아 하나요", "아아는 빼 주세요"], lines: [{ item: "americano", qty: 1, options: { temp: "hot" } }] },
  { name: "아메리카노 취소 with one line", turns: ["아아 하나요", "아메리카노 취소할게요"], lines: [], confident: true },
]);

phenomenonTable("on second thought", menu, [
  { name: "아 생각해 보니 한 조각만 할게요", turns: ["초코 케이크 두 조각 주세요", "아 생각해 보니 한 조각만 할게요"], lines: [{ item: "choco-cake", qty: 1 }], confident: true },
  { name: "생각해보니 아아로 할게요 (no space)", turns: ["생각해보니 아아 하나 할게요"], lines: [{ item: "americano", qty: 1, options: { temp: "ice" } }], confident: true },
]);

// "X은 말고요" with nothing after it refuses X (removed if ordered, never ordered); only a
// 말고 between two names replaces the first with the second. "하나는 …, 다른/나머지 하나는 …"
// on a line of two makes each part so.
const sides = menuFrom({
  version: 1,
  store: { id: "options-sides", name: { ko: "사이드 테스트" }, currency: "KRW", languages: ["ko"] },
  categories: [{ id: "side", name: { ko: "사이드" } }, { id: "set", name: { ko: "세트" } }, { id: "drink", name: { ko: "음료" } }],
  optionGroups: [
    { id: "set-side", name: { ko: "세트 사이드" }, select: "one", default: "fries", choices: [{ id: "fries", name: { ko: "감자튀김" } }, { id: "sticks", name: { ko: "치즈스틱" } }] },
    { id: "set-drink", name: { ko: "세트 음료" }, select: "one", default: "cola", choices: [{ id: "cola", name: { ko: "콜라" } }, { id: "cider", name: { ko: "사이다" } }] },
  ],
  items: [
    { id: "rings", category: "side", name: { ko: "어니언링" }, price: 2300 },
    { id: "cheese-dip", category: "side", name: { ko: "치즈 디핑소스" }, aliases: { ko: ["치즈소스"] }, price: 500 },
    { id: "sticks", category: "side", name: { ko: "치즈스틱" }, price: 2500 },
    { id: "chicken-set", category: "set", name: { ko: "치킨버거 세트" }, price: 8000, optionGroups: ["set-side", "set-drink"] },
    { id: "shrimp-set", category: "set", name: { ko: "새우버거 세트" }, price: 8000, optionGroups: ["set-side", "set-drink"] },
    { id: "cola", category: "drink", name: { ko: "콜라" }, price: 2000 },
  ],
});

// Rows whose last turn is one thing said instead of another expect it handed on
// (confident: false), the cart kept: risky-shapes.ts.
phenomenonTable("X 말고 with nothing after it", sides, [
  { name: "어니언링 하나랑 치즈소스 하나 주세요 치즈스틱은 말고요", turns: ["어니언링 하나랑 치즈소스 하나 주세요 치즈스틱은 말고요"], lines: [{ item: "rings", qty: 1 }, { item: "cheese-dip", qty: 1 }] },
  { name: "치즈스틱은 말고요 after ordering it takes it out", turns: ["어니언링 하나 치즈스틱 하나요", "치즈스틱은 말고요"], lines: [{ item: "rings", qty: 1 }], confident: false },
  { name: "치즈스틱 말고 어니언링 replaces", turns: ["치즈스틱 말고 어니언링 하나 주세요"], lines: [{ item: "rings", qty: 1 }] },
]);

phenomenonTable("하나는 …, 다른 하나는 … on a line of two", sides, [
  { name: "다른 하나는", turns: ["치킨버거 세트 두 개요", "하나는 음료를 사이다로 바꿔주시고 다른 하나는 사이드를 치즈스틱으로 해주세요"], lines: [{ item: "chicken-set", qty: 1, options: { "set-drink": "cider" } }, { item: "chicken-set", qty: 1, options: { "set-side": "sticks" } }] },
  { name: "나머지 하나는", turns: ["치킨버거 세트 두 개요", "하나는 사이다로 나머지 하나는 치즈스틱으로 해주세요"], lines: [{ item: "chicken-set", qty: 1, options: { "set-drink": "cider" } }, { item: "chicken-set", qty: 1, options: { "set-side": "sticks" } }] },
]);

// Half-and-half said with its halves: "후라이드 반 양념 반" / "후라이드 반마리 양념 반마리" where the
// menu has a 반반 item whose choice names both is that item with that choice (a guess: two half
// orders is a reading too); with no such item the words are not understood. A size said as a
// number the menu does not have ("콜라 1.5") is not understood, not passed over.
const chicken = (withCombo: boolean) =>
  menuFrom({
    version: 1,
    store: { id: "options-chicken", name: { ko: "치킨 테스트" }, currency: "KRW", languages: ["ko"] },
    categories: [{ id: "chicken", name: { ko: "치킨" } }, { id: "drink", name: { ko: "음료" } }],
    optionGroups: [
      { id: "portion", name: { ko: "양" }, select: "one", default: "whole", choices: [{ id: "whole", name: { ko: "한 마리" } }, { id: "half", name: { ko: "반 마리" }, aliases: { ko: ["반마리"] }, price: -8000 }] },
      { id: "combo", name: { ko: "반반 구성" }, select: "one", choices: [{ id: "fy", name: { ko: "후라이드 + 양념" } }, { id: "fg", name: { ko: "후라이드 + 간장" } }] },
      { id: "bottle", name: { ko: "용량" }, select: "one", default: "small", choices: [{ id: "small", name: { ko: "500ml" } }, { id: "big", name: { ko: "1.25L" }, aliases: { ko: ["1.25"] }, price: 1000 }] },
    ],
    items: [
      { id: "fried", category: "chicken", name: { ko: "후라이드치킨" }, aliases: { ko: ["후라이드"] }, price: 20000, optionGroups: ["portion"] },
      { id: "yangnyeom", category: "chicken", name: { ko: "양념치킨" }, aliases: { ko: ["양념"] }, price: 21000, optionGroups: ["portion"] },
      { id: "soy", category: "chicken", name: { ko: "간장치킨" }, aliases: { ko: ["간장"] }, price: 21000, optionGroups: ["portion"] },
      ...(withCombo ? [{ id: "banban", category: "chicken", name: { ko: "반반치킨" }, price: 22000, optionGroups: ["combo"] }] : []),
      { id: "cola", category: "drink", name: { ko: "콜라" }, price: 2000, optionGroups: ["bottle"] },
    ],
  });

phenomenonTable("half-and-half said with its halves", chicken(true), [
  { name: "후라이드 반 양념 반", turns: ["후라이드 반 양념 반 주세요"], lines: [{ item: "banban", qty: 1, options: { combo: "fy" } }], confident: false },
  { name: "양념 반 후라이드 반 (either order)", turns: ["양념 반 후라이드 반이요"], lines: [{ item: "banban", qty: 1, options: { combo: "fy" } }], confident: false },
  { name: "후라이드 반마리 간장 반마리 두 마리", turns: ["후라이드 반마리 간장 반마리 두 마리요"], lines: [{ item: "banban", qty: 2, options: { combo: "fg" } }], confident: false },
  { name: "양념 반 마리 alone is half a 양념", turns: ["양념 반 마리 주세요"], lines: [{ item: "yangnyeom", qty: 1, options: { portion: "half" } }], confident: true },
]);

phenomenonTable("half-and-half with no such item", chicken(false), [
  { name: "후라이드 반 양념 반: 반 not understood, not answered alone (the cart is a partial reading)", turns: ["후라이드 반 양념 반 주세요"], lines: [{ item: "fried", qty: 1 }], confident: false },
]);

phenomenonTable("a size said as a number the menu lacks", chicken(true), [
  { name: "콜라 1.25 하나 is the 1.25L", turns: ["콜라 1.25 하나요"], lines: [{ item: "cola", qty: 1, options: { bottle: "big" } }], confident: true },
  { name: "콜라 1.5 하나: not understood", turns: ["콜라 1.5 하나요"], lines: [{ item: "cola", qty: 1 }], confident: false },
]);

// An item's name followed by its own option where a choice's name starts with the item's
// name ("순대" + "내장 빼고" where 순대's parts are "순대+내장" or "순대만"): the item and the option.
const sundae = menuFrom({
  version: 1,
  store: { id: "options-sundae", name: { ko: "순대 테스트" }, currency: "KRW", languages: ["ko"] },
  categories: [{ id: "bunsik", name: { ko: "분식" } }],
  optionGroups: [{ id: "parts", name: { ko: "순대 구성" }, select: "one", default: "mixed", choices: [{ id: "mixed", name: { ko: "순대+내장" } }, { id: "only", name: { ko: "순대만" }, aliases: { ko: ["내장 빼고", "내장 없이"] } }] }],
  items: [{ id: "sundae", category: "bunsik", name: { ko: "순대" }, price: 4500, optionGroups: ["parts"] }],
});

phenomenonTable("an item before its own option whose choice starts with the item's name", sundae, [
  { name: "순대 내장 빼고 1인분", turns: ["순대 내장 빼고 1인분"], lines: [{ item: "sundae", qty: 1, options: { parts: "only" } }], confident: true },
  { name: "순대 1인분 내장 빼고", turns: ["순대 1인분 내장 빼고요"], lines: [{ item: "sundae", qty: 1, options: { parts: "only" } }], confident: true },
  { name: "순대 내장 섞어서 (the choice's own name still works)", turns: ["순대 1인분 순대 내장으로요"], lines: [{ item: "sundae", qty: 1, options: { parts: "mixed" } }] },
]);

// A choice whose word and the item's name together name another item ("바닐라" syrup said of a
// 라떼 where the menu sells 바닐라라떼): the option is the reading, but the 바닐라라떼 is one too.
const syrups = menuFrom({
  version: 1,
  store: { id: "options-syrups", name: { ko: "시럽 테스트" }, currency: "KRW", languages: ["ko"] },
  categories: [{ id: "coffee", name: { ko: "커피" } }],
  optionGroups: [{ id: "syrup", name: { ko: "시럽 추가" }, select: "many", choices: [{ id: "vanilla", name: { ko: "바닐라 시럽" }, aliases: { ko: ["바닐라"] } }, { id: "caramel", name: { ko: "카라멜 시럽" }, aliases: { ko: ["카라멜"] } }] }],
  items: [
    { id: "latte", category: "coffee", name: { ko: "카페라떼" }, aliases: { ko: ["라떼"] }, price: 4500, optionGroups: ["syrup"] },
    { id: "vanilla-latte", category: "coffee", name: { ko: "바닐라라떼" }, price: 5000 },
    { id: "americano", category: "coffee", name: { ko: "아메리카노" }, price: 4000, optionGroups: ["syrup"] },
  ],
});

phenomenonTable("an option that with the item's name is another item", syrups, [
  { name: "라떼 바닐라로 하나: syrup or 바닐라라떼?", turns: ["라떼 바닐라로 하나"], lines: [{ item: "latte", qty: 1, options: { syrup: ["vanilla"] } }], confident: false },
  { name: "라떼 하나 → 아 근데 바닐라로", turns: ["라떼 하나요", "아 근데 바닐라로"], lines: [{ item: "latte", qty: 1, options: { syrup: ["vanilla"] } }], confident: false },
  { name: "라떼 카라멜 시럽 추가 (no 카라멜라떼 on the menu)", turns: ["라떼 하나 카라멜 추가요"], lines: [{ item: "latte", qty: 1, options: { syrup: ["caramel"] } }], confident: true },
  { name: "아메리카노 바닐라 추가 (no 바닐라아메리카노)", turns: ["아메리카노 하나 바닐라 추가요"], lines: [{ item: "americano", qty: 1, options: { syrup: ["vanilla"] } }], confident: true },
  { name: "바닐라 라떼 하나 is the item", turns: ["바닐라 라떼 하나요"], lines: [{ item: "vanilla-latte", qty: 1 }], confident: true },
]);

// A counted option said with its own adding word after a topping said with its own: two
// things added ("마요 추가 계란후라이 추가"), not a "shot" of the topping (바닐라 샷).
phenomenonTable("each option with its own adding word", loadSet("ko-dosirak").menu, [
  { name: "마요 추가 계란후라이 추가", turns: ["치킨마요 하나 마요 추가 계란후라이 추가요"], lines: [{ item: "chicken-mayo", qty: 1, options: { topping: ["mayo"], "fried-egg": 1 } }], confident: true },
  { name: "계란후라이 추가 하나 after 마요 추가", turns: ["치킨마요 곱배기로 하나 마요 추가 계란후라이 추가 하나 이렇게요"], lines: [{ item: "chicken-mayo", qty: 1, options: { rice: "large", topping: ["mayo"], "fried-egg": 1 } }] },
]);
