// Korean: a short name of an item said with a word before it ("아이스 아메", iced) is also the
// first letters of the item's full name ("아이스 아메리카노"). The two are as long as each other
// once the space is gone, and the short one starts first, so it used to win: 아메리카노 was cut
// after 아메, its rest read as a partial name, and the "iced" lost (the temperature asked, or
// the count read wrong). A phrase that runs into the first letters of a word that a name of the
// same item reads whole is not meant (phrase-choice.ts: withoutCutWords). (English names are
// matched word by word, so the shape has no English form.)
import { ko, menuFrom, phenomenonTable } from "./test-helpers.ts";

const cafe = () =>
  menuFrom({
    version: 1,
    store: { id: "ko-cut-words", name: { ko: "카페" }, currency: "KRW", languages: ["ko"] },
    categories: [{ id: "coffee", ...ko("커피") }],
    optionGroups: [
      { id: "temp", ...ko("온도"), select: "one", choices: [{ id: "hot", ...ko("핫", ["따뜻하게"]) }, { id: "iced", ...ko("아이스", ["차갑게"]) }] },
      { id: "syrup", ...ko("시럽"), select: "many", choices: [{ id: "vanilla", ...ko("바닐라 시럽") }] },
    ],
    items: [
      { id: "americano", category: "coffee", name: { ko: "아메리카노" }, aliases: { ko: ["아메", { text: "아이스 아메", options: { temp: "iced" } }] }, price: 3500, optionGroups: ["temp", "syrup"] },
      { id: "latte", category: "coffee", name: { ko: "카페라떼" }, aliases: { ko: ["라떼", { text: "아이스 라떼", options: { temp: "iced" } }] }, price: 4000, optionGroups: ["temp", "syrup"] },
    ],
  });

const iced = (qty: number, extra: Record<string, unknown> = {}) => ({ item: "americano", qty, options: { temp: "iced", ...extra } });

phenomenonTable("Korean: the item's full name not cut by a short name said with the word before it", cafe(), [
  { name: "아이스 아메리카노 하나요", turns: ["아이스 아메리카노 하나요"], lines: [iced(1)], confident: true },
  { name: "아이스 아메리카노 두 잔이요", turns: ["아이스 아메리카노 두 잔이요"], lines: [iced(2)], confident: true },
  { name: "아이스 아메리카노로 두 잔 (an ending on the name)", turns: ["아이스 아메리카노로 두 잔"], lines: [iced(2)], confident: true },
  { name: "아이스 아메리카노 두 잔이요 하나는 바닐라 시럽 넣어 주세요", turns: ["아이스 아메리카노 두 잔이요 하나는 바닐라 시럽 넣어 주세요"], lines: [iced(1), iced(1, { syrup: ["vanilla"] })], confident: true },
  { name: "아이스 아메 두 잔 (the short name itself, still)", turns: ["아이스 아메 두 잔"], lines: [iced(2)], confident: true },
  { name: "아이스 라떼 하나 (a whole word, still)", turns: ["아이스 라떼 하나"], lines: [{ item: "latte", qty: 1, options: { temp: "iced" } }], confident: true },
]);
