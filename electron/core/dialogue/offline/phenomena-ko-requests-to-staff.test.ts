// Requests to staff that are no order (the twelfth Korean red team, fix14d; requests-to-staff.ts),
// on small menus written for these rows:
// - a thing handed out for free asked for with a count: "잔 하나 더 주세요", "잔은 두 개 주세요",
//   "수저 따로 하나 더", "봉지 하나 더", "two forks please": nothing ordered, answered alone (said
//   alone, the kiosk points to staff; 잔, 컵, 그릇, 접시, 봉지 are also counters: "소주 두 잔" still
//   counts soju). A thing the menu sells (a bag) is still ordered;
// - "계산은 따로 할게요", "따로 계산해 주세요" where 따로 is also the sauce on the side: the bill;
// - "김치 좀 더 주세요" where 김치 names only the dumplings' kind: a refill, or the kind? A guess;
//   "국물 좀 더 주세요", a word nobody knows: the same, never one more of the line.
import { en, ko, menuFrom, notAloneTable, phenomenonTable } from "./test-helpers.ts";

const pocha = () =>
  menuFrom({
    version: 1,
    store: { id: "ko-requests-to-staff", name: { ko: "칼국수집" }, currency: "KRW", languages: ["ko"] },
    orderOptions: [{ id: "dining", ...ko("식사 방법"), select: "one", default: "here", choices: [{ id: "here", ...ko("매장") }, { id: "togo", ...ko("포장") }] }],
    categories: [{ id: "main", ...ko("식사") }, { id: "drinks", ...ko("주류") }],
    optionGroups: [
      { id: "brand", ...ko("소주 종류"), select: "one", default: "chamisul", choices: [{ id: "chamisul", ...ko("참이슬") }, { id: "cheoeum", ...ko("처음처럼") }] },
      { id: "mandu", ...ko("만두 종류"), select: "one", default: "meat", choices: [{ id: "meat", ...ko("고기") }, { id: "kimchi", ...ko("김치") }] },
      { id: "sauce", ...ko("소스"), select: "one", default: "poured", choices: [{ id: "poured", ...ko("부어서", ["부먹"]) }, { id: "side", ...ko("따로", ["소스 따로", "찍먹"]) }] },
    ],
    items: [
      { id: "soju", category: "drinks", ...ko("소주"), price: 5000, optionGroups: ["brand"] },
      { id: "beer", category: "drinks", ...ko("맥주"), price: 5000 },
      { id: "mandu", category: "main", ...ko("찐만두"), price: 6000, optionGroups: ["mandu"] },
      { id: "katsu", category: "main", ...ko("돈까스"), price: 10000, optionGroups: ["sauce"] },
      { id: "kalguksu", category: "main", ...ko("칼국수"), price: 9000 },
      { id: "hotteok", category: "main", ...ko("꿀호떡"), price: 1500 },
    ],
  });

phenomenonTable("Korean: a thing asked for with a count orders nothing", pocha(), [
  { name: "소주 한 병 → 잔 하나 더 주세요", turns: ["소주 한 병 참이슬이요", "잔 하나 더 주세요"], lines: [{ item: "soju", qty: 1 }], confident: true },
  { name: "맥주 한 병 → 컵 두 개 주세요", turns: ["맥주 한 병이요", "컵 두 개 주세요"], lines: [{ item: "beer", qty: 1 }], confident: true },
  { name: "꿀호떡 세 개 포장 → 봉지 하나 더 주세요", turns: ["꿀호떡 세 개 포장이요", "봉지 하나 더 주세요"], lines: [{ item: "hotteok", qty: 3 }], orderOptions: { dining: "togo" }, confident: true },
  { name: "칼국수 → 그릇 하나 더 주세요", turns: ["칼국수 하나요", "그릇 하나 더 주세요"], lines: [{ item: "kalguksu", qty: 1 }], confident: true },
  { name: "칼국수 → 접시 하나만 더 주세요", turns: ["칼국수 하나요", "접시 하나만 더 주세요"], lines: [{ item: "kalguksu", qty: 1 }], confident: true },
  { name: "돈까스 → 수저 따로 하나 더 주세요: no second katsu, no sauce on the side", turns: ["돈까스 하나요", "수저 따로 하나 더 주세요"], lines: [{ item: "katsu", qty: 1 }], confident: true },
  { name: "소주 한 병 참이슬로 잔은 두 개 주세요: one soju, answered alone", turns: ["소주 한 병 참이슬로 잔은 두 개 주세요"], lines: [{ item: "soju", qty: 1 }], confident: true },
  { name: "칼국수 두 개 그릇 하나 더 주세요: two, answered alone", turns: ["칼국수 두 개 그릇 하나 더 주세요"], lines: [{ item: "kalguksu", qty: 2 }], confident: true },
  { name: "찐만두 두 개 주세요 접시는 하나 더 주시고요", turns: ["찐만두 두 개 주세요 접시는 하나 더 주시고요"], lines: [{ item: "mandu", qty: 2 }], confident: true },
]);

// ("소주잔": the glass, or an item the menu names with 잔 glued, as "순한컵" may be? Not sure.)
notAloneTable("Korean: a thing's word glued to an item's name is a guess", pocha(), [
  { name: "소주 → 소주잔 두 개 더 주세요", turns: ["소주 한 병이요", "소주잔 두 개 더 주세요"] },
]);

