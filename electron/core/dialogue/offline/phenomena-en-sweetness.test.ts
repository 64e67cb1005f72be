// English: "no sugar", "no sweetener" for a drink whose sweetness group has "Unsweetened"
// beside "Sweetened": the refusal of what sweetens it is the group's none-like choice
// ("un" + another choice's name), however many choices the group has.
import { en, menuFrom, phenomenonTable } from "./test-helpers.ts";

const teas = menuFrom({
  version: 1,
  store: { id: "sweetness", name: { en: "Test Teas" }, currency: "USD", languages: ["en"] },
  categories: [{ id: "tea", ...en("Tea") }],
  optionGroups: [
    { id: "sweet", ...en("Sweetness"), select: "one", default: "sweetened", choices: [{ id: "sweetened", ...en("Sweetened") }, { id: "half", ...en("Half Sweet") }, { id: "unsweetened", ...en("Unsweetened") }] },
    { id: "size", ...en("Size"), select: "one", default: "regular", choices: [{ id: "regular", ...en("Regular") }, { id: "large", ...en("Large") }, { id: "jumbo", ...en("Jumbo") }] },
  ],
  items: [{ id: "iced-tea", category: "tea", ...en("Iced Tea"), price: 300, optionGroups: ["sweet", "size"] }],
});

phenomenonTable("English: no sugar is the unsweetened choice", teas, [
  { name: "no sugar, said with the tea", turns: ["a large iced tea, no sugar"], lines: [{ item: "iced-tea", qty: 1, options: { size: "large", sweet: "unsweetened" } }] },
  { name: "no sweetener, said after", turns: ["an iced tea", "no sweetener please"], lines: [{ item: "iced-tea", qty: 1, options: { sweet: "unsweetened" } }] },
  { name: "with sugar stays sweetened", turns: ["an iced tea with sugar"], lines: [{ item: "iced-tea", qty: 1, options: { sweet: "sweetened" } }] },
]);
