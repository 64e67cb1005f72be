// A word several items share ("pizza" in "Build-your-own pizza" and in every specialty's
// name) or options said with no item ("a large with ham"): which item is meant, and when
// that is settled enough to answer alone (hybrid mode). Settled: of the items that take
// the options said, exactly one comes with nothing built in (no group of things to leave
// off) and every other one is a specialty with something of its own, which the customer
// would have named; or exactly one line of that kind is talked about. Everything else is
// a guess and goes to the model. Each row: the turns, the cart they must end in, and
// whether each turn may be answered alone.
import { describe, expect, it } from "vitest";
import { MenuModel } from "../../../../shared/menu/model.ts";
import { validateMenu } from "../../../../shared/menu/validate.ts";
import { applyCartAction, emptyCart } from "../../cart/cart.ts";
import { lexiconFor } from "./lexicon.ts";
import type { OfflineMemory } from "./memory.ts";
import { planTurn } from "./planner.ts";
import { type ExpectedLine, lineKeys, menuFrom } from "./test-helpers.ts";

const t = (ko: string, en: string) => ({ ko, en });

function pizzeria(withBuildYourOwn: boolean, plainCroissant = true, withSub = false): MenuModel {
  const sizes = { id: "size", name: t("사이즈", "Size"), select: "one", default: "medium", choices: [{ id: "small", name: t("스몰", "Small") }, { id: "medium", name: t("미디엄", "Medium") }, { id: "large", name: t("라지", "Large") }, { id: "xl", name: t("엑스라지", 'Extra large 18"') }] };
  const toppings = {
    id: "toppings", name: t("토핑", "Toppings"), select: "many",
    choices: [{ id: "pepperoni", name: t("페퍼로니", "Pepperoni") }, { id: "sausage", name: t("소시지", "Sausage") }, { id: "ham", name: t("햄", "Ham") }, { id: "onions", name: t("양파", "Onions") }, { id: "pineapple", name: t("파인애플", "Pineapple") }],
  };
  const leaveOff = {
    id: "hold", name: t("빼기", "Leave off"), select: "many",
    choices: [{ id: "ham", name: t("햄 빼기", "No ham") }, { id: "pineapple", name: t("파인애플 빼기", "No pineapple") }, { id: "pepperoni", name: t("페퍼로니 빼기", "No pepperoni") }, { id: "sausage", name: t("소시지 빼기", "No sausage") }],
  };
  const bread = { id: "bread", name: t("빵", "Bread"), select: "one", default: "white", choices: [{ id: "white", name: t("화이트", "White") }, { id: "wheat", name: t("위트", "Wheat") }] };
  const cup = { id: "cup", name: t("컵", "Cup"), select: "one", default: "small", choices: [{ id: "small", name: t("스몰", "Small") }, { id: "large", name: t("라지", "Large") }, { id: "xl", name: t("엑스라지", 'Extra large 18"') }] };
  const raw = {
    version: 1,
    store: { id: "kind-words", name: t("테스트 피자", "Test Pizza"), currency: "USD", languages: ["en", "ko"] },
    categories: [{ id: "pizza", name: t("피자", "Pizzas") }, { id: "bakery", name: t("베이커리", "Bakery") }, { id: "drink", name: t("음료", "Drinks") }],
    optionGroups: [sizes, toppings, leaveOff, cup, bread],
    items: [
      ...(withBuildYourOwn ? [{ id: "byo", category: "pizza", name: t("나만의 피자", "Build-your-own pizza"), price: 1000, optionGroups: ["size", "toppings"] }] : []),
      { id: "hawaiian", category: "pizza", name: t("하와이안 피자", "Hawaiian pizza"), aliases: { en: ["ham and pineapple pizza"] }, price: 1400, optionGroups: ["size", { group: "toppings", choices: ["pepperoni", "sausage", "onions"] }, { group: "hold", choices: ["ham", "pineapple"] }] },
      { id: "meat", category: "pizza", name: t("미트 피자", "Meat pizza"), price: 1500, optionGroups: ["size", { group: "toppings", choices: ["onions", "pineapple"] }, { group: "hold", choices: ["ham", "pepperoni", "sausage"] }] },
      { id: "works", category: "pizza", name: t("더 웍스", "The Works"), aliases: { en: ["with everything"] }, price: 1700, optionGroups: ["size", { group: "hold", choices: ["ham", "pepperoni", "sausage", "pineapple"] }] },
      { id: "croissant", category: "bakery", name: t("버터 크루아상", "Butter croissant"), ...(plainCroissant ? { aliases: { en: ["plain croissant"] } } : {}), price: 300 },
      { id: "choc-croissant", category: "bakery", name: t("초코 크루아상", "Chocolate croissant"), price: 350 },
      { id: "bagel", category: "bakery", name: t("플레인 베이글", "Plain bagel"), price: 250 },
      ...(withSub ? [{ id: "sub", category: "bakery", name: t("이탈리안 서브", "Italian sub"), price: 900, optionGroups: ["size", "bread", { group: "toppings", choices: ["ham", "onions"] }, { group: "hold", choices: ["pepperoni", "sausage"] }] }] : []),
      { id: "lemonade", category: "drink", name: t("레모네이드", "Lemonade"), price: 300, optionGroups: ["cup"] },
    ],
  };
  return menuFrom(raw);
}

