// A later turn that says what the line in hand becomes, where a word's other reading on the
// menu kept the refused line (the fourteenth session's probes and held-out cases):
// - "a halo halo" → "no, make it leche flan", the flan also the halo halo's add-on: the flan
//   in its place, not added on (item-or-choice.ts);
// - "a cup of seafood gumbo" → "no the other gumbo": the one other gumbo, in a cup
//   (the-other-item.ts); the seafood gumbo was kept, another added;
// - "two milk teas …" → "no wait, just one milk tea", "아니다 밀크티는 한 개만요", where "just
//   one" / "한 개" is also another item's choice ("1 piece"): the count (count-said-as-choice.ts);
// - "라면 주먹밥 세트" → "라면엔 계란 빼 주세요": the set's ramen, no 라면 ordered
//   (part-word-of-the-line.ts; 엔 is 에는, language.ts);
// - "주세요" read as "주세" (주먹밥 세트 by its first syllables) + 요: no set ordered by the
//   request word (lexicon.ts).
import { en, menuFrom, phenomenonTable } from "./test-helpers.ts";

const desserts = menuFrom({
  version: 1,
  store: { id: "in-place", name: { en: "Merienda" }, currency: "USD", languages: ["en"] },
  categories: [{ id: "sweet", ...en("Desserts") }],
  optionGroups: [{ id: "add", ...en("Add-ons"), select: "many", choices: [{ id: "flan", ...en("Add leche flan", ["leche flan", "flan"]) }, { id: "pinipig", ...en("Add pinipig", ["pinipig"]) }] }],
  items: [
    { id: "halo", category: "sweet", ...en("Halo-halo", ["halo halo"]), price: 8, optionGroups: ["add"] },
    { id: "flan", category: "sweet", ...en("Leche flan", ["flan"]), price: 5 },
  ],
});

phenomenonTable("English: no, make it X, X also an add-on of the line: X in its place", desserts, [
  { name: "no, make it leche flan", turns: ["a halo halo", "no, make it leche flan"], lines: [{ item: "flan", qty: 1 }] },
]);

const gumbo = menuFrom({
  version: 1,
  store: { id: "other-item", name: { en: "Po-boys" }, currency: "USD", languages: ["en"] },
  categories: [{ id: "soup", ...en("Soups") }],
  optionGroups: [{ id: "cupbowl", ...en("Size"), select: "one", default: "cup", choices: [{ id: "cup", ...en("Cup") }, { id: "bowl", ...en("Bowl") }] }],
  items: [
    { id: "seafood", category: "soup", ...en("Seafood Gumbo", ["gumbo"]), price: 8, optionGroups: ["cupbowl"] },
    { id: "chicken", category: "soup", ...en("Chicken & Andouille Gumbo", ["chicken gumbo"]), price: 7, optionGroups: ["cupbowl"] },
  ],
});

phenomenonTable("English: the other X of the line in hand, one other item so called", gumbo, [
  { name: "no the other gumbo", turns: ["a cup of seafood gumbo", "no the other gumbo"], lines: [{ item: "chicken", qty: 1, options: { cupbowl: "cup" } }] },
  { name: "the other gumbo, a bowl kept", turns: ["a bowl of chicken gumbo", "the other gumbo"], lines: [{ item: "seafood", qty: 1, options: { cupbowl: "bowl" } }] },
]);

const teaHouse = menuFrom({
  version: 1,
  store: { id: "count-as-choice", name: { en: "Bao", ko: "바오" }, currency: "USD", languages: ["en", "ko"] },
  categories: [{ id: "bao", name: { en: "Bao", ko: "바오" } }, { id: "drinks", name: { en: "Drinks", ko: "음료" } }],
  optionGroups: [
    { id: "per-order", name: { en: "Bao per order", ko: "바오 개수" }, select: "one", choices: [{ id: "one", name: { en: "1 piece", ko: "1개" }, aliases: { en: ["just one", "single"], ko: ["한 개"] } }, { id: "two", name: { en: "2 pieces", ko: "2개" }, aliases: { en: ["pair"], ko: ["두 개"] } }] },
  ],
  items: [
    { id: "pork-bao", category: "bao", name: { en: "Pork belly bao", ko: "삼겹살 바오" }, price: 5, optionGroups: ["per-order"] },
    { id: "milk-tea", category: "drinks", name: { en: "Milk tea", ko: "밀크티" }, aliases: { en: ["milk teas"] }, price: 5 },
    { id: "soda", category: "drinks", name: { en: "Lychee soda", ko: "리치 소다" }, price: 4 },
  ],
});

