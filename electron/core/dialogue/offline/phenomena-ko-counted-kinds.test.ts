// Korean counts said of kinds and add-ons of the item in hand (fix12b):
// - "인절미 한 팩 흑임자 한 팩이요": the same counter said again counts packs one by one, two
//   lines (count-after-option.ts; "한 팩이요" is the counter with its ending, counter-choices.ts);
//   "인절미 하나 흑임자 두 개요", more of a kind of the item than the one, two lines too
//   (count-then-choice-count.ts no longer guesses them). "볶음밥 하나 치즈로 하나요" / "… 두 개요"
//   (an add-on, whose count it may be) and "인절미 한 근 흑임자 한 팩이요" stay guesses; English
//   "one bean injeolmi pack and two black sesame injeolmi packs" was read right already.
// - "쭈꾸미볶음 하나 쭈꾸미 두 개 추가요", 쭈꾸미 the dish's alias and its counted extra: the dish
//   was named by another word, so the word counted and added is the extra (item-or-choice.ts).
// - "장어 세 마리 양념으로요 아 아니다 두 마리만 양념이고 한 마리는 소금으로요": counts after the
//   correction that add up to the line's share it out (unit-merges.ts), the correction that
//   line's (line-doubts.ts); counts that do not add up stay a guess.
// - "소주로 할게요 새로 한 병이요", 새로 the soju's brand and the soju so named: the soju in hand,
//   said with no count, counted as that kind (item-or-choice.ts).
// - "낙곱새 하나요" → "순한맛으로 2인분 주세요": options with a larger count than the one line in
//   hand say what it now is (count-with-options.ts).
// - "꿀떡은 됐어요 절편 한 팩 주세요": 됐어요 said of the thing talked about, more said after,
//   declines it (atoms.ts).
// - "10분 뒤에 올게요 …", "3번 테이블인데요 …", "일곱 시 영화인데 …": a number of a time, a table,
//   a screen or an age counts nothing ordered (numbers-of-other-things.ts); still not alone. So
//   does "둘이 먹을 거라" (how many people eat).
import { menuFrom, phenomenonTable } from "./test-helpers.ts";

const both = (e: string, k: string, koAliases: string[] = [], enAliases: string[] = []) => ({ name: { en: e, ko: k }, aliases: { en: enAliases, ko: koAliases } });

const shop = menuFrom({
  version: 1,
  store: { id: "counted-kinds", name: { en: "Test House", ko: "테스트 집" }, currency: "KRW", languages: ["en", "ko"] },
  categories: [
    { id: "food", name: { en: "Food", ko: "식사" } },
    { id: "drinks", name: { en: "Drinks", ko: "음료" } },
  ],
  optionGroups: [
    { id: "unit", ...both("Unit", "단위"), select: "one", default: "pack", choices: [{ id: "pack", ...both("Pack", "팩", ["한 팩"]) }, { id: "geun", ...both("Geun", "근", ["한 근"]) }] },
    { id: "coat", ...both("Coating", "고물"), select: "one", default: "bean", choices: [{ id: "bean", ...both("Bean", "콩고물", [], ["bean"]) }, { id: "sesame", ...both("Black sesame", "흑임자", [], ["black sesame"]) }] },
    { id: "add", ...both("Add", "추가"), select: "many", choices: [{ id: "cheese", ...both("Cheese", "치즈") }] },
    { id: "extra-octo", ...both("Extra octopus", "낙지 추가", ["낙지 사리"]), select: "count", min: 0, max: 3, default: 0 },
    { id: "spice", ...both("Spice", "맵기"), select: "one", default: "medium", choices: [{ id: "mild", ...both("Mild", "순한맛") }, { id: "medium", ...both("Medium", "보통맛") }] },
    { id: "flavor", ...both("Flavor", "맛"), select: "one", choices: [{ id: "sauce", ...both("Sauce", "양념") }, { id: "salt", ...both("Salt", "소금") }] },
    { id: "brand", ...both("Brand", "소주 종류"), select: "one", default: "cham", choices: [{ id: "cham", ...both("Cham", "참이슬") }, { id: "saero", ...both("Saero", "새로") }] },
  ],
  items: [
    { id: "ricecake", category: "food", ...both("Injeolmi", "인절미"), price: 500, optionGroups: ["unit", "coat"] },
    { id: "honey", category: "food", ...both("Honey rice cake", "꿀떡"), price: 500 },
    { id: "jeol", category: "food", ...both("Jeolpyeon", "절편"), price: 500 },
    { id: "rice", category: "food", ...both("Fried rice", "볶음밥"), price: 300, optionGroups: ["add"] },
    { id: "octo", category: "food", ...both("Stir-fried octopus", "낙지볶음", ["낙지"]), price: 1300, optionGroups: ["spice", "extra-octo"] },
    { id: "eel", category: "food", ...both("Eel", "장어"), price: 3000, optionGroups: ["flavor"] },
    { id: "soju", category: "drinks", name: { en: "Soju", ko: "소주" }, aliases: { ko: [{ text: "새로", options: { brand: "saero" } }] }, price: 500, optionGroups: ["brand"] },
    { id: "wine", category: "drinks", ...both("Berry wine", "복분자주", ["복분자"]), price: 1800 },
  ],
});

