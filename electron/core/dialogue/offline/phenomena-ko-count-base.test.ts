// Korean counts an item comes with some of already (held-out round 11): a spiciness counted
// in steps ("맵기 단계" 1–5, default 2) and a count an item sets its own default for (떡 on a
// 빙수, default 3). A number said with such a count is how many in all ("3단계", "떡 두 개"),
// and so is one said "as" (로: "4개로", "3단계로") on any count; an adding word (추가, 더)
// adds; the count's name alone ("맵기는") changes nothing; a number written against the
// count's name ("3단계 하나") is the count's, the one after it the order's; "제일"/"최대로"
// after the count's name is its most, "기본으로" its default. And a kind of thing declined
// before what is ordered ("메인은 됐고요 아메리카노 주세요") is not ordered, nor does it take
// the options said after it; said of a line ordered ("라면은 됐어요") it takes the line back.
import { ko, menuFrom, phenomenonTable } from "./test-helpers.ts";

const shop = () =>
  menuFrom({
    version: 1,
    store: { id: "ko-count-base", name: { ko: "가게" }, currency: "KRW", languages: ["ko"] },
    categories: [{ id: "main", ...ko("메인") }, { id: "drink", ...ko("음료") }],
    optionGroups: [
      { id: "spice", ...ko("맵기 단계", ["단계", "맵기"]), select: "count", default: 2, min: 1, max: 5 },
      { id: "cake", ...ko("떡 개수", ["떡"]), select: "count", default: 0, min: 0, max: 6, unitPrice: 500 },
      { id: "topping", ...ko("토핑"), select: "many", choices: [{ id: "bean", ...ko("팥", ["팥 추가"]), price: 1000 }] },
      { id: "shot", ...ko("샷 추가", ["샷"]), select: "count", default: 0, min: 0, max: 3, unitPrice: 500 },
    ],
    items: [
      { id: "ramen", category: "main", ...ko("라면"), price: 3500, optionGroups: ["spice"] },
      { id: "bingsu", category: "main", ...ko("팥빙수"), price: 9000, optionGroups: ["topping", { group: "cake", min: 1, default: 3 }] },
      { id: "americano", category: "drink", ...ko("아메리카노"), price: 4000, optionGroups: ["shot"] },
    ],
  });

