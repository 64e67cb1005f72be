// Corrections and refusals that take something back, and what is wanted instead:
// - a correction that takes something back ("actually take the olives off and put mushrooms
//   instead", "아니다, 시럽은 빼 주세요", "X 말고 Y로") is not answered alone: what it takes
//   back and what stays is where readings part;
// - what "just"/"only" leads after a refusal is wanted ("no corn just bacon and mushrooms");
// - two choices of one slot side by side after a refusal are the refused one and the one
//   wanted ("not cheese crust thin crust");
// - "don't"/"do not" before an option refuses it ("actually don't warm it").
import { describe, expect, it } from "vitest";
import { confidentAfter, menus, notAloneTable, type PhenomenonRow, phenomenonTable } from "./test-helpers.ts";

const pizzaRows: PhenomenonRow[] = [
  { name: "no corn just bacon and mushrooms", turns: ["a large pepperoni pizza no corn just bacon and mushrooms"], lines: [{ item: "pepperoni", qty: 1, options: { "pizza-size": "large", toppings: ["bacon", "mushroom"] } }], confident: true },
  { name: "not cheese crust thin crust", turns: ["a large pepperoni pizza not cheese crust thin crust"], lines: [{ item: "pepperoni", qty: 1, options: { "pizza-size": "large", crust: "thin" } }], confident: true },
  { name: "no olives corn: a list of one kind, both refused", turns: ["a large pepperoni pizza with bacon, no olives corn"], lines: [{ item: "pepperoni", qty: 1, options: { "pizza-size": "large", toppings: ["bacon"] } }] },
];

const cafeRows: PhenomenonRow[] = [
  { name: "아니다, 시럽은 빼 주세요 after a syrup was added", turns: ["아이스 아메리카노 바닐라 시럽 추가요", "아니다, 시럽은 빼 주세요"], lines: [{ item: "americano", qty: 1, options: { temp: "iced" } }], confident: false },
];

// "don't"/"do not" before an option refuses it ("actually don't warm it").
const coffeeRows: PhenomenonRow[] = [
  { name: "actually dont warm it", turns: ["a butter croissant warmed please", "actually dont warm it"], lines: [{ item: "croissant", qty: 1, options: { warm: "no" } }], confident: false },
  { name: "do not warm it, a turn later", turns: ["a butter croissant warmed please", "do not warm it"], lines: [{ item: "croissant", qty: 1, options: { warm: "no" } }] },
];

phenomenonTable("corrections that take back, refusals and what is wanted instead (English pizza)", menus.pizza(), pizzaRows);
phenomenonTable("don't before an option (English coffee)", menus.coffee(), coffeeRows);
phenomenonTable("corrections that take back (Korean café)", menus.cafe(), cafeRows);

describe("a correction that takes something back is not answered alone", () => {
  it.each([
    { menu: "pizza" as const, turns: ["a large pepperoni pizza with bacon and olives", "actually take the olives off and put mushrooms instead"] },
    { menu: "pizza" as const, turns: ["a large pepperoni pizza with bacon and olives", "actually no olives"] },
    { menu: "cafe" as const, turns: ["아이스 아메리카노 바닐라 시럽 추가요", "아니다, 시럽은 빼 주세요"] },
    { menu: "cafe" as const, turns: ["아이스 아메리카노 하나 카페라떼 하나요", "아메리카노 말고 콜드브루로 바꿔 주세요"] },
  ])("$turns", async ({ menu, turns }) => {
    expect(await confidentAfter(menus[menu](), turns)).toBe(false);
  });

  it("a correction that only gives something is still answered alone", async () => {
    expect(await confidentAfter(menus.pizza(), ["a large pepperoni pizza", "actually make it a regular"])).toBe(true);
  });
});

// "a latte with caramel, I mean hazelnut": a correction of an option takes back the one said
// before of that kind (it kept both, answered alone: a red team's finding); "actually add"
// is one more.
phenomenonTable("I mean + another option of the same kind (English coffee)", menus.coffee(), [
  { name: "a latte with caramel, I mean hazelnut", turns: ["a latte with caramel, I mean hazelnut"], lines: [{ item: "latte", qty: 1, options: { syrup: ["hazelnut"] } }] },
  { name: "a latte with vanilla, actually caramel", turns: ["a latte with vanilla, actually caramel"], lines: [{ item: "latte", qty: 1, options: { syrup: ["caramel"] } }] },
  { name: "a latte with vanilla, actually add caramel: one more", turns: ["a latte with vanilla, actually add caramel"], lines: [{ item: "latte", qty: 1, options: { syrup: ["vanilla", "caramel"] } }] },
  // A turn later: "no actually hazelnut" takes back the one choice of that kind on the line.
  { name: "a latte with caramel / no actually hazelnut", turns: ["a latte with caramel", "no actually hazelnut"], lines: [{ item: "latte", qty: 1, options: { syrup: ["hazelnut"] } }] },
  { name: "a latte with vanilla / actually caramel too: one more", turns: ["a latte with vanilla", "actually caramel too"], lines: [{ item: "latte", qty: 1, options: { syrup: ["vanilla", "caramel"] } }] },
  { name: "a latte with vanilla and caramel / no actually hazelnut: which one?", turns: ["a latte with vanilla and caramel", "no actually hazelnut"], lines: [{ item: "latte", qty: 1, options: { syrup: ["vanilla", "caramel", "hazelnut"] } }], confident: false },
]);

// "make the first one large" after two turns: read as the latte (places.ts), but the change
// word's path still weighs the line talked about last, so it is left to the model.
notAloneTable("the first one (English coffee)", menus.coffee(), [
  { name: "make the first one large", turns: ["a latte", "and a mocha", "make the first one large"] },
]);
// An option said of a place is put on the line at that place (places.ts).
phenomenonTable("the second one (English coffee)", menus.coffee(), [
  { name: "the second one iced", turns: ["a latte and a mocha", "the second one iced please"], lines: [{ item: "latte", qty: 1 }, { item: "mocha", qty: 1, options: { temp: "iced" } }], confident: true },
]);
