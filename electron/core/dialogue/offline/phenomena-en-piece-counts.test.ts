// A number before an item whose pieces a count group counts (issue 9, blind rounds 32-33):
// "8 gyoza" where the gyoza have no price of their own and a "Pieces" count carries it is
// one order of eight, not eight orders of six; "five latkes" where the count is "How many".
// Not where the item has a price of its own ("three fish plates"), not a number the count
// does not allow, nor "two orders of"; a number below the usual count ("two gyoza" where an
// order is six) may be orders: a guess. A count starting at none is an extra, not the pieces
// ("two falafel" is two falafel, not one with two extra balls), and "mochi balls, like four
// of them" counts the mochi, not the bowls.
import { menuFrom, notAloneTable, phenomenonTable } from "./test-helpers.ts";

type Alias = string | { text: string; options: Record<string, string> };
const both = (e: string, k: string, ea?: Alias[], ka?: string[]) => ({ name: { en: e, ko: k }, ...(ea || ka ? { aliases: { ...(ea ? { en: ea } : {}), ...(ka ? { ko: ka } : {}) } } : {}) });

const shop = menuFrom({
  version: 1,
  store: { id: "piece-counts", name: { en: "Test Dumplings", ko: "테스트 만두" }, currency: "USD", languages: ["en", "ko"] },
  categories: [{ id: "food", name: { en: "Food", ko: "음식" } }, { id: "drinks", name: { en: "Drinks", ko: "음료" } }],
  optionGroups: [
    { id: "gyoza-style", ...both("Style", "방식"), select: "one", default: "fried", choices: [{ id: "fried", ...both("Pan fried", "군", ["fried"]) }, { id: "steamed", ...both("Steamed", "찐", ["steamed"]) }] },
    { id: "pieces", ...both("Pieces", "개수", ["pieces", "piece"], ["개"]), select: "count", default: 6, min: 4, max: 20, unitPrice: 100 },
    { id: "latke-count", ...both("How many", "장수"), select: "count", default: 3, min: 2, max: 10, unitPrice: 250 },
    { id: "fish-pieces", ...both("Pieces of fish", "생선 조각", ["pieces of fish"]), select: "count", default: 2, min: 1, max: 4, unitPrice: 300 },
    { id: "extra-falafel", ...both("Extra falafel balls", "팔라펠 추가", ["extra falafel", "extra balls"]), select: "count", default: 0, min: 0, max: 6, unitPrice: 100 },
    { id: "ball-portion", ...both("Portion", "양"), select: "one", default: "p3", choices: [{ id: "p3", ...both("3 pieces", "3개", ["three"]) }, { id: "p6", ...both("6 pieces", "6개", ["six"]) }] },
    { id: "size", ...both("Size", "사이즈"), select: "one", default: "small", choices: [{ id: "small", ...both("Small", "스몰") }, { id: "large", ...both("Large", "라지") }] },
    { id: "mochi", ...both("Mochi balls", "모찌", ["mochi", "mochi balls"]), select: "count", default: 0, min: 0, max: 10, unitPrice: 50 },
  ],
  items: [
    { id: "gyoza", category: "food", ...both("Gyoza", "교자", ["dumplings", { text: "steamed gyoza", options: { "gyoza-style": "steamed" } }], ["교자만두"]), price: 0, optionGroups: ["gyoza-style", "pieces"] },
    { id: "latkes", category: "food", ...both("Latkes", "라트케", ["latke", "order of latkes"]), price: 0, optionGroups: ["latke-count"] },
    { id: "fish", category: "food", ...both("Fish Plate", "생선 접시", ["fish plates"]), price: 900, optionGroups: ["fish-pieces"] },
    { id: "falafel", category: "food", ...both("Falafel", "팔라펠"), price: 900, optionGroups: ["extra-falafel"] },
    { id: "balls", category: "food", ...both("Falafel Balls Side", "팔라펠 볼"), price: 300, optionGroups: ["ball-portion"] },
    { id: "bingsu", category: "food", ...both("Bingsu", "빙수"), price: 800, optionGroups: ["size", "mochi"] },
    { id: "coke", category: "drinks", ...both("Coke", "콜라"), price: 200 },
  ],
});

// Rows whose last turn is a count the item comes with, changed; or a number for an item sold by the piece expect it handed on
// (confident: false), the cart kept: risky-shapes.ts.
phenomenonTable("English: a number before an item priced by its pieces is the pieces", shop, [
  { name: "8 gyoza steamed and a coke", turns: ["can i get 8 gyoza steamed and a coke"], lines: [{ item: "gyoza", qty: 1, options: { pieces: 8, "gyoza-style": "steamed" } }, { item: "coke", qty: 1 }], confident: true },
  { name: "twelve steamed gyoza (the name's style kept)", turns: ["twelve steamed gyoza and two cokes"], lines: [{ item: "gyoza", qty: 1, options: { pieces: 12, "gyoza-style": "steamed" } }, { item: "coke", qty: 2 }], confident: false },
  { name: "five latkes", turns: ["yeah five latkes"], lines: [{ item: "latkes", qty: 1, options: { "latke-count": 5 } }], confident: true },
  { name: "two falafel: orders, not extra balls", turns: ["two falafel"], lines: [{ item: "falafel", qty: 2, options: { "extra-falafel": 0 } }], confident: true },
  // (Guards: these read so before too.)
  { name: "two orders of latkes", turns: ["two orders of latkes"], lines: [{ item: "latkes", qty: 2, options: { "latke-count": 3 } }], confident: false },
  { name: "three fish plates (an item with its own price)", turns: ["three fish plates"], lines: [{ item: "fish", qty: 3, options: { "fish-pieces": 2 } }], confident: false },
  { name: "교자 8개 (the count's counter)", turns: ["찐 교자 8개 주세요"], lines: [{ item: "gyoza", qty: 1, options: { pieces: 8, "gyoza-style": "steamed" } }], confident: false },
]);

notAloneTable("English: a number below an order's pieces may be orders", shop, [
  { name: "two gyoza", turns: ["two gyoza"] },
  // (Guard: a guess before too.)
  { name: "thirty gyoza (more than the count allows)", turns: ["thirty gyoza"] },
]);

// Rows whose last turn is a counted option changed on a line already there expect it handed on
// (confident: false), the cart kept: risky-shapes.ts.
phenomenonTable("English: a counted option's count said after its word, or as another item's choice", shop, [
  { name: "mochi balls like four of them", turns: ["large bingsu with mochi balls like four of them"], lines: [{ item: "bingsu", qty: 1, options: { size: "large", mochi: 4 } }], confident: true },
  { name: "mochi balls, four of them", turns: ["large bingsu with mochi balls, four of them"], lines: [{ item: "bingsu", qty: 1, options: { size: "large", mochi: 4 } }], confident: true },
  { name: "three extra balls where three is another item's portion", turns: ["falafel with three extra balls"], lines: [{ item: "falafel", qty: 1, options: { "extra-falafel": 3 } }], confident: true },
  { name: "make it three extra balls, a turn after one", turns: ["falafel with extra falafel", "make it three extra balls"], lines: [{ item: "falafel", qty: 1, options: { "extra-falafel": 3 } }], confident: false },
]);

notAloneTable("English: 'with mochi, four of them' may be four bowls", shop, [{ name: "bingsu with mochi, four of them", turns: ["bingsu with mochi, four of them"] }]);
