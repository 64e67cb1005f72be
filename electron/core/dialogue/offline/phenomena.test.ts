// How people talk, phenomenon by phenomenon (issue 9 item 3): English pizza talk on the
// test pizzeria, Korean 분식 talk on this folder's bunsik menu. Each row is one way of
// saying an order; the engine must get the whole cart right.
import { describe, expect, it } from "vitest";
import { MenuModel } from "../../../../shared/menu/model.ts";
import { validateMenu } from "../../../../shared/menu/validate.ts";
import { converse, lineKeys, menus, type ExpectedLine } from "./test-helpers.ts";
import { pizzeriaMenu } from "./test-menus.ts";
import { withoutMeasure } from "./word-variants.ts";
import { koreanClippings } from "./item-name-forms.ts";
import { soundForm } from "./normalize.ts";

interface Row {
  name: string;
  turns: string[];
  lines: ExpectedLine[];
  orderOptions?: Record<string, string>;
}

const english: Row[] = [
  // "pie" for pizza.
  { name: "pie for pizza", turns: ["a large pie with ham"], lines: [{ item: "pizza", qty: 1, options: { size: "large", toppings: ["ham"] } }] },
  { name: "pies, plural", turns: ["two small pies with mushrooms"], lines: [{ item: "pizza", qty: 2, options: { size: "small", toppings: ["mushrooms"] } }] },
  // A size or crust before the toppings.
  { name: "size and toppings before the head", turns: ["a small pepperoni and mushroom pizza"], lines: [{ item: "pizza", qty: 1, options: { size: "small", toppings: ["pepperoni", "mushrooms"] } }] },
  { name: "size and crust before the head", turns: ["a large thin crust pizza with olives"], lines: [{ item: "pizza", qty: 1, options: { size: "large", crust: "thin", toppings: ["olives"] } }] },
  { name: "a word several items share, with options: the one they describe", turns: ["a medium pizza with onions"], lines: [{ item: "pizza", qty: 1, options: { toppings: ["onions"] } }] },
  // Elided head nouns.
  { name: "elided head: a large thin crust", turns: ["a large thin crust"], lines: [{ item: "pizza", qty: 1, options: { size: "large", crust: "thin" } }] },
  { name: "elided head: a large with ham", turns: ["a large with ham"], lines: [{ item: "pizza", qty: 1, options: { size: "large", toppings: ["ham"] } }] },
  { name: "elided head: toppings on a large", turns: ["ham mushrooms onions on a large"], lines: [{ item: "pizza", qty: 1, options: { size: "large", toppings: ["ham", "mushrooms", "onions"] } }] },
  { name: "elided head in a later turn", turns: ["a large pizza with ham", "and a small with onions"], lines: [{ item: "pizza", qty: 1, options: { size: "large", toppings: ["ham"] } }, { item: "pizza", qty: 1, options: { size: "small", toppings: ["onions"] } }] },
  // "with everything" / "the works".
  { name: "with everything", turns: ["a large with everything"], lines: [{ item: "works", qty: 1, options: { size: "large" } }] },
  { name: "the works", turns: ["the works please"], lines: [{ item: "works", qty: 1 }] },
  { name: "the shared word after the name", turns: ["a small supreme pizza and a large works pizza"], lines: [{ item: "supreme", qty: 1, options: { size: "small" } }, { item: "works", qty: 1, options: { size: "large" } }] },
  { name: "with everything except: a refusal on the specialty", turns: ["a large supreme pizza except onions"], lines: [{ item: "supreme", qty: 1, options: { size: "large", "leave-off": ["onions"] } }] },
  // Drink sizes and containers.
  { name: "a two liter of", turns: ["a two liter of sprite"], lines: [{ item: "sprite", qty: 1, options: { container: "two-liter" } }] },
  { name: "bottles of", turns: ["two bottles of water"], lines: [{ item: "water", qty: 2 }] },
  { name: "a can of", turns: ["a can of coke and a bottle of sprite"], lines: [{ item: "coke", qty: 1 }, { item: "sprite", qty: 1, options: { container: "bottle" } }] },
  { name: "a count of containers first, then the drinks", turns: ["two 2 liters, one coke one sprite"], lines: [{ item: "coke", qty: 1, options: { container: "two-liter" } }, { item: "sprite", qty: 1, options: { container: "two-liter" } }] },
  { name: "containers first, drinks adding up to the count", turns: ["three bottles, two cokes and a sprite"], lines: [{ item: "coke", qty: 2, options: { container: "bottle" } }, { item: "sprite", qty: 1, options: { container: "bottle" } }] },
  // Several pizzas with their own toppings in one sentence.
  { name: "two pizzas, each its own toppings", turns: ["two large pizzas one with ham and one with mushrooms and olives"], lines: [{ item: "pizza", qty: 1, options: { size: "large", toppings: ["ham"] } }, { item: "pizza", qty: 1, options: { size: "large", toppings: ["mushrooms", "olives"] } }] },
  { name: "two pizzas named apart", turns: ["a large ham pizza and a small mushroom pizza"], lines: [{ item: "pizza", qty: 1, options: { size: "large", toppings: ["ham"] } }, { item: "pizza", qty: 1, options: { size: "small", toppings: ["mushrooms"] } }] },
  { name: "a pizza and drinks with sizes", turns: ["a large pizza with ham and a bottle of coke"], lines: [{ item: "pizza", qty: 1, options: { size: "large", toppings: ["ham"] } }, { item: "coke", qty: 1, options: { container: "bottle" } }] },
  // Extra / light / no cheese and sauce.
  { name: "extra cheese light sauce", turns: ["a pizza with ham extra cheese light sauce"], lines: [{ item: "pizza", qty: 1, options: { toppings: ["ham"], cheese: "extra", "sauce-amount": "light" } }] },
  { name: "easy on the sauce", turns: ["a pizza with ham easy on the sauce"], lines: [{ item: "pizza", qty: 1, options: { toppings: ["ham"], "sauce-amount": "light" } }] },
  { name: "go easy on / heavy on, derived from Light and Extra", turns: ["a pizza with ham, go easy on the cheese and heavy on the sauce"], lines: [{ item: "pizza", qty: 1, options: { toppings: ["ham"], cheese: "light", "sauce-amount": "extra" } }] },
  { name: "light on the cheese", turns: ["a large pizza light on the cheese"], lines: [{ item: "pizza", qty: 1, options: { size: "large", cheese: "light" } }] },
  { name: "no cheese", turns: ["a pizza no cheese"], lines: [{ item: "pizza", qty: 1, options: { cheese: "none" } }] },
  { name: "hold the cheese", turns: ["a small pizza with pepperoni hold the cheese"], lines: [{ item: "pizza", qty: 1, options: { size: "small", toppings: ["pepperoni"], cheese: "none" } }] },
  { name: "additional cheese is the menu's extra cheese", turns: ["a pizza with ham and additional cheese"], lines: [{ item: "pizza", qty: 1, options: { toppings: ["ham"], cheese: "extra" } }] },
  { name: "more cheese is the menu's extra cheese", turns: ["one pie with mushrooms more cheese"], lines: [{ item: "pizza", qty: 1, options: { toppings: ["mushrooms"], cheese: "extra" } }] },
  // Sizes shortened when typed.
  { name: "med for medium", turns: ["two med pizzas with ham"], lines: [{ item: "pizza", qty: 2, options: { size: "medium", toppings: ["ham"] } }] },
  // Lists without "and".
  { name: "toppings listed without and", turns: ["a large pizza ham mushrooms onions"], lines: [{ item: "pizza", qty: 1, options: { size: "large", toppings: ["ham", "mushrooms", "onions"] } }] },
  { name: "toppings after with, without and", turns: ["a pizza with pepperoni olives pineapple"], lines: [{ item: "pizza", qty: 1, options: { toppings: ["pepperoni", "olives", "pineapple"] } }] },
  // Request phrasings.
  { name: "can i get over a one-word option", turns: ["can i get a coke"], lines: [{ item: "coke", qty: 1 }] },
  { name: "a pizza that comes with (not cokes)", turns: ["a large pizza that comes with ham and olives but make sure no extra cheese"], lines: [{ item: "pizza", qty: 1, options: { size: "large", toppings: ["ham", "olives"] } }] },
  { name: "can i do (not the can of a drink)", turns: ["can i do a large pizza with ham"], lines: [{ item: "pizza", qty: 1, options: { size: "large", toppings: ["ham"] } }] },
  { name: "swap one topping for another on a specialty", turns: ["a large supreme pizza but swap the olives for pineapple"], lines: [{ item: "supreme", qty: 1, options: { size: "large", toppings: ["pineapple"] } }] },
  { name: "replace one topping with another, a turn later", turns: ["a pizza with ham and onions", "replace the onions with mushrooms"], lines: [{ item: "pizza", qty: 1, options: { toppings: ["ham", "mushrooms"] } }] },
  { name: "replace an item with another", turns: ["a supreme pizza and a burger", "replace the burger with a coke"], lines: [{ item: "supreme", qty: 1 }, { item: "coke", qty: 1 }] },
  { name: "forget the X removes it", turns: ["a supreme pizza and a burger", "actually forget the burger"], lines: [{ item: "supreme", qty: 1 }] },
  { name: "i'd try / i'll go for", turns: ["i'd try a small pie with ham and i'll go for a coke too"], lines: [{ item: "pizza", qty: 1, options: { size: "small", toppings: ["ham"] } }, { item: "coke", qty: 1 }] },
];

