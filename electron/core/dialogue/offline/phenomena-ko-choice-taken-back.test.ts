// A choice taken back in the same breath, on a small porridge menu written for these rows
// (its size, texture and seasoning; "보통으로" spells both the regular size and the
// regular texture, the seasoning's regular is "간 보통"):
// - a choice, then 아니에요 / 아 그냥 / 아니, then a word of the same group, is that group's
//   choice said again in place of the first ("특으로 아 그냥 보통으로" = regular size), even
//   where the word also names another group's choice;
// - a plain word (보통) after taking back a choice of a group that has no such word is that
//   group's default ("짭짤하게요 아 아니에요 보통으로요" = regular seasoning);
// - with nothing taking back between, two words still fill two groups ("곱빼기 보통으로":
//   large, regular texture).
import { ko, menuFrom, type PhenomenonRow, phenomenonTable } from "./test-helpers.ts";

const jukRaw = {
  version: 1,
  store: { id: "taken-back-juk", name: { ko: "테스트 죽집" }, currency: "KRW", languages: ["ko"] },
  categories: [{ id: "juk", ...ko("죽") }],
  optionGroups: [
    { id: "size", ...ko("크기"), select: "one", default: "regular", choices: [{ id: "regular", ...ko("보통", ["보통으로"]) }, { id: "large", ...ko("특", ["특으로", "곱빼기"]), price: 2000 }] },
    { id: "texture", ...ko("농도"), select: "one", default: "normal", choices: [{ id: "thin", ...ko("묽게") }, { id: "normal", ...ko("보통 농도", ["보통으로"]) }, { id: "thick", ...ko("되게") }] },
    { id: "seasoning", ...ko("간"), select: "one", default: "normal", choices: [{ id: "light", ...ko("싱겁게") }, { id: "normal", ...ko("간 보통", ["보통 간"]) }, { id: "strong", ...ko("간 세게", ["짭짤하게"]) }] },
    { id: "spice", ...ko("맵기"), select: "one", default: "mild", choices: [{ id: "mild", ...ko("보통 맛", ["보통으로"]) }, { id: "hot", ...ko("맵게") }] },
  ],
  items: [
    { id: "seafood", category: "juk", ...ko("해물죽"), price: 12000, optionGroups: ["size", "texture", "seasoning"] },
    { id: "kimchi", category: "juk", ...ko("김치죽"), price: 10000, optionGroups: ["size", "spice"] },
  ],
};

const rows: PhenomenonRow[] = [
  { name: "특으로 아 그냥 보통으로: the size back to regular", turns: ["해물죽 특으로 아 그냥 보통으로 주세요"], lines: [{ item: "seafood", qty: 1, options: { size: "regular" } }], confident: true },
  { name: "곱빼기로 아 아니에요 보통으로요: the size back to regular", turns: ["해물죽 곱빼기로 아 아니에요 보통으로요"], lines: [{ item: "seafood", qty: 1, options: { size: "regular" } }], confident: true },
  { name: "짭짤하게요 아 아니에요 보통으로요: the seasoning back to its default", turns: ["해물죽 짭짤하게요 아 아니에요 보통으로요"], lines: [{ item: "seafood", qty: 1, options: { seasoning: "normal" } }], confident: true },
  { name: "싱겁게요 아 그냥 간 보통으로요: the seasoning back to regular", turns: ["해물죽 싱겁게요 아 그냥 간 보통으로요"], lines: [{ item: "seafood", qty: 1, options: { seasoning: "normal" } }], confident: true },
  { name: "김치죽 하나 맵게 아 아니에요 보통으로요: the spice back to regular", turns: ["김치죽 하나 맵게 아 아니에요 보통으로요"], lines: [{ item: "kimchi", qty: 1, options: { spice: "mild" } }], confident: true },
  { name: "김치죽 특으로 아 그냥 보통으로: the size, not the spice", turns: ["김치죽 특으로 아 그냥 보통으로 주세요"], lines: [{ item: "kimchi", qty: 1, options: { size: "regular" } }], confident: true },
];
phenomenonTable("a choice taken back in the same breath (Korean)", menuFrom(jukRaw), rows);

// (Guards that held before: two groups' words with nothing taking back between.)
phenomenonTable("two choices with nothing taken back (Korean)", menuFrom(jukRaw), [
  { name: "해물죽 곱빼기 보통으로: large, and the texture regular", turns: ["해물죽 곱빼기 보통으로 주세요"], lines: [{ item: "seafood", qty: 1, options: { size: "large", texture: "normal" } }] },
]);
