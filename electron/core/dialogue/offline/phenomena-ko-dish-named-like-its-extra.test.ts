// Sealed round 39 (issue 9): "쭈꾸미 2인분 보통으로 하고 볶음밥 2인분 치즈 추가요", where 쭈꾸미 is the
// dish's own alias and also begins its counted extra "쭈꾸미 추가": the 2인분 counted neither the
// dish nor the extra, one dish was made, and the turn was answered alone. The dish named first,
// with none in hand, is what the number counts (option-count-numbers.ts). (Named again after the
// dish, "쭈꾸미볶음 하나 쭈꾸미 두 개 추가요", it is not read as the extra's count either: a guess
// handed to the model; the best reading makes two dishes; left open.)
import { menuFrom, phenomenonTable } from "./test-helpers.ts";

const both = (e: string, k: string, enAliases: string[] = [], koAliases: string[] = []) => ({ name: { en: e, ko: k }, aliases: { en: enAliases, ko: koAliases } });

const shop = menuFrom({
  version: 1,
  store: { id: "dish-and-extra", name: { en: "Octopus House", ko: "쭈꾸미집" }, currency: "KRW", languages: ["ko", "en"] },
  categories: [{ id: "main", name: { en: "Mains", ko: "메인" } }, { id: "rice", name: { en: "Rice", ko: "밥" } }],
  optionGroups: [
    { id: "spice", ...both("Spice", "맵기"), select: "one", default: "normal", choices: [{ id: "mild", ...both("Mild", "순한맛", [], ["순한"]) }, { id: "normal", ...both("Normal", "보통맛", [], ["보통"]) }] },
    { id: "extra", ...both("Extra octopus", "쭈꾸미 추가", ["extra octopus"], ["쭈꾸미 추가", "쭈꾸미 사리"]), select: "count", min: 0, max: 3, default: 0 },
  ],
  items: [
    { id: "jjukkumi", category: "main", ...both("Stir-fried octopus", "쭈꾸미볶음", ["octopus"], ["쭈꾸미"]), price: 13000, optionGroups: ["spice", "extra"] },
    { id: "rice", category: "rice", ...both("Fried rice", "볶음밥"), price: 3000 },
  ],
});

phenomenonTable("Korean: a dish named by the word its counted extra begins with", shop, [
  { name: "쭈꾸미 2인분 보통으로 하고 볶음밥 2인분", turns: ["쭈꾸미 2인분 보통으로 하고 볶음밥 2인분이요"], lines: [{ item: "jjukkumi", qty: 2 }, { item: "rice", qty: 2 }], confident: true },
  { name: "쭈꾸미 두 개랑 볶음밥 하나", turns: ["쭈꾸미 두 개랑 볶음밥 하나요"], lines: [{ item: "jjukkumi", qty: 2 }, { item: "rice", qty: 1 }], confident: true },
  { name: "쭈꾸미 3인분 순한맛", turns: ["쭈꾸미 3인분 순한맛으로 주세요"], lines: [{ item: "jjukkumi", qty: 3, options: { spice: "mild" } }] },
]);
