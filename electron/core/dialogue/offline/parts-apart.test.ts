// Parts said apart are lines apart (parts-apart.ts). Each row reads real words with the engine,
// then hands the check a cart the turn could have left — right or wrong — so the check is
// tested for what any path of the planner might do. The last table plays whole turns.
import { describe, expect, it } from "vitest";
import type { CartState } from "../../cart/cart.ts";
import { partsNotApart, partsOpened } from "./parts-apart.ts";
import { notAsSaid } from "./read-back-checks.ts";
import { cartOf, type LineSpec, menuFrom, phenomenonTable, utteranceSaid } from "./test-helpers.ts";
import { pizzeriaMenu } from "./test-menus.ts";

const tk = (ko: string, en: string, aliases: string[] = []) => ({ name: { ko, en }, aliases: { ko: aliases, en: [] } });
const menu = menuFrom({
  version: 1,
  store: { id: "parts", name: { ko: "분식", en: "Snacks" }, currency: "KRW", languages: ["ko", "en"] },
  categories: [{ id: "main", name: { ko: "메뉴", en: "Menu" } }],
  optionGroups: [
    { id: "add", ...tk("추가", "Add"), select: "many", choices: [{ id: "dumpling", ...tk("만두", "Dumplings", ["만두 추가"]) }, { id: "tteok", ...tk("떡", "Rice cakes", ["떡 추가"]) }] },
    { id: "egg", ...tk("계란", "Egg"), select: "count", min: 0, max: 3, default: 0 },
    { id: "spice", ...tk("맵기", "Spice"), select: "one", default: "normal", choices: [{ id: "mild", ...tk("순하게", "Mild") }, { id: "normal", ...tk("보통", "Normal") }, { id: "hot", ...tk("맵게", "Hot") }] },
    { id: "syrup", ...tk("시럽", "Syrup"), select: "many", choices: [{ id: "vanilla", ...tk("바닐라", "Vanilla") }, { id: "caramel", ...tk("카라멜", "Caramel") }] },
  ],
  items: [
    { id: "ramen", category: "main", ...tk("라면", "Ramen"), price: 4000, optionGroups: ["add", "egg", "spice"] },
    { id: "latte", category: "main", ...tk("라떼", "Latte"), price: 4500, optionGroups: ["syrup"] },
  ],
});

type Line = LineSpec;
const states = (lines: readonly Line[]): CartState => cartOf(menu, lines);

/** The words said to an empty cart, read back against `after` (every line made by the turn). */
function doubts(text: string, after: readonly Line[], before: readonly Line[] = []): string[] {
  const start = states(before);
  const end = states([...before, ...after]);
  const u = utteranceSaid(menu, text, start);
  const created = end.lines.slice(before.length).map((l) => l.id);
  const modified = end.lines.slice(0, before.length).map((l) => l.id);
  return partsNotApart({ before: start, state: end, created, modified, utterance: u, menu });
}

describe("parts opened by the words", () => {
  const rows: Array<[string, number]> = [
    ["라면 두개 하나는 만두 추가 하나는 떡 추가", 2],
    ["라면 두 개 한 개는 순하게 한 개는 맵게", 2],
    ["라면 세개 하나는 만두 추가 하나는 떡 추가 하나는 그냥", 3],
    ["two lattes, one with vanilla and one with caramel", 2],
    ["라면 하나는 만두 추가요", 0],
    ["two lattes with vanilla", 0],
  ];
  for (const [text, n] of rows) it(`${n}: ${text}`, () => expect(partsOpened(utteranceSaid(menu, text, states([]))).length).toBe(n));
});

describe("a line holding what two parts said apart", () => {
  const plain = { item: "ramen", qty: 1 };
  const rows: Array<{ name: string; text: string; after: Line[]; before?: Line[]; doubt: boolean }> = [
    { name: "both extras on one line", text: "라면 두개 하나는 만두 추가 하나는 떡 추가", after: [plain, { item: "ramen", qty: 1, options: { add: ["dumpling", "tteok"] } }], doubt: true },
    { name: "each on its own", text: "라면 두개 하나는 만두 추가 하나는 떡 추가", after: [{ item: "ramen", qty: 1, options: { add: ["dumpling"] } }, { item: "ramen", qty: 1, options: { add: ["tteok"] } }], doubt: false },
    { name: "an extra and a count on one line", text: "라면 두개 하나는 만두 추가 하나는 계란 하나 추가", after: [plain, { item: "ramen", qty: 1, options: { add: ["dumpling"], egg: 1 } }], doubt: true },
    { name: "the rest plain", text: "라면 두개 하나는 만두 추가 하나는 그냥", after: [plain, { item: "ramen", qty: 1, options: { add: ["dumpling"] } }], doubt: false },
    { name: "said a turn later, one line with both", text: "하나는 만두 추가 하나는 떡 추가요", before: [{ item: "ramen", qty: 2 }], after: [], doubt: false },
    { name: "English: both syrups on one", text: "two lattes, one with vanilla and one with caramel", after: [{ item: "latte", qty: 1 }, { item: "latte", qty: 1, options: { syrup: ["vanilla", "caramel"] } }], doubt: true },
    { name: "English: apart", text: "two lattes, one with vanilla and one with caramel", after: [{ item: "latte", qty: 1, options: { syrup: ["vanilla"] } }, { item: "latte", qty: 1, options: { syrup: ["caramel"] } }], doubt: false },
  ];
  for (const r of rows) it(`${r.doubt ? "doubt" : "as said"}: ${r.name}`, () => expect(doubts(r.text, r.after, r.before).length > 0).toBe(r.doubt));
  it("a line changed a turn later to hold both parts' extras", () => {
    // The line of two made one with both: the turn modified the line that was there.
    const start = states([{ item: "ramen", qty: 2 }]);
    const end = cartOf(menu, [{ item: "ramen", qty: 1, options: { add: ["dumpling", "tteok"] } }]);
    const u = utteranceSaid(menu, "하나는 만두 추가 하나는 떡 추가요", start);
    expect(partsNotApart({ before: start, state: end, created: end.lines.map((l) => l.id), modified: [], utterance: u, menu })).not.toEqual([]);
  });
});