phenomenonTable("Korean: an item counted, then a kind of it counted with the same counter or more: two lines", shop, [
  { name: "인절미 한 팩 흑임자 한 팩이요", turns: ["인절미 한 팩 흑임자 한 팩이요"], lines: [{ item: "ricecake", qty: 1, options: { unit: "pack" } }, { item: "ricecake", qty: 1, options: { unit: "pack", coat: "sesame" } }], confident: true },
  { name: "인절미 한 팩 흑임자로 한 팩이요", turns: ["인절미 한 팩 흑임자로 한 팩이요"], lines: [{ item: "ricecake", qty: 1, options: { unit: "pack" } }, { item: "ricecake", qty: 1, options: { unit: "pack", coat: "sesame" } }], confident: true },
  { name: "인절미 하나 흑임자 두 개요", turns: ["인절미 하나 흑임자 두 개요"], lines: [{ item: "ricecake", qty: 1 }, { item: "ricecake", qty: 2, options: { coat: "sesame" } }], confident: true },
]);



phenomenonTable("Korean: the dish's own word counted and added after the dish is its extra", shop, [
  { name: "낙지볶음 하나 낙지 두 개 추가요", turns: ["낙지볶음 하나 낙지 두 개 추가요"], lines: [{ item: "octo", qty: 1, options: { "extra-octo": 2 } }], confident: true },
  { name: "낙지볶음 하나에 낙지 하나 추가해 주세요", turns: ["낙지볶음 하나에 낙지 하나 추가해 주세요"], lines: [{ item: "octo", qty: 1, options: { "extra-octo": 1 } }], confident: true },
]);

phenomenonTable("Korean: counts after a correction that add up to the line's share it out", shop, [
  { name: "장어 세 마리 양념으로요 아 아니다 두 마리만 양념이고 한 마리는 소금으로요", turns: ["장어 세 마리 양념으로요 아 아니다 두 마리만 양념이고 한 마리는 소금으로요"], lines: [{ item: "eel", qty: 2, options: { flavor: "sauce" } }, { item: "eel", qty: 1, options: { flavor: "salt" } }], confident: true },
  { name: "... 두 마리는 양념이고 한 마리는 소금으로요", turns: ["장어 세 마리 양념으로요 아 아니다 두 마리는 양념이고 한 마리는 소금으로요"], lines: [{ item: "eel", qty: 2, options: { flavor: "sauce" } }, { item: "eel", qty: 1, options: { flavor: "salt" } }], confident: true },
]);


phenomenonTable("Korean: an item said with no count, then its kind counted: one line of that kind", shop, [
  { name: "소주로 할게요 새로 한 병이요", turns: ["소주로 할게요 새로 한 병이요"], lines: [{ item: "soju", qty: 1, options: { brand: "saero" } }], confident: true },
  { name: "복분자 말고 소주로 할게요 새로 한 병이요", turns: ["복분자 한 병 주세요", "복분자 말고 소주로 할게요 새로 한 병이요"], lines: [{ item: "soju", qty: 1, options: { brand: "saero" } }] },
]);

phenomenonTable("Korean: options with a larger count than the one line in hand say what it is now", shop, [
  { name: "낙지볶음 하나요 → 순한맛으로 2인분 주세요", turns: ["낙지볶음 하나요", "순한맛으로 2인분 주세요"], lines: [{ item: "octo", qty: 2, options: { spice: "mild" } }], confident: true },
]);

phenomenonTable("Korean: X은 됐어요 with more said after declines X", shop, [
  { name: "절편 얼마예요 → 아 네 생각해 볼게요: putting it off is no, nothing added", turns: ["절편 얼마예요", "아 네 생각해 볼게요"], lines: [] },
  { name: "꿀떡 하나요 → 아 꿀떡은 됐어요 절편 하나 주세요", turns: ["꿀떡 하나요", "아 꿀떡은 됐어요 절편 하나 주세요"], lines: [{ item: "jeol", qty: 1 }] },
]);

phenomenonTable("Korean: a number of a time or a table counts nothing ordered", shop, [
  { name: "10분 뒤에 올게요 볶음밥 두 개 주세요", turns: ["10분 뒤에 올게요 볶음밥 두 개 주세요"], lines: [{ item: "rice", qty: 2 }], confident: false },
  { name: "3번 테이블인데요 소주 하나 주세요", turns: ["3번 테이블인데요 소주 하나 주세요"], lines: [{ item: "soju", qty: 1 }], confident: false },
  { name: "일곱 시 영화인데 절편 하나요", turns: ["일곱 시 영화인데 절편 하나요"], lines: [{ item: "jeol", qty: 1 }], confident: false },
  { name: "낙지볶음 하나요 → 순한맛으로 할게요 둘이 먹을 거라: how many eat, not how many dishes", turns: ["낙지볶음 하나요", "순한맛으로 할게요 둘이 먹을 거라"], lines: [{ item: "octo", qty: 1, options: { spice: "mild" } }], confident: false },
  { name: "12시 반에 찾으러 올게요 꿀떡 하나요", turns: ["12시 반에 찾으러 올게요 꿀떡 하나요"], lines: [{ item: "honey", qty: 1 }], confident: false },
]);
