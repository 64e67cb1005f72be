// Held-out answers given alone and wrong on the first run of blind rounds 66 and 68 (fix17a),
// each read right now, and the read-back checks that would have made any variant a guess:
// - "갈비찜 중 하나요 당면 사리 하나 아니 두 개로 해 주세요": a bare count of an add-on taken back
//   by 아니 and said again with a counter, the add-on's count meant (count-corrections.ts); read
//   back, the thing named right before the count taken back holding it, or not the count meant
//   (count-taken-back-on-its-thing.ts);
// - "보쌈 정식 2인분 된장찌개로 하고 마늘이랑 새우젓은 빼 주세요": 하고 after a choice said with 로
//   is the verb even where the choice is also sold alone (choice-made-so.ts), so the refusal
//   after it does not reach the stew; read back, a pick-one group ending on a choice no word
//   named where the words named another (choice-made-unnamed.ts);
// - "흑미밥 하나 공기밥 하나 더 주세요": the item's plain name with 더 after a line made in the
//   same breath by the name of one of its kinds is a plain line of its own
//   (another-of-the-item.ts); read back, an item named by a word that is also one of its own
//   pick-one choices, and no line of it holding that choice (plain-name-made-otherwise.ts);
// - "고구마 케이크 홀케이크로 하나": a dish, then with 로 another item whose whole name holds the
//   dish's words, that other item (variant-said-after.ts); read back, both made
//   (made-beside-what-it-becomes.ts);
// - and r71a-026 (a guess, wrong offline): "파닭 후라이드 하나 파는 빼 주세요", 후라이드 also the
//   fried chicken sold alone, right after the item with no count of its own that requires that
//   choice: the item's choice, the count the item's (item-or-choice.ts).
import { describe, expect, it } from "vitest";
import type { MenuModel } from "../../../../shared/menu/model.ts";
import { notAsSaid } from "./read-back-checks.ts";
import { type LineSpec, menuFrom, phenomenonTable, turnLeft } from "./test-helpers.ts";

const both = (ko: string, en: string, aliases?: { ko?: string[]; en?: string[] }) => ({ name: { ko, en }, ...(aliases ? { aliases } : {}) });

const braised = menuFrom({
  version: 1,
  store: { id: "blind-r66-braised", name: { ko: "갈비찜", en: "Galbijjim" }, currency: "KRW", languages: ["ko", "en"] },
  categories: [{ id: "main", ...both("찜", "Braised") }],
  optionGroups: [
    { id: "size", ...both("크기", "Size"), select: "one", choices: [{ id: "small", ...both("소", "Small") }, { id: "medium", ...both("중", "Medium", { ko: ["중자"], en: ["medium"] }) }, { id: "large", ...both("대", "Large") }] },
    { id: "noodle", ...both("당면 사리", "Glass noodles", { ko: ["당면", "당면 추가"], en: ["glass noodles", "noodles"] }), select: "count", default: 0, min: 0, max: 3, unitPrice: 2000 },
    { id: "tteok", ...both("떡 사리", "Rice cakes", { ko: ["떡사리"], en: ["rice cakes"] }), select: "count", default: 0, min: 0, max: 3, unitPrice: 2000 },
  ],
  items: [{ id: "galbijjim", category: "main", ...both("소갈비찜", "Braised short ribs", { ko: ["갈비찜"], en: ["galbijjim"] }), price: 45000, optionGroups: ["size", "noodle", "tteok"] }],
});

phenomenonTable("Korean: an add-on's bare count taken back by 아니 and said again with a counter", braised, [
  { name: "갈비찜 중 하나요 당면 사리 하나 아니 두 개로 해 주세요", turns: ["갈비찜 중 하나요 당면 사리 하나 아니 두 개로 해 주세요"], lines: [{ item: "galbijjim", qty: 1, options: { size: "medium", noodle: 2 } }], confident: true },
  { name: "갈비찜 대 하나 떡사리 둘 아니 세 개 넣어 주세요", turns: ["갈비찜 대 하나 떡사리 둘 아니 세 개 넣어 주세요"], lines: [{ item: "galbijjim", qty: 1, options: { size: "large", tteok: 3 } }], confident: true },
]);

