// Refusals are never orders: whatever the customer refuses ("no onions", "hold the
// ham", "avoid mushrooms", "양파 빼고", "오이랑 당근은 빼 주세요") is taken off the line
// if it is there, and otherwise nothing happens. Items, options and toppings, both
// languages, every position in the sentence. The menu is written here so the rows do
// not depend on any store's file.
import { describe, expect, it } from "vitest";
import { MenuModel } from "../../../../shared/menu/model.ts";
import { validateMenu } from "../../../../shared/menu/validate.ts";
import { converse, lineKeys, type ExpectedLine } from "./test-helpers.ts";
import { removalIndex } from "./refusal.ts";

const t = (ko: string, en: string) => ({ ko, en });
const raw = {
  version: 1,
  store: { id: "refusal-test", name: t("테스트 피자", "Test Pizza"), currency: "USD", languages: ["en", "ko"] },
  categories: [{ id: "pizza", name: t("피자", "Pizza") }, { id: "burger", name: t("버거", "Burgers") }, { id: "drink", name: t("음료", "Drinks") }],
  optionGroups: [
    { id: "size", name: t("사이즈", "Size"), select: "one", default: "medium", choices: [{ id: "small", name: t("스몰", "Small") }, { id: "medium", name: t("미디엄", "Medium") }, { id: "large", name: t("라지", "Large") }] },
    { id: "crust", name: t("도우", "Crust"), select: "one", default: "regular", choices: [{ id: "regular", name: t("오리지널", "Regular crust") }, { id: "thin", name: t("씬", "Thin crust"), aliases: { en: ["thin"] } }] },
    { id: "cheese", name: t("치즈", "Cheese"), select: "one", default: "regular", choices: [{ id: "none", name: t("치즈 없이", "No cheese") }, { id: "regular", name: t("보통 치즈", "Regular cheese") }, { id: "extra", name: t("치즈 추가", "Extra cheese") }] },
    {
      id: "toppings", name: t("토핑", "Toppings"), select: "many",
      choices: [
        { id: "ham", name: t("햄", "Ham") },
        { id: "onions", name: t("양파", "Onions"), aliases: { en: ["onion"] } },
        { id: "mushrooms", name: t("버섯", "Mushrooms"), aliases: { en: ["mushroom"] } },
        { id: "peppers", name: t("피망", "Green peppers"), aliases: { en: ["peppers", "pepper"] } },
        { id: "olives", name: t("올리브", "Black olives"), aliases: { en: ["olives"] } },
        { id: "pineapple", name: t("파인애플", "Pineapple") },
        { id: "pickles", name: t("피클", "Pickles") },
        { id: "cucumber", name: t("오이", "Cucumber") },
        { id: "carrot", name: t("당근", "Carrot") },
      ],
    },
    {
      id: "leave-off", name: t("빼기", "Leave off"), select: "many", aliases: { en: ["hold", "leave off"] },
      choices: [
        { id: "onions", name: t("양파 빼기", "No onions") },
        { id: "peppers", name: t("피망 빼기", "No green peppers"), aliases: { en: ["no peppers"] } },
        { id: "pickles", name: t("피클 빼기", "No pickles") },
        { id: "cucumber", name: t("오이 빼기", "No cucumber") },
        { id: "carrot", name: t("당근 빼기", "No carrot") },
      ],
    },
  ],
  items: [
    { id: "pizza", category: "pizza", name: t("치즈 피자", "Cheese pizza"), aliases: { en: ["pizza", "pie"], ko: ["피자"] }, price: 1000, optionGroups: ["size", "crust", "cheese", "toppings"] },
    {
      id: "supreme", category: "pizza", name: t("슈프림 피자", "Supreme pizza"), aliases: { en: ["supreme"], ko: ["슈프림"] }, price: 1400,
      optionGroups: ["size", "crust", "cheese", { group: "toppings", choices: ["ham", "mushrooms", "olives", "pineapple"] }, { group: "leave-off", choices: ["onions", "peppers"] }],
    },
    {
      id: "burger", category: "burger", name: t("수제버거", "House burger"), aliases: { en: ["burger"], ko: ["버거"] }, price: 900,
      optionGroups: [{ group: "toppings", choices: ["ham", "onions"] }, { group: "leave-off", choices: ["pickles", "cucumber", "carrot"] }],
    },
    { id: "coke", category: "drink", name: t("콜라", "Coke"), price: 200 },
    { id: "fries", category: "drink", name: t("감자튀김", "Fries"), price: 300 },
  ],
};

function menu(): MenuModel {
  const r = validateMenu(raw);
  if (!r.ok) throw new Error(r.problems.join("; "));
  return new MenuModel(r.menu);
}

interface Row {
  name: string;
  turns: string[];
  lines: ExpectedLine[];
}

const rows: Row[] = [
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
  { name: "en no that opens the phrase is an answer", turns: ["no, a pizza please"], lines: [{ item: "pizza", qty: 1 }] },

  // Korean, the refusal after what it refuses.
  { name: "ko X 빼고", turns: ["햄 피자 하나 양파 빼고 주세요"], lines: [{ item: "pizza", qty: 1, options: { toppings: ["ham"] } }] },
  { name: "ko X는 빼 주세요 on a new line", turns: ["피자 하나 햄 추가하고 버섯은 빼 주세요"], lines: [{ item: "pizza", qty: 1, options: { toppings: ["ham"] } }] },
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
