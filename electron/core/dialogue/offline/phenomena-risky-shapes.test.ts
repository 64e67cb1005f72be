// The shapes of turn never answered alone (risky-shapes.ts), each on a small menu of its
// own, in both languages: the turn goes to the model however well its words are accounted
// for, and the same words in another shape are still answered alone. (Korean "X 대신 Y" was
// a guess before: accounting.ts, a correction that takes something back.)
import { menuFrom, notAloneTable, phenomenonTable } from "./test-helpers.ts";

const both = (ko: string, en: string, koA?: string[], enA?: string[]) => ({ name: { ko, en }, ...(koA || enA ? { aliases: { ...(koA ? { ko: koA } : {}), ...(enA ? { en: enA } : {}) } } : {}) });

const shop = () =>
  menuFrom({
  version: 1,
  store: { id: "risky-shapes", name: { ko: "가게", en: "Shop" }, currency: "KRW", languages: ["ko", "en"] },
  categories: [{ id: "main", ...both("메인", "Mains") }, { id: "drink", ...both("음료", "Drinks") }],
  optionGroups: [
    { id: "style", ...both("조리", "Style"), select: "one", default: "fried", choices: [{ id: "fried", ...both("군만두", "Fried", ["군", "군 걸로"]) }, { id: "steamed", ...both("찐만두", "Steamed", ["찐", "찐 걸로"]) }] },
    { id: "pieces", ...both("개수", "Pieces", undefined, ["pieces", "piece"]), select: "count", default: 6, min: 4, max: 20, unitPrice: 500 },
    { id: "cream", ...both("크림", "Cream", ["크림"], ["cream", "creams"]), select: "count", default: 1, min: 0, max: 4, unitPrice: 0 },
    { id: "bone-extra", ...both("뼈 추가", "Extra bone", ["뼈 추가", "뼈 하나 더"], ["extra bone", "extra bones"]), select: "count", default: 0, min: 0, max: 3, unitPrice: 3000 },
    { id: "side", ...both("사이드", "Side"), select: "one", default: "fries", choices: [{ id: "fries", ...both("감자튀김", "Fries") }, { id: "salad", ...both("샐러드", "Salad") }] },
    { id: "hold", ...both("빼기", "Hold"), select: "many", choices: [{ id: "no-onion", ...both("양파 빼기", "No onions", ["양파"], ["onions", "onion"]) }, { id: "no-pickle", ...both("피클 빼기", "No pickles", ["피클"], ["pickles", "pickle"]) }] },
  ],
  items: [
    { id: "mandu", category: "main", ...both("만두", "Mandu", undefined, ["dumplings"]), price: 6000, optionGroups: ["style", "pieces"] },
    { id: "coffee", category: "drink", ...both("커피", "Coffee"), price: 2000, optionGroups: ["cream"] },
    { id: "soup", category: "main", ...both("뼈해장국", "Bone soup"), price: 9000, optionGroups: ["bone-extra"] },
    { id: "burger", category: "main", ...both("버거", "Burger"), price: 8000, optionGroups: ["side", "hold"] },
    { id: "cola", category: "drink", ...both("콜라", "Coke"), price: 2000 },
  ],
});

notAloneTable("Risky shapes: a guess", shop(), [
  { name: "a number for an item sold by the piece (en): 8 mandu, orders or pieces?", turns: ["can i get 8 mandu steamed"] },
  { name: "a number for an item sold by the piece (en): two fried mandu", turns: ["two fried mandu"] },
  { name: "a number for an item sold by the piece (ko): 찐만두 여덟 개", turns: ["찐만두 여덟 개 주세요"] },
  { name: "a number for an item sold by the piece (ko): 군만두 두 개", turns: ["군만두 두 개요"] },
  { name: "a count the item comes with, changed (en): two creams, in all or more?", turns: ["a coffee with two creams"] },
  { name: "a count the item comes with, changed (ko): 크림 두 개", turns: ["커피 하나 크림 두 개요"] },
  { name: "one thing said instead of another (en)", turns: ["a burger", "salad instead of fries"] },
  { name: "a counted option changed on a line already there (en)", turns: ["a bone soup", "make it two extra bones"] },
  { name: "a counted option changed on a line already there (ko)", turns: ["뼈해장국 하나요", "뼈 두 개 추가해 주세요"] },
  { name: "a refusal once the cart has lines (en): no onions on that", turns: ["a burger", "no onions on that"] },
  { name: "a refusal once the cart has lines (ko): 양파는 빼 주세요", turns: ["버거 하나요", "양파는 빼 주세요"] },
]);

phenomenonTable("Risky shapes: other shapes still answered alone", shop(), [
  { name: "a steamed mandu (no number)", turns: ["a steamed mandu"], lines: [{ item: "mandu", qty: 1, options: { style: "steamed", pieces: 6 } }], confident: true },
  { name: "찐만두 하나요 (one is an order)", turns: ["찐만두 하나요"], lines: [{ item: "mandu", qty: 1, options: { style: "steamed", pieces: 6 } }], confident: true },
  { name: "two coffees (the count they come with unchanged)", turns: ["two coffees"], lines: [{ item: "coffee", qty: 2, options: { cream: 1 } }], confident: true },
  { name: "커피 두 잔 (the count they come with unchanged)", turns: ["커피 두 잔 주세요"], lines: [{ item: "coffee", qty: 2, options: { cream: 1 } }], confident: true },
  { name: "a burger with salad (chosen, not instead of)", turns: ["a burger with salad"], lines: [{ item: "burger", qty: 1, options: { side: "salad" } }], confident: true },
  { name: "버거 하나 샐러드로 (chosen, not instead of)", turns: ["버거 하나 샐러드로 주세요"], lines: [{ item: "burger", qty: 1, options: { side: "salad" } }], confident: true },
  { name: "a bone soup with an extra bone (said with the item)", turns: ["a bone soup with an extra bone"], lines: [{ item: "soup", qty: 1, options: { "bone-extra": 1 } }], confident: true },
  { name: "뼈해장국 하나 뼈 추가 (said with the item)", turns: ["뼈해장국 하나 뼈 추가요"], lines: [{ item: "soup", qty: 1, options: { "bone-extra": 1 } }], confident: true },
  { name: "a burger no onions (refused as it is ordered)", turns: ["a burger no onions"], lines: [{ item: "burger", qty: 1, options: { hold: ["no-onion"] } }], confident: true },
  { name: "버거 하나 양파 빼고 (refused as it is ordered)", turns: ["버거 하나 양파 빼고 주세요"], lines: [{ item: "burger", qty: 1, options: { hold: ["no-onion"] } }], confident: true },
  { name: "a burger, then a coke (no refusal)", turns: ["a burger", "and a coke"], lines: [{ item: "burger", qty: 1 }, { item: "cola", qty: 1 }], confident: true },
]);
