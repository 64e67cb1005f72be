// Held-out answers given alone and wrong on the first run of blind rounds 76–82 (fix18c), each
// read right now, and the read-back checks that would have made any variant a guess:
// - "lemon potatoes and fries with feta" where the menu gives the Fries the alias "fries with
//   feta" and its toppings a Feta: another of the item's names, "with", one of its toppings,
//   names the item with it (alias-choices.ts addedChoiceInAliasWords); read back, the words
//   that named an item holding one of its choices the line lacks (choice-inside-the-name.ts);
// - "two hot dogs, one with just mustard and one with everything" where the menu calls the
//   toppings "everything": every topping, on the part it was said for (everything.ts
//   everythingByItsName); read back, a group of many named for a part with no choice of it
//   (accounting.ts, "names no choice");
// - "a coffee please, black" → "and one sugar": "one" counts the coffee's sugars, no second
//   coffee (another-like.ts); read back, an option counted with no item beside a new line of
//   the item in hand whose own count stayed (counted-option-made-new.ts);
// - "what comes in the combo?" → "ok cool, i'll do that with the seaweed salad and a ramune":
//   "that" after the request is the combo asked about (offer-pointed-at.ts); read back, "do
//   that" points back too (pointed-back.ts, POINTING_EN);
// - "a gyudon set with a coke" → "sorry, sprite not coke": "not" between the drink said in its
//   place and the set's drink refused, the set's drink changed (choice-of-the-line-in-hand.ts);
// - "two large fries" → "make it just one large fry": the size said is the line's own, so the
//   count is the line's (line-edits.ts modifyLines); read back, a count said with "just" /
//   "make it" of the one line of a thing that kept another count (count-said-of-the-line-kept.ts).
import { describe, expect, it } from "vitest";
import type { MenuModel } from "../../../../shared/menu/model.ts";
import { notAsSaid } from "./read-back-checks.ts";
import { type LineSpec, menuFrom, notAloneTable, phenomenonTable, turnLeft } from "./test-helpers.ts";

const both = (ko: string, en: string, aliases?: { ko?: string[]; en?: string[] }) => ({ name: { ko, en }, ...(aliases ? { aliases } : {}) });

const snacks = menuFrom({
  version: 1,
  store: { id: "blind-r76-snacks", name: { ko: "스낵바", en: "Snack bar" }, currency: "USD", languages: ["ko", "en"] },
  categories: [{ id: "food", ...both("음식", "Food") }, { id: "drinks", ...both("음료", "Drinks") }, { id: "sets", ...both("세트", "Sets") }],
  optionGroups: [
    { id: "fry-size", ...both("사이즈", "Size"), select: "one", default: "regular", choices: [{ id: "regular", ...both("레귤러", "Regular", { en: ["small"] }) }, { id: "large", ...both("라지", "Large"), price: 150 }] },
    { id: "fries-top", ...both("감자 토핑", "Fry topping"), select: "many", max: 1, choices: [{ id: "feta", ...both("페타", "Feta & oregano", { ko: ["페타 치즈"], en: ["feta", "with feta", "feta cheese"] }), price: 100 }] },
    {
      id: "dog-toppings",
      ...both("핫도그 토핑", "Toppings", { en: ["everything", "the works"] }),
      select: "many",
      max: 4,
      choices: [{ id: "mustard", ...both("머스타드", "Mustard") }, { id: "ketchup", ...both("케첩", "Ketchup") }, { id: "relish", ...both("렐리시", "Relish") }, { id: "onions", ...both("양파", "Chopped onions", { en: ["onions"] }) }],
    },
    { id: "milk", ...both("우유", "Milk"), select: "one", default: "milk", choices: [{ id: "milk", ...both("우유 넣어서", "With milk", { en: ["milk", "with milk"] }) }, { id: "black", ...both("블랙", "Black", { en: ["black", "no milk"] }) }] },
    { id: "sugars", ...both("설탕", "Sugars", { en: ["sugar"] }), select: "count", min: 0, max: 4, default: 0, unitPrice: 0 },
    { id: "combo-side", ...both("사이드", "Side"), select: "one", default: "edamame", choices: [{ id: "edamame", ...both("에다마메", "Edamame") }, { id: "seaweed-salad", ...both("해초 샐러드", "Seaweed salad") }] },
    { id: "combo-drink", ...both("음료", "Drink"), select: "one", default: "tea", choices: [{ id: "tea", ...both("녹차", "Green tea") }, { id: "ramune", ...both("라무네", "Ramune"), price: 100 }] },
    { id: "set-drink", ...both("세트 음료", "Set drink"), select: "one", choices: [{ id: "tea", ...both("녹차", "Green tea", { en: ["tea"] }) }, { id: "coke", ...both("콜라", "Coke") }, { id: "sprite", ...both("사이다", "Sprite") }] },
    { id: "soda", ...both("탄산", "Soda"), select: "one", choices: [{ id: "coke", ...both("콜라", "Coke") }, { id: "sprite", ...both("사이다", "Sprite") }] },
  ],
  items: [
    { id: "potatoes", category: "food", ...both("레몬 감자", "Lemon potatoes"), price: 550 },
    { id: "fries", category: "food", ...both("감자튀김", "Fries", { ko: ["페타 감자튀김"], en: ["fry", "fries with feta", "feta fries"] }), price: 450, optionGroups: ["fry-size", "fries-top"] },
    { id: "hot-dog", category: "food", ...both("핫도그", "Hot Dog", { en: ["hot dogs", "hotdog"] }), price: 650, optionGroups: ["dog-toppings"] },
    { id: "coffee", category: "drinks", ...both("커피", "Coffee"), price: 285, optionGroups: ["milk", "sugars"] },
    { id: "combo", category: "sets", ...both("핸드롤 콤보", "Hand Roll Combo", { en: ["combo", "lunch combo"] }), description: { en: "3 hand rolls, edamame or seaweed salad, and green tea or ramune.", ko: "핸드롤 3개, 에다마메 또는 해초 샐러드, 녹차 또는 라무네." }, price: 2300, optionGroups: ["combo-side", "combo-drink"] },
    { id: "seaweed-salad", category: "food", ...both("해초 샐러드", "Seaweed salad"), price: 500 },
    { id: "edamame", category: "food", ...both("에다마메", "Edamame"), price: 400 },
    { id: "ramune", category: "drinks", ...both("라무네", "Ramune"), price: 350 },
    { id: "bowl-set", category: "sets", ...both("규동 세트", "Gyudon set"), price: 1300, optionGroups: ["set-drink"] },
    {
      id: "soda",
      category: "drinks",
      name: { ko: "탄산음료", en: "Soda" },
      aliases: { ko: [{ text: "콜라", options: { soda: "coke" } }, { text: "사이다", options: { soda: "sprite" } }], en: ["pop", { text: "coke", options: { soda: "coke" } }, { text: "sprite", options: { soda: "sprite" } }] },
      price: 250,
      optionGroups: ["soda"],
    },
  ],
});

