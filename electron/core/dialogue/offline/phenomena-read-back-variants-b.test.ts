// Read-back checks red-teamed (audit18): each was written after one blind case; these are the next
// store's variants of the same wrong cart, said in other words, in the other language's order or a
// turn later, that went through another step and were answered alone and wrong. The checks now
// read the cart change and the words said:
// - a choice said last after a list of items that all take it, put on the last alone, in English
//   order ("three gimmari, two squid, tossed", "one latte one mocha iced") and in Korean joined by
//   "랑" / "하고" (choice-after-a-list.ts);
// - a thing made after the kiosk answered about another that holds it, with "that" / "it" pointing
//   back or no pointing word ("sure, with the garlic chicken" after asking about the chicken set)
//   (pointed-back.ts);
// - a thing the item comes with refused of one part of its count, or with "skip"
//   (refused-what-it-comes-with.ts);
// - a count said alone of one, then an item with its own count of one; and a count said alone that
//   made a thing said as one two ("i'll have two, and a za'atar") (count-said-alone.ts);
// - a level refused by a word that also names another dish's level, and a level the words refuse
//   still on the line ("i can't do hot", "매운맛 아니에요") (refused-level.ts).
import { menuFrom, notAloneTable, phenomenonTable } from "./test-helpers.ts";

const both = (e: string, k: string, enAliases: string[] = [], koAliases: string[] = []) => ({ name: { en: e, ko: k }, aliases: { en: enAliases, ko: koAliases } });
const en = (name: string, aliases?: string[]) => ({ name: { en: name }, ...(aliases ? { aliases: { en: aliases } } : {}) });
const ko = (name: string, aliases?: string[]) => ({ name: { ko: name }, ...(aliases ? { aliases: { ko: aliases } } : {}) });
const said = (e: string, k: string) => ({ en: e, ko: k });

// Fried things that may be tossed in sauce; drinks with a size and a temperature.
const market = menuFrom({
  version: 1,
  store: { id: "read-back-variants-b-market", name: { ko: "시장", en: "Market" }, currency: "KRW", languages: ["ko", "en"] },
  categories: [{ id: "twigim", name: { en: "Fried", ko: "튀김" } }, { id: "drinks", name: { en: "Drinks", ko: "음료" } }],
  optionGroups: [
    { id: "style", ...both("Style", "튀김 스타일"), select: "one", default: "plain", choices: [{ id: "plain", ...both("Plain", "그냥", ["plain"], ["그냥"]) }, { id: "tossed", ...both("Tossed in sauce", "떡볶이 소스에 버무림", ["tossed", "in sauce"], ["버무려서", "버무려"]) }] },
    { id: "size", ...both("Size", "사이즈"), select: "one", default: "regular", choices: [{ id: "regular", ...both("Regular", "레귤러") }, { id: "large", ...both("Large", "라지") }] },
    { id: "temp", ...both("Temperature", "온도"), select: "one", default: "hot", choices: [{ id: "hot", ...both("Hot", "따뜻하게", [], ["핫"]) }, { id: "iced", ...both("Iced", "아이스", [], ["차갑게"]) }] },
    { id: "syrup", ...both("Syrup", "시럽"), select: "many", choices: [{ id: "vanilla", ...both("Vanilla syrup", "바닐라 시럽", ["vanilla"], ["바닐라"]), price: 50 }] },
  ],
  items: [
    { id: "gimmari", category: "twigim", ...both("Gimmari", "김말이"), price: 500, optionGroups: ["style"] },
    { id: "squid", category: "twigim", ...both("Squid", "오징어튀김", ["squid"], ["오징어"]), price: 700, optionGroups: ["style"] },
    { id: "latte", category: "drinks", ...both("Latte", "라떼", ["latte"], ["카페라떼"]), price: 450, optionGroups: ["size", "temp", "syrup"] },
    { id: "mocha", category: "drinks", ...both("Mocha", "모카", ["mocha"], ["카페모카"]), price: 500, optionGroups: ["size", "temp", "syrup"] },
    { id: "lemonade", category: "drinks", ...both("Lemonade", "레모네이드"), price: 400, optionGroups: ["size"] },
  ],
});

