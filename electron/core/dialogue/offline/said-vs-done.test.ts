// The cart after a turn read back against the words (said-vs-done.ts). Each row parses real
// words with the engine, then hands the check a cart the turn could have left — right or
// wrong — so the check is tested for what any path of the planner might do, not only for
// what today's planner does. The last table plays whole turns through the engine.
import { describe, expect, it } from "vitest";
import type { CartState } from "../../cart/cart.ts";
import type { OptionValue } from "../../../../shared/menu/schema.ts";
import { notAsSaid } from "./read-back-checks.ts";
import { pizzeriaMenu } from "./test-menus.ts";
import { cartOf, confidentAfter, en, type LineSpec, menuFrom, utteranceSaid } from "./test-helpers.ts";

const pizzeria = pizzeriaMenu();
// A drive-thru: combos named after their burger, with a drink choice named like the drink
// item; a kids meal whose side choice is named like the fries item.
const drive = menuFrom({
  version: 1,
  store: { id: "drive", name: { en: "Test Drive" }, currency: "USD", languages: ["en"] },
  categories: [{ id: "main", ...en("Mains") }, { id: "side", ...en("Sides") }],
  optionGroups: [
    { id: "combo-drink", ...en("Combo drink"), select: "one", default: "coke", choices: [{ id: "coke", ...en("Coke") }, { id: "root-beer", ...en("Root Beer") }] },
    { id: "kids-side", ...en("Kids side"), select: "one", default: "apples", choices: [{ id: "apples", ...en("Apple slices") }, { id: "small-fries", ...en("Small Fries") }] },
    { id: "side-size", ...en("Size"), select: "one", default: "medium", choices: [{ id: "small", ...en("Small") }, { id: "medium", ...en("Medium") }] },
  ],
  items: [
    { id: "smash", category: "main", ...en("Bacon Smash Burger", ["bacon smash"]), price: 700 },
    { id: "smash-combo", category: "main", ...en("Bacon Smash Combo"), price: 1000, optionGroups: ["combo-drink"] },
    { id: "kids-meal", category: "main", ...en("Kids Meal"), price: 500, optionGroups: ["kids-side"] },
    { id: "fries", category: "side", ...en("Fries"), price: 300, optionGroups: ["side-size"] },
    { id: "root-beer", category: "side", ...en("Root Beer"), price: 200 },
    { id: "pie", category: "side", ...en("Apple Pie"), price: 200 },
  ],
});
// A donut shop: a glazed donut sold alone and as a count of the dozen box; ramen with a spice
// step count (단계).
const tk = (ko: string, e: string) => ({ name: { ko, en: e } });
const donuts = menuFrom({
  version: 1,
  store: { id: "donuts", name: { ko: "도넛", en: "Donuts" }, currency: "USD", languages: ["en", "ko"] },
  categories: [{ id: "main", ...tk("메뉴", "Menu") }],
  optionGroups: [
    { id: "box-glazed", ...tk("글레이즈드", "Glazed"), select: "count", min: 0, max: 12, default: 0 },
    { id: "box-boston", ...tk("보스턴 크림", "Boston Cream"), select: "count", min: 0, max: 12, default: 0 },
    { id: "spice", ...tk("맵기 단계", "Spice level"), select: "count", min: 1, max: 5, default: 2 },
  ],
  items: [
    { id: "glazed", category: "main", ...tk("글레이즈드 도넛", "Glazed"), price: 150 },
    { id: "boston", category: "main", ...tk("보스턴 크림 도넛", "Boston Cream"), price: 175 },
    { id: "dozen", category: "main", ...tk("더즌 박스", "Dozen Box"), price: 1500, optionGroups: ["box-glazed", "box-boston"] },
    { id: "ramen", category: "main", ...tk("라면", "Ramen"), price: 500, optionGroups: ["spice"] },
  ],
});
let menu = pizzeria;
type Line = LineSpec;

/**
 * The words said to a cart holding `before`, checked against `after`: lines of `after` past
 * the number of `before`'s are the turn's new lines; `changed` names `before`'s lines (by
 * position) the turn changed, kept in `after` at the same position.
 */
