// "two glasses of red sangria" → "actually make it a pitcher": a line of two changed to a
// serving that holds several (the choice adds at least the item's own price), said as one: one
// pitcher or two? A guess (serving-of-several.ts). Said with no count ("피처로 바꿔 주세요"), or a
// size a little dearer ("make it a large" of two lattes), the count is kept, sure.
import { menuFrom, notAloneTable, phenomenonTable } from "./test-helpers.ts";

const both = (e: string, k: string, ea?: string[], ka?: string[]) => ({ name: { en: e, ko: k }, ...(ea || ka ? { aliases: { ...(ea ? { en: ea } : {}), ...(ka ? { ko: ka } : {}) } } : {}) });

const bar = menuFrom({
  version: 1,
  store: { id: "serving-several", name: { en: "Test Bodega", ko: "테스트 보데가" }, currency: "USD", languages: ["en", "ko"] },
  categories: [{ id: "drinks", name: { en: "Drinks", ko: "음료" } }],
  optionGroups: [
    { id: "serving", ...both("Serving", "서빙"), select: "one", default: "glass", choices: [{ id: "glass", ...both("Glass", "글라스", ["glass"], ["잔"]) }, { id: "pitcher", ...both("Pitcher", "피처", ["pitcher", "a pitcher"], ["피처로"]), price: 2400 }] },
    { id: "size", ...both("Size", "사이즈"), select: "one", default: "regular", choices: [{ id: "regular", ...both("Regular", "레귤러") }, { id: "large", ...both("Large", "라지"), price: 100 }] },
  ],
  items: [
    { id: "sangria", category: "drinks", ...both("Red Sangria", "레드 상그리아", ["red sangria"]), price: 900, optionGroups: ["serving"] },
    { id: "latte", category: "drinks", ...both("Latte", "라떼"), price: 450, optionGroups: ["size"] },
  ],
});

notAloneTable("A line of two made a serving of several", bar, [
  { name: "two glasses of red sangria, then a pitcher", turns: ["two glasses of red sangria", "actually make it a pitcher"] },
]);

// (Read so before too; kept so the doubt stays with servings of several said as one.)
phenomenonTable("A line of two made a size a little dearer, or a serving of several said with no count", bar, [
  { name: "two lattes, then make it a large", turns: ["two lattes", "make it a large"], lines: [{ item: "latte", qty: 2, options: { size: "large" } }], confident: true },
  { name: "레드 상그리아 두 잔, then 피처로", turns: ["레드 상그리아 두 잔 주세요", "피처로 바꿔 주세요"], lines: [{ item: "sangria", qty: 2, options: { serving: "pitcher" } }], confident: true },
]);
