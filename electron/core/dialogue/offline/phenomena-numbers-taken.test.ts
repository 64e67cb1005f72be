// Sealed round 39 (issue 9, "no quantity it could not attach"): "쭈꾸미 2인분 보통으로 하고 볶음밥
// 2인분", where 쭈꾸미 is the dish's alias and begins its counted extra "쭈꾸미 추가": the 2인분 was
// read as the extra's count and marked accounted for, but the 쭈꾸미 became the dish, so no option
// took it and no line's quantity was two; one dish was made and the turn was answered alone. A
// number read as an option's count is accounted for only by the option that took it (clause.ts,
// mods.ts `numAt`), and a number no quantity or count of the reading holds is a guess
// (numbers-taken.ts). The same word shape in English: the dish named by its count group's word.
import { menuFrom, notAloneTable } from "./test-helpers.ts";

const both = (e: string, k: string, enAliases: string[] = [], koAliases: string[] = []) => ({ name: { en: e, ko: k }, aliases: { en: enAliases, ko: koAliases } });

const shop = menuFrom({
  version: 1,
  store: { id: "numbers-taken", name: { en: "Octopus House", ko: "쭈꾸미집" }, currency: "KRW", languages: ["ko", "en"] },
  categories: [{ id: "main", name: { en: "Mains", ko: "메인" } }, { id: "rice", name: { en: "Rice", ko: "밥" } }],
  optionGroups: [
    { id: "spice", ...both("Spice", "맵기"), select: "one", default: "normal", choices: [{ id: "mild", ...both("Mild", "순한맛", [], ["순한"]) }, { id: "normal", ...both("Normal", "보통맛", [], ["보통"]) }] },
    { id: "extra", ...both("Octopus", "쭈꾸미 추가", ["octopus", "extra octopus"], ["쭈꾸미 추가", "쭈꾸미 사리"]), select: "count", min: 0, max: 3, default: 0 },
  ],
  items: [
    { id: "jjukkumi", category: "main", ...both("Stir-fried octopus", "쭈꾸미볶음", ["octopus"], ["쭈꾸미"]), price: 13000, optionGroups: ["spice", "extra"] },
    { id: "rice", category: "rice", ...both("Fried rice", "볶음밥"), price: 3000 },
  ],
});

// Each was answered alone before, with the number lost: one dish where two or three were meant,
// or the line "changed to 2" where two more were asked for.
notAloneTable("a number read as a count no option took is not answered alone", shop, [
  { name: "쭈꾸미볶음 하나 → 쭈꾸미 2인분 더 주세요 (2 more: the 2 counted nothing)", turns: ["쭈꾸미볶음 하나요", "쭈꾸미 2인분 더 주세요"] },
  { name: "쭈꾸미볶음 하나 → 쭈꾸미 두 개 더요", turns: ["쭈꾸미볶음 하나 주시고요", "쭈꾸미 두 개 더요"] },
  { name: "쭈꾸미 x2 볶음밥 하나요", turns: ["쭈꾸미 x2 볶음밥 하나요"] },
  { name: "one octopus → 2 more octopus", turns: ["one octopus please", "2 more octopus"] },
  { name: "octopus x2 and a fried rice", turns: ["octopus x2 and a fried rice"] },
]);