phenomenonTable("a choice's name that is only a count, said of an item that does not take it: its count", teaHouse, [
  { name: "no wait, just one milk tea", turns: ["two milk teas and a lychee soda", "no wait, just one milk tea"], lines: [{ item: "milk-tea", qty: 1 }, { item: "soda", qty: 1 }] },
  { name: "아니다 밀크티는 한 개만요", turns: ["밀크티 두 잔이랑 리치 소다 하나요", "아니다 밀크티는 한 개만요"], lines: [{ item: "milk-tea", qty: 1 }, { item: "soda", qty: 1 }] },
]);

const ramenShop = menuFrom({
  version: 1,
  store: { id: "part-word", name: { ko: "라면집" }, currency: "KRW", languages: ["ko"] },
  categories: [{ id: "ramen", name: { ko: "라면" } }, { id: "set", name: { ko: "세트" } }],
  optionGroups: [
    { id: "ball", name: { ko: "세트 주먹밥" }, select: "one", choices: [{ id: "tuna", name: { ko: "참치마요" }, aliases: { ko: ["참치"] } }, { id: "anchovy", name: { ko: "멸치볶음" }, aliases: { ko: ["멸치"] } }] },
    { id: "ramen-hold", name: { ko: "라면 빼기" }, select: "many", choices: [{ id: "no-egg", name: { ko: "계란 빼기" }, aliases: { ko: ["계란 빼고"] } }, { id: "no-scallion", name: { ko: "파 빼기" } }] },
  ],
  items: [
    { id: "ramen", category: "ramen", name: { ko: "라면" }, price: 3500, optionGroups: ["ramen-hold"] },
    { id: "set", category: "set", name: { ko: "라면 주먹밥 세트" }, aliases: { ko: ["라면 세트", "주먹밥 세트"] }, price: 5500, optionGroups: ["ball", "ramen-hold"] },
  ],
});

phenomenonTable("Korean: the word of a part of the line in hand, with 에/엔/는, heads its options", ramenShop, [
  { name: "라면엔 계란 빼 주세요", turns: ["라면 주먹밥 세트 하나 멸치로요", "라면엔 계란 빼 주세요"], lines: [{ item: "set", qty: 1, options: { ball: "anchovy", "ramen-hold": ["no-egg"] } }] },
  { name: "라면에는 계란 빼 주세요", turns: ["라면 주먹밥 세트 하나 멸치로요", "라면에는 계란 빼 주세요"], lines: [{ item: "set", qty: 1, options: { ball: "anchovy", "ramen-hold": ["no-egg"] } }] },
  { name: "멸치로 주세요: 주세요 is no 주먹밥 세트", turns: ["라면 주먹밥 세트 하나요", "멸치로 주세요"], lines: [{ item: "set", qty: 1, options: { ball: "anchovy" } }], confident: true },
]);

const gimbapShop = menuFrom({
  version: 1,
  store: { id: "part-word-topping", name: { ko: "김밥집" }, currency: "KRW", languages: ["ko"] },
  categories: [{ id: "ramen", name: { ko: "라면" } }, { id: "set", name: { ko: "세트" } }],
  optionGroups: [{ id: "topping", name: { ko: "추가" }, aliases: { ko: ["토핑"] }, select: "many", choices: [{ id: "egg", name: { ko: "계란" } }, { id: "cheese", name: { ko: "치즈" } }] }],
  items: [
    { id: "ramen", category: "ramen", name: { ko: "라면" }, price: 3500, optionGroups: ["topping"] },
    { id: "gimbap-set", category: "set", name: { ko: "김밥 라면 세트" }, aliases: { ko: ["김라세트"] }, price: 6000, optionGroups: ["topping"] },
  ],
});

phenomenonTable("Korean: the set's part said with 엔 before an option the set takes", gimbapShop, [
  { name: "라면엔 계란, the set's topping", turns: ["김라세트 하나", "라면엔 계란"], lines: [{ item: "gimbap-set", qty: 1, options: { topping: ["egg"] } }] },
]);
