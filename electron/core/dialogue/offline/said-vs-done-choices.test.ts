// Two choices of one one-choice group said in one phrase, one of them on no line the turn made
// (said-vs-done.ts oneOfTwoChoicesLost): a guess, not answered alone. A test dumpling menu.
import { ko, menuFrom, phenomenonTable } from "./test-helpers.ts";

const shop = menuFrom({
  version: 1,
  store: { id: "two-choices", name: { ko: "테스트 만두" }, currency: "KRW", languages: ["ko"] },
  categories: [{ id: "all", ...ko("전체") }],
  optionGroups: [
    { id: "style", ...ko("만두 종류"), select: "one", default: "steamed", choices: [{ id: "steamed", ...ko("찐만두", ["찐"]) }, { id: "fried", ...ko("군만두", ["군"]) }] },
    { id: "fill", ...ko("만두 소"), select: "one", default: "meat", choices: [{ id: "meat", ...ko("고기", ["고기만두"]) }, { id: "kimchi", ...ko("김치", ["김치만두"]) }] },
    { id: "milk", ...ko("우유"), select: "one", default: "milk", choices: [{ id: "milk", ...ko("우유") }, { id: "oat", ...ko("오트") }] },
  ],
  items: [
    { id: "mandu", category: "all", ...ko("만두"), price: 6000, optionGroups: ["style", "fill"] },
    { id: "latte", category: "all", ...ko("라떼"), price: 4500, optionGroups: ["milk"] },
  ],
});

// (Once one line was made of it, a guess; now the count closes the first line, the other
// filling starting the next (clause-bounds.ts), and both are made.)
phenomenonTable("Korean: two fillings said in one phrase, each with its count", shop, [
  { name: "김치만두 찐 걸로 하나 고기만두는 군 걸로 하나", turns: ["김치만두 찐 걸로 하나 고기만두는 군 걸로 하나"], lines: [{ item: "mandu", qty: 1, options: { fill: "kimchi", style: "steamed" } }, { item: "mandu", qty: 1, options: { fill: "meat", style: "fried" } }] },
]);

// The group's default named as the group itself, then what it becomes, stays answered alone.
phenomenonTable("Korean: '우유는 오트로 바꿔' is one choice", shop, [
  { name: "라떼 하나 / 우유는 오트로 바꿔 주세요", turns: ["라떼 하나", "우유는 오트로 바꿔 주세요"], lines: [{ item: "latte", qty: 1, options: { milk: "oat" } }], confident: true },
]);
