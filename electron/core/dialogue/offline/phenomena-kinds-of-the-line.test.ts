// "소주 두 병이요" then "참이슬 하나 진로 하나요", "two beers" then "one cass one terra": a turn
// right after a line was ordered that names its kinds with the item's own names carrying the
// choice says what the line is, whether the kiosk filled in a default or asked
// (kinds-of-the-line.ts). "진로도 하나", "진로 하나 더", "and a terra" and a count beyond the
// line's still order more.
import { describe, expect, it } from "vitest";
import { converse, menuFrom, notAloneTable, phenomenonTable } from "./test-helpers.ts";

const both = (ko: string, en: string) => ({ name: { ko, en } });
const alias = (ko: string[], en: string[]) => ({ aliases: { ko, en } });
const pub = menuFrom({
  version: 1,
  store: { id: "kinds-pub", name: { ko: "포차", en: "Pocha" }, currency: "KRW", languages: ["ko", "en"] },
  categories: [{ id: "food", ...both("안주", "Food") }, { id: "drink", ...both("주류", "Drinks") }],
  optionGroups: [
    { id: "soju-brand", ...both("소주 종류", "Soju brand"), select: "one", default: "chamisul", choices: [{ id: "chamisul", ...both("참이슬", "Chamisul") }, { id: "jinro", ...both("진로", "Jinro") }, { id: "cheoeum", ...both("처음처럼", "Cheoeum") }] },
    { id: "beer-brand", ...both("맥주 종류", "Beer"), select: "one", choices: [{ id: "cass", ...both("카스", "Cass") }, { id: "terra", ...both("테라", "Terra") }] },
    { id: "cook", ...both("조리", "Cooking"), select: "one", default: "steamed", choices: [{ id: "steamed", ...both("찐만두", "steamed") }, { id: "fried", ...both("군만두", "fried") }] },
    { id: "soda-kind", ...both("탄산 종류", "Soda"), select: "one", choices: [{ id: "coke", ...both("콜라", "coke") }, { id: "sprite", ...both("사이다", "sprite") }] },
    { id: "size", ...both("양", "Size"), select: "one", default: "regular", choices: [{ id: "regular", ...both("보통", "regular") }, { id: "large", ...both("특", "large"), price: 3000 }] },
  ],
  items: [
    {
      id: "soju", category: "drink", ...both("소주", "Soju"), price: 5000, optionGroups: ["soju-brand"],
      aliases: { ko: [{ text: "참이슬", options: { "soju-brand": "chamisul" } }, { text: "진로", options: { "soju-brand": "jinro" } }, { text: "처음처럼", options: { "soju-brand": "cheoeum" } }], en: ["soju", { text: "jinro", options: { "soju-brand": "jinro" } }, { text: "chamisul", options: { "soju-brand": "chamisul" } }] },
    },
    {
      id: "beer", category: "drink", ...both("맥주", "Beer"), price: 5000, optionGroups: ["beer-brand"],
      aliases: { ko: [{ text: "카스", options: { "beer-brand": "cass" } }, { text: "테라", options: { "beer-brand": "terra" } }], en: ["beer", { text: "cass", options: { "beer-brand": "cass" } }, { text: "terra", options: { "beer-brand": "terra" } }] },
    },
    {
      id: "mandu", category: "food", ...both("만두", "Dumplings"), price: 6000, optionGroups: ["cook", "size"],
      aliases: { ko: [{ text: "군만두", options: { cook: "fried" } }, { text: "특만두", options: { size: "large" } }], en: ["dumplings", { text: "fried dumplings", options: { cook: "fried" } }, { text: "steamed dumplings", options: { cook: "steamed" } }] },
    },
    { id: "soda", category: "drink", ...both("탄산음료", "Soda"), price: 2000, optionGroups: ["soda-kind"] },
    { id: "fries", category: "food", ...both("감자튀김", "Fries"), price: 4000, ...alias(["감튀"], ["fries"]) },
  ],
});

const soju = (brand: string, qty: number) => ({ item: "soju", qty, options: { "soju-brand": brand } });