const korean: Row[] = [
  // Clippings derived from the menu's own names.
  { name: "clipping: first syllable + head", turns: ["불버거 하나요"], lines: [{ item: "bulgogi-burger", qty: 1 }] },
  { name: "clipping: first syllables of both parts", turns: ["참김 두 줄이요"], lines: [{ item: "tuna-gimbap", qty: 2 }] },
  // Spelling and spacing slips, compared by sound.
  { name: "said as pronounced (떡뽀끼)", turns: ["떡뽀끼 1인분 매운맛"], lines: [{ item: "tteokbokki", qty: 1, options: { spicy: "hot" } }] },
  { name: "vowel slip (떡볶기)", turns: ["떡볶기 일인분 순한맛"], lines: [{ item: "tteokbokki", qty: 1, options: { spicy: "mild" } }] },
  { name: "no spaces", turns: ["불고기버거세트하나콜라로"], lines: [{ item: "bulgogi-set", qty: 1, options: { "set-drink": "cola" } }] },
  // Counters and units.
  { name: "counters 줄 and 개", turns: ["김밥 두 줄이랑 오뎅 세 개"], lines: [{ item: "veg-gimbap", qty: 2 }, { item: "eomuk", qty: 3 }] },
  { name: "counter 인분", turns: ["순대 1인분이랑 튀김 2인분"], lines: [{ item: "sundae", qty: 1 }, { item: "twigim", qty: 2 }] },
  // Sets: conversion and upgrades, same utterance and later.
  { name: "item made a set in the same breath", turns: ["불고기버거 하나 세트로 해 주세요", "콜라요"], lines: [{ item: "bulgogi-set", qty: 1, options: { "set-drink": "cola" } }] },
  { name: "set side upgraded", turns: ["불고기버거 세트 하나 치즈스틱으로 바꿔서요", "사이다요"], lines: [{ item: "bulgogi-set", qty: 1, options: { "set-side": "cheesestick", "set-drink": "cider" } }] },
  { name: "set upgraded a turn later", turns: ["새우 세트 하나 콜라로", "감자튀김은 치즈스틱으로 바꿔 주세요"], lines: [{ item: "shrimp-set", qty: 1, options: { "set-drink": "cola", "set-side": "cheesestick" } }] },
  // Extras with counts.
  { name: "extra twice (두 번 추가)", turns: ["치즈버거 패티 두 번 추가요"], lines: [{ item: "cheese-burger", qty: 1, options: { patty: 2 } }] },
  { name: "one more of an extra (하나 더 넣어서)", turns: ["치즈버거 하나 패티 하나 더 넣어서"], lines: [{ item: "cheese-burger", qty: 1, options: { patty: 1 } }] },
  // Several removals in one phrase.
  { name: "two refusals joined by 랑", turns: ["떡볶이 하나 보통맛 계란이랑 치즈 사리는 빼고"], lines: [{ item: "tteokbokki", qty: 1, options: { spicy: "medium" } }] },
  { name: "taking two toppings off later", turns: ["떡볶이 하나 보통맛 계란이랑 치즈 사리 추가요", "계란이랑 치즈 사리는 빼 주세요"], lines: [{ item: "tteokbokki", qty: 1, options: { spicy: "medium" } }] },
  // Self-corrections inside one utterance.
  { name: "아 잠깐, then the other item", turns: ["떡볶이 하나, 아 잠깐, 라볶이로 할게요", "순한맛"], lines: [{ item: "rabokki", qty: 1, options: { spicy: "mild" } }] },
  { name: "아 아니다, a different count", turns: ["김밥 두 줄 아 아니다 세 줄이요"], lines: [{ item: "veg-gimbap", qty: 3 }] },
  // Take-out and eat-in, many ways.
  { name: "가지고 갈게요", turns: ["치즈버거 하나 가지고 갈게요"], lines: [{ item: "cheese-burger", qty: 1 }], orderOptions: { dining: "togo" } },
  { name: "싸 주세요", turns: ["치즈버거 하나 싸 주세요"], lines: [{ item: "cheese-burger", qty: 1 }], orderOptions: { dining: "togo" } },
  { name: "들고 갈게요", turns: ["치즈버거 하나 들고 갈게요"], lines: [{ item: "cheese-burger", qty: 1 }], orderOptions: { dining: "togo" } },
  { name: "여기서 먹을게요", turns: ["치즈버거 하나 여기서 먹을게요"], lines: [{ item: "cheese-burger", qty: 1 }], orderOptions: { dining: "here" } },
  { name: "en to go on a Korean menu", turns: ["a cheeseburger to go"], lines: [{ item: "cheese-burger", qty: 1 }], orderOptions: { dining: "togo" } },
];

