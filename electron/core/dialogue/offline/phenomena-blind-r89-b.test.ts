// Three turns of the blind rounds 86–92 (first run) that went wrong, and their shapes:
// - "쌈사 양고기로 두 개": a word naming the item's choice and, cut short, another item's counted
//   extra ("양고기 추가" of the plov), then a number: the item's count, not the extra's
//   (count-after-its-choice.ts);
// - "아메리카노 말고 콤부차 베리로 바꿔 주세요", "a berry kombucha": words that are a set's drink
//   choice and also an item's name with its own choice, where nothing around takes the set's
//   choice: that item and choice (choice-spelling-an-item.ts);
// - "새우볶음밥 하나 파 빼고요 계란후라이 하나 추가해 주세요": a counted add-on after a refusal
//   closed by 요 is one more thing of the line, not a measure of the refusal ("바닐라 샷";
//   measure-words.ts), so the one line holds both.
//
// And three read-back checks of the finished turn, whatever step went wrong: a count said beside
// an item's words that nothing made of it holds (count-beside-its-item.ts); an item in hand the
// words replace ("X 말고 Y로 바꿔", "instead of X") still all there beside the new thing
// (replaced-kept.ts); an item named once with its count made as more lines, alike in every
// pick-one choice, than that count (one-named-made-apart.ts).
import { describe, expect, it } from "vitest";
import { notAsSaid } from "./read-back-checks.ts";
import { type LineSpec, menuFrom, phenomenonTable, turnLeft } from "./test-helpers.ts";

const both = (ko: string, en: string, aliases?: { ko?: string[]; en?: string[] }) => ({ name: { ko, en }, ...(aliases ? { aliases } : {}) });
const shop = menuFrom({
  version: 1,
  store: { id: "blind-r89-b", name: { ko: "식당", en: "Diner" }, currency: "KRW", languages: ["ko", "en"] },
  categories: [{ id: "food", ...both("음식", "Food") }, { id: "drinks", ...both("음료", "Drinks") }, { id: "sets", ...both("세트", "Sets") }],
  optionGroups: [
    { id: "extra-meat", ...both("고기 추가", "Extra meat", { ko: ["양고기 추가"], en: ["extra lamb"] }), select: "count", min: 0, max: 2, default: 0, unitPrice: 400 },
    { id: "filling", ...both("속", "Filling"), select: "one", choices: [{ id: "lamb", ...both("양고기", "Lamb") }, { id: "pumpkin", ...both("단호박", "Pumpkin") }] },
    { id: "kombucha-flavor", ...both("콤부차 맛", "Kombucha flavour"), select: "one", choices: [{ id: "lemon", ...both("레몬", "Lemon") }, { id: "berry", ...both("베리", "Berry") }] },
    {
      id: "set-drink", ...both("세트 음료", "Set drink"), select: "one",
      choices: [{ id: "americano", ...both("아메리카노", "Americano") }, { id: "kombucha-berry", ...both("베리 콤부차", "Berry kombucha", { ko: ["콤부차 베리"] }), price: 1000 }],
    },
    { id: "rice-hold", ...both("빼기", "Leave out"), select: "many", choices: [{ id: "no-onion", ...both("파 빼기", "No scallions", { ko: ["파 빼고"] }) }, { id: "no-carrot", ...both("당근 빼기", "No carrot", { ko: ["당근 빼고"] }) }] },
    { id: "fried-egg", ...both("계란후라이 추가", "Add fried egg", { ko: ["계란후라이"], en: ["fried egg"] }), select: "count", min: 0, max: 2, default: 0, unitPrice: 1000 },
  ],
  items: [
    { id: "plov", category: "food", ...both("플로프", "Plov"), price: 1500, optionGroups: ["extra-meat"] },
    { id: "samsa", category: "food", ...both("쌈사", "Samsa"), price: 400, optionGroups: ["filling"] },
    { id: "fried-rice", category: "food", ...both("새우 볶음밥", "Shrimp fried rice", { ko: ["새우볶음밥", "볶음밥"], en: ["fried rice"] }), price: 9000, optionGroups: ["rice-hold", "fried-egg"] },
    { id: "bowl", category: "food", ...both("아사이볼", "Acai bowl"), price: 9900 },
    { id: "kombucha", category: "drinks", ...both("콤부차", "Kombucha"), price: 5000, optionGroups: ["kombucha-flavor"] },
    { id: "americano", category: "drinks", ...both("아메리카노", "Americano"), price: 3500 },
    { id: "bowl-set", category: "sets", ...both("볼 세트", "Bowl set"), price: 13900, optionGroups: ["set-drink"] },
  ],
});

