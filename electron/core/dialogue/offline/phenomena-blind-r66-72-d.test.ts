// Blind rounds 66–72, first run: carts the kiosk built with no model (the best reading, shown
// and confirmed at the read-back) that were wrong, not answers given alone.
// - Nothing ordered, yet an item in the cart: "oh ok, i'll grab some cash and come back" (a coke
//   of "come", a slip of "coke"), "그냥 구경하는 거예요" (a scone of 그냥, its "as it is" choice),
//   "타코야끼 얼마예요?" → "아 네 그냥 다음에 올게요" (the takoyaki offered taken at 네): a turn
//   of leaving or only looking that names no item whole orders nothing, a guess (leaving.ts).
// - Korean sizes said with 자: "탕수육 중 자 하나", "대자" of a 소 / 중 / 대 scale
//   (name-forms.ts koreanSizeForms), and "소갈비찜 중자" where the item's own name starts with
//   소 (its alias "소 갈비찜" is the name spaced, no small size: alias-choices.ts).
import { menuFrom, notAloneTable, phenomenonTable } from "./test-helpers.ts";

const both = (en: string, ko: string, aliases?: { en?: string[]; ko?: string[] }) => ({ name: { en, ko }, ...(aliases ? { aliases } : {}) });

const menuEn = menuFrom({
  version: 1,
  store: { id: "blind-r66-72-d-en", name: { en: "Test", ko: "테스트" }, currency: "USD", languages: ["en", "ko"] },
  categories: [{ id: "mains", ...both("Mains", "메인") }, { id: "drinks", ...both("Drinks", "음료") }],
  optionGroups: [
    { id: "soda-kind", ...both("Soda", "탄산"), select: "one", default: "cola", choices: [{ id: "cola", ...both("Cola", "콜라", { en: ["coke"] }) }, { id: "lemon", ...both("Lemon soda", "레몬 소다") }] },
    { id: "topping", ...both("Topping", "토핑"), select: "one", default: "sour-cream", choices: [{ id: "sour-cream", ...both("Sour cream", "사워크림") }, { id: "garlic", ...both("Garlic", "마늘") }] },
  ],
  items: [
    { id: "langos", category: "mains", ...both("Langos", "랑고시"), price: 900, optionGroups: ["topping"] },
    { id: "coke", category: "drinks", ...both("Coke", "코크", { en: ["coke", "cola"] }), price: 300 },
    { id: "soda", category: "drinks", ...both("Soda", "소다"), price: 300, optionGroups: ["soda-kind"] },
  ],
});

phenomenonTable("leaving or only looking orders nothing (English)", menuEn, [
  { name: "cash only? then grab some cash and come back", turns: ["are you guys cash only?", "oh ok, i'll grab some cash and come back"], lines: [] },
  { name: "just browsing, then we'll come back", turns: ["we're just browsing, what's good here", "ok thanks we'll come back"], lines: [] },
]);

// Guards (passing before too): nothing taken after a price; not answered alone.
phenomenonTable("leaving after a price asked (English, guard)", menuEn, [
  { name: "the price asked, then maybe next time", turns: ["how much is the langos?", "ok thanks, maybe next time"], lines: [] },
]);
notAloneTable("leaving or only looking is a guess (English, guard)", menuEn, [
  { name: "we'll come back", turns: ["ok thanks we'll come back"] },
]);

// The words of leaving are no name either beside an item named whole ("come" had made a coke more).
phenomenonTable("an item named whole is still ordered beside the leaving words (English)", menuEn, [
  { name: "a coke now, we'll come back for food", turns: ["a coke for now, we'll come back for food"], lines: [{ item: "coke", qty: 1 }] },
  { name: "two langos, then come back", turns: ["two langos please, and i'll come back for drinks"], lines: [{ item: "langos", qty: 2, options: { topping: "sour-cream" } }] },
]);

const menuKo = menuFrom({
  version: 1,
  store: { id: "blind-r66-72-d-ko", name: { en: "Test", ko: "테스트" }, currency: "KRW", languages: ["ko", "en"] },
  categories: [{ id: "mains", ...both("Mains", "요리") }, { id: "bakery", ...both("Bakery", "베이커리") }],
  optionGroups: [
    { id: "dish-size", ...both("Size", "크기"), select: "one", default: "small", choices: [{ id: "small", ...both("Small", "소") }, { id: "medium", ...both("Medium", "중"), price: 6000 }, { id: "large", ...both("Large", "대"), price: 12000 }] },
    { id: "jjim-size", ...both("Size", "크기"), select: "one", choices: [{ id: "small", ...both("Small (2 people)", "소") }, { id: "medium", ...both("Medium (3 people)", "중"), price: 14000 }, { id: "large", ...both("Large (4 people)", "대"), price: 28000 }] },
    { id: "sauce-style", ...both("Sauce", "소스"), select: "one", choices: [{ id: "poured", ...both("Poured", "부먹") }, { id: "dipped", ...both("On the side", "찍먹") }] },
    { id: "warm", ...both("Warmed", "데우기"), select: "one", default: "asis", choices: [{ id: "asis", ...both("As it is", "그냥") }, { id: "warm", ...both("Warmed", "데워서") }] },
    { id: "tako-size", ...both("Pieces", "개수"), select: "one", default: "6", choices: [{ id: "6", ...both("6 pieces", "6알") }, { id: "10", ...both("10 pieces", "10알"), price: 2000 }] },
  ],
  items: [
    { id: "tangsuyuk", category: "mains", ...both("Sweet and sour pork", "탕수육"), price: 18000, optionGroups: ["dish-size", "sauce-style"] },
    { id: "galbijjim", category: "mains", ...both("Braised short ribs", "소갈비찜", { ko: ["갈비찜", "소 갈비찜"] }), price: 45000, optionGroups: ["jjim-size"] },
    { id: "plain-scone", category: "bakery", ...both("Plain scone", "플레인 스콘", { ko: ["플레인", "그냥 스콘"] }), price: 3500, optionGroups: ["warm"] },
    { id: "takoyaki", category: "mains", ...both("Takoyaki", "타코야끼"), price: 4000, optionGroups: ["tako-size"] },
  ],
});

