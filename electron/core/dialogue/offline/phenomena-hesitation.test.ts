// Hesitations as speech-to-text writes them ("um", "uh", 음, 어), anywhere in a sentence,
// even inside a phrase; and "like", "so", 그, 저기 where only a hesitation fits (right
// after a number, "the", "no", "extra"). Each row's cart is the one the same words give
// without the hesitation, and so is its confidence.
import { menuFrom, phenomenonTable, menus, type PhenomenonRow } from "./test-helpers.ts";

const englishRows: PhenomenonRow[] = [
  { name: "inside 'a shot of … hazelnut'", turns: ["large americano with a shot of uh hazelnut"], lines: [{ item: "americano", qty: 1, options: { size: "large", syrup: ["hazelnut"] } }], confident: true },
  { name: "with the pause written after it", turns: ["large americano with a shot of uh, hazelnut"], lines: [{ item: "americano", qty: 1, options: { size: "large", syrup: ["hazelnut"] } }], confident: true },
  { name: "inside 'to go'", turns: ["two small cappuccinos to um go"], lines: [{ item: "cappuccino", qty: 2, options: { size: "small" } }], confident: true },
  { name: "'so' between a number and its item", turns: ["two so blueberry muffins and a small drip"], lines: [{ item: "muffin", qty: 2 }, { item: "drip", qty: 1, options: { size: "small" } }], confident: true },
  { name: "'so' after 'the'", turns: ["a large cold brew and a butter croissant", "make the so cold brew a medium"], lines: [{ item: "cold-brew", qty: 1, options: { size: "medium" } }, { item: "croissant", qty: 1 }], confident: true },
  { name: "'like' after 'no'", turns: ["a medium mocha no like whip"], lines: [{ item: "mocha", qty: 1, options: { size: "medium", whip: "none" } }], confident: true },
  { name: "'like' meaning want is not dropped", turns: ["i would like a small latte"], lines: [{ item: "latte", qty: 1, options: { size: "small" } }], confident: true },
];

const koreanRows: PhenomenonRow[] = [
  { name: "음 between a number and its counter", turns: ["아이스 아메리카노 두 음 잔 주세요"], lines: [{ item: "americano", qty: 2, options: { temp: "iced" } }], confident: true },
  { name: "그 between a number and its counter", turns: ["아이스 아메리카노 두 그 잔 주세요"], lines: [{ item: "americano", qty: 2, options: { temp: "iced" } }], confident: true },
  { name: "어 before the verb", turns: ["따뜻한 카페라떼 하나 어 주세요"], lines: [{ item: "cafe-latte", qty: 1, options: { temp: "hot" } }], confident: true },
  { name: "샷 두 음 번 추가", turns: ["아이스 아메리카노 하나요", "샷 두 음 번 추가해 주세요"], lines: [{ item: "americano", qty: 1, options: { temp: "iced", shots: 2 } }], confident: false }, // a counted option changed on a line already there: risky-shapes.ts
  { name: "그 as 'that' is kept", turns: ["아이스 아메리카노 하나랑 카페라떼 하나요", "그 라떼는 따뜻하게요"], lines: [{ item: "americano", qty: 1, options: { temp: "iced" } }, { item: "cafe-latte", qty: 1, options: { temp: "hot" } }] },
];

phenomenonTable("hesitations (English coffee)", menus.coffee(), englishRows);
phenomenonTable("hesitations (Korean café)", menus.cafe(), koreanRows);

// "make the um fries regular" of the sweet potato fries in hand: "the fries" names that line
// only if the readers of whole sentences see the text without its hesitation (blind round 62).
const en = (e: string) => ({ name: { en: e, ko: e } });
const fries = menuFrom({
  version: 1,
  store: { id: "hesitation-fries", name: { en: "Test", ko: "테스트" }, currency: "USD", languages: ["en", "ko"] },
  categories: [{ id: "sides", ...en("Sides") }],
  optionGroups: [{ id: "fry-size", ...en("Size"), select: "one", default: "regular", choices: [{ id: "regular", ...en("Regular") }, { id: "large", ...en("Large"), price: 150 }] }],
  items: [
    { id: "fries", category: "sides", ...en("Fries"), price: 350, optionGroups: ["fry-size"] },
    { id: "sweet-potato-fries", category: "sides", ...en("Sweet Potato Fries"), price: 450, optionGroups: ["fry-size"] },
  ],
});
phenomenonTable("hesitations inside 'the X' of a line in hand", fries, [
  { name: "make the fries regular (no hesitation)", turns: ["a large sweet potato fries", "oh actually make the fries regular"], lines: [{ item: "sweet-potato-fries", qty: 1, options: { "fry-size": "regular" } }] },
  { name: "make the um fries regular", turns: ["a large sweet potato fries", "oh actually make the um fries regular"], lines: [{ item: "sweet-potato-fries", qty: 1, options: { "fry-size": "regular" } }] },
]);