const set = menuFrom({
  version: 1,
  store: { id: "blind-r66-set", name: { ko: "한정식", en: "Set meals" }, currency: "KRW", languages: ["ko", "en"] },
  categories: [{ id: "set", ...both("정식", "Sets") }, { id: "meal", ...both("식사", "Meals") }],
  optionGroups: [
    { id: "stew", ...both("찌개 선택", "Stew"), select: "one", choices: [{ id: "doenjang", ...both("된장찌개", "Doenjang stew", { ko: ["된장"], en: ["doenjang"] }) }, { id: "cheonggukjang", ...both("청국장", "Cheonggukjang", { en: ["cheonggukjang stew"] }) }] },
    { id: "rice", ...both("밥 선택", "Rice"), select: "one", default: "white", choices: [{ id: "white", ...both("공기밥", "Steamed rice") }, { id: "black", ...both("흑미밥", "Black rice", { ko: ["흑미"] }) }] },
    { id: "holds", ...both("빼기", "Hold"), select: "many", choices: [{ id: "no-garlic", ...both("마늘 빼기", "No garlic") }, { id: "no-pepper", ...both("고추 빼기", "No pepper") }, { id: "no-shrimp", ...both("새우젓 빼기", "No salted shrimp") }] },
  ],
  items: [
    { id: "bossam-set", category: "set", ...both("보쌈 정식", "Bossam set"), price: 17000, optionGroups: ["stew", "rice", "holds"] },
    { id: "doenjang", category: "meal", ...both("된장찌개", "Doenjang stew"), price: 8000 },
    { id: "cheonggukjang", category: "meal", ...both("청국장", "Cheonggukjang"), price: 9000 },
    { id: "steamed-egg", category: "meal", ...both("계란찜", "Steamed egg"), price: 5000 },
    { id: "rice", category: "meal", name: { ko: "공기밥", en: "Steamed rice" }, aliases: { ko: [{ text: "흑미밥", options: { rice: "black" } }], en: [{ text: "black rice", options: { rice: "black" } }] }, price: 1000, optionGroups: ["rice"] },
  ],
});

phenomenonTable("Korean: a choice said with 로 and 하고, also sold alone, kept beside a refusal after it", set, [
  { name: "보쌈 정식 2인분 된장찌개로 하고 마늘이랑 새우젓은 빼 주세요", turns: ["보쌈 정식 2인분 된장찌개로 하고 마늘이랑 새우젓은 빼 주세요"], lines: [{ item: "bossam-set", qty: 2, options: { stew: "doenjang", holds: ["no-garlic", "no-shrimp"] } }], confident: true },
  { name: "보쌈 정식 두 개 된장찌개로 하고 고추는 빼 주세요 그리고 계란찜 하나", turns: ["보쌈 정식 두 개 된장찌개로 하고 고추는 빼 주세요 그리고 계란찜 하나"], lines: [{ item: "bossam-set", qty: 2, options: { stew: "doenjang", holds: ["no-pepper"] } }, { item: "steamed-egg", qty: 1 }] },
]);

phenomenonTable("Korean: the plain name with 더 after a kind of the item named in the same breath", set, [
  { name: "흑미밥 하나 공기밥 하나 더 주세요", turns: ["흑미밥 하나 공기밥 하나 더 주세요"], lines: [{ item: "rice", qty: 1, options: { rice: "black" } }, { item: "rice", qty: 1 }] },
  // (guard: the kind named again with 더 is one more of it.)
  { name: "흑미밥 하나 흑미밥 하나 더 주세요", turns: ["흑미밥 하나 흑미밥 하나 더 주세요"], lines: [{ item: "rice", qty: 2, options: { rice: "black" } }] },
]);

const cakes = menuFrom({
  version: 1,
  store: { id: "blind-r68-cakes", name: { ko: "케이크", en: "Cakes" }, currency: "KRW", languages: ["ko", "en"] },
  orderOptions: [{ id: "dining", ...both("매장 / 포장", "Here or to go"), select: "one", default: "here", choices: [{ id: "here", ...both("매장", "Here") }, { id: "togo", ...both("포장", "To go", { ko: ["포장해 주세요"] }) }] }],
  categories: [{ id: "cake", ...both("케이크", "Cakes") }, { id: "noodle", ...both("라면", "Ramen") }],
  optionGroups: [],
  items: [
    { id: "slice", category: "cake", ...both("고구마 케이크 조각", "Sweet potato cake slice", { ko: ["고구마 케이크", "조각 케이크"] }), price: 5500 },
    { id: "whole", category: "cake", ...both("고구마 케이크 홀", "Whole sweet potato cake", { ko: ["홀케이크", "고구마 홀케이크"] }), price: 32000 },
    { id: "ramen", category: "noodle", ...both("라면", "Ramen"), price: 4000 },
    { id: "cheese-ramen", category: "noodle", ...both("치즈라면", "Cheese ramen"), price: 5000 },
  ],
});

