// Shapes the blind rounds 26-27 answered wrongly alone:
// - "two diet cokes and a regular coke": the article's one names a choice the name of the
//   two already set otherwise, so it is one more, not one of the two (parse.ts).
// - "the dumplings with an extra piece, there's five of us": the people counted, not the
//   dumplings; one each is the customer's to say, so a guess (whose-counts.ts).
// - "튀김우동 세트요 미니 규동으로 하고 우동은 곱빼기로요": the kind said as the topic is
//   the set's part named inside it, not a new plain udon (kind-named-inside.ts).
// - "two baskets of siu mai", "xiao long bao two baskets": a word of the category's name
//   ("Steamed Baskets") as the count's noun (category-counter.ts).
import { menuFrom, phenomenonTable } from "./test-helpers.ts";

const both = (ko: string, en: string, koA?: string[], enA?: string[]) => ({ name: { ko, en }, ...(koA || enA ? { aliases: { ...(koA ? { ko: koA } : {}), ...(enA ? { en: enA } : {}) } } : {}) });

const shop = () =>
  menuFrom({
    version: 1,
    store: { id: "r26-shapes", name: { ko: "국수집", en: "Noodle Bar" }, currency: "KRW", languages: ["ko", "en"] },
    categories: [{ id: "noodles", ...both("국수", "Noodles") }, { id: "sets", ...both("세트", "Sets") }, { id: "dumplings", ...both("만두", "Steamed Baskets") }, { id: "drinks", ...both("음료", "Drinks") }],
    optionGroups: [
      { id: "pop", ...both("탄산", "Pop"), select: "one", default: "cola", choices: [{ id: "cola", ...both("콜라", "Cola", undefined, ["regular cola"]) }, { id: "zero", ...both("제로 콜라", "Zero Cola", ["제로"], ["zero"]) }, { id: "cider", ...both("사이다", "Cider") }] },
      { id: "size", ...both("곱빼기", "Size"), select: "one", default: "regular", choices: [{ id: "regular", ...both("보통", "Regular") }, { id: "large", ...both("곱빼기", "Large", ["곱빼기로"]) }] },
      { id: "set-side", ...both("세트 사이드", "Set side"), select: "one", choices: [{ id: "rice", ...both("공기밥", "Rice") }, { id: "salad", ...both("샐러드", "Salad") }] },
      { id: "extra-piece", ...both("한 개 추가", "Extra piece"), select: "count", min: 0, max: 2, default: 0, unitPrice: 500 },
    ],
    items: [
      { id: "plain-noodles", category: "noodles", ...both("기본 국수", "Plain Noodles", ["국수 기본"], ["plain noodles"]), price: 6000, optionGroups: ["size"] },
      { id: "spicy-noodles", category: "noodles", ...both("매운 국수", "Spicy Noodles"), price: 7000, optionGroups: ["size"] },
      { id: "noodle-set", category: "sets", ...both("국수 세트", "Noodle Set"), price: 9000, optionGroups: ["set-side", "size"] },
      { id: "dumplings", category: "dumplings", ...both("찐만두", "Steamed Dumplings", undefined, ["dumplings"]), price: 5000, optionGroups: ["extra-piece"] },
      { id: "buns", category: "dumplings", ...both("찐빵", "Pork Buns"), price: 5000, optionGroups: ["extra-piece"] },
      { id: "soda", category: "drinks", name: { ko: "탄산음료", en: "Soda" }, aliases: { en: [{ text: "cola", options: { pop: "cola" } }, { text: "zero cola", options: { pop: "zero" } }] }, price: 2000, optionGroups: ["pop"] },
    ],
  });

const soda = (pop: string, qty = 1) => ({ item: "soda", qty, options: { pop } });
const dumplings = (extra: number, qty = 1) => ({ item: "dumplings", qty, options: { "extra-piece": extra } });

phenomenonTable("a counted choice-named item and 'a <other choice>': one more, not one of them (English)", shop(), [
  { name: "two zero colas and a regular cola", turns: ["two zero colas and a regular cola"], lines: [soda("zero", 2), soda("cola")], confident: true },
  { name: "two zero colas and a cider", turns: ["two zero colas and a cider"], lines: [soda("zero", 2), soda("cider")], confident: true },
]);

phenomenonTable("the people counted, not the order: a guess (English)", shop(), [
  { name: "the dumplings with an extra piece there's five of us", turns: ["can we do the dumplings with an extra piece there's five of us"], lines: [dumplings(1)], confident: false },
  { name: "two dumplings, there are five of us", turns: ["two dumplings there are five of us"], lines: [dumplings(0, 2)], confident: false },
]);

phenomenonTable("the kind said as the topic: the part named inside a line of this turn (Korean)", shop(), [
  { name: "국수 세트요 샐러드로 하고 국수는 곱빼기로요", turns: ["국수 세트요 샐러드로 하고 국수는 곱빼기로요"], lines: [{ item: "noodle-set", qty: 1, options: { "set-side": "salad", size: "large" } }], confident: true },
]);

phenomenonTable("a word of the category's name as the count's noun (English)", shop(), [
  { name: "two baskets of dumplings", turns: ["two baskets of dumplings"], lines: [dumplings(0, 2)], confident: true },
  { name: "pork buns two baskets", turns: ["pork buns two baskets"], lines: [{ item: "buns", qty: 2, options: { "extra-piece": 0 } }], confident: true },
]);
