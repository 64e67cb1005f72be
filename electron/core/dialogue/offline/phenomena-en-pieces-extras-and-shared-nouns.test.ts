// Counts the thirteenth English red team found read wrong, alone:
// - pieces said where the item's own name gives the pieces of one order, "6 falafel balls" of
//   the "Falafel (6 pc)", one order (serving-pieces.ts; "4 croquetas" of "Croquetas (4 pc)" one
//   too, but with so few a guess);
// - "croquetas with 2 extra": the item's own extra pieces, one order with two more
//   (extra-of-the-item.ts);
// - "a chicken and a beef plate": the head noun said once belongs to both (shared-head-noun.ts);
// - "a chicken plate with extra pita", the plate that comes with a pita: the pita sold alone
//   ordered beside it, not read as the plate's own (bundle-with-its-part.ts).
import { menuFrom, notAloneTable, phenomenonTable } from "./test-helpers.ts";

const both = (e: string, k: string, ea?: string[], ka?: string[]) => ({ name: { en: e, ko: k }, ...(ea || ka ? { aliases: { ...(ea ? { en: ea } : {}), ...(ka ? { ko: ka } : {}) } } : {}) });
const extraCount = (id: string, e: string, k: string, ea: string[], ka: string[]) => ({ id, ...both(e, k, ea, ka), select: "count", min: 0, max: 6, default: 0, unitPrice: 100 });

const shop = menuFrom({
  version: 1,
  store: { id: "pieces-extras", name: { en: "Test Mezze Bar", ko: "테스트 메제" }, currency: "USD", languages: ["en", "ko"] },
  categories: [{ id: "mains", name: { en: "Mains", ko: "메인" } }, { id: "sides", name: { en: "Sides", ko: "사이드" } }, { id: "drinks", name: { en: "Drinks", ko: "음료" } }],
  optionGroups: [
    extraCount("extra-falafel", "Extra falafel (each)", "팔라펠 추가", ["extra falafel", "more falafel"], ["팔라펠 추가"]),
    extraCount("extra-croquetas", "Extra croqueta", "크로케타 추가", ["extra croquetas"], ["크로케타 추가"]),
    extraCount("extra-churros", "Extra churro", "추로스 추가", ["extra churros"], ["추로스 추가"]),
    extraCount("extra-meat", "Extra meat", "고기 추가", ["double meat"], ["고기 추가"]),
    { id: "dip", ...both("Dip", "디핑"), select: "one", default: "chocolate", choices: [{ id: "chocolate", ...both("Chocolate", "초콜릿") }, { id: "dulce", ...both("Dulce de leche", "둘세 데 레체", ["dulce"]) }] },
    { id: "combo-wrap", ...both("Combo wrap", "콤보 랩"), select: "one", choices: [{ id: "chicken", ...both("Chicken wrap", "치킨 랩", ["chicken"], ["치킨"]) }, { id: "beef", ...both("Beef wrap", "비프 랩", ["beef"], ["비프"]) }] },
  ],
  items: [
    { id: "chicken-wrap", category: "mains", ...both("Chicken Wrap", "치킨 랩"), price: 1000, optionGroups: ["extra-meat"] },
    { id: "beef-wrap", category: "mains", ...both("Beef Wrap", "비프 랩"), price: 1100, optionGroups: ["extra-meat"] },
    { id: "chicken-plate", category: "mains", ...both("Chicken Plate", "치킨 플레이트", ["chicken bowl"]), description: { en: "Chicken over rice with salad and a pita.", ko: "치킨, 밥, 샐러드, 피타 한 장." }, price: 1500, optionGroups: ["extra-meat"] },
    { id: "beef-plate", category: "mains", ...both("Beef Plate", "비프 플레이트", ["beef bowl"]), description: { en: "Beef over rice with salad and a pita.", ko: "소고기, 밥, 샐러드, 피타 한 장." }, price: 1600, optionGroups: ["extra-meat"] },
    { id: "wrap-combo", category: "mains", ...both("Wrap Combo", "랩 콤보", ["combo"]), price: 1400, optionGroups: ["combo-wrap"] },
    { id: "falafel-side", category: "sides", ...both("Falafel (6 pc)", "팔라펠 (6개)", ["falafel balls", "side of falafel"], ["팔라펠"]), price: 600, optionGroups: ["extra-falafel"] },
    { id: "croquetas", category: "sides", ...both("Croquetas (4 pc)", "크로케타 (4개)", ["croquetas"], ["크로케타"]), price: 900, optionGroups: ["extra-croquetas"] },
    { id: "croquettes", category: "sides", ...both("Cream croquettes (2 pc)", "크림 고로케 (2개)", ["croquettes"], ["고로케"]), price: 500 },
    { id: "churros", category: "sides", ...both("Churros", "추로스"), description: { en: "Six churros with chocolate.", ko: "추로스 6개와 초콜릿." }, price: 800, optionGroups: ["dip", "extra-churros"] },
    { id: "rice", category: "sides", ...both("Rice", "밥"), price: 300 },
    { id: "salad", category: "sides", ...both("Salad", "샐러드"), price: 400 },
    { id: "extra-pita", category: "sides", ...both("Extra Pita", "피타 추가", ["pita", "side of pita"], ["피타"]), price: 100 },
    { id: "coke", category: "drinks", ...both("Coke", "콜라"), price: 250 },
  ],
});