phenomenonTable("Korean: the bill paid apart is no sauce on the side", pocha(), [
  { name: "돈까스 하나 칼국수 하나요 계산은 따로 할게요", turns: ["돈까스 하나 칼국수 하나요 계산은 따로 할게요"], lines: [{ item: "katsu", qty: 1 }, { item: "kalguksu", qty: 1 }], confident: true },
  { name: "돈까스 → 따로 계산해 주세요", turns: ["돈까스 하나요", "따로 계산해 주세요"], lines: [{ item: "katsu", qty: 1 }] },
  { name: "돈까스 → 계산 따로 해 주세요", turns: ["돈까스 하나요", "계산 따로 해 주세요"], lines: [{ item: "katsu", qty: 1 }] },
]);

phenomenonTable("Korean: more of a side that names only a choice is a guess", pocha(), [
  { name: "찐만두 → 김치 좀 더 주세요", turns: ["찐만두 하나요", "김치 좀 더 주세요"], lines: [{ item: "mandu", qty: 1 }], confident: false },
  { name: "칼국수 두 개 → 국물 좀 더 주세요 (a word nobody knows): still two", turns: ["칼국수 두 개요", "국물 좀 더 주세요"], lines: [{ item: "kalguksu", qty: 2 }], confident: false },
  { name: "찐만두 하나 주세요 김치 좀 더 주실 수 있어요", turns: ["찐만두 하나 주세요 김치 좀 더 주실 수 있어요"], lines: [{ item: "mandu", qty: 1 }], confident: false },
]);

// The edges: these read the same before and after (a counter after a number counts the item,
// 따로 said of the sauce is the sauce, the kind said to change is the kind).
phenomenonTable("Korean: counters and choices that stay so", pocha(), [
  { name: "소주 두 잔 주세요: two soju", turns: ["소주 두 잔 주세요"], lines: [{ item: "soju", qty: 2 }], confident: true },
  { name: "돈까스 소스 따로 주세요", turns: ["돈까스 하나 소스 따로 주세요"], lines: [{ item: "katsu", qty: 1, options: { sauce: "side" } }], confident: true },
  { name: "김치만두로 바꿔 주세요", turns: ["찐만두 하나요", "김치로 바꿔 주세요"], lines: [{ item: "mandu", qty: 1, options: { mandu: "kimchi" } }] },
]);

const stand = () =>
  menuFrom({
    version: 1,
    store: { id: "ko-bag-for-sale", name: { ko: "호떡집" }, currency: "KRW", languages: ["ko"] },
    categories: [{ id: "main", ...ko("호떡") }, { id: "etc", ...ko("기타") }],
    optionGroups: [],
    items: [
      { id: "hotteok", category: "main", ...ko("꿀호떡"), price: 1500 },
      { id: "bag", category: "etc", ...ko("봉지"), price: 100 },
    ],
  });

// (A thing the menu sells is ordered, as before: held-out customers bought the bag so.)
phenomenonTable("Korean: a thing the menu sells, asked for, is ordered", stand(), [
  { name: "꿀호떡 → 봉지 하나 더 주세요 (a bag for sale)", turns: ["꿀호떡 두 개요", "봉지 하나 더 주세요"], lines: [{ item: "hotteok", qty: 2 }, { item: "bag", qty: 1 }], confident: true },
]);

const grill = () =>
  menuFrom({
    version: 1,
    store: { id: "en-requests-to-staff", name: { en: "Wrap Stand" }, currency: "USD", languages: ["en"] },
    categories: [{ id: "main", ...en("Wraps") }, { id: "soups", ...en("Soups") }],
    optionGroups: [{ id: "size", ...en("Size"), select: "one", default: "cup", choices: [{ id: "cup", ...en("Cup") }, { id: "bowl", ...en("Bowl") }] }],
    items: [
      { id: "wrap", category: "main", ...en("Falafel Wrap"), price: 900 },
      { id: "soup", category: "soups", ...en("Lentil Soup"), price: 500, optionGroups: ["size"] },
    ],
  });

phenomenonTable("English: a thing asked for with a count orders nothing", grill(), [
  { name: "a falafel wrap → two forks please", turns: ["a falafel wrap", "two forks please"], lines: [{ item: "wrap", qty: 1 }], confident: true },
  { name: "a falafel wrap and two forks please: answered alone", turns: ["a falafel wrap and two forks please"], lines: [{ item: "wrap", qty: 1 }], confident: true },
  { name: "two falafel wraps, can I get extra napkins", turns: ["two falafel wraps, can I get extra napkins"], lines: [{ item: "wrap", qty: 2 }], confident: true },
  { name: "a falafel wrap and a bag please", turns: ["a falafel wrap, and a bag please"], lines: [{ item: "wrap", qty: 1 }], confident: true },
  // (Said alone, nothing is ordered, as before; "cups" where the soup's size is "Cup" is the
  // menu's word; the size said of the soup is still the size.)
  { name: "a falafel wrap → can I get two extra cups", turns: ["a falafel wrap", "can I get two extra cups"], lines: [{ item: "wrap", qty: 1 }] },
  { name: "a lentil soup, a cup", turns: ["a lentil soup in a bowl"], lines: [{ item: "soup", qty: 1, options: { size: "bowl" } }], confident: true },
]);