phenomenonTable("a count after the item's choice that also names another item's counted extra counts the item", shop, [
  { name: "플로프 하나랑 쌈사 양고기로 두 개 주세요", turns: ["플로프 하나랑 쌈사 양고기로 두 개 주세요"], lines: [{ item: "plov", qty: 1 }, { item: "samsa", qty: 2, options: { filling: "lamb" } }], confident: true },
  { name: "쌈사 양고기 세 개요", turns: ["쌈사 양고기 세 개요"], lines: [{ item: "samsa", qty: 3, options: { filling: "lamb" } }] },
  // (Guard: the plov takes the extra, so its count stays the extra's.)
  { name: "플로프 하나 양고기 두 개 추가요 (guard)", turns: ["플로프 하나 양고기 두 개 추가요"], lines: [{ item: "plov", qty: 1, options: { "extra-meat": 2 } }] },
  { name: "one plov and two lamb samsas", turns: ["one plov and two lamb samsas"], lines: [{ item: "plov", qty: 1 }, { item: "samsa", qty: 2, options: { filling: "lamb" } }] },
]);

phenomenonTable("a set's choice spelled by an item's name and its own choice, with no set around, is that item and choice", shop, [
  {
    name: "아메리카노 말고 콤부차 베리로 바꿔 주세요",
    turns: ["아사이볼 하나랑 아메리카노 한 잔이요", "아 아메리카노 말고 콤부차 베리로 바꿔 주세요"],
    lines: [{ item: "bowl", qty: 1 }, { item: "kombucha", qty: 1, options: { "kombucha-flavor": "berry" } }],
  },
  { name: "콤부차 베리로 하나 주세요", turns: ["콤부차 베리로 하나 주세요"], lines: [{ item: "kombucha", qty: 1, options: { "kombucha-flavor": "berry" } }] },
  { name: "a berry kombucha please (guard: English read so before)", turns: ["a berry kombucha please"], lines: [{ item: "kombucha", qty: 1, options: { "kombucha-flavor": "berry" } }] },
  // (Guards: with the set said, or in hand, the words are its drink.)
  { name: "볼 세트 하나 콤부차 베리로요 (guard)", turns: ["볼 세트 하나 콤부차 베리로요"], lines: [{ item: "bowl-set", qty: 1, options: { "set-drink": "kombucha-berry" } }] },
  { name: "a bowl set with a berry kombucha (guard)", turns: ["a bowl set with a berry kombucha"], lines: [{ item: "bowl-set", qty: 1, options: { "set-drink": "kombucha-berry" } }] },
]);

phenomenonTable("a counted add-on after a refusal closed by 요 is one more thing of the same line", shop, [
  {
    name: "새우볶음밥 하나 파 빼고요 계란후라이 하나 추가해 주세요",
    turns: ["새우볶음밥 하나 파 빼고요 계란후라이 하나 추가해 주세요"],
    lines: [{ item: "fried-rice", qty: 1, options: { "rice-hold": ["no-onion"], "fried-egg": 1 } }],
    confident: true,
  },
  { name: "볶음밥 두 개 당근 빼고요 계란후라이 두 개 추가요", turns: ["볶음밥 두 개 당근 빼고요 계란후라이 두 개 추가요"], lines: [{ item: "fried-rice", qty: 2, options: { "rice-hold": ["no-carrot"], "fried-egg": 2 } }] },
  { name: "one fried rice no scallions and add a fried egg (guard: English read so before)", turns: ["one fried rice no scallions and add a fried egg"], lines: [{ item: "fried-rice", qty: 1, options: { "rice-hold": ["no-onion"], "fried-egg": 1 } }] },
]);

const bowlAndCoffee: LineSpec[] = [{ item: "bowl", qty: 1 }, { item: "americano", qty: 1 }];
const berry: LineSpec = { item: "kombucha", qty: 1, options: { "kombucha-flavor": "berry" } };

