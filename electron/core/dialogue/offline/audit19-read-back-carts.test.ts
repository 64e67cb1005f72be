// Red team of last session's read-back checks (audit19), on the checks alone: the words of a
// variant of each original case said to a cart, against the wrong cart any step might have
// left, and the right one. Each check now reads the cart change and the words, not the one
// reading its case went through:
// - closed-option-went-on.ts: an option closed by a request, its own verb ("빼 주시고요"), a comma
//   or a stop (not only by 요), carried on to the next item's line;
// - refusal-left-undone.ts: a refusal left undone while the turn did something else;
// - changed-as-counted.ts: the count said of a thing in hand by its name or with 중에, not only
//   as the topic; and in the turn that ordered the thing;
// - count-said-of-the-line-kept.ts: a count set with 로, or said with no item of the one line,
//   or a line that went the other way;
// - choice-inside-the-name.ts: a choice the name presets that no line holds.
import { describe, expect, it } from "vitest";
import type { MenuModel } from "../../../../shared/menu/model.ts";
import type { CartState } from "../../cart/cart.ts";
import { changedAsCounted } from "./changed-as-counted.ts";
import { choiceInsideTheName } from "./choice-inside-the-name.ts";
import { closedOptionWentOn } from "./closed-option-went-on.ts";
import { countSaidOfTheLineKept } from "./count-said-of-the-line-kept.ts";
import { refusalLeftUndone } from "./refusal-left-undone.ts";
import { cartOf, type LineSpec, menuFrom, utteranceSaid } from "./test-helpers.ts";
import type { TurnResult } from "./turn-draft.ts";

const both = (ko: string, en: string, aliases?: { ko?: string[]; en?: string[] }) => ({ name: { ko, en }, ...(aliases ? { aliases } : {}) });

const shop = menuFrom({
  version: 1,
  store: { id: "audit19-read-backs", name: { ko: "테스트", en: "Test" }, currency: "KRW", languages: ["ko", "en"] },
  categories: [{ id: "food", ...both("음식", "Food") }, { id: "drinks", ...both("음료", "Drinks") }],
  optionGroups: [
    { id: "hold", ...both("빼기", "Hold"), select: "many", choices: [{ id: "no-onion", ...both("양파 빼기", "No onion", { ko: ["양파 빼고"], en: ["no onion"] }) }, { id: "no-egg", ...both("계란 빼기", "No egg", { ko: ["계란 빼고"], en: ["no egg"] }) }] },
    { id: "spice", ...both("맵기", "Spice"), select: "one", default: "mid", choices: [{ id: "mild", ...both("순한맛", "Mild") }, { id: "mid", ...both("보통맛", "Medium") }, { id: "hot", ...both("매운맛", "Hot") }] },
    { id: "set-hold", ...both("세트 요청", "Set requests"), select: "many", choices: [{ id: "no-kimchi", ...both("김치 빼기", "No kimchi", { ko: ["김치 빼고"], en: ["no kimchi"] }) }] },
    { id: "fry-size", ...both("사이즈", "Size"), select: "one", default: "regular", choices: [{ id: "regular", ...both("레귤러", "Regular") }, { id: "large", ...both("라지", "Large") }] },
    { id: "fries-top", ...both("감자 토핑", "Fry topping"), select: "many", max: 1, choices: [{ id: "feta", ...both("페타", "Feta & oregano", { ko: ["페타 치즈"], en: ["feta", "with feta", "feta cheese"] }) }] },
  ],
  items: [
    { id: "bulgogi", category: "food", ...both("불고기 덮밥", "Bulgogi bowl", { ko: ["불고기덮밥"], en: ["bulgogi bowl"] }), price: 12500, optionGroups: ["hold", "spice"] },
    { id: "jeyuk", category: "food", ...both("제육 덮밥", "Spicy pork bowl", { ko: ["제육덮밥"], en: ["spicy pork bowl"] }), price: 11500, optionGroups: ["hold", "spice"] },
    { id: "bbq-set", category: "food", ...both("바베큐 세트", "BBQ Set", { en: ["bbq set"] }), price: 30000, optionGroups: ["set-hold"] },
    { id: "kimchi", category: "food", ...both("김치", "Kimchi", { en: ["kimchi"] }), price: 3000 },
    { id: "potatoes", category: "food", ...both("레몬 감자", "Lemon potatoes"), price: 5500 },
    { id: "fries", category: "food", ...both("감자튀김", "Fries", { ko: ["페타 감자튀김"], en: ["fry", "fries with feta", "feta fries"] }), price: 4500, optionGroups: ["fry-size", "fries-top"] },
    { id: "cookie-choco", category: "food", ...both("초코칩 쿠키", "Chocolate Chip Cookie", { ko: ["초코 쿠키"], en: ["chocolate chip cookie"] }), price: 3500 },
    { id: "cookie-pista", category: "food", ...both("피스타치오 쿠키", "Pistachio Cookie", { en: ["pistachio cookie"] }), price: 4000 },
    { id: "latte", category: "drinks", ...both("카페라떼", "Cafe Latte", { ko: ["라떼"], en: ["latte"] }), price: 4500 },
    { id: "americano", category: "drinks", ...both("아메리카노", "Americano", { en: ["americano"] }), price: 4000 },
  ],
});