notAloneTable("a choice said after a list of items, on the last alone: a guess in either order, joined or not", market, [
  { name: "three gimmari two squid, tossed", turns: ["three gimmari two squid, tossed"] },
  { name: "three gimmari, two squid, tossed please", turns: ["three gimmari, two squid, tossed please"] },
  { name: "김말이 세 개랑 오징어 두 개 버무려서 주세요", turns: ["김말이 세 개랑 오징어 두 개 버무려서 주세요"] },
  { name: "one latte one mocha iced", turns: ["one latte one mocha iced"] },
  { name: "two lattes two mochas large", turns: ["two lattes two mochas large"] },
  { name: "a lemonade, a latte, large", turns: ["a lemonade, a latte, large"] },
  { name: "라떼 하나하고 모카 하나 아이스로요", turns: ["라떼 하나하고 모카 하나 아이스로요"] },
]);

// (Guards: the choice said with the last item's name, or right after it joined by "and", or of
// both in so many words, stays sure; and Korean said before the last item's count.)
phenomenonTable("a choice said with the last item, or of both, stays sure", market, [
  { name: "a latte and a mocha large", turns: ["a latte and a mocha large"], lines: [{ item: "latte", qty: 1 }, { item: "mocha", qty: 1, options: { size: "large" } }], confident: true },
  { name: "라떼 하나 모카 라지로 하나요", turns: ["라떼 하나 모카 라지로 하나요"], lines: [{ item: "latte", qty: 1 }, { item: "mocha", qty: 1, options: { size: "large" } }], confident: true },
  { name: "a latte and an iced mocha", turns: ["a latte and an iced mocha"], lines: [{ item: "latte", qty: 1 }, { item: "mocha", qty: 1, options: { temp: "iced" } }], confident: true },
  { name: "one latte and one mocha, both iced", turns: ["one latte and one mocha, both iced"], lines: [{ item: "latte", qty: 1, options: { temp: "iced" } }, { item: "mocha", qty: 1, options: { temp: "iced" } }], confident: true },
]);

const shop = menuFrom({
  version: 1,
  store: { id: "read-back-variants-b-shop", name: { en: "Test Chicken Stand", ko: "테스트 통닭집" }, currency: "USD", languages: ["en", "ko"] },
  categories: [{ id: "chicken", name: { en: "Chicken", ko: "통닭" } }, { id: "sets", name: { en: "Sets", ko: "세트" } }, { id: "dessert", name: { en: "Dessert", ko: "디저트" } }],
  optionGroups: [
    { id: "sauce", ...both("Sauce", "소스"), select: "one", default: "salt", choices: [{ id: "salt", ...both("Salt", "소금") }, { id: "mustard", ...both("Honey mustard", "허니 머스타드") }] },
    { id: "set-chicken", ...both("Set chicken", "세트 통닭"), select: "one", default: "roast", choices: [{ id: "roast", ...both("Roast chicken", "전기구이 통닭", ["roast"], ["전기구이"]) }, { id: "garlic", ...both("Garlic chicken", "마늘 통닭", ["garlic"], ["마늘"]) }] },
    { id: "set-drink", ...both("Set drink", "세트 음료"), select: "one", default: "cola", choices: [{ id: "beer", ...both("Two draft beers", "생맥주 두 잔", ["beer"], ["생맥주", "맥주"]) }, { id: "cola", ...both("Cola", "콜라") }] },
    { id: "flavor", ...both("Flavor", "맛"), select: "one", default: "vanilla", choices: [{ id: "vanilla", ...both("Vanilla", "바닐라") }, { id: "choco", ...both("Chocolate", "초코") }] },
    { id: "cone", ...both("Cone or cup", "콘 또는 컵"), select: "one", default: "cone", choices: [{ id: "cone", ...both("Cone", "콘") }, { id: "cup", ...both("Cup", "컵") }] },
  ],
  items: [
    { id: "roast", category: "chicken", ...both("Roast Chicken", "전기구이 통닭", ["roast chicken"], ["전기구이"]), price: 900, optionGroups: ["sauce"] },
    { id: "garlic", category: "chicken", ...both("Garlic Roast Chicken", "마늘 전기구이", ["garlic chicken"], ["마늘 통닭"]), price: 1000, optionGroups: ["sauce"] },
    { id: "chicken-set", category: "sets", ...both("Chicken Set", "통닭 세트", ["combo", "chicken combo"], ["통닭세트"]), description: said("A whole chicken (roast or garlic) with two draft beers or a cola.", "통닭 한 마리(전기구이·마늘 중 택1)와 생맥주 두 잔 또는 콜라."), price: 2100, optionGroups: ["set-chicken", "set-drink", "sauce"] },
    { id: "soft-serve", category: "dessert", ...both("Soft Serve", "소프트 아이스크림", ["ice cream", "soft serve"], ["아이스크림"]), price: 350, optionGroups: ["flavor", "cone"] },
    { id: "sundae", category: "dessert", ...both("Churro Sundae", "츄러스 선데", ["churro sundae"], ["츄러스선데"]), description: said("Soft serve in a cup with mini churros and chocolate syrup.", "컵에 소프트 아이스크림, 미니 츄러스, 초코 시럽."), price: 650, optionGroups: ["flavor"] },
  ],
});

