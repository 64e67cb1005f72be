// Words a menu uses twice, read by what the customer has in hand:
// - "four rolls" where the rolls are sold alone and the dinner box also counts its rolls: with
//   no box said or in hand, the number orders the item (option-count-numbers.ts). (With the
//   box said, the word stays the box's count as before.)
// - "a large lemonade" where a side's size is also called "a large": the drink's own "Large"
//   is read (scan.ts, withTheArticlesRest).
import { menuFrom, phenomenonTable } from "./test-helpers.ts";

const b = (e: string, k: string, aliases?: string[]) => ({ name: { en: e, ko: k }, ...(aliases ? { aliases: { en: aliases } } : {}) });

const shop = menuFrom({
  version: 1,
  store: { id: "sold-alone-and-counted", name: { en: "Test Kitchen", ko: "테스트 키친" }, currency: "USD", languages: ["en", "ko"] },
  categories: [{ id: "food", name: { en: "Food", ko: "음식" } }],
  optionGroups: [
    { id: "box-rolls", name: { en: "Rolls", ko: "롤 개수" }, aliases: { en: ["rolls", "roll"], ko: ["롤"] }, select: "count", min: 2, max: 8, default: 2 },
    { id: "butter", ...b("Butter", "버터"), select: "one", default: "with", choices: [{ id: "with", ...b("With butter", "버터 포함") }, { id: "plain", ...b("Plain", "플레인", ["no butter"]) }] },
    { id: "side-size", ...b("Side size", "사이드 크기"), select: "one", default: "regular", choices: [{ id: "regular", ...b("Regular", "레귤러") }, { id: "large", ...b("Large", "라지", ["a large"]) }] },
    { id: "cup", ...b("Cup size", "컵 크기"), select: "one", choices: [{ id: "small", ...b("Small", "스몰") }, { id: "large", ...b("Large", "라지") }] },
  ],
  items: [
    { id: "dinner-box", category: "food", name: { en: "Dinner Box", ko: "디너 박스" }, aliases: { en: ["box"] }, price: 1500, optionGroups: ["box-rolls"] },
    { id: "roll", category: "food", name: { en: "Dinner Roll", ko: "디너 롤" }, aliases: { en: ["roll", "rolls"], ko: ["롤"] }, price: 100, optionGroups: ["butter"] },
    { id: "slaw", category: "food", ...b("Slaw", "슬로"), price: 300, optionGroups: ["side-size"] },
    { id: "lemonade", category: "food", ...b("Lemonade", "레모네이드"), price: 250, optionGroups: ["cup"] },
  ],
});

phenomenonTable("English: a word that names an item and another item's counted option", shop, [
  { name: "four rolls alone", turns: ["four rolls"], lines: [{ item: "roll", qty: 4, options: { butter: "with" } }], confident: true },
  { name: "rolls after a side", turns: ["a large slaw and three rolls no butter"], lines: [{ item: "slaw", qty: 1, options: { "side-size": "large" } }, { item: "roll", qty: 3, options: { butter: "plain" } }], confident: true },
  { name: "rolls said in a later turn", turns: ["a lemonade small", "and six rolls"], lines: [{ item: "lemonade", qty: 1, options: { cup: "small" } }, { item: "roll", qty: 6, options: { butter: "with" } }], confident: true },
]);

phenomenonTable("Korean: a counted word of an item with no box in hand", shop, [
  { name: "롤 세 개", turns: ["롤 세 개 주세요"], lines: [{ item: "roll", qty: 3, options: { butter: "with" } }] },
]);

phenomenonTable("English: a choice called \"a large\" does not hide another group's Large", shop, [
  { name: "a large lemonade", turns: ["a large lemonade"], lines: [{ item: "lemonade", qty: 1, options: { cup: "large" } }], confident: true },
  { name: "a large slaw and a large lemonade", turns: ["a large slaw and a large lemonade"], lines: [{ item: "slaw", qty: 1, options: { "side-size": "large" } }, { item: "lemonade", qty: 1, options: { cup: "large" } }] },
]);