/**
 * The words said to a cart holding `before`, against an `after` the turn could have left: a line
 * of `after` keeps the id of the line in hand at its place where it is of the same item, the
 * others are the turn's new ones.
 */
function turn(m: MenuModel, text: string, before: readonly LineSpec[], after: readonly LineSpec[]): TurnResult {
  const b = cartOf(m, before);
  const a = cartOf(m, after);
  const state: CartState = { ...a, lines: a.lines.map((l, i) => (b.lines[i] && after[i]!.item === before[i]!.item ? { ...l, id: b.lines[i]!.id } : { ...l, id: `new-${i}` })) };
  const created = state.lines.filter((l) => l.id.startsWith("new-")).map((l) => l.id);
  const modified = state.lines.filter((l, i) => !l.id.startsWith("new-") && JSON.stringify([l.qty, l.options]) !== JSON.stringify([b.lines[i]?.qty, b.lines[i]?.options])).map((l) => l.id);
  return { menu: m, utterance: utteranceSaid(m, text, b), before: b, state, created, modified };
}

type Row = { name: string; text: string; before?: LineSpec[]; after: LineSpec[]; doubt: boolean };
function table(title: string, check: (d: TurnResult) => string[], rows: Row[]): void {
  describe(title, () => {
    it.each(rows)("$name", ({ text, before, after, doubt }) => expect(check(turn(shop, text, before ?? [], after)).length > 0).toBe(doubt));
  });
}

const B = (o?: LineSpec["options"]): LineSpec => ({ item: "bulgogi", qty: 1, ...(o ? { options: o } : {}) });
const J = (o?: LineSpec["options"]): LineSpec => ({ item: "jeyuk", qty: 1, ...(o ? { options: o } : {}) });
table("closed-option-went-on: an option whose phrase is closed after one item, on the next item's line", closedOptionWentOn, [
  { name: "양파는 빼 주시고요 제육덮밥 하나요, on the pork", text: "불고기 덮밥 하나 양파는 빼 주시고요 제육덮밥 하나요", after: [B(), J({ hold: ["no-onion"] })], doubt: true },
  { name: "매운맛으로요 제육덮밥 하나, on the pork", text: "불고기 덮밥 하나 매운맛으로요 제육덮밥 하나 주세요", after: [B(), J({ spice: "hot" })], doubt: true },
  { name: "순한맛으로 해 주시고 제육덮밥 하나요, on the pork", text: "불고기 덮밥 하나 순한맛으로 해 주시고 제육덮밥 하나요", after: [B(), J({ spice: "mild" })], doubt: true },
  { name: "계란 빼 주세요. 제육덮밥 하나도요, on the pork", text: "불고기 덮밥 하나 계란 빼 주세요. 제육덮밥 하나도요", after: [B(), J({ hold: ["no-egg"] })], doubt: true },
  { name: "one bulgogi bowl, no onion please, and a spicy pork bowl, on the pork", text: "one bulgogi bowl, no onion please, and a spicy pork bowl", after: [B(), J({ hold: ["no-onion"] })], doubt: true },
  // (guards: as said; with nothing closing it, the next item's.)
  { name: "순한맛으로 해 주시고 제육덮밥 하나요, as said", text: "불고기 덮밥 하나 순한맛으로 해 주시고 제육덮밥 하나요", after: [B({ spice: "mild" }), J()], doubt: false },
  { name: "one bulgogi bowl, no onion please, and a spicy pork bowl, as said", text: "one bulgogi bowl, no onion please, and a spicy pork bowl", after: [B({ hold: ["no-onion"] }), J()], doubt: false },
  { name: "불고기 덮밥 하나 양파 빼고 제육덮밥 하나, the pork's", text: "불고기 덮밥 하나 양파 빼고 제육덮밥 하나", after: [B(), J({ hold: ["no-onion"] })], doubt: false },
]);

