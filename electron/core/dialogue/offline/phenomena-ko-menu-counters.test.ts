// A counter the menu names a serving choice by ("한 주전자", "한 되", "병으로"), on a small
// menu written for these rows (makgeolli by the bottle or the kettle, dongdongju by the half
// or the whole 되), and the English counterpart on a small pub menu:
// - a number right before the counter counts the item, and the counter says the serving
//   ("막걸리 두 주전자" = 2 × kettle; "두 병으로요" = 2 × bottle), even where the language's own
//   list of counters does not hold it (주전자, 되) or the menu's word carries 으로;
// - "두 되요", where 되요 alone would be "is it all right", is two of the item after 두;
// - said a turn later with 로, "두 병으로 해 주세요", the line becomes that many.
// (The English rows held before: "pitchers of" is the language's own measure; they guard it.)
import { en, ko, menuFrom, type PhenomenonRow, phenomenonTable } from "./test-helpers.ts";

const pubRaw = {
  version: 1,
  store: { id: "menu-counters-pub", name: { ko: "테스트 주점" }, currency: "KRW", languages: ["ko"] },
  categories: [{ id: "drink", ...ko("술") }, { id: "food", ...ko("안주") }],
  optionGroups: [
    { id: "kind", ...ko("종류"), select: "one", choices: [{ id: "fresh", ...ko("생막걸리", ["생막"]) }, { id: "chestnut", ...ko("밤 막걸리", ["밤", "밤막"]) }] },
    { id: "vessel", ...ko("용량"), select: "one", default: "bottle", choices: [{ id: "bottle", ...ko("병", ["한 병", "병으로"]) }, { id: "kettle", ...ko("주전자", ["한 주전자", "주전자로"]), price: 7000 }] },
    { id: "measure", ...ko("양"), select: "one", default: "half", choices: [{ id: "half", ...ko("반 되", ["반되"]) }, { id: "full", ...ko("한 되", ["한되"]), price: 6000 }] },
  ],
  items: [
    { id: "mak", category: "drink", ...ko("막걸리", [{ text: "밤막걸리", options: { kind: "chestnut" } } as never]), price: 5000, optionGroups: ["kind", "vessel"] },
    { id: "dongdong", category: "drink", ...ko("동동주"), price: 8000, optionGroups: ["measure"] },
    { id: "pajeon", category: "food", ...ko("파전"), price: 15000 },
  ],
};

const rows: PhenomenonRow[] = [
  { name: "밤막걸리 두 병으로요 is two bottles", turns: ["밤막걸리 두 병으로요"], lines: [{ item: "mak", qty: 2, options: { kind: "chestnut", vessel: "bottle" } }], confident: true },
  { name: "막걸리 두 주전자 생막으로요 is two kettles", turns: ["막걸리 두 주전자 생막으로요"], lines: [{ item: "mak", qty: 2, options: { kind: "fresh", vessel: "kettle" } }], confident: true },
  { name: "생막 세 주전자 주세요 is three kettles", turns: ["생막 세 주전자 주세요"], lines: [{ item: "mak", qty: 3, options: { kind: "fresh", vessel: "kettle" } }], confident: true },
  { name: "동동주 두 되요 is two of the whole 되", turns: ["동동주 두 되요"], lines: [{ item: "dongdong", qty: 2, options: { measure: "full" } }], confident: true },
  { name: "동동주 세 되 주세요 is three of the whole 되", turns: ["동동주 세 되 주세요"], lines: [{ item: "dongdong", qty: 3, options: { measure: "full" } }], confident: true },
  { name: "두 병으로 해 주세요 a turn later: the line becomes two", turns: ["생막 한 병이요", "아 두 병으로 해 주세요"], lines: [{ item: "mak", qty: 2, options: { kind: "fresh", vessel: "bottle" } }], confident: true },
  { name: "두 주전자로 해 주세요 a turn later: two kettles", turns: ["생막 한 병이요", "두 주전자로 해 주세요"], lines: [{ item: "mak", qty: 2, options: { kind: "fresh", vessel: "kettle" } }], confident: true },
];
phenomenonTable("a counter the menu names a serving by (Korean)", menuFrom(pubRaw), rows);

const pubEnRaw = {
  version: 1,
  store: { id: "menu-counters-pub-en", name: { en: "Test Pub" }, currency: "USD", languages: ["en"] },
  categories: [{ id: "beer", ...en("Beer") }],
  optionGroups: [{ id: "pour", ...en("Pour"), select: "one", default: "pint", choices: [{ id: "pint", ...en("Pint") }, { id: "pitcher", ...en("Pitcher"), price: 1200 }] }],
  items: [
    { id: "ipa", category: "beer", ...en("House IPA", ["ipa"]), price: 700, optionGroups: ["pour"] },
    { id: "lager", category: "beer", ...en("Lager"), price: 600, optionGroups: ["pour"] },
  ],
};
phenomenonTable("a counter the menu names a serving by (English)", menuFrom(pubEnRaw), [
  { name: "two pitchers of the ipa", turns: ["two pitchers of the ipa"], lines: [{ item: "ipa", qty: 2, options: { pour: "pitcher" } }], confident: true },
  { name: "two pitchers of lager and a pint of ipa", turns: ["two pitchers of lager and a pint of ipa"], lines: [{ item: "lager", qty: 2, options: { pour: "pitcher" } }, { item: "ipa", qty: 1, options: { pour: "pint" } }] },
]);