phenomenonTable("the kinds of the line just ordered say what it is (Korean)", pub, [
  { name: "소주 두 병 → 참이슬 하나 진로 하나", turns: ["소주 두 병이요", "참이슬 하나 진로 하나요"], lines: [soju("chamisul", 1), soju("jinro", 1)], confident: true },
  { name: "소주 한 병 → 진로요", turns: ["소주 한 병이요", "진로요"], lines: [soju("jinro", 1)], confident: true },
  { name: "소주 두 병 → 진로 두 병이요", turns: ["소주 두 병이요", "진로 두 병이요"], lines: [soju("jinro", 2)], confident: true },
  { name: "소주 세 병 → 진로 하나 처음처럼 둘", turns: ["소주 세 병이요", "진로 하나 처음처럼 두 병이요"], lines: [soju("jinro", 1), soju("cheoeum", 2)], confident: true },
  { name: "감튀 하나 소주 두 병 → 참이슬 하나 진로 하나", turns: ["감튀 하나 소주 두 병이요", "참이슬 하나 진로 하나요"], lines: [{ item: "fries", qty: 1 }, soju("chamisul", 1), soju("jinro", 1)], confident: true },
  { name: "만두 두 개 → 군만두 하나 특만두 하나 (two groups)", turns: ["만두 두 개요", "군만두 하나 특만두 하나요"], lines: [{ item: "mandu", qty: 1, options: { cook: "fried", size: "regular" } }, { item: "mandu", qty: 1, options: { cook: "steamed", size: "large" } }], confident: true },
]);

// (Guards: these read as before.)
phenomenonTable("more of it is still ordered (Korean)", pub, [
  { name: "진로도 하나 주세요", turns: ["소주 두 병이요", "진로도 하나 주세요"], lines: [soju("chamisul", 2), soju("jinro", 1)] },
  { name: "진로 하나 더 주세요", turns: ["소주 두 병이요", "진로 하나 더 주세요"], lines: [soju("chamisul", 2), soju("jinro", 1)] },
  { name: "a count beyond the line's", turns: ["소주 두 병이요", "진로 세 병이요"], lines: [soju("chamisul", 2), soju("jinro", 3)] },
  { name: "the brand was said: another line", turns: ["참이슬 두 병이요", "진로 두 병이요"], lines: [soju("chamisul", 2), soju("jinro", 2)] },
]);

phenomenonTable("the kinds of the line just ordered say what it is (English)", pub, [
  { name: "two sojus → one jinro and one chamisul", turns: ["two soju please", "one jinro and one chamisul"], lines: [soju("jinro", 1), soju("chamisul", 1)], confident: true },
  { name: "two dumplings → one fried dumplings one steamed dumplings", turns: ["two dumplings", "one fried dumplings and one steamed dumplings"], lines: [{ item: "mandu", qty: 1, options: { cook: "fried" } }, { item: "mandu", qty: 1, options: { cook: "steamed" } }], confident: true },
]);

notAloneTable("which reading is unclear: a guess", pub, [
  { name: "소주 두 병 → 진로 하나요 (one of them, or one more?)", turns: ["소주 두 병이요", "진로 하나요"] },
  { name: "a soju → a jinro (that one, or another?)", turns: ["a soju please", "a jinro"] },
]);

describe("the kinds of the line: the best reading of a guess", () => {
  it("소주 두 병 → 진로 하나요: one of them made 진로", async () => {
    const { cart } = await converse(pub, ["소주 두 병이요", "진로 하나요"]);
    expect(cart.lines.map((l) => `${l.qty} ${String(l.options["soju-brand"])}`).sort()).toEqual(["1 chamisul", "1 jinro"]);
  });
  it("two sodas → a coke and a sprite: answers with \"a\" that add up to the line asked about split it", async () => {
    const { cart } = await converse(pub, ["two sodas", "a coke and a sprite"]);
    expect(cart.pending).toEqual([]);
    expect(cart.lines.map((l) => `${l.qty} ${String(l.options["soda-kind"])}`).sort()).toEqual(["1 coke", "1 sprite"]);
  });
  // (Where the kiosk asked the brand, the lines used to be added beside the one still asked about.)
  for (const turns of [["맥주 두 병이요", "카스 하나 테라 하나요"], ["two beers", "one cass one terra"]]) {
    it(`${turns.join(" → ")}: the line asked about is answered, nothing is left to ask`, async () => {
      const { cart } = await converse(pub, turns);
      expect(cart.pending).toEqual([]);
      expect(cart.lines.map((l) => `${l.qty} ${String(l.options["beer-brand"])}`).sort()).toEqual(["1 cass", "1 terra"]);
    });
  }
});
