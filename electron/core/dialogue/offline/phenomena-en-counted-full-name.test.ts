// English: "two eggs over easy" where the plate is also called "two egg breakfast" and the
// eggs are sold alone as "eggs": the count and the eggs, not the plate (name-part-words.ts).
// The plate's own name, said whole, is still the plate.
import { menuFrom, phenomenonTable } from "./test-helpers.ts";

const b = (e: string, k: string, aliases?: string[]) => ({ name: { en: e, ko: k }, ...(aliases ? { aliases: { en: aliases } } : {}) });

const diner = menuFrom({
  version: 1,
  store: { id: "counted-full-name", name: { en: "Test Diner", ko: "테스트 다이너" }, currency: "USD", languages: ["en", "ko"] },
  categories: [{ id: "food", name: { en: "Food", ko: "음식" } }],
  optionGroups: [
    { id: "style", ...b("Eggs", "계란"), select: "one", choices: [{ id: "fried", ...b("Fried", "후라이") }, { id: "poached", ...b("Poached", "수란") }] },
  ],
  items: [
    { id: "plate", category: "food", ...b("Farmhand Plate", "농장 플레이트", ["three egg breakfast", "three egg plate"]), price: 900, optionGroups: ["style"] },
    { id: "egg", category: "food", ...b("Egg", "계란", ["eggs"]), price: 150, optionGroups: ["style"] },
    { id: "toast", category: "food", ...b("Toast", "토스트"), price: 200 },
  ],
});

phenomenonTable("English: a count before a full name is not the start of another item's name", diner, [
  { name: "three eggs poached", turns: ["three eggs poached"], lines: [{ item: "egg", qty: 3, options: { style: "poached" } }], confident: true },
  { name: "toast and three eggs fried", turns: ["toast and three eggs fried"], lines: [{ item: "toast", qty: 1 }, { item: "egg", qty: 3, options: { style: "fried" } }], confident: true },
  { name: "the plate said whole", turns: ["a three egg breakfast poached"], lines: [{ item: "plate", qty: 1, options: { style: "poached" } }] },
]);
