// Korean turns of the fifth red team: "짜장면 하나 주시고 곱빼기로 하나 더" (one more, made
// another way, beside the first: one-more-made-so.ts; as its set: upgrades.ts), "2인분 하나도
// 안 맵게" (하나도 before a negation is "not at all", no count: not-at-all.ts), and "물 좀
// 주세요" where 물 is short for a noodle's 물막국수 choice (water, as likely: a guess).
import { menuFrom, notAloneTable, phenomenonTable } from "./test-helpers.ts";

const both = (k: string, e: string) => ({ name: { ko: k, en: e } });
const noodles = () =>
  menuFrom({
    version: 1,
    store: { id: "ko-one-more", ...both("국수집", "Noodles"), currency: "KRW", languages: ["ko", "en"] },
    categories: [{ id: "noodle", ...both("면", "Noodles") }, { id: "snack", ...both("간식", "Snacks") }, { id: "burger", ...both("버거 단품", "Burgers") }, { id: "set", ...both("버거 세트", "Burger sets") }, { id: "grill", ...both("철판", "Grill") }],
    optionGroups: [
      { id: "portion", ...both("양", "Portion"), select: "one", default: "regular", choices: [{ id: "regular", ...both("보통", "regular") }, { id: "large", name: { ko: "곱빼기", en: "large" }, aliases: { en: ["double"] }, price: 1000 }] },
      { id: "broth", ...both("국물", "Broth"), select: "one", default: "plain", choices: [{ id: "plain", ...both("기본", "plain") }, { id: "spicy", name: { ko: "얼큰", en: "spicy" }, aliases: { ko: ["얼큰한 거", "얼큰하게"] } }] },
      { id: "sugar", ...both("설탕", "Sugar"), select: "one", default: "on", choices: [{ id: "on", name: { ko: "설탕 뿌림", en: "sugar" } }, { id: "off", name: { ko: "설탕 빼고", en: "no sugar" }, aliases: { ko: ["설탕 없이", "설탕 뺀"] } }] },
      { id: "cheese", name: { ko: "치즈 추가", en: "Extra cheese" }, aliases: { ko: ["치즈"], en: ["cheese"] }, select: "count", min: 0, max: 3, default: 0, unitPrice: 500 },
      { id: "set-side", ...both("사이드 선택", "Side"), select: "one", default: "fries", choices: [{ id: "fries", ...both("감자튀김", "fries") }, { id: "salad", ...both("샐러드", "salad") }] },
      { id: "spice", ...both("맵기", "Spice"), select: "one", default: "normal", choices: [{ id: "mild", name: { ko: "순한맛", en: "mild" }, aliases: { ko: ["안 맵게", "순하게"] } }, { id: "normal", ...both("보통맛", "regular") }, { id: "hot", name: { ko: "매운맛", en: "hot" }, aliases: { ko: ["맵게"] } }] },
      { id: "noodle", ...both("면 종류", "Noodle style"), select: "one", choices: [{ id: "mul", name: { ko: "물막국수", en: "cold broth" }, aliases: { ko: ["물"] } }, { id: "bibim", name: { ko: "비빔막국수", en: "spicy mixed" }, aliases: { ko: ["비빔"] } }] },
    ],
    items: [
      { id: "kalguksu", category: "noodle", ...both("칼국수", "Kalguksu"), price: 9000, optionGroups: ["portion", "broth"] },
      { id: "makguksu", category: "noodle", ...both("막국수", "Makguksu"), price: 8000, optionGroups: ["noodle"] },
      { id: "hotdog", category: "snack", ...both("핫도그", "Corn dog"), price: 2500, optionGroups: ["sugar"] },
      { id: "burger", category: "burger", ...both("불고기버거", "Bulgogi burger"), price: 5000, optionGroups: ["cheese"] },
      { id: "burger-set", category: "set", ...both("불고기버거 세트", "Bulgogi burger set"), price: 7000, optionGroups: ["set-side", "cheese"] },
      { id: "shrimp-burger", category: "burger", ...both("새우버거", "Shrimp burger"), price: 5000, optionGroups: ["cheese"] },
      { id: "shrimp-set", category: "set", ...both("새우버거 세트", "Shrimp burger set"), price: 7000, optionGroups: ["set-side", "cheese"] },
      { id: "dakgalbi", category: "grill", ...both("닭갈비", "Dakgalbi"), price: 14000, optionGroups: ["spice"] },
    ],
  });

