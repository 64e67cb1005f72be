// "the pastel and cane juice combo, beef pastel with an egg, cane juice plain": a combo whose
// name names things sold alone, then its parts one by one by those names, each with options and
// no count or article of its own, describes the combo's parts; no pastel or juice is ordered
// beside it (parts-described-after.ts). "…combo, and a beef pastel" still orders one.
import { menuFrom, notAloneTable, phenomenonTable } from "./test-helpers.ts";

const both = (ko: string, en: string) => ({ name: { ko, en } });
const stand = menuFrom({
  version: 1,
  store: { id: "parts-described", name: { ko: "파스텔 가게", en: "Pastel Stand" }, currency: "USD", languages: ["ko", "en"] },
  categories: [{ id: "food", ...both("파스텔", "Pasteis") }, { id: "drink", ...both("음료", "Drinks") }, { id: "combo", ...both("세트", "Combos") }],
  optionGroups: [
    { id: "filling", ...both("속", "Filling"), select: "one", choices: [{ id: "cheese", ...both("치즈", "Cheese") }, { id: "beef", ...both("소고기", "Beef") }] },
    { id: "pastel-add", ...both("파스텔 추가", "Add to pastel"), select: "many", choices: [{ id: "egg", ...both("계란", "Egg"), price: 50 }, { id: "olives", ...both("올리브", "Olives"), price: 50 }] },
    { id: "extra-cheese", ...both("치즈 추가", "Extra cheese"), select: "count", default: 0, min: 0, max: 2, unitPrice: 100 },
    { id: "cane-flavor", ...both("주스 맛", "Juice flavor"), select: "one", default: "plain", choices: [{ id: "plain", ...both("플레인", "Plain") }, { id: "lime", ...both("라임", "Lime") }] },
  ],
  items: [
    { id: "pastel", category: "food", ...both("파스텔", "Pastel"), price: 600, optionGroups: ["filling", "pastel-add", "extra-cheese"], aliases: { en: [{ text: "beef pastel", options: { filling: "beef" } }], ko: [{ text: "소고기 파스텔", options: { filling: "beef" } }] } },
    { id: "cane", category: "drink", ...both("사탕수수 주스", "Cane Juice"), price: 400, optionGroups: ["cane-flavor"] },
    { id: "combo", category: "combo", ...both("파스텔 사탕수수 주스 세트", "Pastel & Cane Juice Combo"), price: 900, optionGroups: ["filling", "pastel-add", "cane-flavor"], aliases: { en: ["pastel and cane juice combo"], ko: ["파스텔 세트"] } },
  ],
});

const combo = (filling: string, add: string[], flavor: string) => ({ item: "combo", qty: 1, options: { filling, "pastel-add": add, "cane-flavor": flavor } });

phenomenonTable("a combo's parts described one by one after it", stand, [
  { name: "the pastel and cane juice combo, beef pastel with an egg, cane juice plain", turns: ["the pastel and cane juice combo, beef pastel with an egg, cane juice plain"], lines: [combo("beef", ["egg"], "plain")], confident: true },
  { name: "파스텔 세트 하나요, 소고기 파스텔에 계란 추가, 사탕수수 주스는 라임으로", turns: ["파스텔 세트 하나요, 소고기 파스텔에 계란 추가, 사탕수수 주스는 라임으로"], lines: [combo("beef", ["egg"], "lime")], confident: true },
  { name: "pastel and cane juice combo, beef pastel, cane juice with lime", turns: ["pastel and cane juice combo, beef pastel, cane juice with lime"], lines: [combo("beef", [], "lime")], confident: true },
]);

// (Guard: with its own article, another pastel is ordered.)
phenomenonTable("a part with its own article is an order", stand, [
  { name: "the pastel and cane juice combo with cheese, and a beef pastel", turns: ["the pastel and cane juice combo with cheese, and a beef pastel"], lines: [combo("cheese", [], "plain"), { item: "pastel", qty: 1, options: { filling: "beef", "pastel-add": [], "extra-cheese": 0 } }] },
]);

// Read back (parts-beside-the-bundle.ts): where the parts are not read as the combo's (its
// choice said with it first, a part said twice), a part made after it following a comma, with
// no count or article, is a guess.
notAloneTable("a combo's part made beside it, said with no count or article", stand, [
  { name: "pastel and cane juice combo with cheese, beef pastel with an egg", turns: ["pastel and cane juice combo with cheese, beef pastel with an egg"] },
  { name: "the pastel and cane juice combo, beef pastel with an egg, beef pastel with olives", turns: ["the pastel and cane juice combo, beef pastel with an egg, beef pastel with olives"] },
  { name: "파스텔 세트 하나 치즈로요, 소고기 파스텔에 계란 추가요", turns: ["파스텔 세트 하나 치즈로요, 소고기 파스텔에 계란 추가요"] },
]);
