// First-run wrong answers alone of the blind rounds 52–55, each now right or a guess:
// - "라면 두 개 맵게요 하나에만 치즈 넣어 주세요": an option said of the whole count (closed with
//   요, or followed after "하나에만" by another option) stays the whole line's; 에만 opens a part
//   for what comes after it (line-parts.ts partAfterItsOption, clause.ts). Both spicy, cheese on
//   one. Said as the topic, "치즈는 하나에만 넣어 주세요", the option is still the part's.
// - "what's kishk?" → "hmm ok i'll try one, and a za'atar too": the count in a clause of its own
//   before anything is named is the thing just asked about (offers.ts countOfTheOfferFirst).
// - read-back: a part holding options said on both sides of its count is a guess
//   (part-across-its-count.ts);
// - read-back: a count said with no item that counted nothing the turn made ("i'll try one, and
//   a za'atar too" with nothing asked about) is a guess, whatever step dropped it (count-said-alone.ts).
import { en, ko, menuFrom, notAloneTable, phenomenonTable } from "./test-helpers.ts";

const buffet = menuFrom({
  version: 1,
  store: { id: "part-after-the-whole", name: { ko: "한식" }, currency: "KRW", languages: ["ko"] },
  categories: [{ id: "extra", ...ko("추가") }],
  optionGroups: [
    { id: "spice", ...ko("맵기"), select: "one", default: "normal", choices: [{ id: "mild", ...ko("덜 맵게", ["순하게"]) }, { id: "normal", ...ko("보통") }, { id: "spicy", ...ko("맵게", ["얼큰하게"]) }] },
    { id: "topping", ...ko("토핑"), select: "many", max: 3, choices: [{ id: "egg", ...ko("계란", ["계란 넣어서"]), price: 500 }, { id: "cheese", ...ko("치즈", ["치즈 넣어서"]), price: 500 }] },
  ],
  items: [
    { id: "ramen", category: "extra", ...ko("라면"), price: 3000, optionGroups: ["spice", "topping"] },
    { id: "kimbap", category: "extra", ...ko("김밥"), price: 3000 },
  ],
});

phenomenonTable("Korean: an option said of the whole count before a part said with 에만", buffet, [
  { name: "라면 두 개 맵게요 하나에만 치즈 넣어 주세요", turns: ["라면 두 개 맵게요 하나에만 치즈 넣어 주세요"], lines: [{ item: "ramen", qty: 1, options: { spice: "spicy", topping: ["cheese"] } }, { item: "ramen", qty: 1, options: { spice: "spicy" } }], confident: true },
  { name: "라면 두 개 얼큰하게 하나에만 계란 넣어 주세요", turns: ["라면 두 개 얼큰하게 하나에만 계란 넣어 주세요"], lines: [{ item: "ramen", qty: 1, options: { spice: "spicy", topping: ["egg"] } }, { item: "ramen", qty: 1, options: { spice: "spicy" } }] },
  { name: "라면 세 개 순하게요 두 개에만 치즈 넣어 주세요", turns: ["라면 세 개 순하게요 두 개에만 치즈 넣어 주세요"], lines: [{ item: "ramen", qty: 2, options: { spice: "mild", topping: ["cheese"] } }, { item: "ramen", qty: 1, options: { spice: "mild" } }] },
]);

const bakery = menuFrom({
  version: 1,
  store: { id: "asked-then-counted", name: { en: "Bakery" }, currency: "USD", languages: ["en"] },
  categories: [{ id: "bread", ...en("Flatbreads") }],
  optionGroups: [],
  items: [
    { id: "kishk", category: "bread", ...en("Kishk Manousheh", ["kishk"]), description: { en: "Fermented yogurt and bulgur with tomato and onion." }, price: 550 },
    { id: "zaatar", category: "bread", ...en("Za'atar Manousheh", ["zaatar", "za'atar"]), description: { en: "Thyme, sumac and sesame." }, price: 450 },
  ],
});

phenomenonTable("English: a count alone after asking about an item, then another item", bakery, [
  { name: "what's kishk? → hmm ok i'll try one, and a za'atar too", turns: ["what's kishk?", "hmm ok i'll try one, and a za'atar too"], lines: [{ item: "kishk", qty: 1 }, { item: "zaatar", qty: 1 }], confident: true },
  { name: "what's kishk? → ok i'll take two, and a za'atar", turns: ["what's kishk?", "ok i'll take two, and a za'atar"], lines: [{ item: "kishk", qty: 2 }, { item: "zaatar", qty: 1 }] },
]);

notAloneTable("English: a count said with no item that counted nothing the turn made", bakery, [
  { name: "i'll try one, and a za'atar too", turns: ["i'll try one, and a za'atar too"] },
]);

const pancakes = menuFrom({
  version: 1,
  store: { id: "asked-then-counted-ko", name: { ko: "전집" }, currency: "KRW", languages: ["ko"] },
  categories: [{ id: "jeon", ...ko("전") }],
  optionGroups: [],
  items: [
    { id: "kimchijeon", category: "jeon", ...ko("김치전"), description: { ko: "묵은지로 부친 전." }, price: 9000 },
    { id: "pajeon", category: "jeon", ...ko("파전"), description: { ko: "쪽파를 듬뿍 올린 전." }, price: 10000 },
  ],
});

phenomenonTable("Korean: a count alone after asking about an item, then another item", pancakes, [
  { name: "김치전은 뭐예요? → 그럼 하나 주세요, 그리고 파전도 하나요", turns: ["김치전은 뭐예요?", "그럼 하나 주세요, 그리고 파전도 하나요"], lines: [{ item: "kimchijeon", qty: 1 }, { item: "pajeon", qty: 1 }] },
]);


// Read-back (part-across-its-count.ts): a part that holds options said on both sides of its own
// count took one of them from the whole line or the part: which? A guess.
notAloneTable("Korean: a part holding options said before and after its count", buffet, [
  { name: "라면 두 개 맵게 하나에만 좀 치즈 넣어 주세요", turns: ["라면 두 개 맵게 하나에만 좀 치즈 넣어 주세요"] },
]);

const noodles = menuFrom({
  version: 1,
  store: { id: "part-across-en", name: { en: "Noodles" }, currency: "USD", languages: ["en"] },
  categories: [{ id: "noodles", ...en("Noodles") }],
  optionGroups: [
    { id: "spice", ...en("Spice"), select: "one", default: "normal", choices: [{ id: "mild", ...en("Mild") }, { id: "normal", ...en("Regular") }, { id: "spicy", ...en("Spicy") }] },
    { id: "topping", ...en("Toppings"), select: "many", max: 3, choices: [{ id: "egg", ...en("Egg"), price: 50 }, { id: "cheese", ...en("Cheese"), price: 50 }] },
  ],
  items: [{ id: "ramen", category: "noodles", ...en("Ramen"), price: 300, optionGroups: ["spice", "topping"] }],
});

notAloneTable("English: a part holding options said before and after its count", noodles, [
  { name: "two ramen, spicy on one with cheese", turns: ["two ramen, spicy on one with cheese"] },
]);