phenomenonTable("an alias that is the item's name 'with' one of its toppings: the item with it", snacks, [
  { name: "lemon potatoes and fries with feta", turns: ["lemon potatoes and fries with feta"], lines: [{ item: "potatoes", qty: 1 }, { item: "fries", qty: 1, options: { "fries-top": ["feta"] } }], confident: true },
  { name: "two fries with feta please", turns: ["two fries with feta please"], lines: [{ item: "fries", qty: 2, options: { "fries-top": ["feta"] } }] },
]);

phenomenonTable("a group the menu calls 'everything' said for a part: every choice of it, on that part", snacks, [
  {
    name: "two hot dogs, one with just mustard and one with everything",
    turns: ["two hot dogs, one with just mustard and one with everything"],
    lines: [{ item: "hot-dog", qty: 1, options: { "dog-toppings": ["mustard"] } }, { item: "hot-dog", qty: 1, options: { "dog-toppings": ["mustard", "ketchup", "relish", "onions"] } }],
    confident: true,
  },
  { name: "two hot dogs, one with ketchup and one with the works", turns: ["two hot dogs, one with ketchup and one with the works"], lines: [{ item: "hot-dog", qty: 1, options: { "dog-toppings": ["ketchup"] } }, { item: "hot-dog", qty: 1, options: { "dog-toppings": ["mustard", "ketchup", "relish", "onions"] } }] },
]);

notAloneTable("a group of many named for a part with no choice of it: a guess", snacks, [{ name: "two hot dogs, one with ketchup and one with toppings", turns: ["two hot dogs, one with ketchup and one with toppings"] }]);

phenomenonTable("'and one X' a turn later where X is the line's counted option: its count, no other one", snacks, [
  { name: "a coffee please, black → and one sugar", turns: ["a coffee please, black", "and one sugar"], lines: [{ item: "coffee", qty: 1, options: { milk: "black", sugars: 1 } }] },
  // (Guard: two sugars was never another coffee.)
  { name: "a coffee please → and two sugars", turns: ["a coffee please", "and two sugars"], lines: [{ item: "coffee", qty: 1, options: { sugars: 2 } }] },
]);

phenomenonTable("'i'll do that with …' after asking about a thing: that thing, with what follows", snacks, [
  { name: "what comes in the combo? → i'll do that with the seaweed salad and a ramune", turns: ["what comes in the combo?", "ok cool, i'll do that with the seaweed salad and a ramune"], lines: [{ item: "combo", qty: 1, options: { "combo-side": "seaweed-salad", "combo-drink": "ramune" } }] },
]);

notAloneTable("'i'll take that with …' after asking about a thing, whatever was made: a guess", snacks, [
  { name: "what comes in the combo? → i'll take that with the seaweed salad and a ramune", turns: ["what comes in the combo?", "ok cool, i'll take that with the seaweed salad and a ramune"] },
]);