function doubts(text: string, before: readonly Line[], after: readonly Line[], changed: readonly number[] = []): string[] {
  const b = cartOf(menu, before);
  const utterance = utteranceSaid(menu, text, b);
  const a = cartOf(menu, after);
  // The same line ids for the lines kept in place: the cart numbers lines in the order added.
  const state: CartState = { ...a, lines: a.lines.map((l, i) => (i < before.length && b.lines[i] && (changed.includes(i) || after[i]!.item === before[i]!.item) ? { ...l, id: b.lines[i]!.id } : { ...l, id: `new-${i}` })) };
  const created = state.lines.filter((l) => l.id.startsWith("new-")).map((l) => l.id);
  const modified = changed.map((i) => b.lines[i]!.id);
  return notAsSaid({ menu, utterance, before: b, state, created, modified });
}

const pizza = (options: Record<string, OptionValue> = {}, qty = 1): Line => ({ item: "pizza", qty, options });

describe("the cart after a turn against what was said", () => {
  it.each<{ name: string; text: string; before?: Line[]; after: Line[]; changed?: number[]; doubt: boolean }>([
    // A refused choice on a line the turn made.
    { name: "no onions, and the pizza has none", text: "a pizza with ham no onions", after: [pizza({ toppings: ["ham"] })], doubt: false },
    { name: "no onions, and the pizza has them", text: "a pizza with ham no onions", after: [pizza({ toppings: ["ham", "onions"] })], doubt: true },
    { name: "양파 빼고, and the pizza has them", text: "햄 피자 하나 양파 빼고", after: [pizza({ toppings: ["ham", "onions"] })], doubt: true },
    { name: "not thin crust, and it is thin", text: "a large pizza not thin crust", after: [pizza({ size: "large", crust: "thin" })], doubt: true },
    { name: "피클 빼고 on the burger: the menu's own removal is what it picks", text: "수제버거 피클 빼고 하나", after: [{ item: "burger", qty: 1, options: { "leave-off": ["pickles"] } }], doubt: false },
    // An item said to be taken out.
    { name: "cancel the coke, and it went", text: "cancel the coke", before: [pizza(), { item: "coke", qty: 1 }], after: [pizza()], doubt: false },
    { name: "cancel the coke, and it is still there", text: "cancel the coke", before: [pizza(), { item: "coke", qty: 1 }], after: [pizza(), { item: "coke", qty: 1 }], doubt: true },
    { name: "콜라는 빼 주세요, and it is still there", text: "콜라는 빼 주세요", before: [pizza(), { item: "coke", qty: 1 }], after: [pizza(), { item: "coke", qty: 1 }], doubt: true },
    // A line that lost some of its quantity was named.
    { name: "cancel the coke, and the fries went too", text: "cancel the coke", before: [pizza(), { item: "coke", qty: 1 }, { item: "fries", qty: 1 }], after: [pizza()], doubt: true },
    { name: "cancel that: nothing named, the line talked about goes", text: "cancel that", before: [pizza(), { item: "coke", qty: 1 }], after: [pizza()], doubt: false },
    { name: "make that a supreme: one line in the place of one", text: "make that a supreme", before: [pizza({ size: "large" })], after: [{ item: "supreme", qty: 1, options: { size: "large" } }], doubt: false },
    { name: "just the coke then: what was not named goes, as said", text: "just the coke then", before: [pizza(), { item: "coke", qty: 1 }], after: [{ item: "coke", qty: 1 }], doubt: false },
    { name: "콜라는 없던 걸로 that cleared the order and made the coke again: the pizza went unnamed", text: "콜라는 없던 걸로 해주세요", before: [pizza(), { item: "coke", qty: 1 }], after: [{ item: "coke", qty: 1 }], doubt: true },
    // An item named to be ordered was made.
    { name: "a pizza and a coke, both made", text: "a pizza and a coke", after: [pizza(), { item: "coke", qty: 1 }], doubt: false },
    { name: "a pizza and a coke, the coke not made", text: "a pizza and a coke", after: [pizza()], doubt: true },
    { name: "피자 하나 콜라 하나, the cola not made", text: "피자 하나 콜라 하나요", after: [pizza()], doubt: true },
    // As many as were said were made.
    { name: "two cokes and a pizza, as said", text: "two cokes and a pizza", after: [{ item: "coke", qty: 2 }, pizza()], doubt: false },
    { name: "two cokes and a pizza, one coke made", text: "two cokes and a pizza", after: [{ item: "coke", qty: 1 }, pizza()], doubt: true },
    { name: "콜라 두 개, three made", text: "콜라 두 개랑 피자 하나요", after: [{ item: "coke", qty: 3 }, pizza()], doubt: true },
    { name: "a coke then two more cokes: three", text: "a coke and a pizza and two more cokes", after: [{ item: "coke", qty: 3 }, pizza()], doubt: false },
    // A name said again as the topic, part of another item's name just ordered.
    { name: "피자는 라지로 after a 슈프림 피자: that pizza made large", text: "슈프림 피자 하나요, 피자는 라지로요", after: [{ item: "supreme", qty: 1, options: { size: "large" } }], doubt: false },
    // A correction naming another group said earlier takes that back, not the topping right before
    // it (probes p-009; choice-kept-after-correction.ts); the same group said again does.
    { name: "thin with pepperoni and olives, no wait, regular crust: the olives stay", text: "a large thin pizza with pepperoni and olives, no wait, make it regular crust", after: [pizza({ size: "large", crust: "regular", toppings: ["pepperoni", "olives"] })], doubt: false },
    { name: "pepperoni and olives, no wait, mushrooms: the olives kept is a doubt", text: "a large pizza with pepperoni and olives, no wait, mushrooms", after: [pizza({ size: "large", toppings: ["pepperoni", "olives", "mushrooms"] })], doubt: true },
    // (No row for a new cheese pizza made of these words: since bundle-with-its-part.ts reads a part
    // the item's own name names, said as the topic after it, as that item's ("피자는 라지로" of the
    // 슈프림 피자), the words hold no second pizza for this check to weigh a new line against.)
  ])("$name", ({ text, before = [], after, changed = [], doubt }) => {
    menu = pizzeria;
    expect(doubts(text, before, after, changed).length > 0).toBe(doubt);
  });

  it.each<{ name: string; text: string; before?: Line[]; after: Line[]; changed?: number[]; doubt: boolean }>([
    // An item named that became a choice of a line the words meant, or of one nobody named.
    { name: "make it a combo with a root beer: the drink is the combo's", text: "make it a combo with a root beer", before: [{ item: "smash", qty: 1 }], after: [{ item: "smash-combo", qty: 1, options: { "combo-drink": "root-beer" } }], doubt: false },
    { name: "a bacon smash combo with a root beer", text: "a bacon smash combo with a root beer", after: [{ item: "smash-combo", qty: 1, options: { "combo-drink": "root-beer" } }], doubt: false },
    { name: "a root beer and a pie, the root beer put in a combo nobody named", text: "a root beer and an apple pie", after: [{ item: "smash-combo", qty: 1, options: { "combo-drink": "root-beer" } }, { item: "pie", qty: 1 }], doubt: true },
    // A line of an item nobody named, made from words that name another item.
    { name: "a small fries read as a kids meal with small fries", text: "a bacon smash and a small fries", after: [{ item: "smash", qty: 1 }, { item: "kids-meal", qty: 1, options: { "kids-side": "small-fries" } }], doubt: true },
    { name: "a small fries read as fries", text: "a bacon smash and a small fries", after: [{ item: "smash", qty: 1 }, { item: "fries", qty: 1, options: { "side-size": "small" } }], doubt: false },
  ])("$name", ({ text, before = [], after, changed = [], doubt }) => {
    menu = drive;
    expect(doubts(text, before, after, changed).length > 0).toBe(doubt);
  });
});