phenomenonTable("leaving or only looking orders nothing (Korean)", menuKo, [
  { name: "그냥 구경하는 거예요", turns: ["그냥 구경하는 거예요"], lines: [] },
  { name: "타코야끼 얼마예요? → 아 네 그냥 다음에 올게요", turns: ["타코야끼 얼마예요?", "아 네 그냥 다음에 올게요"], lines: [] },
]);

// Guards (passing before too).
notAloneTable("leaving or only looking is a guess (Korean, guard)", menuKo, [
  { name: "아 네 그냥 다음에 올게요, after a price", turns: ["타코야끼 얼마예요?", "아 네 그냥 다음에 올게요"] },
]);

phenomenonTable("an item named whole is still ordered beside the leaving words (Korean, guard)", menuKo, [
  { name: "타코야끼 하나 주세요 이따 다시 올게요", turns: ["타코야끼 하나 주세요 이따 다시 올게요"], lines: [{ item: "takoyaki", qty: 1, options: { "tako-size": "6" } }] },
]);

phenomenonTable("a size of a 소 / 중 / 대 scale said with 자", menuKo, [
  { name: "탕수육 중 자 하나 부먹으로 주세요", turns: ["탕수육 중 자 하나 부먹으로 주세요"], lines: [{ item: "tangsuyuk", qty: 1, options: { "dish-size": "medium", "sauce-style": "poured" } }] },
  { name: "탕수육 대자 찍먹 하나요", turns: ["탕수육 대자 찍먹 하나요"], lines: [{ item: "tangsuyuk", qty: 1, options: { "dish-size": "large", "sauce-style": "dipped" } }] },
  { name: "탕수육 대 자 찍먹 하나요", turns: ["탕수육 대 자 찍먹 하나요"], lines: [{ item: "tangsuyuk", qty: 1, options: { "dish-size": "large", "sauce-style": "dipped" } }] },
  // (The two rows of 소갈비찜 said with 자 pass on c11515e through another reading, and fail with
  // the 자 forms alone, without the item's name spaced read as the name: they guard the two together.)
  { name: "소갈비찜 중자 하나 주세요", turns: ["소갈비찜 중자 하나 주세요"], lines: [{ item: "galbijjim", qty: 1, options: { "jjim-size": "medium" } }] },
  { name: "소갈비찜 대 자 하나요", turns: ["소갈비찜 대 자 하나요"], lines: [{ item: "galbijjim", qty: 1, options: { "jjim-size": "large" } }] },
  { name: "탕수육 대 자로 하나 찍먹으로 주세요", turns: ["탕수육 대 자로 하나 찍먹으로 주세요"], lines: [{ item: "tangsuyuk", qty: 1, options: { "dish-size": "large", "sauce-style": "dipped" } }] },
  { name: "소 갈비찜 중 하나요", turns: ["소 갈비찜 중 하나요"], lines: [{ item: "galbijjim", qty: 1, options: { "jjim-size": "medium" } }] },
]);

// Guard (passing before too): the size said bare before another dish whose name starts with the
// ending's sound, "탕수육 소 짜장 하나", is the small size and the jjajang (the ending is read only
// as a word of its own).
const menuJjajang = menuFrom({
  version: 1,
  store: { id: "blind-r66-72-d-jjajang", name: { en: "Test", ko: "테스트" }, currency: "KRW", languages: ["ko", "en"] },
  categories: [{ id: "mains", ...both("Mains", "요리") }],
  optionGroups: [{ id: "dish-size", ...both("Size", "크기"), select: "one", default: "small", choices: [{ id: "small", ...both("Small", "소") }, { id: "medium", ...both("Medium", "중") }, { id: "large", ...both("Large", "대") }] }],
  items: [
    { id: "tangsuyuk", category: "mains", ...both("Sweet and sour pork", "탕수육"), price: 18000, optionGroups: ["dish-size"] },
    { id: "jjajang", category: "mains", ...both("Jjajangmyeon", "짜장면", { ko: ["짜장", "자장면", "자장"] }), price: 7000 },
  ],
});
phenomenonTable("a size said bare before a dish whose name starts like the ending (guard)", menuJjajang, [
  { name: "탕수육 소 짜장 하나", turns: ["탕수육 소 짜장 하나요"], lines: [{ item: "tangsuyuk", qty: 1, options: { "dish-size": "small" } }, { item: "jjajang", qty: 1 }] },
  { name: "탕수육 대 자장 하나", turns: ["탕수육 대 자장 하나요"], lines: [{ item: "tangsuyuk", qty: 1, options: { "dish-size": "large" } }, { item: "jjajang", qty: 1 }] },
]);