async function check(m: MenuModel, r: Row): Promise<void> {
  const { cart } = await converse(m, r.turns);
  expect(lineKeys(m, cart.lines)).toEqual(lineKeys(m, r.lines));
  for (const [g, v] of Object.entries(r.orderOptions ?? {})) expect(cart.orderOptions[g]).toBe(v);
}

describe("English pizza talk", () => {
  const m = pizzeriaMenu();
  for (const r of english) it(r.name, () => check(m, r));
});

describe("Korean 분식 talk", () => {
  const m = menus.bunsik();
  for (const r of korean) it(r.name, () => check(m, r));
});

describe("two readings equally likely: the kiosk asks with buttons", () => {
  it("options that fit two items alike ask which item, and order nothing yet", async () => {
    const m = menus.bunsik();
    const { cart, outs } = await converse(m, ["매운맛으로 하나요"]);
    expect(cart.lines).toEqual([]);
    expect(outs[0]!.ask).toEqual({ kind: "item" });
    expect(outs[0]!.reply).toMatch(/떡볶이.*라볶이/);
  });
});

describe("Korean names said without their first part", () => {
  const m = pizzeriaMenu();
  it("크리스피치킨버거 is asked for as 치킨버거", () => check(m, { name: "", turns: ["치킨버거 두 개요"], lines: [{ item: "chicken-burger", qty: 2 }] }));
});