describe("each count said shows in what the turn made", () => {
  const box = (glazed: number, boston: number, qty = 1): Line => ({ item: "dozen", qty, options: { "box-glazed": glazed, "box-boston": boston } });
  it.each<{ name: string; text: string; before?: Line[]; after: Line[]; changed?: number[]; doubt: boolean }>([
    { name: "two glazed, two made", text: "two glazed", after: [{ item: "glazed", qty: 2 }], doubt: false },
    { name: "two glazed, one made (the count read as the box's)", text: "two glazed", after: [{ item: "glazed", qty: 1 }], doubt: true },
    { name: "a dozen box six glazed six boston cream, as said", text: "a dozen box six glazed six boston cream", after: [box(6, 6)], doubt: false },
    { name: "a dozen box six glazed six boston cream, one six lost", text: "a dozen box six glazed six boston cream", after: [box(0, 6), { item: "glazed", qty: 1 }], doubt: true },
    { name: "three glazed, two with nothing and one warmed: lines of the one count", text: "three glazed and two boston cream", after: [{ item: "glazed", qty: 3 }, { item: "boston", qty: 2 }], doubt: false },
    { name: "라면 3단계, made so", text: "라면 하나 3단계로 해주세요", after: [{ item: "ramen", qty: 1, options: { spice: 3 } }], doubt: false },
    { name: "라면 3단계, made 5 (three added to two)", text: "라면 하나 3단계로 해주세요", after: [{ item: "ramen", qty: 1, options: { spice: 5 } }], doubt: true },
    { name: "one more step on the ramen there: what it added", text: "add 2 more spice levels to the ramen", before: [{ item: "ramen", qty: 1, options: { spice: 2 } }], after: [{ item: "ramen", qty: 1, options: { spice: 4 } }], changed: [0], doubt: false },
    { name: "세 개, 아니 두 개: the count taken back", text: "라면 세 개 아니 두 개요", after: [{ item: "ramen", qty: 2 }], doubt: false },
    { name: "a count for two items, one split off: all made", text: "two glazed one of them boston cream", after: [{ item: "glazed", qty: 1 }, { item: "boston", qty: 1 }], doubt: false },
  ])("$name", ({ text, before = [], after, changed = [], doubt }) => {
    menu = donuts;
    // (Only this check: "glazed" read as the donut, not the box's count, is another check's doubt.)
    expect(doubts(text, before, after, changed).some((x) => x.endsWith("no count of it was made"))).toBe(doubt);
  });
});

