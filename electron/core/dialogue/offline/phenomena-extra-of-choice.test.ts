// "a shrimp basket with extra tartar" (issue 9, sixth English red team): a basket that comes
// with one dip (tartar by default) and has a counted "Extra dip cup" with no names of its own.
// "Extra" before the dip is one more cup of it, sure when it is the dip the basket holds; of
// another dip ("extra cocktail") it may be that dip instead, or that dip as the extra cup: a
// guess, read as both (extra-of-choice.ts).
import { menuFrom, phenomenonTable } from "./test-helpers.ts";

const both = (e: string, k: string, enAliases: string[] = [], koAliases: string[] = []) => ({ name: { en: e, ko: k }, aliases: { en: enAliases, ko: koAliases } });

const shack = menuFrom({
  version: 1,
  store: { id: "extra-dip", name: { en: "Test Shack", ko: "테스트 쉑" }, currency: "USD", languages: ["en", "ko"] },
  categories: [{ id: "food", name: { en: "Food", ko: "음식" } }],
  optionGroups: [
    {
      id: "dip",
      ...both("Dipping sauce", "딥 소스"),
      select: "one",
      default: "tartar",
      choices: [{ id: "tartar", ...both("Tartar", "타르타르", ["tartar sauce"], ["타르타르 소스"]) }, { id: "cocktail", ...both("Cocktail sauce", "칵테일 소스", ["cocktail"]) }, { id: "ranch", ...both("Ranch", "랜치") }],
    },
    { id: "extra-dip", name: { en: "Extra dip cup", ko: "딥 소스 컵 추가" }, select: "count", min: 0, max: 4, default: 0 },
  ],
  items: [
    { id: "shrimp", category: "food", ...both("Shrimp Basket", "새우 바스켓", ["shrimp basket"]), price: 1300, optionGroups: ["dip", "extra-dip"] },
    { id: "tenders", category: "food", ...both("Tenders Basket", "텐더 바스켓", ["tenders basket"]), price: 1100, optionGroups: [{ group: "dip", default: "ranch" }, "extra-dip"] },
  ],
});

phenomenonTable("English: extra of the dip a basket comes with", shack, [
  { name: "with extra tartar", turns: ["a shrimp basket with extra tartar"], lines: [{ item: "shrimp", qty: 1, options: { dip: "tartar", "extra-dip": 1 } }], confident: true },
  { name: "extra ranch (its own default)", turns: ["a tenders basket with extra ranch please"], lines: [{ item: "tenders", qty: 1, options: { dip: "ranch", "extra-dip": 1 } }], confident: true },
  { name: "two baskets, extra tartar", turns: ["two shrimp baskets with extra tartar sauce"], lines: [{ item: "shrimp", qty: 2, options: { dip: "tartar", "extra-dip": 1 } }], confident: true },
  { name: "extra cocktail: a guess", turns: ["a shrimp basket with extra cocktail"], lines: [{ item: "shrimp", qty: 1, options: { dip: "cocktail", "extra-dip": 1 } }], confident: false },
]);

phenomenonTable("Korean: 추가 after the dip a basket comes with", shack, [
  { name: "타르타르 소스 추가", turns: ["새우 바스켓 타르타르 소스 추가해 주세요"], lines: [{ item: "shrimp", qty: 1, options: { dip: "tartar", "extra-dip": 1 } }], confident: true },
  { name: "랜치 추가 (텐더의 기본)", turns: ["텐더 바스켓 하나 랜치 추가요"], lines: [{ item: "tenders", qty: 1, options: { dip: "ranch", "extra-dip": 1 } }], confident: true },
]);
