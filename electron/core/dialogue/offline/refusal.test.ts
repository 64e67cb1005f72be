// Refusals are never orders: whatever the customer refuses ("no onions", "hold the
// ham", "avoid mushrooms", "양파 빼고", "오이랑 당근은 빼 주세요") is taken off the line
// if it is there, and otherwise nothing happens. Items, options and toppings, both
// languages, every position in the sentence. The menu is written here so the rows do
// not depend on any store's file.
import { describe, expect, it } from "vitest";
import { pizzeriaMenu } from "./test-menus.ts";
import { converse, lineKeys, type ExpectedLine } from "./test-helpers.ts";
import { removalIndex } from "./refusal.ts";

const menu = pizzeriaMenu;

interface Row {
  name: string;
  turns: string[];
  lines: ExpectedLine[];
}

const rows: Row[] = [
  // English, "no" + an item's name at the start: a refusal, not the answer "no, a ...".
  { name: "en no X at the start refuses the item", turns: ["uh no fries, just a large pizza with onions"], lines: [{ item: "pizza", qty: 1, options: { size: "large", toppings: ["onions"] } }] },
  { name: "en no, then an item: the answer no", turns: ["no, a coke"], lines: [{ item: "coke", qty: 1 }] },
  { name: "en no X, make it Y: Y is ordered, nothing else replaced", turns: ["a supreme pizza and a coke", "no coke, make it a sprite"], lines: [{ item: "supreme", qty: 1 }, { item: "sprite", qty: 1 }] },
  // English, the refusal after the item.
  { name: "en no X on a new line", turns: ["a pizza with ham no onions"], lines: [{ item: "pizza", qty: 1, options: { toppings: ["ham"] } }] },
  { name: "en but hold X", turns: ["two large pizzas with onions thin crust but hold olives"], lines: [{ item: "pizza", qty: 2, options: { size: "large", crust: "thin", toppings: ["onions"] } }] },
  { name: "en avoid X", turns: ["a medium pizza along with pineapple but avoid ham"], lines: [{ item: "pizza", qty: 1, options: { toppings: ["pineapple"] } }] },
  { name: "en please avoid X", turns: ["may i have a pizza with mushrooms and please avoid ham"], lines: [{ item: "pizza", qty: 1, options: { toppings: ["mushrooms"] } }] },
  { name: "en do not add any X", turns: ["can i have a pizza with ham and pineapple but do not add any peppers in that"], lines: [{ item: "pizza", qty: 1, options: { toppings: ["ham", "pineapple"] } }] },
  { name: "en don't put any X on there", turns: ["one pizza with mushrooms oh please don't put any onions on there thanks"], lines: [{ item: "pizza", qty: 1, options: { toppings: ["mushrooms"] } }] },
  { name: "en leave off the X", turns: ["a large pizza with extra cheese and ham and leave off the mushrooms"], lines: [{ item: "pizza", qty: 1, options: { size: "large", cheese: "extra", toppings: ["ham"] } }] },
  { name: "en without any X", turns: ["a pizza with ham without any mushrooms please"], lines: [{ item: "pizza", qty: 1, options: { toppings: ["ham"] } }] },
  { name: "en skip the X", turns: ["a pizza with ham skip the olives though"], lines: [{ item: "pizza", qty: 1, options: { toppings: ["ham"] } }] },
  { name: "en several refused with or", turns: ["a pizza with ham but no onions or peppers"], lines: [{ item: "pizza", qty: 1, options: { toppings: ["ham"] } }] },
  { name: "en several refused with and", turns: ["a pizza with ham, hold the onions and mushrooms"], lines: [{ item: "pizza", qty: 1, options: { toppings: ["ham"] } }] },
  { name: "en refusal then a wanted extra", turns: ["a pizza with ham no onions and extra cheese"], lines: [{ item: "pizza", qty: 1, options: { toppings: ["ham"], cheese: "extra" } }] },
  { name: "en i don't want it on X", turns: ["a small pizza with ham and i don't want it on thin crust"], lines: [{ item: "pizza", qty: 1, options: { size: "small", toppings: ["ham"] } }] },
  { name: "en elided head then a refusal", turns: ["can i get a medium with olives and ham but no mushrooms"], lines: [{ item: "pizza", qty: 1, options: { toppings: ["olives", "ham"] } }] },
  // English, the refusal before the item or in the middle.
  { name: "en refusal first", turns: ["no onions on the ham pizza please"], lines: [{ item: "pizza", qty: 1, options: { toppings: ["ham"] } }] },
  { name: "en refusal between two pizzas", turns: ["a pizza with ham but no onions and a pizza with onions"], lines: [{ item: "pizza", qty: 1, options: { toppings: ["ham"] } }, { item: "pizza", qty: 1, options: { toppings: ["onions"] } }] },
  // A thing the item comes with: the menu's own "no X" choice.
  { name: "en without X the item comes with", turns: ["one small supreme pizza without onions and a coke"], lines: [{ item: "supreme", qty: 1, options: { size: "small", "leave-off": ["onions"] } }, { item: "coke", qty: 1 }] },
  { name: "en hold the X the item comes with", turns: ["a supreme, hold the peppers"], lines: [{ item: "supreme", qty: 1, options: { "leave-off": ["peppers"] } }] },
  // Options of a one-choice group.
  { name: "en no extra cheese keeps the default", turns: ["a pizza with ham no extra cheese"], lines: [{ item: "pizza", qty: 1, options: { toppings: ["ham"] } }] },
  { name: "en without thin crust keeps the default", turns: ["a pizza with ham without the thin crust"], lines: [{ item: "pizza", qty: 1, options: { toppings: ["ham"] } }] },
  { name: "en no cheese is the menu's own choice", turns: ["a pizza with no cheese"], lines: [{ item: "pizza", qty: 1, options: { cheese: "none" } }] },
  // Items.
  { name: "en an item refused is not ordered", turns: ["a pizza with ham but no coke"], lines: [{ item: "pizza", qty: 1, options: { toppings: ["ham"] } }] },
  { name: "en do not add fries", turns: ["a burger and do not add fries"], lines: [{ item: "burger", qty: 1 }] },
  { name: "en a later turn takes it off", turns: ["a pizza with ham and onions", "actually no onions"], lines: [{ item: "pizza", qty: 1, options: { toppings: ["ham"] } }] },
  { name: "en a later turn refusing what is not there changes nothing", turns: ["a pizza with ham", "hold the olives"], lines: [{ item: "pizza", qty: 1, options: { toppings: ["ham"] } }] },
  { name: "en remove the X one takes that line", turns: ["a large pizza with ham and a small pizza with onions", "remove the small one"], lines: [{ item: "pizza", qty: 1, options: { size: "large", toppings: ["ham"] } }] },
  { name: "en scratch the X", turns: ["a pizza with ham and a coke", "actually scratch the coke"], lines: [{ item: "pizza", qty: 1, options: { toppings: ["ham"] } }] },
  { name: "en no that opens the phrase is an answer", turns: ["no, a pizza please"], lines: [{ item: "pizza", qty: 1 }] },

  // Korean, the refusal after what it refuses.
  { name: "ko X 빼고", turns: ["햄 피자 하나 양파 빼고 주세요"], lines: [{ item: "pizza", qty: 1, options: { toppings: ["ham"] } }] },
  { name: "ko X는 빼 주세요 on a new line", turns: ["피자 하나 햄 추가하고 버섯은 빼 주세요"], lines: [{ item: "pizza", qty: 1, options: { toppings: ["ham"] } }] },
  { name: "ko X는 안 넣어도 돼요", turns: ["피자 하나 햄 추가요. 양파는 안 넣어도 돼요"], lines: [{ item: "pizza", qty: 1, options: { toppings: ["ham"] } }] },
  { name: "ko X는 넣지 마세요", turns: ["수제버거 하나 주세요 피클은 넣지 마세요"], lines: [{ item: "burger", qty: 1, options: { "leave-off": ["pickles"] } }] },
  { name: "ko X 없이", turns: ["피자 하나 양파 없이 주세요"], lines: [{ item: "pizza", qty: 1 }] },
  { name: "ko several removals in one phrase", turns: ["수제버거 하나 오이랑 당근은 빼고 주세요"], lines: [{ item: "burger", qty: 1, options: { "leave-off": ["cucumber", "carrot"] } }] },
  { name: "ko removal of what the item comes with", turns: ["버거 하나 피클 빼 주세요"], lines: [{ item: "burger", qty: 1, options: { "leave-off": ["pickles"] } }] },
  { name: "ko refusal before the item", turns: ["양파 빼고 햄 피자 하나요"], lines: [{ item: "pizza", qty: 1, options: { toppings: ["ham"] } }] },
  { name: "ko a later turn takes a topping off", turns: ["피자 하나 햄이랑 양파 추가요", "양파는 빼 주세요"], lines: [{ item: "pizza", qty: 1, options: { toppings: ["ham"] } }] },
  { name: "ko an item refused with 말고", turns: ["콜라 말고 감자튀김 하나요"], lines: [{ item: "fries", qty: 1 }] },
  { name: "ko an item taken out", turns: ["피자 하나랑 콜라 하나요", "콜라는 빼 주세요"], lines: [{ item: "pizza", qty: 1 }] },
];

describe("refusals are never orders", () => {
  const m = menu();
  for (const r of rows) {
    it(r.name, async () => {
      const { cart } = await converse(m, r.turns);
      expect(lineKeys(m, cart.lines)).toEqual(lineKeys(m, r.lines));
    });
  }
});

describe("removal choices come from the menu's names", () => {
  it("maps each 'no X' choice to the option it leaves off, in both languages", () => {
    const idx = removalIndex(menu());
    expect(idx.byChoice.get("toppings/onions")).toEqual([{ group: "leave-off", choice: "onions" }]);
    expect(idx.byChoice.get("toppings/cucumber")).toEqual([{ group: "leave-off", choice: "cucumber" }]);
    expect(idx.byChoice.get("toppings/ham")).toBeUndefined();
    expect([...idx.groups]).toEqual(["leave-off"]);
  });
});