notAloneTable("a thing made after asking about another that holds it, and not that one: a guess", shop, [
  { name: "combo with beer? → sure, with the garlic chicken", turns: ["do you have like a combo with beer?", "sure, with the garlic chicken"] },
  { name: "통닭 세트 뭐 들어가요? → 좋아요 하나 주세요 마늘 통닭으로", turns: ["통닭 세트 뭐 들어가요?", "좋아요 하나 주세요 마늘 통닭으로"] },
  { name: "what's in the churro sundae? → ok i'll get that with chocolate soft serve", turns: ["what's in the churro sundae?", "ok i'll get that with chocolate soft serve"] },
]);

phenomenonTable("the thing asked about, pointed at with its part's choice, stays sure", shop, [
  { name: "combo with beer? → one of those please, garlic chicken, and honey mustard", turns: ["do you have like a combo with beer?", "one of those please, garlic chicken, and honey mustard"], lines: [{ item: "chicken-set", qty: 1, options: { "set-chicken": "garlic", "set-drink": "beer", sauce: "mustard" } }], confident: true },
  { name: "통닭 세트 뭐 들어가요? → 그럼 그거 마늘로 하나요", turns: ["통닭 세트 뭐 들어가요?", "그럼 그거 마늘로 하나요"], lines: [{ item: "chicken-set", qty: 1, options: { "set-chicken": "garlic" } }], confident: true },
]);

const cakes = menuFrom({
  version: 1,
  store: { id: "read-back-variants-b-cakes", name: { en: "Cakes" }, currency: "USD", languages: ["en"] },
  categories: [{ id: "cakes", ...en("Cakes") }],
  optionGroups: [
    { id: "toppings", ...en("Toppings"), select: "many", choices: [{ id: "caramel", ...en("Caramel drizzle", ["caramel sauce"]) }, { id: "berries", ...en("Berries") }] },
    { id: "brownie-holds", ...en("Holds"), select: "many", choices: [{ id: "no-nuts", ...en("No nuts") }, { id: "no-cream", ...en("No whipped cream") }] },
    { id: "holds", ...en("Holds"), select: "many", choices: [{ id: "no-sauce", ...en("No sauce drizzle", ["no drizzle", "no sauce"]) }, { id: "no-cream", ...en("No whipped cream", ["no cream"]) }] },
  ],
  items: [
    { id: "brownie", category: "cakes", ...en("Caramel brownie"), description: { en: "Fudge brownie with caramel drizzle." }, price: 650, optionGroups: ["toppings", "brownie-holds"] },
    { id: "slice", category: "cakes", ...en("Caramel slice"), description: { en: "Topped with caramel drizzle and sea salt, with whipped cream." }, price: 750, optionGroups: ["toppings", "holds"] },
  ],
});