interface Row {
  name: string;
  turns: string[];
  lines: ExpectedLine[];
  /** Per turn: may the offline engine answer it alone? */
  alone: boolean[];
}

const byo = (size: string, toppings: string[] = [], qty = 1): ExpectedLine => ({ item: "byo", qty, options: { size, toppings } });

const rows: Row[] = [
  // Settled by the menu: the one item with nothing built in.
  { name: "toppings and a size with a word every pizza shares", turns: ["a large pepperoni pizza"], lines: [byo("large", ["pepperoni"])], alone: [true] },
  { name: "ko: the shared word with a size and a topping", turns: ["라지 페퍼로니 피자 하나요"], lines: [byo("large", ["pepperoni"])], alone: [true] },
  { name: "no head noun: a large with ham", turns: ["a large with ham"], lines: [byo("large", ["ham"])], alone: [true] },
  { name: "no head noun: a topping alone", turns: ["two medium sausage"], lines: [byo("medium", ["sausage"], 2)], alone: [true] },
  // Not settled: a guess, the turn goes to the model.
  { name: "a size the lemonade takes too", turns: ["a large"], lines: [byo("large")], alone: [false] },
  { name: "after a specialty, another with other options may be that specialty", turns: ["a large hawaiian pizza", "and a small with onions"], lines: [{ item: "hawaiian", qty: 1, options: { size: "large" } }, byo("small", ["onions"])], alone: [true, false] },
  // The lines of that kind talked about: one settles it, two do not. (A refusal once the cart
  // has lines is handed on all the same: risky-shapes.ts.)
  { name: "the one pizza ordered", turns: ["a large hawaiian pizza", "no ham on the pizza"], lines: [{ item: "hawaiian", qty: 1, options: { size: "large", hold: ["ham"] } }], alone: [true, false] },
  { name: "two pizzas ordered: which one is a guess", turns: ["a large hawaiian pizza and a small meat pizza", "no ham on the pizza"], lines: [{ item: "hawaiian", qty: 1, options: { size: "large", hold: ["ham"] } }, { item: "meat", qty: 1, options: { size: "small", hold: ["ham"] } }], alone: [true, false] },
  // Several pizzas with their own toppings in one sentence.
  { name: "two pizzas named apart", turns: ["a large pepperoni pizza and a small sausage pizza"], lines: [byo("large", ["pepperoni"]), byo("small", ["sausage"])], alone: [true] },
  { name: "a counted one after pizzas, joined by and: another one, made differently", turns: ["two large pepperoni pizzas and one small sausage"], lines: [byo("large", ["pepperoni"], 2), byo("small", ["sausage"])], alone: [true] },
  // Elided head, toppings shared back ("one medium and one small pepperoni": both pepperoni).
  { name: "sizes joined by and share the toppings that follow", turns: ["one medium and one small pepperoni"], lines: [byo("medium", ["pepperoni"]), byo("small", ["pepperoni"])], alone: [true] },
  { name: "sizes joined by and share the head and toppings", turns: ["a medium and a large pepperoni pizza"], lines: [byo("medium", ["pepperoni"]), byo("large", ["pepperoni"])], alone: [true] },
  { name: "each with its own toppings shares nothing", turns: ["a large pepperoni and a small sausage"], lines: [byo("large", ["pepperoni"]), byo("small", ["sausage"])], alone: [true] },
  // The shared word next to a specialty's own name only says what kind it is.
  { name: "pizza with everything", turns: ["a large pizza with everything except ham"], lines: [{ item: "works", qty: 1, options: { size: "large", hold: ["ham"] } }], alone: [true] },
  { name: "the shared word after a name that lacks it", turns: ["a medium works pizza"], lines: [{ item: "works", qty: 1, options: { size: "medium" } }], alone: [true] },
  // ("hawaiian" alone is only part of "Hawaiian pizza": right, but not sure.)
  { name: "the shared word before the name", turns: ["a large pizza hawaiian"], lines: [{ item: "hawaiian", qty: 1, options: { size: "large" } }], alone: [false] },
  { name: "a piece of a name never ends with 'and' ('ham and' of 'ham and pineapple pizza')", turns: ["a large pizza with ham and a lemonade"], lines: [byo("large", ["ham"]), { item: "lemonade", qty: 1 }], alone: [true] },
  { name: "a list with no articles: each size starts another", turns: ["medium pepperoni and large sausage"], lines: [byo("medium", ["pepperoni"]), byo("large", ["sausage"])], alone: [true] },
  { name: "a list with no articles, commas", turns: ["large pepperoni, medium sausage, small onions"], lines: [byo("large", ["pepperoni"]), byo("medium", ["sausage"]), byo("small", ["onions"])], alone: [true] },
  { name: "all of the counted ones get the option", turns: ["three large pizzas all pepperoni"], lines: [byo("large", ["pepperoni"], 3)], alone: [true] },
  { name: "XL for extra large", turns: ["an XL pepperoni pizza"], lines: [byo("xl", ["pepperoni"])], alone: [true] },
  { name: "a size said again a turn later: another one, or its toppings? unsure", turns: ["a large pizza", "a large pepperoni"], lines: [byo("large", ["pepperoni"])], alone: [true, false] },
  // The plain kind, said by its own name: "Plain bagel", a croissant also called "plain croissant".
  { name: "a word two items share, one of them named the plain kind", turns: ["two croissants"], lines: [{ item: "croissant", qty: 2 }], alone: [true] },
  { name: "the other is still ordered by its name", turns: ["a chocolate croissant"], lines: [{ item: "choc-croissant", qty: 1 }], alone: [true] },
  { name: "a plain item's name without 'plain'", turns: ["a bagel and a lemonade"], lines: [{ item: "bagel", qty: 1 }, { item: "lemonade", qty: 1 }], alone: [true] },
  { name: "just one, a turn later: the line of that kind", turns: ["two croissants and a large lemonade", "oh wait just one croissant"], lines: [{ item: "croissant", qty: 1 }, { item: "lemonade", qty: 1, options: { cup: "large" } }], alone: [true, true] },
  // Another one said without its head after something else was ordered.
  { name: "a pizza, another with no head noun, then a drink", turns: ["a large sausage pizza and a medium pepperoni and a large lemonade"], lines: [byo("large", ["sausage"]), byo("medium", ["pepperoni"]), { item: "lemonade", qty: 1, options: { cup: "large" } }], alone: [true] },
  { name: "a list of pizzas, the size said again for each", turns: ["can i get a large pepperoni, large sausage, and a large onions"], lines: [byo("large", ["pepperoni"]), byo("large", ["sausage"]), byo("large", ["onions"])], alone: [true] },
  { name: "nothing ordered takes the options: another item", turns: ["a medium pepperoni and two lemonades"], lines: [byo("medium", ["pepperoni"]), { item: "lemonade", qty: 2 }], alone: [true] },
  { name: "options with no count of their own after an item are not another order", turns: ["a lemonade with onions"], lines: [{ item: "lemonade", qty: 1 }], alone: [false] },
  { name: "counted parts of a counted shared word", turns: ["four large pizzas 2 with ham and 2 with onions"], lines: [byo("large", ["ham"], 2), byo("large", ["onions"], 2)], alone: [true] },
  { name: "more toppings for the one pizza, and an article in small talk", turns: ["i need a large pepperoni pizza and i want onions as well as ham on it thanks a lot"], lines: [byo("large", ["pepperoni", "onions", "ham"])], alone: [true] },
];