phenomenonTable("English: pieces said of an item whose name gives the pieces of one order", shop, [
  { name: "6 falafel balls of the Falafel (6 pc): one order", turns: ["6 falafel balls"], lines: [{ item: "falafel-side", qty: 1 }], confident: true },
  { name: "12 falafel balls and a coke: two orders", turns: ["12 falafel balls and a coke"], lines: [{ item: "falafel-side", qty: 2 }, { item: "coke", qty: 1 }], confident: true },
  { name: "a chicken wrap and 6 falafel balls", turns: ["a chicken wrap and 6 falafel balls"], lines: [{ item: "chicken-wrap", qty: 1 }, { item: "falafel-side", qty: 1 }], confident: true },
  { name: "4 croquetas of the Croquetas (4 pc): one order, but with so few a guess", turns: ["4 croquetas"], lines: [{ item: "croquetas", qty: 1 }], confident: false },
]);

phenomenonTable("Korean: pieces said of an item whose name gives the pieces of one order", shop, [
  { name: "팔라펠 12개: two orders of six", turns: ["팔라펠 12개 주세요"], lines: [{ item: "falafel-side", qty: 2 }], confident: true },
  // (Read so before too: a pair is counted in orders, "고로케 두 개" of the "(2개)"; kept so the name's pieces do not change it.)
  { name: "고로케 두 개 of the (2개): two orders", turns: ["고로케 두 개 주세요"], lines: [{ item: "croquettes", qty: 2 }], confident: true },
]);

notAloneTable("English: pieces of a few to an order, said as the order's own", shop, [{ name: "rice and 4 croquetas", turns: ["rice and 4 croquetas"] }]);

phenomenonTable("English: 'with N extra', the item's own extra pieces", shop, [
  { name: "croquetas with 2 extra", turns: ["croquetas with 2 extra"], lines: [{ item: "croquetas", qty: 1, options: { "extra-croquetas": 2 } }], confident: true },
  { name: "croquetas with 1 extra", turns: ["croquetas with 1 extra"], lines: [{ item: "croquetas", qty: 1, options: { "extra-croquetas": 1 } }], confident: true },
  { name: "churros with 3 extra and dulce de leche", turns: ["churros with 3 extra and dulce de leche"], lines: [{ item: "churros", qty: 1, options: { "extra-churros": 3, dip: "dulce" } }], confident: true },
  { name: "a side of falafel with 2 extra", turns: ["a side of falafel with 2 extra"], lines: [{ item: "falafel-side", qty: 1, options: { "extra-falafel": 2 } }], confident: true },
]);

phenomenonTable("English: a head noun said once for two items", shop, [
  { name: "a chicken and a beef plate", turns: ["a chicken and a beef plate"], lines: [{ item: "chicken-plate", qty: 1 }, { item: "beef-plate", qty: 1 }], confident: true },
  { name: "two chicken and one beef plate", turns: ["two chicken and one beef plate"], lines: [{ item: "chicken-plate", qty: 2 }, { item: "beef-plate", qty: 1 }], confident: true },
  { name: "one beef and two chicken plates", turns: ["one beef and two chicken plates"], lines: [{ item: "beef-plate", qty: 1 }, { item: "chicken-plate", qty: 2 }], confident: true },
  { name: "a beef and a chicken bowl (an alias's head)", turns: ["a beef and a chicken bowl"], lines: [{ item: "beef-plate", qty: 1 }, { item: "chicken-plate", qty: 1 }], confident: true },
]);

phenomenonTable("English: 'with extra' the thing the item comes with, sold alone", shop, [
  { name: "a chicken plate with extra pita", turns: ["a chicken plate with extra pita"], lines: [{ item: "chicken-plate", qty: 1 }, { item: "extra-pita", qty: 1 }], confident: true },
  { name: "a beef bowl with extra pita", turns: ["a beef bowl with extra pita"], lines: [{ item: "beef-plate", qty: 1 }, { item: "extra-pita", qty: 1 }], confident: true },
]);
