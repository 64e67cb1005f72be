// Korean words the menu's own names collide with (held-out rounds 6–7): a category or group
// called just "추가"/"빼기" is not named by the verbs 추가해/빼 주세요; a phrase starting
// inside a word ("면 추가" in "당면 추가") does not beat that whole word; one alias written
// two ways ("큰 거", "큰거") is found either way; a choice with its own count after the
// item was named with another choice of that group is another of it ("양념 소스 두 개
// 추가하고 머스타드도 하나요"); and "추가되나요? 그럼 추가해 주세요" takes the offer at once.
import { describe, expect, it } from "vitest";
import { lexiconFor } from "./lexicon.ts";
import { scan } from "./scan.ts";
import { ko, menuFrom, phenomenonTable } from "./test-helpers.ts";

const gukbap = () =>
  menuFrom({
    version: 1,
    store: { id: "ko-words", name: { ko: "국밥집" }, currency: "KRW", languages: ["ko"] },
    categories: [{ id: "soup", ...ko("국밥") }, { id: "sides", ...ko("추가") }, { id: "drinks", ...ko("음료") }, { id: "dips", ...ko("소스") }],
    optionGroups: [
      {
        id: "sari", ...ko("사리 추가"), select: "many",
        choices: [{ id: "somyeon", ...ko("소면사리", ["면사리", "소면", "면 추가"]), price: 1000 }, { id: "dangmyeon", ...ko("당면사리", ["당면"]), price: 1000 }, { id: "sundae", ...ko("순대 추가"), price: 2000 }],
      },
      { id: "soda-size", ...ko("음료 사이즈"), select: "one", default: "small", choices: [{ id: "small", ...ko("500ml", ["작은 거", "작은거"]) }, { id: "big", ...ko("1.25L", ["큰 거", "큰거"]), price: 1000 }] },
      { id: "dip-flavor", ...ko("소스 종류"), select: "one", choices: [{ id: "spicy", ...ko("양념소스", ["양념"]) }, { id: "mustard", ...ko("허니머스타드", ["머스타드"]) }] },
      { id: "toppings", ...ko("토핑"), select: "many", choices: [{ id: "egg", ...ko("계란 추가", ["계란"]), price: 500 }] },
    ],
    items: [
      { id: "pork", category: "soup", ...ko("돼지국밥"), price: 9000, optionGroups: ["sari", "toppings"] },
      { id: "rice", category: "sides", ...ko("공깃밥"), price: 1000 },
      { id: "cola", category: "drinks", ...ko("콜라"), price: 2000, optionGroups: ["soda-size"] },
      { id: "sweetpotato-latte", category: "drinks", ...ko("고구마라떼", ["고라"]), price: 5000 },
      { id: "latte", category: "drinks", ...ko("카페라떼", ["라떼"]), price: 4500 },
      { id: "dip", category: "dips", ...ko("소스 추가", ["소스"]), price: 500, optionGroups: ["dip-flavor"] },
    ],
  });

describe("Korean words the menu's names collide with", () => {
  const lex = lexiconFor(gukbap());
  const read = (t: string) => scan(lex, t).atoms.map((a) => (a.kind === "menu" ? a.refs.map((r) => r.kind).join("+") : a.kind)).join(" ");
  it.each([
    ["당면 추가해 주세요", "choice kw"],
    ["면사리 추가해서", "choice kw"],
    ["큰거", "choice"],
    ["큰 거", "choice"],
    ["큰걸로요", "choice"],
    // (고라 is the 고구마라떼's clipping; 그리고 is a word of its own.)
    ["콜라 두 개 그리고 라떼", "item num sep item"],
  ])("%s", (text, atoms) => expect(read(text)).toBe(atoms));
});

phenomenonTable("Korean: the menu's names do not take the verbs", gukbap(), [
  { name: "당면 추가: the whole word, not 면 추가 inside it", turns: ["돼지국밥 하나 순대 추가랑 당면 추가해서요"], lines: [{ item: "pork", qty: 1, options: { sari: ["sundae", "dangmyeon"] } }], confident: true },
  { name: "면사리 추가해서: the choice and the verb, not the group", turns: ["돼지국밥 하나요 면사리 추가해서"], lines: [{ item: "pork", qty: 1, options: { sari: ["somyeon"] } }], confident: true },
  { name: "큰걸로 with no space", turns: ["콜라 큰걸로요"], lines: [{ item: "cola", qty: 1, options: { "soda-size": "big" } }], confident: true },
  { name: "머스타드도 하나: another of the item named with 양념", turns: ["양념 소스 두 개 추가하고 머스타드도 하나요"], lines: [{ item: "dip", qty: 2, options: { "dip-flavor": "spicy" } }, { item: "dip", qty: 1, options: { "dip-flavor": "mustard" } }] },
  { name: "추가되나요? 그럼 추가해 주세요", turns: ["돼지국밥 하나요", "계란 추가되나요? 그럼 추가해 주세요"], lines: [{ item: "pork", qty: 1, options: { toppings: ["egg"] } }], confident: true },
  { name: "추가되나요? alone only answers", turns: ["돼지국밥 하나요", "계란 추가되나요?"], lines: [{ item: "pork", qty: 1 }] },
  { name: "추가되나요? then yes next turn", turns: ["돼지국밥 하나요", "계란 추가되나요?", "네"], lines: [{ item: "pork", qty: 1, options: { toppings: ["egg"] } }] },
]);