describe("an item made from words that name another line's option", () => {
  it.each<{ name: string; text: string; after: Line[]; doubt: boolean }>([
    // (Read with no count, flavour-items.ts leaves "glazed" an item: "all glazed" is now the box's twelve.)
    { name: "dozen box, glazed: a box and a glazed donut, the box's glazed left at none", text: "dozen box, glazed", after: [{ item: "dozen", qty: 1, options: { "box-glazed": 0, "box-boston": 0 } }, { item: "glazed", qty: 1 }], doubt: true },
    { name: "a glazed and a dozen box: the donut named first is its own", text: "a glazed and a dozen box", after: [{ item: "glazed", qty: 1 }, { item: "dozen", qty: 1, options: { "box-glazed": 0, "box-boston": 0 } }], doubt: false },
    { name: "dozen box with six boston cream and a glazed: the box's glazed not named", text: "dozen box with six boston cream and a glazed", after: [{ item: "dozen", qty: 1, options: { "box-glazed": 0, "box-boston": 6 } }, { item: "glazed", qty: 1 }], doubt: true },
  ])("$name", ({ text, after, doubt }) => {
    menu = donuts;
    expect(doubts(text, [], after).some((x) => x.includes(": an item, or the"))).toBe(doubt);
  });
});

// A toast shop: toasts sold alone, and a set whose toast is a required choice named like them.
const toastShop = menuFrom({
  version: 1,
  store: { id: "toast", name: { ko: "토스트" }, currency: "KRW", languages: ["ko"] },
  categories: [{ id: "main", name: { ko: "메뉴" } }],
  optionGroups: [
    { id: "set-toast", name: { ko: "세트 토스트" }, select: "one", choices: [{ id: "bacon", name: { ko: "베이컨 토스트" } }, { id: "ham", name: { ko: "햄치즈 토스트" } }] },
    { id: "set-drink", name: { ko: "세트 음료" }, select: "one", default: "coke", choices: [{ id: "coke", name: { ko: "콜라" } }, { id: "cider", name: { ko: "사이다" } }] },
  ],
  items: [
    { id: "bacon", category: "main", name: { ko: "베이컨 토스트" }, aliases: { ko: ["베토"] }, price: 3500 },
    { id: "ham", category: "main", name: { ko: "햄치즈 토스트" }, price: 3000 },
    { id: "set", category: "main", name: { ko: "토스트 세트" }, aliases: { ko: ["세트"] }, price: 5000, optionGroups: ["set-toast", "set-drink"] },
  ],
});