describe("what the lexicon derives from a menu's own names", () => {
  it.each([
    ['Large 14"', "Large"],
    ["Small cup (16 oz)", "Small cup"],
    ["라지 (591ml)", "라지"],
    ["12 pieces", "12 pieces"],
    ["Oat milk", "Oat milk"],
  ])("withoutMeasure(%j) = %j", (a, b) => expect(withoutMeasure(a)).toBe(b));

  it.each([
    ["떡뽀끼", "떡볶이"],
    ["까페라떼", "카페라테"],
    ["볶음밥", "보끔밥"],
  ])("%s sounds like %s", (a, b) => expect(soundForm(a)).toBe(soundForm(b)));

  it("clips compound names only where the clipping points at one item", () => {
    const clips = new Map(koreanClippings([
      { id: "bulgogi", names: ["불고기버거"] },
      { id: "chicken", names: ["치킨버거"] },
      { id: "cheese", names: ["치즈버거"] },
      { id: "tuna", names: ["참치김밥"] },
      { id: "veg", names: ["야채김밥"] },
    ]));
    expect(clips.get("불버거")).toBe("bulgogi");
    expect(clips.get("참김")).toBe("tuna");
    expect(clips.has("치버거")).toBe(false); // 치킨버거 or 치즈버거
  });
});

describe("a number before options and an item counts the item", () => {
  // A menu where a number also names a size ('personal (6")'): "six large diet cokes" is
  // six cokes, not a six-inch anything.
  const e = (en: string) => ({ en });
  const r = validateMenu({
    version: 1,
    store: { id: "numbers", name: e("Numbers"), currency: "USD", languages: ["en"] },
    categories: [{ id: "pizza", name: e("Pizza") }, { id: "drink", name: e("Drinks") }],
    optionGroups: [
      { id: "pizza-size", name: e("Pizza size"), select: "one", default: "medium", choices: [{ id: "personal", name: e('personal (6")') }, { id: "medium", name: e('medium (12")') }, { id: "large", name: e('large (14")') }] },
      { id: "drink-size", name: e("Drink size"), select: "one", default: "medium", choices: ["small", "medium", "large"].map((id) => ({ id, name: e(`${id} cup`), aliases: { en: [id] } })) },
    ],
    items: [
      { id: "cheese-pizza", category: "pizza", name: e("Cheese Pizza"), aliases: { en: ["pizza"] }, price: 1000, optionGroups: ["pizza-size"] },
      { id: "fanta", category: "drink", name: e("Fanta"), price: 200, optionGroups: ["drink-size"] },
      { id: "diet-coke", category: "drink", name: e("Diet Coke"), price: 200, optionGroups: ["drink-size"] },
    ],
  });
  if (!r.ok) throw new Error(r.problems.join("; "));
  const m = new MenuModel(r.menu);
  it("six large diet cokes after a medium fanta", () =>
    check(m, { name: "", turns: ["a medium fanta and six large diet cokes"], lines: [{ item: "fanta", qty: 1, options: { "drink-size": "medium" } }, { item: "diet-coke", qty: 6, options: { "drink-size": "large" } }] }));
  it("an option right before a drink said after 'with a' is the drink's", () =>
    check(m, { name: "", turns: ["a large pizza with a large fanta"], lines: [{ item: "cheese-pizza", qty: 1, options: { "pizza-size": "large" } }, { item: "fanta", qty: 1, options: { "drink-size": "large" } }] }));
});