function run(menu: MenuModel, turns: string[]) {
  const lex = lexiconFor(menu);
  let state = emptyCart();
  let memory: OfflineMemory = { focus: [], lastAdded: [] };
  const alone: boolean[] = [];
  for (const text of turns) {
    const p = planTurn({ menu, lex, text, state, memory });
    for (const a of p.actions) {
      const r = applyCartAction(menu, state, a);
      if (!r.ok) throw new Error(r.error.code);
      state = r.state;
    }
    memory = p.memory;
    alone.push(p.confident);
  }
  return { lines: state.lines, alone };
}

describe("a word several items share, and options with no item", () => {
  const menu = pizzeria(true);
  for (const r of rows) {
    it(r.name, () => {
      const out = run(menu, r.turns);
      expect(lineKeys(menu, out.lines)).toEqual(lineKeys(menu, r.lines));
      expect(out.alone).toEqual(r.alone);
    });
  }

  it("a sandwich with things to leave off is not a specialty pizza: options both take stay a guess", () => {
    expect(run(pizzeria(true, true, true), ["a large with ham"]).alone).toEqual([false]);
    expect(run(pizzeria(true, true, false), ["a large with ham"]).alone).toEqual([true]);
  });

  it("with no item named the plain kind, a word two items share asks which", () => {
    expect(run(pizzeria(true, false), ["two croissants"])).toEqual({ lines: [], alone: [false] });
  });

  it("with no item that comes plain, options with a shared word stay a guess", () => {
    const menu = pizzeria(false);
    for (const text of ["a large pizza with onions", "a large with onions", "라지 피자 양파 추가요"]) {
      expect(run(menu, [text]).alone, text).toEqual([false]);
    }
  });
});