phenomenonTable("Korean: a dish, then with 로 another item whose whole name holds the dish's words", cakes, [
  { name: "고구마 케이크 홀케이크로 하나 포장해 주세요", turns: ["고구마 케이크 홀케이크로 하나 포장해 주세요"], lines: [{ item: "whole", qty: 1 }], orderOptions: { dining: "togo" }, confident: true },
  { name: "라면 치즈라면으로 두 개 주세요", turns: ["라면 치즈라면으로 두 개 주세요"], lines: [{ item: "cheese-ramen", qty: 2 }], confident: true },
  // (guard: each counted, two things.)
  { name: "고구마 케이크 하나 홀케이크 하나 주세요", turns: ["고구마 케이크 하나 홀케이크 하나 주세요"], lines: [{ item: "slice", qty: 1 }, { item: "whole", qty: 1 }], confident: true },
]);

const chicken = menuFrom({
  version: 1,
  store: { id: "blind-r71-chicken", name: { ko: "파닭", en: "Padak" }, currency: "KRW", languages: ["ko", "en"] },
  categories: [{ id: "chicken", ...both("치킨", "Chicken") }],
  optionGroups: [
    { id: "flavor", ...both("파닭 맛", "Flavor"), select: "one", choices: [{ id: "fried", ...both("후라이드", "Fried") }, { id: "yangnyeom", ...both("양념", "Yangnyeom") }] },
    { id: "pa", ...both("파 양", "Green onions"), select: "one", default: "normal", choices: [{ id: "normal", ...both("파 보통", "Regular") }, { id: "none", ...both("파 빼기", "No green onions", { ko: ["파 없이", "파는 빼 주세요"] }) }] },
  ],
  items: [
    { id: "padak", category: "chicken", ...both("파닭", "Padak"), price: 19000, optionGroups: ["flavor", "pa"] },
    { id: "fried-chicken", category: "chicken", ...both("후라이드 치킨", "Fried chicken", { ko: ["후라이드"] }), price: 17000 },
  ],
});

phenomenonTable("Korean: right after an item with no count, a word naming its required choice (also sold alone) and a count", chicken, [
  { name: "파닭 후라이드 하나 파는 빼 주세요", turns: ["파닭 후라이드 하나 파는 빼 주세요"], lines: [{ item: "padak", qty: 1, options: { flavor: "fried", pa: "none" } }], confident: true },
  { name: "파닭 후라이드 두 개 주세요", turns: ["파닭 후라이드 두 개 주세요"], lines: [{ item: "padak", qty: 2, options: { flavor: "fried" } }], confident: true },
  // (guard: the word counted first, then the item with its choice.)
  { name: "후라이드 하나 파닭 양념 하나", turns: ["후라이드 하나 파닭 양념 하나 주세요"], lines: [{ item: "fried-chicken", qty: 1 }, { item: "padak", qty: 1, options: { flavor: "yangnyeom" } }], confident: true },
]);

const bingsu = menuFrom({
  version: 1,
  store: { id: "blind-r66-bingsu", name: { ko: "빙수", en: "Bingsu" }, currency: "KRW", languages: ["ko", "en"] },
  categories: [{ id: "bingsu", ...both("빙수", "Bingsu") }],
  optionGroups: [
    { id: "milk", ...both("연유", "Condensed milk"), select: "one", default: "with", choices: [{ id: "with", ...both("연유 넣어서", "With condensed milk", { ko: ["연유 뿌려서"] }) }, { id: "without", ...both("연유 빼고", "No condensed milk", { ko: ["연유 없이", "연유 빼서", "연유는 빼 주세요"] }) }] },
    { id: "whip", ...both("휘핑", "Whip"), select: "one", default: "yes", choices: [{ id: "yes", ...both("휘핑", "Whip") }, { id: "no", ...both("휘핑 빼기", "No whip") }] },
  ],
  items: [
    { id: "patbingsu", category: "bingsu", ...both("팥빙수", "Red bean bingsu"), price: 9000, optionGroups: ["milk", "whip"] },
  ],
});

/** The read-back doubts of `text` said to a cart of `before`, had the turn left `after` (the lines in hand first, kept). */
function doubtsOf(menu: MenuModel, text: string, after: readonly LineSpec[], before: readonly LineSpec[] = []): string[] {
  return notAsSaid(turnLeft(menu, text, before, after));
}