notAloneTable("a thing the item comes with refused of one of its count, or skipped, nothing taken off: a guess", cakes, [
  { name: "two caramel brownies, one without caramel drizzle", turns: ["two caramel brownies, one without caramel drizzle"] },
  { name: "caramel brownie, skip the caramel drizzle", turns: ["caramel brownie, skip the caramel drizzle"] },
]);

phenomenonTable("its hold found and on the line stays sure", cakes, [
  { name: "caramel slice without caramel sauce", turns: ["caramel slice without caramel sauce"], lines: [{ item: "slice", qty: 1, options: { holds: ["no-sauce"] } }], confident: true },
]);

const bakery = menuFrom({
  version: 1,
  store: { id: "read-back-variants-b-bakery", name: { en: "Bakery" }, currency: "USD", languages: ["en"] },
  categories: [{ id: "bread", ...en("Flatbreads") }],
  optionGroups: [],
  items: [
    { id: "kishk", category: "bread", ...en("Kishk Manousheh", ["kishk"]), description: { en: "Fermented yogurt and bulgur with tomato and onion." }, price: 550 },
    { id: "zaatar", category: "bread", ...en("Za'atar Manousheh", ["zaatar", "za'atar"]), description: { en: "Thyme, sumac and sesame." }, price: 450 },
  ],
});

notAloneTable("English: a count said with no item made a thing said as one two: a guess", bakery, [
  { name: "i'll have two, and a za'atar", turns: ["i'll have two, and a za'atar"] },
]);

phenomenonTable("English: the count alone of the thing asked about stays sure", bakery, [
  { name: "what's kishk? → sounds good, one please. and a za'atar", turns: ["what's kishk?", "sounds good, one please. and a za'atar"], lines: [{ item: "kishk", qty: 1 }, { item: "zaatar", qty: 1 }], confident: true },
]);

const pancakes = menuFrom({
  version: 1,
  store: { id: "read-back-variants-b-jeon", name: { ko: "전집" }, currency: "KRW", languages: ["ko"] },
  categories: [{ id: "jeon", ...ko("전") }],
  optionGroups: [],
  items: [
    { id: "kimchijeon", category: "jeon", ...ko("김치전"), description: { ko: "묵은지로 부친 전." }, price: 9000 },
    { id: "pajeon", category: "jeon", ...ko("파전"), description: { ko: "쪽파를 듬뿍 올린 전." }, price: 10000 },
  ],
});

notAloneTable("Korean: a count of one said alone, then an item with its own count of one: a guess", pancakes, [
  { name: "하나 주세요 그리고 파전도 하나요", turns: ["하나 주세요 그리고 파전도 하나요"] },
]);

// Levels: the wings' heat "Mild / Medium / Hot / Extra hot", where "hot" also names the pork set's "Spicy".
const levels = menuFrom({
  version: 1,
  store: { id: "read-back-variants-b-levels", name: { en: "Wings" }, currency: "USD", languages: ["en"] },
  categories: [{ id: "mains", ...en("Mains") }],
  optionGroups: [
    { id: "spice", ...en("Spice level"), select: "one", default: "normal", choices: [{ id: "mild", ...en("Mild", ["not spicy", "less spicy"]) }, { id: "normal", ...en("Medium", ["regular"]) }, { id: "hot", ...en("Spicy", ["spicy", "hot"]) }, { id: "extra", ...en("Extra spicy", ["very spicy"]) }] },
    { id: "heat", ...en("Heat"), select: "one", default: "medium", choices: [{ id: "mild", ...en("Mild") }, { id: "medium", ...en("Medium") }, { id: "hot", ...en("Hot") }, { id: "xhot", ...en("Extra hot") }] },
  ],
  items: [
    { id: "pork-set", category: "mains", ...en("Spicy pork set", ["spicy pork", "pork set"]), price: 900, optionGroups: ["spice"] },
    { id: "wings", category: "mains", ...en("Chicken wings", ["wings"]), price: 900, optionGroups: ["heat"] },
  ],
});