describe("an item named right before a set that takes it as a choice (Korean: the choice before its head)", () => {
  it.each<{ name: string; text: string; after: Line[]; doubt: boolean }>([
    { name: "베토 세트 사이다로: the toast made, the set's toast left open", text: "베토 세트 사이다로", after: [{ item: "bacon", qty: 1 }, { item: "set", qty: 1, options: { "set-drink": "cider" } }], doubt: true },
    { name: "베토 하나 세트 하나: the toast counted on its own is its own", text: "베토 하나 세트 하나 햄치즈 토스트로", after: [{ item: "bacon", qty: 1 }, { item: "set", qty: 1, options: { "set-toast": "ham" } }], doubt: false },
  ])("$name", ({ text, after, doubt }) => {
    menu = toastShop;
    expect(doubts(text, [], after).some((x) => x.includes(": an item, or the"))).toBe(doubt);
  });
});

// A café: a hot chocolate whose milk may be oat, and an oatmeal some call "oat".
const cafe = menuFrom({
  version: 1,
  store: { id: "cafe", name: { en: "Cafe" }, currency: "USD", languages: ["en"] },
  categories: [{ id: "main", ...en("Menu") }],
  optionGroups: [{ id: "milk", ...en("Milk"), select: "one", default: "whole", choices: [{ id: "whole", ...en("Whole milk") }, { id: "oat", ...en("Oat milk", ["oat"]) }] }],
  items: [
    { id: "cocoa", category: "main", ...en("Hot chocolate"), price: 400, optionGroups: ["milk"] },
    { id: "oatmeal", category: "main", ...en("Oatmeal", ["oat"]), price: 500 },
  ],
});

describe("an item made from words that name an option of the line ordered last", () => {
  it.each<{ name: string; text: string; before: Line[]; after: Line[]; doubt: boolean }>([
    // ("and oat please": a bare "oat please" is read as the milk now, resolve.ts; with "and" it may still be the oatmeal.)
    { name: "and oat please after a hot chocolate: an oatmeal made, the milk left whole", text: "and oat please", before: [{ item: "cocoa", qty: 1 }], after: [{ item: "cocoa", qty: 1 }, { item: "oatmeal", qty: 1 }], doubt: true },
    { name: "an oatmeal after a hot chocolate: the item's own name", text: "an oatmeal please", before: [{ item: "cocoa", qty: 1 }], after: [{ item: "cocoa", qty: 1 }, { item: "oatmeal", qty: 1 }], doubt: false },
    { name: "and oat please after an oat-milk hot chocolate: nothing left to choose", text: "and oat please", before: [{ item: "cocoa", qty: 1, options: { milk: "oat" } }], after: [{ item: "cocoa", qty: 1, options: { milk: "oat" } }, { item: "oatmeal", qty: 1 }], doubt: false },
  ])("$name", ({ text, before, after, doubt }) => {
    menu = cafe;
    expect(doubts(text, before, after).some((x) => x.includes(": an item, or the"))).toBe(doubt);
  });
});

// A seafood shack: a basket whose side may be onion rings, also sold alone.
const shack = menuFrom({
  version: 1,
  store: { id: "shack", name: { en: "Shack" }, currency: "USD", languages: ["en"] },
  categories: [{ id: "main", ...en("Menu") }],
  optionGroups: [{ id: "side", ...en("Side"), select: "one", default: "fries", choices: [{ id: "fries", ...en("Fries") }, { id: "rings", ...en("Onion rings") }] }],
  items: [
    { id: "basket", category: "main", ...en("Shrimp basket", ["shrimp"]), price: 1200, optionGroups: ["side"] },
    { id: "rings", category: "main", ...en("Onion rings"), price: 400 },
    { id: "coke", category: "main", ...en("Coke"), price: 200 },
  ],
});