describe("specialties with no group of things to leave off: the one named the plain kind", () => {
  const e = (en: string) => ({ en });
  const r = validateMenu({
    version: 1,
    store: { id: "alike", name: e("Alike"), currency: "USD", languages: ["en"] },
    categories: [{ id: "pies", name: e("Pies") }, { id: "drinks", name: e("Drinks") }],
    optionGroups: [
      { id: "pie-size", name: e("Size"), select: "one", choices: [{ id: "small", name: e("Small") }, { id: "medium", name: e("Medium") }, { id: "large", name: e("Large") }] },
      { id: "toppings", name: e("Toppings"), select: "many", choices: [{ id: "ham", name: e("Ham") }, { id: "pineapple", name: e("Pineapple") }, { id: "anchovies", name: e("Anchovies") }] },
      { id: "drink-size", name: e("Drink size"), select: "one", default: "medium", choices: [{ id: "medium", name: e("Medium") }, { id: "large", name: e("Large") }] },
    ],
    items: [
      { id: "byo", category: "pies", name: e("Build Your Own Pie"), aliases: { en: ["plain pizza", "cheese pie"] }, price: 1000, optionGroups: ["pie-size", "toppings"] },
      { id: "meat", category: "pies", name: e("Meat Lovers"), price: 1500, optionGroups: ["pie-size", "toppings"] },
      { id: "white", category: "pies", name: e("White Pie"), price: 1400, optionGroups: ["pie-size", "toppings"] },
      { id: "coke", category: "drinks", name: e("Coke"), price: 200, optionGroups: ["drink-size"] },
    ],
  });
  if (!r.ok) throw new Error(r.problems.join("; "));
  const menu = new MenuModel(r.menu);
  const pie = (size: string, toppings: string[] = []): ExpectedLine => ({ item: "byo", qty: 1, options: { "pie-size": size, toppings } });
  const cases: Row[] = [
    { name: "options with no item: the plain-named one", turns: ["can i get a large with ham and pineapple"], lines: [pie("large", ["ham", "pineapple"])], alone: [true] },
    { name: "a size alone the coke takes too stays a guess", turns: ["a large"], lines: [], alone: [false] },
    // "with just" says what is on the new one, as "and a small with anchovies" does: another one.
    { name: "another size a turn later, with 'just': another one", turns: ["a medium with ham", "and a small with just anchovies"], lines: [pie("medium", ["ham"]), pie("small", ["anchovies"])], alone: [true, true] },
    { name: "another size a turn later: another one", turns: ["a medium with ham", "and a small with anchovies"], lines: [pie("medium", ["ham"]), pie("small", ["anchovies"])], alone: [true, true] },
    { name: "cancel the small (no 'one')", turns: ["a small pie with ham and a medium pie with anchovies, and cancel the small"], lines: [pie("medium", ["anchovies"])], alone: [false] }, // (right, but a cancel said apart from the items stays a guess)
  ];
  for (const c of cases) {
    it(c.name, () => {
      const out = run(menu, c.turns);
      expect(lineKeys(menu, out.lines)).toEqual(lineKeys(menu, c.lines));
      expect(out.alone).toEqual(c.alone);
    });
  }
});
