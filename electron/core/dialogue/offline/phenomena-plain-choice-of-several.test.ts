// A word that names the plain choice of several groups of one item ("보통": the firmness's,
// the broth's and the amount's; "regular" in English), said to go back to it: "진하게 아
// 아니다 보통으로요" is the broth it corrects (also where the menu lists "보통으로", "그냥
// 보통" as the firmness's own names, options.ts / lexicon.ts); "아 그냥 보통으로 주세요" a
// turn after "진하게요" is the broth, the one group it changes; after "곱빼기 진하게요" it
// could be either, a guess.
import { menuFrom, notAloneTable, phenomenonTable } from "./test-helpers.ts";

const both = (ko: string, en: string, koA?: string[], enA?: string[]) => ({ name: { ko, en }, ...(koA || enA ? { aliases: { ...(koA ? { ko: koA } : {}), ...(enA ? { en: enA } : {}) } } : {}) });

const noodles = () =>
  menuFrom({
    version: 1,
    store: { id: "plain-choice", name: { ko: "우동집", en: "Udon bar" }, currency: "KRW", languages: ["ko", "en"] },
    categories: [{ id: "noodle", ...both("면", "Noodles") }],
    optionGroups: [
      { id: "firm", ...both("면 익힘", "Firmness"), select: "one", default: "normal", choices: [{ id: "firm", ...both("꼬들하게", "Firm", undefined, ["firm"]) }, { id: "normal", ...both("보통", "Regular", ["보통으로", "그냥 보통"], ["regular"]) }] },
      { id: "broth", ...both("국물 농도", "Broth"), select: "one", default: "normal", choices: [{ id: "light", ...both("연하게", "Light") }, { id: "normal", ...both("보통", "Regular") }, { id: "rich", ...both("진하게", "Rich", ["진하게요"]) }] },
      { id: "amount", ...both("면 양", "Amount"), select: "one", default: "regular", choices: [{ id: "regular", ...both("보통 (200g)", "Regular (200 g)", ["보통"], ["regular"]) }, { id: "large", ...both("곱빼기", "Large", undefined, ["large"]), price: 1500 }] },
    ],
    items: [{ id: "udon", category: "noodle", ...both("우동", "Udon"), price: 8000, optionGroups: ["firm", "broth", "amount"] }],
  });

phenomenonTable("Back to the plain choice of one of several groups", noodles(), [
  { name: "진하게 아 아니다 보통으로요", turns: ["우동 하나 진하게 아 아니다 보통으로요"], lines: [{ item: "udon", qty: 1 }], confident: true },
  { name: "곱빼기 아니 보통으로요", turns: ["우동 곱빼기 아니 보통으로요"], lines: [{ item: "udon", qty: 1 }], confident: true },
  { name: "진하게요 아 아니다 그냥 보통이요", turns: ["우동 하나 진하게요 아 아니다 그냥 보통이요"], lines: [{ item: "udon", qty: 1 }], confident: true },
  { name: "아 그냥 보통으로 주세요 a turn after 진하게요", turns: ["우동 두 개요 진하게요", "아 그냥 보통으로 주세요"], lines: [{ item: "udon", qty: 2 }], confident: true },
  { name: "아 보통으로 할게요 a turn after 연하게요", turns: ["우동 하나 연하게요", "아 보통으로 할게요"], lines: [{ item: "udon", qty: 1 }], confident: true },
  { name: "make it regular a turn after rich", turns: ["two udon rich", "actually make it regular"], lines: [{ item: "udon", qty: 2 }], confident: true },
]);

notAloneTable("Back to the plain choice: which group, when it could be two", noodles(), [{ name: "보통으로 after 곱빼기 진하게요", turns: ["우동 곱빼기 진하게요", "아 보통으로 할게요"] }]);
