// Korean names said another way (held-out round 5): a loanword written as Korean often
// writes it ("당근케익" for 당근케이크, "크로와상" for 크루아상), and a category said first as
// a heading for a list of its items each with a count ("마카롱 바닐라 2개 초코 2개"), where
// each word is the one item of that category whose name holds it.
import { ko, menuFrom, notAloneTable, phenomenonTable } from "./test-helpers.ts";

const cafe = () =>
  menuFrom({
    version: 1,
    store: { id: "ko-headings", name: { ko: "디저트 카페" }, currency: "KRW", languages: ["ko"] },
    categories: [{ id: "coffee", ...ko("커피") }, { id: "cake", ...ko("케이크") }, { id: "macaron", ...ko("마카롱") }, { id: "bread", ...ko("빵") }],
    optionGroups: [{ id: "syrup", ...ko("시럽 추가"), select: "many", choices: [{ id: "vanilla", ...ko("바닐라 시럽", ["바닐라"]), price: 500 }] }],
    items: [
      { id: "latte", category: "coffee", ...ko("카페라떼", ["라떼"]), price: 4500, optionGroups: ["syrup"] },
      { id: "carrot-cake", category: "cake", ...ko("당근케이크"), price: 5800 },
      { id: "choco-cake", category: "cake", ...ko("초코케이크"), price: 5800 },
      { id: "mac-vanilla", category: "macaron", ...ko("바닐라 마카롱"), price: 2500 },
      { id: "mac-choco", category: "macaron", ...ko("초코 마카롱"), price: 2500 },
      { id: "mac-earlgrey", category: "macaron", ...ko("얼그레이 마카롱"), price: 2700 },
      { id: "croissant", category: "bread", ...ko("크루아상"), price: 3500 },
    ],
  });

phenomenonTable("Korean: loanword spellings and category headings", cafe(), [
  { name: "당근케익", turns: ["당근케익 한 조각이요"], lines: [{ item: "carrot-cake", qty: 1 }], confident: true },
  { name: "크로와상", turns: ["크로와상 두 개 주세요"], lines: [{ item: "croissant", qty: 2 }], confident: true },
  { name: "마카롱 바닐라 2개 초코 2개 얼그레이 1개", turns: ["마카롱 바닐라 2개 초코 2개 얼그레이 1개 주세요"], lines: [{ item: "mac-vanilla", qty: 2 }, { item: "mac-choco", qty: 2 }, { item: "mac-earlgrey", qty: 1 }], confident: true },
  { name: "케이크 당근 하나 초코 하나", turns: ["케이크 당근 하나랑 초코 하나요"], lines: [{ item: "carrot-cake", qty: 1 }, { item: "choco-cake", qty: 1 }], confident: true },
  { name: "one word after a category is no heading", turns: ["커피 라떼 하나요"], lines: [{ item: "latte", qty: 1 }] },
]);

notAloneTable("Korean: with no heading a word several items hold stays unsure", cafe(), [
  { name: "라떼 하나 초코 하나요", turns: ["라떼 하나 초코 하나요"] },
]);