describe("read back (blind rounds 66-68): the cart against the words, whatever step made it", () => {
  it.each<{ name: string; menu: MenuModel; text: string; after: LineSpec[]; before?: LineSpec[]; doubt: boolean }>([
    // A count taken back, on the thing named right before it (its number said elsewhere too).
    { name: "당면 사리 하나 아니 두 개로, the dish at two with one noodle", menu: braised, text: "갈비찜 중 하나요 당면 사리 하나 아니 두 개로 해 주세요", after: [{ item: "galbijjim", qty: 2, options: { size: "medium", noodle: 1 } }], doubt: true },
    { name: "당면 사리 하나 아니 두 개로, as said", menu: braised, text: "갈비찜 중 하나요 당면 사리 하나 아니 두 개로 해 주세요", after: [{ item: "galbijjim", qty: 1, options: { size: "medium", noodle: 2 } }], doubt: false },
    // (English "glass noodles one no two" is read as a refusal, a guess already.)
    // A pick-one choice no word named where the words named another.
    { name: "된장찌개로 하고 …, the set with 청국장", menu: set, text: "보쌈 정식 2인분 된장찌개로 하고 마늘이랑 새우젓은 빼 주세요", after: [{ item: "bossam-set", qty: 2, options: { stew: "cheonggukjang", holds: ["no-garlic", "no-shrimp"] } }], doubt: true },
    { name: "된장찌개로 하고 …, as said", menu: set, text: "보쌈 정식 2인분 된장찌개로 하고 마늘이랑 새우젓은 빼 주세요", after: [{ item: "bossam-set", qty: 2, options: { stew: "doenjang", holds: ["no-garlic", "no-shrimp"] } }], doubt: false },
    { name: "two bossam sets with doenjang stew, no garlic, the set with cheonggukjang", menu: set, text: "two bossam sets with doenjang stew, no garlic", after: [{ item: "bossam-set", qty: 2, options: { stew: "cheonggukjang", holds: ["no-garlic"] } }], doubt: true },
    // (guard: the other one named.)
    { name: "된장 말고 청국장으로, the other one named", menu: set, text: "보쌈 정식 하나 된장 말고 청국장으로 주세요", after: [{ item: "bossam-set", qty: 1, options: { stew: "cheonggukjang" } }], doubt: false },
    // (guards: a refusal picks the group's choice for none, and a refusal taken back its default.)
    { name: "팥빙수 하나 휘핑은 빼 주세요, no whip", menu: bingsu, text: "팥빙수 하나 휘핑은 빼 주세요", after: [{ item: "patbingsu", qty: 1, options: { whip: "no" } }], doubt: false },
    { name: "연유는 그냥 넣어 주세요 after 연유 빼고, back to with", menu: bingsu, text: "연유는 그냥 넣어 주세요", before: [{ item: "patbingsu", qty: 1, options: { milk: "without" } }], after: [{ item: "patbingsu", qty: 1, options: { milk: "with" } }], doubt: false },
    // The plain name, also the item's own choice, on no line.
    { name: "흑미밥 하나 공기밥 하나 더, two black rice", menu: set, text: "흑미밥 하나 공기밥 하나 더 주세요", after: [{ item: "rice", qty: 2, options: { rice: "black" } }], doubt: true },
    { name: "흑미밥 하나 공기밥 하나 더, as said", menu: set, text: "흑미밥 하나 공기밥 하나 더 주세요", after: [{ item: "rice", qty: 1, options: { rice: "black" } }, { item: "rice", qty: 1 }], doubt: false },
    { name: "one black rice and one more steamed rice, two black rice", menu: set, text: "one black rice and one more steamed rice", after: [{ item: "rice", qty: 2, options: { rice: "black" } }], doubt: true },
    // (guard: the kind said as a choice.)
    { name: "공기밥 흑미로 하나, made black as said", menu: set, text: "공기밥 흑미로 하나 주세요", after: [{ item: "rice", qty: 1, options: { rice: "black" } }], doubt: false },
    // A dish made beside what it was said to be made as.
    // (Read right, "고구마 케이크 홀케이크로" is one whole cake; where the names do not hold each
    // other, "조각 케이크 홀케이크로", no reading joins them and the read-back is what is left.)
    { name: "조각 케이크 홀케이크로 하나, a slice and a whole cake", menu: cakes, text: "조각 케이크 홀케이크로 하나 포장해 주세요", after: [{ item: "slice", qty: 1 }, { item: "whole", qty: 1 }], doubt: true },
    { name: "고구마 케이크 홀케이크로 하나, the whole cake", menu: cakes, text: "고구마 케이크 홀케이크로 하나 포장해 주세요", after: [{ item: "whole", qty: 1 }], doubt: false },
  ])("$name", ({ menu, text, after, before = [], doubt }) => {
    expect(doubtsOf(menu, text, after, before).length > 0).toBe(doubt);
  });
});