phenomenonTable("'make it just one X' of the one line of X, said with its own options: that count", snacks, [
  { name: "two large fries → make it just one large fry", turns: ["two large fries", "and uh make it just one large fry"], lines: [{ item: "fries", qty: 1, options: { "fry-size": "large" } }] },
  { name: "two large fries → just one large fry", turns: ["two large fries", "just one large fry"], lines: [{ item: "fries", qty: 1, options: { "fry-size": "large" } }] },
]);

// (Guards: a size said otherwise still splits that many off; "one more" still adds.)
phenomenonTable("a count said with another option or 'more' is not the line's count", snacks, [
  { name: "two large fries → make one of them regular", turns: ["two large fries", "make one of them regular"], lines: [{ item: "fries", qty: 1, options: { "fry-size": "large" } }, { item: "fries", qty: 1, options: { "fry-size": "regular" } }] },
  { name: "two large fries → one more large fry", turns: ["two large fries", "one more large fry"], lines: [{ item: "fries", qty: 3, options: { "fry-size": "large" } }] },
]);

phenomenonTable("'Y not X' a turn later, X the choice of a line in hand and Y another of it: that choice changed", snacks, [
  { name: "a gyudon set with a coke → sorry, sprite not coke", turns: ["a gyudon set with a coke", "sorry, sprite not coke"], lines: [{ item: "bowl-set", qty: 1, options: { "set-drink": "sprite" } }] },
]);

/** The read-back doubts of `text` said to a cart of `before`, had the turn left `after` (the lines in hand first, kept). */
function doubtsOf(menu: MenuModel, text: string, after: readonly LineSpec[], before: readonly LineSpec[] = []): string[] {
  return notAsSaid(turnLeft(menu, text, before, after));
}

describe("read back (blind rounds 76-82): the cart against the words, whatever step made it", () => {
  it.each<{ name: string; text: string; after: LineSpec[]; before?: LineSpec[]; doubt: boolean }>([
    // The words that named an item hold one of its choices, and no line of it has that choice.
    { name: "feta fries, the fries plain", text: "feta fries", after: [{ item: "fries", qty: 1 }], doubt: true },
    { name: "feta fries, as said", text: "feta fries", after: [{ item: "fries", qty: 1, options: { "fries-top": ["feta"] } }], doubt: false },
    { name: "페타 감자튀김 하나요, the fries plain", text: "페타 감자튀김 하나요", after: [{ item: "fries", qty: 1 }], doubt: true },
    { name: "페타 감자튀김 하나요, as said", text: "페타 감자튀김 하나요", after: [{ item: "fries", qty: 1, options: { "fries-top": ["feta"] } }], doubt: false },
    // An option counted with no item, and a new line of the item in hand made beside it, unchanged.
    { name: "and one sugar, a second coffee", text: "and one sugar", before: [{ item: "coffee", qty: 1, options: { milk: "black" } }], after: [{ item: "coffee", qty: 1, options: { milk: "black" } }, { item: "coffee", qty: 1, options: { sugars: 1 } }], doubt: true },
    { name: "and one sugar, as said", text: "and one sugar", before: [{ item: "coffee", qty: 1, options: { milk: "black" } }], after: [{ item: "coffee", qty: 1, options: { milk: "black", sugars: 1 } }], doubt: false },
    { name: "설탕 하나요, a second coffee", text: "설탕 하나요", before: [{ item: "coffee", qty: 1 }], after: [{ item: "coffee", qty: 1 }, { item: "coffee", qty: 1, options: { sugars: 1 } }], doubt: true },
    { name: "설탕 하나요, as said", text: "설탕 하나요", before: [{ item: "coffee", qty: 1 }], after: [{ item: "coffee", qty: 1, options: { sugars: 1 } }], doubt: false },
    // A count said with "just" / "make it" of the one line of a thing that kept another count.
    { name: "make it just one large fry, still two", text: "and uh make it just one large fry", before: [{ item: "fries", qty: 2, options: { "fry-size": "large" } }], after: [{ item: "fries", qty: 2, options: { "fry-size": "large" } }], doubt: true },
    { name: "make it just one large fry, as said", text: "and uh make it just one large fry", before: [{ item: "fries", qty: 2, options: { "fry-size": "large" } }], after: [{ item: "fries", qty: 1, options: { "fry-size": "large" } }], doubt: false },
    { name: "감자튀김 라지 하나만요, still two", text: "아 감자튀김 라지 하나만요", before: [{ item: "fries", qty: 2, options: { "fry-size": "large" } }], after: [{ item: "fries", qty: 2, options: { "fry-size": "large" } }], doubt: true },
    { name: "감자튀김 라지 하나만요, as said", text: "아 감자튀김 라지 하나만요", before: [{ item: "fries", qty: 2, options: { "fry-size": "large" } }], after: [{ item: "fries", qty: 1, options: { "fry-size": "large" } }], doubt: false },
  ])("$name", ({ text, after, before, doubt }) => {
    expect(doubtsOf(snacks, text, after, before).length > 0).toBe(doubt);
  });
});
