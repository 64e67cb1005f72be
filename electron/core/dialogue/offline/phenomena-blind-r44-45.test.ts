// Held-out rounds 44–45 (sealed until the end of the session), answered alone and wrong on
// the first run; fixed after, on menus written for these rows:
// - "a combo with a vanilla shake, no tomato on the burger": the combo made, and the kiosk
//   asked which shake flavour, the one just said (the shake sold alone as "Vanilla Shake"
//   took the words). Asking for what was said is no sure answer (asked-what-was-said.ts).
//   Since item-said-as-the-sets-choice.ts (twenty-third session) the shake sold alone, said
//   after "with" and holding the combo's required choice "Vanilla", is read as that choice:
//   the combo with a vanilla shake, no tomato, sure.
// - "a sugar cookie and a chocolate chip, not warmed, both of them": "both of them" closing
//   the turn, and only the last cookie not warmed (both-said-after.ts: a guess; since rounds
//   66–70 read right, both-said-last.ts).
// - "딸기 와플 반쪽으로 두 개요" where the whole waffle is called "한 개": one half and one whole;
//   "개" counts, and the choice said in the clause is the one (counter-choices.ts). "와플 두
//   개요" says no size: the kiosk asks.
import { menuFrom, phenomenonTable } from "./test-helpers.ts";

const both = (e: string, k: string, aliases?: string[]) => ({ name: { en: e, ko: k }, ...(aliases ? { aliases: { en: aliases } } : {}) });

const shakeBar = menuFrom({
  version: 1,
  store: { id: "blind-r45-shakes", name: { en: "Test Shake Bar", ko: "테스트 쉐이크" }, currency: "USD", languages: ["en", "ko"] },
  categories: [{ id: "shakes", ...both("Shakes", "쉐이크") }, { id: "burgers", ...both("Burgers", "버거") }],
  optionGroups: [
    { id: "combo-shake", ...both("Combo shake flavor", "콤보 쉐이크 맛"), select: "one", choices: [{ id: "vanilla", ...both("Vanilla", "바닐라") }, { id: "chocolate", ...both("Chocolate", "초콜릿") }] },
    { id: "holds", ...both("Hold", "빼기"), select: "many", choices: [{ id: "no-tomato", ...both("No tomato", "토마토 빼기", ["no tomatoes"]) }, { id: "no-onion", ...both("No onions", "양파 빼기", ["no onion"]) }] },
  ],
  items: [
    { id: "vanilla-shake", category: "shakes", ...both("Vanilla Shake", "바닐라 쉐이크", ["vanilla", "vanilla milkshake"]), price: 599 },
    { id: "chocolate-shake", category: "shakes", ...both("Chocolate Shake", "초콜릿 쉐이크", ["chocolate"]), price: 599 },
    { id: "cheeseburger", category: "burgers", ...both("Cheeseburger", "치즈버거"), price: 899, optionGroups: ["holds"] },
    {
      id: "combo",
      category: "burgers",
      ...both("Burger & Shake Combo", "버거 쉐이크 콤보", ["combo", "burger combo", "shake combo"]),
      description: { en: "Cheeseburger, regular fries and a regular shake (vanilla or chocolate).", ko: "치즈버거, 감자튀김, 쉐이크(바닐라·초콜릿 중 택1)." },
      price: 1399,
      optionGroups: ["combo-shake", "holds"],
    },
  ],
});

phenomenonTable("A combo 'with' the item sold alone that is its required choice", shakeBar, [
  { name: "a combo with a vanilla shake, no tomato on the burger", turns: ["a combo with a vanilla shake, no tomato on the burger"], lines: [{ item: "combo", qty: 1, options: { "combo-shake": "vanilla", holds: ["no-tomato"] } }], confident: true },
]);

const cookies = menuFrom({
  version: 1,
  store: { id: "blind-r44-cookies", name: { en: "Test Cookies", ko: "테스트 쿠키" }, currency: "USD", languages: ["en", "ko"] },
  categories: [{ id: "cookies", ...both("Cookies", "쿠키") }],
  optionGroups: [{ id: "temp", ...both("Temperature", "온도"), select: "one", default: "warm", choices: [{ id: "warm", ...both("Warm", "따뜻하게", ["warmed"]) }, { id: "room", ...both("Room temperature", "실온", ["not warmed", "room temp"]) }] }],
  items: [
    { id: "sugar", category: "cookies", ...both("Sugar cookie", "슈가 쿠키", ["sugar"]), price: 300, optionGroups: ["temp"] },
    { id: "choc-chip", category: "cookies", ...both("Chocolate chip cookie", "초코칩 쿠키", ["chocolate chip"]), price: 300, optionGroups: ["temp"] },
  ],
});

// (Since blind rounds 66–70: "both of them" in a clause of its own after the options gives them to
// every thing named, both-said-last.ts; read right, the turn is sure.)
phenomenonTable("'both of them' closing the turn: the options said before it are both cookies'", cookies, [
  { name: "a sugar cookie and a chocolate chip, not warmed, both of them", turns: ["a sugar cookie and a chocolate chip, not warmed, both of them"], lines: [{ item: "sugar", qty: 1, options: { temp: "room" } }, { item: "choc-chip", qty: 1, options: { temp: "room" } }], confident: true },
]);
phenomenonTable("'both' said before the option stays sure", cookies, [
  { name: "a sugar cookie and a chocolate chip, both not warmed", turns: ["a sugar cookie and a chocolate chip, both not warmed"], lines: [{ item: "sugar", qty: 1, options: { temp: "room" } }, { item: "choc-chip", qty: 1, options: { temp: "room" } }], confident: true },
]);

const waffles = menuFrom({
  version: 1,
  store: { id: "blind-r45-waffles", name: { ko: "테스트 와플", en: "Test Waffles" }, currency: "KRW", languages: ["ko", "en"] },
  categories: [{ id: "waffles", ...both("Waffles", "와플") }],
  optionGroups: [{ id: "portion", name: { ko: "크기", en: "Size" }, select: "one", choices: [{ id: "half", name: { ko: "반쪽", en: "Half" }, aliases: { ko: ["반 개"] } }, { id: "whole", name: { ko: "한 개", en: "Whole" }, price: 2000 }] }],
  items: [{ id: "strawberry-waffle", category: "waffles", name: { ko: "딸기 생크림 와플", en: "Strawberry cream waffle" }, price: 3000, optionGroups: ["portion"] }],
});

phenomenonTable("Korean: 개 counts, it names no serving called '한 개'", waffles, [
  { name: "딸기 생크림 와플 반쪽으로 두 개 포장이요: two halves", turns: ["딸기 생크림 와플 반쪽으로 두 개요"], lines: [{ item: "strawberry-waffle", qty: 2, options: { portion: "half" } }], confident: true },
  { name: "딸기 생크림 와플 두 개 반쪽으로요: two halves", turns: ["딸기 생크림 와플 두 개 반쪽으로요"], lines: [{ item: "strawberry-waffle", qty: 2, options: { portion: "half" } }], confident: true },
  { name: "딸기 생크림 와플 두 개요: the size asked", turns: ["딸기 생크림 와플 두 개요"], lines: [], confident: true },
]);