// Rows whose last turn is a count the item comes with, changed; or a counted option changed on a line already there; or a number for an item sold by the piece expect it handed on
// (confident: false), the cart kept: risky-shapes.ts.
phenomenonTable("Korean: a count an item comes with some of", shop(), [
  { name: "3단계로 sets the step", turns: ["라면 하나 3단계로 해주세요"], lines: [{ item: "ramen", qty: 1, options: { spice: 3 } }], confident: false },
  { name: "맵기 4단계요 sets the step", turns: ["라면 하나 맵기 4단계요"], lines: [{ item: "ramen", qty: 1, options: { spice: 4 } }] },
  { name: "3단계 하나: the step, then the order's count", turns: ["라면 3단계 하나"], lines: [{ item: "ramen", qty: 1, options: { spice: 3 } }] },
  { name: "하나는 1단계 하나는 4단계", turns: ["라면 두 개 하나는 맵기 1단계 하나는 4단계"], lines: [{ item: "ramen", qty: 1, options: { spice: 1 } }, { item: "ramen", qty: 1, options: { spice: 4 } }] },
  { name: "맵기는 alone changes nothing", turns: ["라면 하나 맵기는 그냥 주세요"], lines: [{ item: "ramen", qty: 1 }] },
  { name: "떡 4개로요 sets 떡", turns: ["팥빙수 하나 떡 4개로요"], lines: [{ item: "bingsu", qty: 1, options: { cake: 4 } }], confident: false },
  { name: "떡 4개로요 a turn later", turns: ["팥빙수 하나요", "떡 4개로요"], lines: [{ item: "bingsu", qty: 1, options: { cake: 4 } }], confident: false },
  { name: "떡 2개 then another option's 추가: two in all", turns: ["팥빙수 하나 떡 2개 팥 추가요"], lines: [{ item: "bingsu", qty: 1, options: { cake: 2, topping: ["bean"] } }] },
  { name: "떡 두 개 더: two more", turns: ["팥빙수 하나 떡 두 개 더 넣어 주세요"], lines: [{ item: "bingsu", qty: 1, options: { cake: 5 } }] },
  { name: "떡 추가: one more", turns: ["팥빙수 하나 떡 추가요"], lines: [{ item: "bingsu", qty: 1, options: { cake: 4 } }] },
  { name: "샷 두 개: a count that starts at none adds", turns: ["아메리카노 하나 샷 두 개 넣어 주세요"], lines: [{ item: "americano", qty: 1, options: { shot: 2 } }] },
  { name: "샷 2개로 a turn after a shot: as two in all", turns: ["아메리카노 하나 샷 추가요", "샷 2개로 해 주세요"], lines: [{ item: "americano", qty: 1, options: { shot: 2 } }] },
  { name: "맵기는 제일 맵게 a turn later: the most", turns: ["라면 하나요", "맵기는 제일 맵게 해 주세요"], lines: [{ item: "ramen", qty: 1, options: { spice: 5 } }] },
  { name: "맵기는 제일 약하게: the least", turns: ["라면 4단계 하나", "맵기는 제일 약하게 해 주세요"], lines: [{ item: "ramen", qty: 1, options: { spice: 1 } }] },
  { name: "맵기 최대로: the most", turns: ["라면 하나 맵기 최대로요"], lines: [{ item: "ramen", qty: 1, options: { spice: 5 } }] },
  { name: "맵기 그냥 기본으로 a turn later: the default", turns: ["라면 4단계 하나", "아 맵기 그냥 기본으로 해 주세요"], lines: [{ item: "ramen", qty: 1, options: { spice: 2 } }] },
  { name: "떡은 기본으로: the item's own default", turns: ["팥빙수 하나 떡 5개로요", "떡은 기본으로 해 주세요"], lines: [{ item: "bingsu", qty: 1, options: { cake: 3 } }] },
  { name: "2샷 하나: the shots, then the order's count", turns: ["아메리카노 2샷 하나"], lines: [{ item: "americano", qty: 1, options: { shot: 2 } }] },
]);

phenomenonTable("Korean: a thing declined, then what is wanted", shop(), [
  { name: "메인은 됐고요 then a drink with its option", turns: ["메인은 됐고요 그냥 아메리카노 샷 추가해서 두 잔 주세요"], lines: [{ item: "americano", qty: 2, options: { shot: 1 } }] },
  { name: "라면은 괜찮고 팥빙수 하나", turns: ["라면은 괜찮고 팥빙수 하나요"], lines: [{ item: "bingsu", qty: 1 }] },
  { name: "라면은 됐어요 said of a line: taken back", turns: ["라면 하나 아메리카노 하나요", "라면은 됐어요"], lines: [{ item: "americano", qty: 1 }] },
  { name: "라면은 안 먹을래요: taken back", turns: ["라면 하나 아메리카노 하나요", "라면은 안 먹을래요"], lines: [{ item: "americano", qty: 1 }] },
  { name: "술은 안 마실 거고 (not on the menu) then an order", turns: ["술은 안 마실 거고 라면 두 개요"], lines: [{ item: "ramen", qty: 2 }] },
  { name: "커피는 안 마실게요 then an order", turns: ["커피는 안 마실게요 팥빙수 하나만요"], lines: [{ item: "bingsu", qty: 1 }] },
  { name: "됐어요 alone: nothing taken back", turns: ["라면 하나 아메리카노 하나요", "됐어요"], lines: [{ item: "ramen", qty: 1 }, { item: "americano", qty: 1 }] },
]);
