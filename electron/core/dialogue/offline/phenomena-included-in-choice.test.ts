// Red team ko5 (sandwich): "참치 하나 칩세트 콜라요" — a drink named right after a set choice
// whose own names say it comes with a drink ("감자랑 음료", "Fries + drink combo") is the set's
// drink, with no place on the menu to record which: no second line (included-in-choice.ts).
import { menuFrom, phenomenonTable } from "./test-helpers.ts";

const both = (ko: string, en: string, kal?: string[], eal?: string[]) => ({
  name: { ko, en },
  ...(kal || eal ? { aliases: { ...(kal ? { ko: kal } : {}), ...(eal ? { en: eal } : {}) } } : {}),
});

const subs = () =>
  menuFrom({
    version: 1,
    store: { id: "included-in-choice", name: { ko: "서브", en: "Subs" }, currency: "KRW", languages: ["ko", "en"] },
    categories: [{ id: "sub", ...both("샌드위치", "Subs") }, { id: "side", ...both("사이드", "Sides") }, { id: "drink", ...both("음료", "Drinks") }],
    optionGroups: [
      {
        id: "meal", ...both("세트", "Meal"), select: "one", default: "single",
        choices: [
          { id: "single", ...both("단품", "Sub only") },
          { id: "fries-set", ...both("감자 세트", "Fries + drink combo", ["감자세트", "감자랑 음료"], ["fries combo"]) },
          { id: "cookie-set", ...both("쿠키 세트", "Cookie combo", ["쿠키세트"], ["cookie combo"]) },
        ],
      },
    ],
    items: [
      { id: "tuna", category: "sub", ...both("참치", "Tuna"), price: 5000, optionGroups: ["meal"] },
      { id: "ham", category: "sub", ...both("햄", "Ham"), price: 5000, optionGroups: ["meal"] },
      { id: "fries", category: "side", ...both("감자튀김", "Fries", ["감튀"]), price: 2000 },
      { id: "coke", category: "drink", ...both("콜라", "Coke", undefined, ["cola"]), price: 2000 },
      { id: "sprite", category: "drink", ...both("사이다", "Sprite"), price: 2000 },
    ],
  });

phenomenonTable("a drink said right after a set choice that includes one is the set's drink", subs(), [
  { name: "참치 하나 감자세트 콜라요", turns: ["참치 하나 감자세트 콜라요"], lines: [{ item: "tuna", qty: 1, options: { meal: "fries-set" } }], confident: true },
  { name: "참치 감자세트 사이다로요", turns: ["참치 감자세트 사이다로요"], lines: [{ item: "tuna", qty: 1, options: { meal: "fries-set" } }], confident: true },
  { name: "참치 감자세트로 하고 사이다요 (the verb closes the choice)", turns: ["참치 감자세트로 하고 사이다요"], lines: [{ item: "tuna", qty: 1, options: { meal: "fries-set" } }], confident: true },
  { name: "햄 두 개 감자세트 콜라요: each set's drink", turns: ["햄 두 개 감자세트 콜라요"], lines: [{ item: "ham", qty: 2, options: { meal: "fries-set" } }], confident: true },
  { name: "a tuna fries combo with a coke", turns: ["a tuna fries combo with a coke"], lines: [{ item: "tuna", qty: 1, options: { meal: "fries-set" } }], confident: true },
]);
