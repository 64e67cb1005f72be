// "곱빼기로 두 개 해주세요", "라지로 두 개" a turn later, with several lines of one item made
// differently in hand: which line the option and the count go to is for the customer to say
// (line-doubts.ts: a change to one of several makings of an item), so it is never answered
// alone. With one line of the item, or the line just ordered, the words are plain.
import { ko, menuFrom, notAloneTable, phenomenonTable } from "./test-helpers.ts";

const shop = () =>
  menuFrom({
    version: 1,
    store: { id: "ko-option-count", name: { ko: "국수집" }, currency: "KRW", languages: ["ko"] },
    categories: [{ id: "noodle", ...ko("국수") }],
    optionGroups: [
      { id: "portion", ...ko("양"), select: "one", default: "regular", choices: [{ id: "regular", ...ko("보통") }, { id: "large", ...ko("곱빼기"), price: 1000 }] },
      { id: "broth", ...ko("국물"), select: "one", default: "mild", choices: [{ id: "mild", ...ko("기본") }, { id: "spicy", ...ko("얼큰") }] },
    ],
    items: [{ id: "kalguksu", category: "noodle", ...ko("칼국수"), price: 8000, optionGroups: ["portion", "broth"] }],
  });

phenomenonTable("Korean: <option>로 N개 on the one line of the item", shop(), [
  { name: "칼국수 두 개, then 곱빼기로 두 개 해주세요", turns: ["칼국수 두 개", "곱빼기로 두 개 해주세요"], lines: [{ item: "kalguksu", qty: 2, options: { portion: "large" } }], confident: true },
]);

notAloneTable("Korean: <option>로 N개 with several makings of the item in hand", shop(), [
  { name: "two lines of two", turns: ["칼국수 두 개랑 칼국수 얼큰으로 두 개", "곱빼기로 두 개 해주세요"] },
  { name: "two lines, ordered a turn apart", turns: ["칼국수 두 개", "칼국수 얼큰으로 두 개", "곱빼기로 두 개 해주세요"] },
  { name: "lines of two and one", turns: ["칼국수 두 개랑 칼국수 얼큰으로 하나", "곱빼기로 두 개 해주세요"] },
  { name: "lines of one and one, two said", turns: ["칼국수 하나랑 칼국수 얼큰으로 하나", "곱빼기로 두 개 해주세요"] },
]);