const set: LineSpec = { item: "bbq-set", qty: 1 };
table("refusal-left-undone: a refusal a line could do, left undone while the turn did something else", refusalLeftUndone, [
  { name: "김치 빼 주시고 아메리카노 하나 추가요, the hold left off", text: "김치 빼 주시고 아메리카노 하나 추가요", before: [set], after: [set, { item: "americano", qty: 1 }], doubt: true },
  { name: "김치 빼 주시고 아메리카노 하나 추가요, as said", text: "김치 빼 주시고 아메리카노 하나 추가요", before: [set], after: [{ ...set, options: { "set-hold": ["no-kimchi"] } }, { item: "americano", qty: 1 }], doubt: false },
  { name: "김치 빼 주세요 with a kimchi ordered, taken out", text: "김치 빼 주세요", before: [set, { item: "kimchi", qty: 1 }], after: [set], doubt: false },
]);

const C = (q: number): LineSpec => ({ item: "cookie-choco", qty: q });
const P = (q: number): LineSpec => ({ item: "cookie-pista", qty: q });
table("changed-as-counted: the count said of what is changed, by its name, with 중에, or in the turn that ordered it", changedAsCounted, [
  { name: "쿠키 중에 하나를 … 바꿔, both cookies gone", text: "쿠키 중에 하나를 피스타치오 쿠키로 바꿔 주세요", before: [C(2)], after: [P(1)], doubt: true },
  { name: "change one latte to an americano, both lattes gone", text: "change one latte to an americano", before: [{ item: "latte", qty: 2 }], after: [{ item: "americano", qty: 1 }], doubt: true },
  { name: "초코칩 쿠키 두 개 주시고 하나는 … 바꿔, still two", text: "초코칩 쿠키 두 개 주시고 하나는 피스타치오 쿠키로 바꿔 주세요", after: [C(2), P(1)], doubt: true },
  { name: "쿠키 중에 하나를 … 바꿔, one of two", text: "쿠키 중에 하나를 피스타치오 쿠키로 바꿔 주세요", before: [C(2)], after: [C(1), P(1)], doubt: false },
  { name: "change one latte to an americano, one of two", text: "change one latte to an americano", before: [{ item: "latte", qty: 2 }], after: [{ item: "latte", qty: 1 }, { item: "americano", qty: 1 }], doubt: false },
  { name: "초코칩 쿠키 두 개 주시고 하나는 … 바꿔, one of two", text: "초코칩 쿠키 두 개 주시고 하나는 피스타치오 쿠키로 바꿔 주세요", after: [C(1), P(1)], doubt: false },
]);

const F = (q: number): LineSpec => ({ item: "fries", qty: q, options: { "fry-size": "large" } });
table("count-said-of-the-line-kept: a count set of the one line of a thing, the line at another count", countSaidOfTheLineKept, [
  { name: "감자튀김은 한 개로 해 주세요, still two", text: "감자튀김은 한 개로 해 주세요", before: [F(2)], after: [F(2)], doubt: true },
  { name: "make it just one, still two", text: "make it just one", before: [F(2)], after: [F(2)], doubt: true },
  { name: "하나만 할게요, still two", text: "하나만 할게요", before: [F(2)], after: [F(2)], doubt: true },
  { name: "make it just one large fry, made three", text: "make it just one large fry", before: [F(2)], after: [F(3)], doubt: true },
  { name: "make it just one, as said", text: "make it just one", before: [F(2)], after: [F(1)], doubt: false },
  { name: "감자튀김은 한 개로 해 주세요, as said", text: "감자튀김은 한 개로 해 주세요", before: [F(2)], after: [F(1)], doubt: false },
  { name: "one more large fry, three", text: "one more large fry", before: [F(2)], after: [F(3)], doubt: false },
]);

table("choice-inside-the-name: a choice the name presets, on no line", choiceInsideTheName, [
  { name: "lemon potatoes and fries with feta, the fries plain", text: "lemon potatoes and fries with feta", after: [{ item: "potatoes", qty: 1 }, { item: "fries", qty: 1 }], doubt: true },
  { name: "lemon potatoes and fries with feta, as said", text: "lemon potatoes and fries with feta", after: [{ item: "potatoes", qty: 1 }, { item: "fries", qty: 1, options: { "fries-top": ["feta"] } }], doubt: false },
]);