phenomenonTable("Korean: 하나 더 with a way of making it, after an item said in the same breath", noodles(), [
  { name: "곱빼기로 하나 더: a second bowl, large", turns: ["칼국수 하나 주시고 곱빼기로 하나 더 주세요"], lines: [{ item: "kalguksu", qty: 1 }, { item: "kalguksu", qty: 1, options: { portion: "large" } }], confident: true },
  { name: "after 랑", turns: ["칼국수 하나랑 얼큰한 거 하나 더요"], lines: [{ item: "kalguksu", qty: 1 }, { item: "kalguksu", qty: 1, options: { broth: "spicy" } }], confident: true },
  { name: "two, then one more made so", turns: ["칼국수 두 개 주시고 곱빼기로 하나 더요"], lines: [{ item: "kalguksu", qty: 2 }, { item: "kalguksu", qty: 1, options: { portion: "large" } }], confident: true },
  { name: "a refusal: 설탕 없이 하나 더", turns: ["핫도그 하나 주시고 설탕 없이 하나 더요"], lines: [{ item: "hotdog", qty: 1 }, { item: "hotdog", qty: 1, options: { sugar: "off" } }], confident: true },
  { name: "as its set: 세트로 하나 더", turns: ["불고기버거 하나 주시고 세트로 하나 더 주세요"], lines: [{ item: "burger", qty: 1 }, { item: "burger-set", qty: 1 }], confident: true },
  { name: "a turn later, as its set", turns: ["불고기버거 하나 주세요", "세트로 하나 더 주세요"], lines: [{ item: "burger", qty: 1 }, { item: "burger-set", qty: 1 }], confident: true },
]);

phenomenonTable("Korean: 하나도 before a negation is no count", noodles(), [
  { name: "2인분 하나도 안 맵게", turns: ["닭갈비 2인분 하나도 안 맵게 해주세요"], lines: [{ item: "dakgalbi", qty: 2, options: { spice: "mild" } }], confident: true },
  { name: "in a sentence of its own", turns: ["닭갈비 3인분이요 하나도 안 맵게요"], lines: [{ item: "dakgalbi", qty: 3, options: { spice: "mild" } }], confident: true },
  { name: "한 개도 안맵게", turns: ["닭갈비 2인분 한 개도 안맵게요"], lines: [{ item: "dakgalbi", qty: 2, options: { spice: "mild" } }], confident: true },
]);

notAloneTable("Korean: a one-syllable choice word alone may be the everyday thing it names", noodles(), [
  { name: "물 좀 주세요", turns: ["물 좀 주세요"] },
  { name: "물 한 병 주세요", turns: ["물 한 병 주세요"] },
]);


phenomenonTable("English: one more, made another way, in the same breath", noodles(), [
  // ("more large" may be a degree: the cart is right, the turn goes to the model.)
  { name: "a kalguksu and one more large", turns: ["a kalguksu and one more large please"], lines: [{ item: "kalguksu", qty: 1 }, { item: "kalguksu", qty: 1, options: { portion: "large" } }] },
  { name: "a corn dog and one more with no sugar", turns: ["a corn dog and one more with no sugar"], lines: [{ item: "hotdog", qty: 1 }, { item: "hotdog", qty: 1, options: { sugar: "off" } }], confident: true },
]);

// Guards: what the readings above must leave as it was (these pass without them too).
phenomenonTable("Guards: not another one, and counts and choice words as before", noodles(), [
  { name: "치즈 하나 더: more cheese on it, not another burger", turns: ["불고기버거 하나 주시고 치즈 하나 더 주세요"], lines: [{ item: "burger", qty: 1, options: { cheese: 1 } }] },
  { name: "one more cheese: more cheese on it", turns: ["a bulgogi burger and one more cheese"], lines: [{ item: "burger", qty: 1, options: { cheese: 1 } }] },
  { name: "곱빼기로 해 주세요: the bowl made large", turns: ["칼국수 하나 곱빼기로 해 주세요"], lines: [{ item: "kalguksu", qty: 1, options: { portion: "large" } }], confident: true },
  { name: "세트로 해 주세요: the burger made a set", turns: ["불고기버거 하나 주세요", "세트로 해 주세요"], lines: [{ item: "burger-set", qty: 1 }], confident: true },
  { name: "핫도그도 하나요: 하나 with 도 and no negation counts", turns: ["닭갈비 2인분이요 핫도그도 하나요"], lines: [{ item: "dakgalbi", qty: 2 }, { item: "hotdog", qty: 1 }], confident: true },
  { name: "비빔 하나요: a longer choice word alone orders its item", turns: ["비빔 하나요"], lines: [{ item: "makguksu", qty: 1, options: { noodle: "bibim" } }], confident: true },
]);