describe("read back (blind round 89): the cart against the words, whatever step made it", () => {
  it.each<{ name: string; text: string; before?: LineSpec[]; after: LineSpec[]; doubt: boolean }>([
    // A count said beside the item's words, nowhere in what was made of it. (Said as the topic,
    // "쌈사는", the count said of a unit is not weighed (countsNotMade); the two made in all took the 2.)
    { name: "플로프 하나랑 쌈사는 양고기로 두 개요, one made", text: "플로프 하나랑 쌈사는 양고기로 두 개요", after: [{ item: "plov", qty: 1 }, { item: "samsa", qty: 1, options: { filling: "lamb" } }], doubt: true },
    { name: "플로프 하나랑 쌈사는 양고기로 두 개요, as said", text: "플로프 하나랑 쌈사는 양고기로 두 개요", after: [{ item: "plov", qty: 1 }, { item: "samsa", qty: 2, options: { filling: "lamb" } }], doubt: false },
    { name: "one plov and the two lamb samsas, one made", text: "one plov and the two lamb samsas", after: [{ item: "plov", qty: 1 }, { item: "samsa", qty: 1, options: { filling: "lamb" } }], doubt: true },
    { name: "플로프 하나 양고기 두 개 추가요, the extra's count (guard)", text: "플로프 하나 양고기 두 개 추가요", after: [{ item: "plov", qty: 1, options: { "extra-meat": 2 } }], doubt: false },
    // The words replace a thing in hand, and it is all still there beside the new one.
    { name: "아메리카노 말고 콤부차 베리로 바꿔, americano kept", text: "아메리카노 말고 콤부차 베리로 바꿔 주세요", before: bowlAndCoffee, after: [...bowlAndCoffee, berry], doubt: true },
    { name: "아메리카노 말고 콤부차 베리로 바꿔, as said", text: "아메리카노 말고 콤부차 베리로 바꿔 주세요", before: bowlAndCoffee, after: [{ item: "bowl", qty: 1 }, berry], doubt: false },
    { name: "아메리카노 대신 콤부차 베리로 주세요, americano kept", text: "아메리카노 대신 콤부차 베리로 주세요", before: bowlAndCoffee, after: [...bowlAndCoffee, berry], doubt: true },
    { name: "instead of the americano a berry kombucha, americano kept", text: "instead of the americano a berry kombucha please", before: bowlAndCoffee, after: [...bowlAndCoffee, berry], doubt: true },
    { name: "instead of the americano a berry kombucha, as said", text: "instead of the americano a berry kombucha please", before: bowlAndCoffee, after: [{ item: "bowl", qty: 1 }, berry], doubt: false },
    // (guard: 말고 with no word of changing may say "besides".)
    { name: "아메리카노 말고 콤부차도 하나 주세요 (guard)", text: "아메리카노 말고 콤부차 베리도 하나 주세요", before: bowlAndCoffee, after: [...bowlAndCoffee, berry], doubt: false },
    // An item named once with its count, made as more lines than that, alike in every pick-one choice.
    // (Said as the topic, the unit's count is not weighed by countsNotMade.)
    { name: "새우볶음밥은 하나 파 빼고요 계란후라이 하나 추가, two lines", text: "새우볶음밥은 하나 파 빼고요 계란후라이 하나 추가해 주세요", after: [{ item: "fried-rice", qty: 1 }, { item: "fried-rice", qty: 1, options: { "rice-hold": ["no-onion"] } }], doubt: true },
    { name: "새우볶음밥은 하나 파 빼고요 계란후라이 하나 추가, as said", text: "새우볶음밥은 하나 파 빼고요 계란후라이 하나 추가해 주세요", after: [{ item: "fried-rice", qty: 1, options: { "rice-hold": ["no-onion"], "fried-egg": 1 } }], doubt: false },
    // (guard: kinds counted out by a pick-one choice are lines of their own.)
    { name: "콤부차 레몬 하나 베리 하나 (guard)", text: "콤부차 레몬 하나 베리 하나요", after: [{ item: "kombucha", qty: 1, options: { "kombucha-flavor": "lemon" } }, berry], doubt: false },
  ])("$name", ({ text, before, after, doubt }) => {
    expect(notAsSaid(turnLeft(shop, text, before ?? [], after)).length > 0).toBe(doubt);
  });
});