describe("an item made from words that name an option of a line the turn names", () => {
  it.each<{ name: string; text: string; before: Line[]; after: Line[]; doubt: boolean }>([
    { name: "onion rings with the shrimp, a turn later: rings made, the basket's side left", text: "onion rings with the shrimp", before: [{ item: "basket", qty: 1 }, { item: "coke", qty: 1 }], after: [{ item: "basket", qty: 1 }, { item: "coke", qty: 1 }, { item: "rings", qty: 1 }], doubt: true },
    // ("onion rings instead, on the shrimp basket" is read as the basket's side: options-on-the-item.ts.)
    { name: "onion rings instead, with the shrimp basket: named after it with 'with the'", text: "onion rings instead, with the shrimp basket", before: [], after: [{ item: "rings", qty: 1 }, { item: "basket", qty: 1 }], doubt: true },
    { name: "onion rings and a shrimp basket: two things", text: "onion rings and a shrimp basket", before: [], after: [{ item: "rings", qty: 1 }, { item: "basket", qty: 1 }], doubt: false },
  ])("$name", ({ text, before, after, doubt }) => {
    menu = shack;
    expect(doubts(text, before, after).some((x) => x.includes(": an item, or the"))).toBe(doubt);
  });
});

// A salad that comes as "A bowl" or "A wrap" with chicken or not, and a soup sized "Cup" or "Bowl".
const soupAndSalad = menuFrom({
  version: 1,
  store: { id: "salad", name: { en: "Salads" }, currency: "USD", languages: ["en"] },
  categories: [{ id: "main", ...en("Menu") }],
  optionGroups: [
    { id: "make-it", ...en("Make it"), select: "one", default: "bowl", choices: [{ id: "bowl", ...en("A bowl", ["bowl"]) }, { id: "wrap", ...en("A wrap", ["wrap"]) }] },
    { id: "soup-size", ...en("Size"), select: "one", default: "cup", choices: [{ id: "cup", ...en("Cup") }, { id: "bowl", ...en("Bowl") }] },
    { id: "chicken", ...en("Chicken"), select: "count", min: 0, max: 2, default: 0 },
  ],
  items: [
    { id: "greek", category: "main", ...en("Greek salad"), price: 900, optionGroups: ["make-it", "chicken"] },
    { id: "soup", category: "main", ...en("Chicken noodle soup"), price: 500, optionGroups: ["soup-size"] },
  ],
});

describe("turns the engine plays: what it did matches what was said", () => {
  it.each<{ name: string; turns: string[]; confident: boolean }>([
    // A refusal once the cart has lines is handed on: risky-shapes.ts.
    { name: "a refusal carried out", turns: ["a large pizza with ham and onions", "no onions"], confident: false },
    { name: "an item cancelled by name", turns: ["a pizza and a coke and fries", "cancel the coke"], confident: true },
    { name: "콜라 취소", turns: ["피자 하나 콜라 하나 감자튀김 하나요", "콜라는 취소할게요"], confident: true },
  ])("$name", async ({ turns, confident }) => {
    expect(await confidentAfter(pizzeria, turns)).toBe(confident);
  });
});

describe("a choice said right before the next item, that names that item's option too", () => {
  it.each<{ name: string; turns: string[]; confident: boolean }>([
    // "A bowl" is indexed without its article (lexicon.ts), so "a bowl of" is read as the soup's
    // own Bowl size, the container said before what it holds: no longer a guess.
    { name: "a greek salad with chicken and a bowl of chicken noodle soup: the soup's bowl", turns: ["a greek salad with chicken and a bowl of chicken noodle soup"], confident: true },
    { name: "a greek salad as a wrap and a cup of soup", turns: ["a greek salad as a wrap and a chicken noodle soup"], confident: true },
  ])("$name", async ({ turns, confident }) => {
    expect(await confidentAfter(soupAndSalad, turns)).toBe(confident);
  });
});
