// "just the X" of options a turn after the line was made (issue 9, sixth English red team):
// "a hot dog with ketchup mustard and relish" → "just ketchup" keeps the ketchup alone; the
// other extras go (many-choice toppings, counted extras, a choice over its "none" default),
// additions for an addition kept, removals for a removal kept; a size stays. Said of an option
// the line did not have, instead or beside is a guess. Korean "케첩만요" alike.
import { menuFrom, phenomenonTable } from "./test-helpers.ts";

const both = (e: string, k: string, enAliases: string[] = [], koAliases: string[] = []) => ({ name: { en: e, ko: k }, aliases: { en: enAliases, ko: koAliases } });

const stand = menuFrom({
  version: 1,
  store: { id: "only-these", name: { en: "Test Stand", ko: "테스트 가게" }, currency: "USD", languages: ["en", "ko"] },
  categories: [{ id: "food", name: { en: "Food", ko: "음식" } }],
  optionGroups: [
    { id: "size", ...both("Size", "사이즈"), select: "one", choices: [{ id: "small", ...both("Small", "스몰") }, { id: "large", ...both("Large", "라지") }] },
    { id: "toppings", ...both("Toppings", "토핑"), select: "many", choices: [{ id: "ketchup", ...both("Ketchup", "케첩") }, { id: "mustard", ...both("Mustard", "머스타드") }, { id: "relish", ...both("Relish", "렐리시") }] },
    { id: "butter", ...both("Butter", "버터"), select: "one", default: "none", choices: [{ id: "none", ...both("No butter", "버터 없이") }, { id: "butter", ...both("Butter", "버터", ["with butter"]) }] },
    { id: "seasoning", ...both("Seasoning", "시즈닝"), select: "many", choices: [{ id: "cheddar", ...both("Cheddar", "체다"), price: 50 }, { id: "salt", ...both("Extra salt", "소금 추가", ["salt"]) }] },
    { id: "holds", ...both("Hold", "빼기"), select: "many", choices: [{ id: "salad", ...both("No salad", "샐러드 빼기", ["no salad"]) }, { id: "sesame", ...both("No sesame", "깨 빼기", ["no sesame"]) }] },
    { id: "addons", ...both("Add-ons", "추가"), select: "many", choices: [{ id: "egg", ...both("Fried egg", "계란 후라이", ["egg"]) }, { id: "veggies", ...both("Extra veggies", "야채 추가", ["veggies"]) }] },
    { id: "extra-sauce", ...both("Extra sauce", "소스 추가"), select: "count", min: 0, max: 3, default: 0 },
  ],
  items: [
    { id: "hot-dog", category: "food", ...both("Hot dog", "핫도그"), price: 500, optionGroups: ["toppings"] },
    { id: "popcorn", category: "food", ...both("Popcorn", "팝콘"), price: 600, optionGroups: ["size", "butter", "seasoning"] },
    { id: "plate", category: "food", ...both("Chicken plate", "치킨 플레이트", ["plate"], ["플레이트"]), price: 1000, optionGroups: ["extra-sauce", "holds", "addons"] },
  ],
});

// Rows whose last turn is a counted option changed on a line already there; or a refusal once the cart has lines expect it handed on
// (confident: false), the cart kept: risky-shapes.ts.
phenomenonTable("English: just these options, a turn later", stand, [
  { name: "just ketchup", turns: ["a hot dog with ketchup mustard and relish", "just ketchup"], lines: [{ item: "hot-dog", qty: 1, options: { toppings: ["ketchup"] } }], confident: true },
  { name: "just the butter (a seasoning goes, the size stays)", turns: ["a large popcorn with butter and salt", "just the butter"], lines: [{ item: "popcorn", qty: 1, options: { size: "large", butter: "butter" } }], confident: true },
  { name: "actually just the cheddar (butter back to none)", turns: ["a large popcorn with butter and cheddar", "actually just the cheddar"], lines: [{ item: "popcorn", qty: 1, options: { size: "large", seasoning: ["cheddar"] } }], confident: true },
  { name: "just the egg (a counted extra goes)", turns: ["a chicken plate with extra sauce and egg", "just the egg"], lines: [{ item: "plate", qty: 1, options: { addons: ["egg"] } }], confident: false },
  { name: "just the egg (a removal stays)", turns: ["a chicken plate no salad with egg and veggies", "just the egg"], lines: [{ item: "plate", qty: 1, options: { holds: ["salad"], addons: ["egg"] } }], confident: true },
  { name: "just no salad", turns: ["a chicken plate no salad no sesame", "just no salad"], lines: [{ item: "plate", qty: 1, options: { holds: ["salad"] } }], confident: false },
]);

phenomenonTable("Korean: 만 with options, a turn later", stand, [
  { name: "케첩만요", turns: ["핫도그 케첩 머스타드 렐리시 넣어서 하나요", "케첩만요"], lines: [{ item: "hot-dog", qty: 1, options: { toppings: ["ketchup"] } }], confident: true },
]);

// (Its best reading offline: that option alone; whether the others were meant to stay is the model's to say.)
phenomenonTable("English: just an option the line did not have", stand, [
  { name: "just mustard after ketchup and relish", turns: ["a hot dog with ketchup and relish", "just mustard"], lines: [{ item: "hot-dog", qty: 1, options: { toppings: ["mustard"] } }], confident: false },
]);
