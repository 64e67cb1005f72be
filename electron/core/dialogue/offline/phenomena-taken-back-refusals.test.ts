// Refusals that meet a line the other way round (issue 9, sixth English red team):
// "a plate no sauce" → "actually put the sauce on", where "sauce" also names the extra-sauce
// count, takes the "No sauce on top" back (no extra sauce on a dry plate). And "no
// rigatoni" with a spicy rigatoni (rigatoni the only shape it comes in) and an alfredo: the
// option cannot be refused, the dish named by it likely is: taken out, as a guess.
import { menuFrom, phenomenonTable } from "./test-helpers.ts";

const both = (e: string, k: string, enAliases: string[] = [], koAliases: string[] = []) => ({ name: { en: e, ko: k }, aliases: { en: enAliases, ko: koAliases } });

const kitchen = menuFrom({
  version: 1,
  store: { id: "taken-back", name: { en: "Test Kitchen", ko: "테스트 키친" }, currency: "USD", languages: ["en", "ko"] },
  categories: [{ id: "food", name: { en: "Food", ko: "음식" } }],
  optionGroups: [
    { id: "extra-sauce", ...both("Extra sauce", "소스 추가"), select: "count", min: 0, max: 3, default: 0 },
    { id: "holds", ...both("Hold", "빼기"), select: "many", choices: [{ id: "sauce", ...both("No sauce on top", "소스 빼기", ["no sauce", "sauce on top"]) }, { id: "salad", ...both("No salad", "샐러드 빼기") }] },
    { id: "shape", ...both("Pasta", "면"), select: "one", choices: [{ id: "penne", ...both("Penne", "펜네") }, { id: "rigatoni", ...both("Rigatoni", "리가토니") }, { id: "fettuccine", ...both("Fettuccine", "페투치네") }] },
  ],
  items: [
    { id: "plate", category: "food", ...both("Teriyaki plate", "데리야끼 플레이트", ["plate"]), price: 1000, optionGroups: ["extra-sauce", "holds"] },
    { id: "spicy-rigatoni", category: "food", ...both("Spicy Rigatoni Vodka", "매콤 리가토니", ["spicy rigatoni"]), price: 1300, optionGroups: [{ group: "shape", choices: ["rigatoni"], default: "rigatoni" }] },
    { id: "alfredo", category: "food", ...both("Chicken Alfredo", "치킨 알프레도", ["alfredo"]), price: 1300, optionGroups: [{ group: "shape", default: "fettuccine" }] },
  ],
});

phenomenonTable("English: a removal taken back by naming the thing", kitchen, [
  { name: "actually put the sauce on", turns: ["a teriyaki plate no sauce", "actually put the sauce on"], lines: [{ item: "plate", qty: 1 }], confident: true },
]);

phenomenonTable("Korean: a removal taken back by naming the thing", kitchen, [
  { name: "소스 넣어 주세요", turns: ["데리야끼 플레이트 소스 빼기로 하나요", "아 소스 넣어 주세요"], lines: [{ item: "plate", qty: 1 }], confident: true },
]);

phenomenonTable("English: a dish refused by the choice it cannot do without", kitchen, [
  { name: "no rigatoni", turns: ["a spicy rigatoni and a chicken alfredo", "no rigatoni"], lines: [{ item: "alfredo", qty: 1 }], confident: false },
]);

// "소스 빼고" where the plate has both an extra-sauce count (at none) and a "소스 빼기" removal:
// the sauce refused is the removal, not the extra sauce cleared (it had none to clear).
phenomenonTable("Korean: the sauce refused, where the item has its removal", kitchen, [
  { name: "소스 빼고 하나요", turns: ["데리야끼 플레이트 소스 빼고 하나요"], lines: [{ item: "plate", qty: 1, options: { holds: ["sauce"] } }], confident: true },
]);

phenomenonTable("English: the sauce refused, where the item has its removal", kitchen, [
  { name: "without sauce", turns: ["one teriyaki plate without sauce"], lines: [{ item: "plate", qty: 1, options: { holds: ["sauce"] } }], confident: true },
]);