phenomenonTable("parts said apart, played through", menu, [
  { name: "two singles apart", turns: ["라면 두개 하나는 순하게 하나는 맵게"], lines: [{ item: "ramen", qty: 1, options: { spice: "mild" } }, { item: "ramen", qty: 1, options: { spice: "hot" } }] },
]);

describe("what one part said is on fewer than all (pizzeria)", () => {
  const pz = pizzeriaMenu();
  const check = (text: string, before: Line[], after: Line[]) => {
    const start = cartOf(pz, before);
    const end = cartOf(pz, after);
    const u = utteranceSaid(pz, text, start);
    // Lines kept in place keep their ids (the cart numbers lines in the order added).
    const kept = end.lines.slice(0, before.length).map((l) => l.id);
    return partsNotApart({ before: start, state: end, created: end.lines.slice(before.length).map((l) => l.id), modified: kept, utterance: u, menu: pz });
  };
  const rows: Array<{ name: string; text: string; before: Line[]; after: Line[]; doubt: boolean }> = [
    { name: "two burgers, one with onions: both have them", text: "two burgers, one with onions", before: [], after: [{ item: "burger", qty: 2, options: { toppings: ["onions"] } }], doubt: true },
    { name: "two burgers, one with onions: one has them", text: "two burgers, one with onions", before: [], after: [{ item: "burger", qty: 1, options: { toppings: ["onions"] } }, { item: "burger", qty: 1 }], doubt: false },
    { name: "two burgers, mine with ham: both have it", text: "two burgers, mine with ham", before: [], after: [{ item: "burger", qty: 2, options: { toppings: ["ham"] } }], doubt: true },
    { name: "make one of them large, a turn later: both large", text: "make one of them large", before: [{ item: "pizza", qty: 2 }], after: [{ item: "pizza", qty: 2, options: { size: "large" } }], doubt: true },
    { name: "make one of them large: one large", text: "make one of them large", before: [{ item: "pizza", qty: 2 }], after: [{ item: "pizza", qty: 1 }, { item: "pizza", qty: 1, options: { size: "large" } }], doubt: false },
    { name: "three pizzas with ham, one of them large: the ham is on all, as said", text: "three pizzas with ham, one of them large", before: [], after: [{ item: "pizza", qty: 2, options: { toppings: ["ham"] } }, { item: "pizza", qty: 1, options: { toppings: ["ham"], size: "large" } }], doubt: false },
    { name: "and one with onions, a turn later: put on the pizza there", text: "and one with onions", before: [{ item: "pizza", qty: 1, options: { toppings: ["ham"] } }], after: [{ item: "pizza", qty: 1, options: { toppings: ["ham", "onions"] } }], doubt: true },
    { name: "and one with onions: one more made", text: "and one with onions", before: [{ item: "pizza", qty: 1, options: { toppings: ["ham"] } }], after: [{ item: "pizza", qty: 1, options: { toppings: ["ham"] } }, { item: "pizza", qty: 1, options: { toppings: ["onions"] } }], doubt: false },
  ];
  for (const r of rows) it(`${r.doubt ? "doubt" : "as said"}: ${r.name}`, () => expect(check(r.text, r.before, r.after).length > 0).toBe(r.doubt));
});

describe("the read-back every turn goes through", () => {
  it("holds this check", () => {
    const start = states([]);
    const end = states([{ item: "ramen", qty: 1 }, { item: "ramen", qty: 1, options: { add: ["dumpling", "tteok"] } }]);
    const u = utteranceSaid(menu, "라면 두개 하나는 만두 추가 하나는 떡 추가", start);
    expect(notAsSaid({ before: start, state: end, created: end.lines.map((l) => l.id), modified: [], utterance: u, menu })).toContainEqual(expect.stringContaining("parts said apart"));
  });
});