notAloneTable("English: a level refused, none said, or still on the line: a guess", levels, [
  { name: "chicken wings, not hot", turns: ["chicken wings, not hot"] },
  { name: "chicken wings, not hot at all", turns: ["chicken wings, not hot at all"] },
  { name: "two chicken wings, one not hot", turns: ["two chicken wings, one not hot"] },
  { name: "chicken wings, not the hot", turns: ["chicken wings, not the hot"] },
  { name: "chicken wings, hot, no wait, not hot", turns: ["chicken wings, hot, no wait, not hot"] },
  { name: "chicken wings, i can't do hot", turns: ["chicken wings, i can't do hot"] },
  { name: "chicken wings, anything but hot", turns: ["chicken wings, anything but hot"] },
  { name: "chicken wings, hot no", turns: ["chicken wings, hot no"] },
]);

phenomenonTable("English: a level said, or its own name holding 'not', stays sure", levels, [
  { name: "spicy pork set, not spicy (the Mild's own name)", turns: ["spicy pork set, not spicy"], lines: [{ item: "pork-set", qty: 1, options: { spice: "mild" } }], confident: true },
  { name: "chicken wings, extra hot", turns: ["chicken wings, extra hot"], lines: [{ item: "wings", qty: 1, options: { heat: "xhot" } }], confident: true },
]);

const levelsKo = menuFrom({
  version: 1,
  store: { id: "read-back-variants-b-levels-ko", name: { ko: "분식" }, currency: "KRW", languages: ["ko"] },
  categories: [{ id: "main", ...ko("식사") }],
  optionGroups: [{ id: "spice", ...ko("맵기"), select: "one", default: "normal", choices: [{ id: "mild", ...ko("순한맛", ["덜 맵게", "안 맵게"]) }, { id: "normal", ...ko("보통") }, { id: "hot", ...ko("매운맛", ["맵게"]) }, { id: "extra", ...ko("아주 매운맛") }] }],
  items: [
    { id: "jeyuk", category: "main", ...ko("제육 정식", ["제육"]), price: 9000, optionGroups: ["spice"] },
    { id: "tteok", category: "main", ...ko("떡볶이"), price: 5000, optionGroups: ["spice"] },
  ],
});

notAloneTable("Korean: a level the words refuse, still on the line: a guess", levelsKo, [
  { name: "떡볶이 하나 매운맛 아니에요", turns: ["떡볶이 하나 매운맛 아니에요"] },
  { name: "제육 하나 매운맛 아니고요", turns: ["제육 하나 매운맛 아니고요"] },
  { name: "떡볶이 하나요 → 매운맛 아니고요", turns: ["떡볶이 하나요", "매운맛 아니고요"] },
]);

phenomenonTable("Korean: a level said stays sure", levelsKo, [
  { name: "떡볶이 하나 순한맛으로요", turns: ["떡볶이 하나 순한맛으로요"], lines: [{ item: "tteok", qty: 1, options: { spice: "mild" } }], confident: true },
  { name: "떡볶이 하나 아주 매운맛으로요", turns: ["떡볶이 하나 아주 매운맛으로요"], lines: [{ item: "tteok", qty: 1, options: { spice: "extra" } }], confident: true },
]);

// (Read right since "that" said after a request is the thing just asked about, offer-pointed-at.ts:
// the combo with the beer asked about and the garlic chicken, sure.)
phenomenonTable("'let's do that with' the part: the thing asked about, made with it", shop, [
  { name: "combo with beer? → ok let's do that with the garlic chicken", turns: ["do you have like a combo with beer?", "ok let's do that with the garlic chicken"], lines: [{ item: "chicken-set", qty: 1, options: { "set-chicken": "garlic", "set-drink": "beer" } }], confident: true },
]);
