// The three turns the sealed blind round 94 answered alone and wrong, and their shapes:
// - "a large tilapia with banku" of "Banku & Tilapia": the item's name said in two pieces
//   around "with" is the item, not one more of the counted add-on the second piece also names
//   (name-said-around-with.ts);
// - "녹차 카스테라 반 개, 아 아니다 한 개 주세요": a choice said as an amount ("반 개") taken back by
//   아니 for a counted number; the number is meant and the choice goes (count-corrections.ts);
// - "사골 떡국 하나요" → "만두 두 개만 넣어 주세요": dumplings put into the soup in hand are its
//   counted add-on (counted-add-on-said.ts); said with 추가, the 만두 sold alone or more in the
//   soup? a guess (counted-add-on-made-as-item.ts).
import { menuFrom, notAloneTable, phenomenonTable } from "./test-helpers.ts";

const both = (ko: string, en: string) => ({ name: { ko, en } });
const shop = menuFrom({
  version: 1,
  store: { id: "blind-r94", name: { ko: "분식과 생선", en: "Soup and Fish" }, currency: "KRW", languages: ["ko", "en"] },
  categories: [{ id: "food", ...both("음식", "Food") }, { id: "cake", ...both("카스테라", "Castella") }, { id: "drinks", ...both("음료", "Drinks") }],
  optionGroups: [
    { id: "fish-size", ...both("크기", "Size"), select: "one", default: "medium", choices: [{ id: "medium", ...both("보통", "Medium") }, { id: "large", ...both("큰 것", "Large"), price: 3000 }] },
    { id: "extra-banku", ...both("반쿠 추가", "Extra banku"), select: "count", min: 0, max: 3, default: 0, unitPrice: 1000, aliases: { en: ["extra banku", "another banku"] } },
    { id: "holds", ...both("빼기", "Leave out"), select: "many", choices: [{ id: "no-pepper", ...both("고추 빼기", "No pepper sauce"), aliases: { en: ["no pepper", "hold the pepper"] } }] },
    { id: "cake-size", ...both("크기", "Size"), select: "one", default: "whole", choices: [{ id: "whole", ...both("1개 (한 판)", "Whole"), aliases: { ko: ["한 판", "통으로"] } }, { id: "half", ...both("반 개", "Half"), aliases: { ko: ["반", "반개"] } }] },
    { id: "warmup", ...both("데우기", "Warm-up"), select: "one", default: "as-is", choices: [{ id: "as-is", ...both("그대로", "As is") }, { id: "warmed", ...both("따뜻하게 데워서", "Warmed"), aliases: { ko: ["데워서"] } }] },
    { id: "add-mandu", ...both("만두 추가", "Add dumplings"), select: "count", min: 0, max: 6, default: 0, unitPrice: 800, aliases: { ko: ["만두 넣어서", "만두 넣어"] } },
    { id: "mandu-style", ...both("찐만두 / 군만두", "Steamed or fried"), select: "one", choices: [{ id: "steamed", ...both("찐만두", "Steamed") }, { id: "fried", ...both("군만두", "Fried") }] },
  ],
  items: [
    { id: "banku-tilapia", category: "food", ...both("반쿠 틸라피아", "Banku & Tilapia"), aliases: { en: ["banku and tilapia", "tilapia", "banku"] }, price: 15000, optionGroups: ["fish-size", "extra-banku", "holds"] },
    { id: "sagol", category: "food", ...both("사골 떡국", "Bone broth rice cake soup"), aliases: { ko: ["사골떡국"] }, price: 10000, optionGroups: ["add-mandu"] },
    { id: "mandu", category: "food", ...both("만두 (1개)", "Dumpling (1 pc)"), aliases: { ko: ["만두 한 개", "손만두", { text: "군만두", options: { "mandu-style": "fried" } }] }, price: 800, optionGroups: ["mandu-style"] },
    { id: "green-tea", category: "cake", ...both("녹차 카스테라", "Green tea castella"), aliases: { ko: ["녹차"] }, price: 12000, optionGroups: ["cake-size", "warmup"] },
    { id: "malt", category: "drinks", ...both("몰타", "Malta Guinness"), aliases: { en: ["malt", "malta"] }, price: 3000 },
  ],
});

const fish = (options: Record<string, unknown> = {}) => ({ item: "banku-tilapia", qty: 1, options: { "fish-size": "large", ...options } });
phenomenonTable("an item's name said in two pieces around \"with\" is the item", shop, [
  { name: "lemme get a large tilapia with banku, hold the pepper, and two malts", turns: ["lemme get a large tilapia with banku, hold the pepper, and two malts"], lines: [fish({ holds: ["no-pepper"] }), { item: "malt", qty: 2 }], confident: true },
  { name: "a large tilapia with banku", turns: ["a large tilapia with banku"], lines: [fish()] },
  // (Guards: a piece the name already holds, or said with its adding word, is one more.)
  { name: "a large banku and tilapia with banku", turns: ["a large banku and tilapia with banku"], lines: [fish({ "extra-banku": 1 })] },
  { name: "a large tilapia with extra banku", turns: ["a large tilapia with extra banku"], lines: [fish({ "extra-banku": 1 })] },
]);

phenomenonTable("a choice said as an amount, taken back by 아니 for a counted number", shop, [
  { name: "녹차 카스테라 반 개, 아 아니다 한 개 주세요 데워서요", turns: ["녹차 카스테라 반 개, 아 아니다 한 개 주세요 데워서요"], lines: [{ item: "green-tea", qty: 1, options: { warmup: "warmed" } }] },
  { name: "녹차 카스테라 반 개 아니 두 개요", turns: ["녹차 카스테라 반 개 아니 두 개요"], lines: [{ item: "green-tea", qty: 2 }] },
  // (Guard: a count said after the amount without 아니 counts halves.)
  { name: "녹차 카스테라 반 개로 두 개 주세요", turns: ["녹차 카스테라 반 개로 두 개 주세요"], lines: [{ item: "green-tea", qty: 2, options: { "cake-size": "half" } }] },
]);

phenomenonTable("dumplings put into the soup in hand are its counted add-on", shop, [
  { name: "사골 떡국 하나요 → 만두 두 개만 넣어 주세요", turns: ["사골 떡국 하나요", "만두 두 개만 넣어 주세요"], lines: [{ item: "sagol", qty: 1, options: { "add-mandu": 2 } }] },
  { name: "사골 떡국 하나 만두 세 개 넣어서요", turns: ["사골 떡국 하나 만두 세 개 넣어서요"], lines: [{ item: "sagol", qty: 1, options: { "add-mandu": 3 } }] },
  // (Guard: with no word that adds, the 만두 sold alone.)
  { name: "사골 떡국 하나요 → 군만두 두 개 주세요", turns: ["사골 떡국 하나요", "군만두 두 개 주세요"], lines: [{ item: "sagol", qty: 1 }, { item: "mandu", qty: 2, options: { "mandu-style": "fried" } }], confident: true },
]);

notAloneTable("a thing sold alone and a counted add-on of the line in hand, said with 추가 in a later turn", shop, [
  { name: "사골 떡국 하나요 → 만두 두 개 추가해 주세요", turns: ["사골 떡국 하나요", "만두 두 개 추가해 주세요"] },
  { name: "사골 떡국 하나요 → 만두 두 개만 넣어 주세요 (a counted option changed on a line in hand)", turns: ["사골 떡국 하나요", "만두 두 개만 넣어 주세요"] },
]);
