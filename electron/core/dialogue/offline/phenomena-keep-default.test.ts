// Keeping what an item comes with (keep-default.ts), where the menu shows it by a removal
// of it ("파 빼기", "No scallions") in a group named for the item: "파는 넣고 유부만
// 빼주세요" takes off only the tofu (and "유부는 넣고" is not an extra tofu, though the
// menu sells one); "아 파 그냥 넣어 주세요" takes a removal back; so do "keep the scallions, just
// no tofu" and "actually leave the scallions on".
import { menuFrom, phenomenonTable } from "./test-helpers.ts";

const both = (ko: string, en: string, koA?: string[], enA?: string[]) => ({ name: { ko, en }, ...(koA || enA ? { aliases: { ...(koA ? { ko: koA } : {}), ...(enA ? { en: enA } : {}) } } : {}) });

const noodles = () =>
  menuFrom({
    version: 1,
    store: { id: "keep-default", name: { ko: "우동집", en: "Udon bar" }, currency: "KRW", languages: ["ko", "en"] },
    categories: [{ id: "noodle", ...both("면", "Noodles") }, { id: "side", ...both("사이드", "Sides") }],
    optionGroups: [
      {
        id: "udon-hold",
        ...both("우동 빼기", "Udon — hold"),
        select: "many",
        choices: [
          { id: "scallion", ...both("파 빼기", "No scallions", ["파"], ["scallions"]) },
          { id: "tofu", ...both("유부 빼기", "No fried tofu", ["유부"], ["fried tofu", "tofu"]) },
          { id: "nori", ...both("김 빼기", "No seaweed", ["김"], ["seaweed"]) },
        ],
      },
      { id: "tofu-extra", ...both("유부 추가", "Extra fried tofu"), select: "count", min: 0, max: 3, default: 0, unitPrice: 1000 },
      // ("파" is also a flavour of another item: the word names that choice too.)
      { id: "flavor", ...both("맛", "Flavor"), select: "one", default: "salt", choices: [{ id: "salt", ...both("소금", "Salt") }, { id: "scallion", ...both("파맛", "Scallion", ["파"], ["scallions"]) }] },
    ],
    items: [
      { id: "udon", category: "noodle", ...both("우동", "Udon"), price: 8000, optionGroups: ["udon-hold", "tofu-extra"] },
      { id: "chips", category: "side", ...both("감자칩", "Chips"), price: 3000, optionGroups: ["flavor"] },
    ],
  });

// Rows whose last turn is a refusal once the cart has lines expect it handed on
// (confident: false), the cart kept: risky-shapes.ts.
phenomenonTable("Keeping what an item comes with", noodles(), [
  { name: "파는 넣고 유부만 빼주세요", turns: ["우동 하나 파는 넣고 유부만 빼주세요"], lines: [{ item: "udon", qty: 1, options: { "udon-hold": ["tofu"] } }], confident: true },
  { name: "유부는 넣고 김만 빼주세요 (not an extra tofu)", turns: ["우동 하나 유부는 넣고 김만 빼주세요"], lines: [{ item: "udon", qty: 1, options: { "udon-hold": ["nori"] } }], confident: true },
  { name: "유부 넣어주세요 김은 빼고요", turns: ["우동 하나 유부 넣어주세요 김은 빼고요"], lines: [{ item: "udon", qty: 1, options: { "udon-hold": ["nori"] } }], confident: true },
  { name: "파랑 유부는 넣고 김만 빼주세요", turns: ["우동 하나 파랑 유부는 넣고 김만 빼주세요"], lines: [{ item: "udon", qty: 1, options: { "udon-hold": ["nori"] } }], confident: true },
  { name: "아 파 그냥 넣어주세요 takes the removal back", turns: ["우동 하나 파 빼주세요", "아 파 그냥 넣어주세요"], lines: [{ item: "udon", qty: 1 }], confident: true },
  { name: "아 유부는 넣어주세요 takes back that one", turns: ["우동 두 개 파 유부 빼주세요", "아 유부는 넣어주세요"], lines: [{ item: "udon", qty: 2, options: { "udon-hold": ["scallion"] } }], confident: false },
  { name: "keep the scallions, just no tofu", turns: ["an udon, keep the scallions, just no tofu"], lines: [{ item: "udon", qty: 1, options: { "udon-hold": ["tofu"] } }], confident: true },
  { name: "actually leave the scallions on", turns: ["an udon no scallions", "actually leave the scallions on"], lines: [{ item: "udon", qty: 1 }], confident: true },
  { name: "actually keep the tofu", turns: ["an udon no scallions or tofu", "actually keep the tofu"], lines: [{ item: "udon", qty: 1, options: { "udon-hold": ["scallion"] } }], confident: false },
]);
