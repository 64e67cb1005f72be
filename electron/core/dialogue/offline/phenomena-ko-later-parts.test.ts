// Korean: a counted line changed a turn later (the second Korean red team's classes A, B,
// F, H, J). "라떼 두 잔" then "하나는 모카로": one of the two becomes a mocha (one-of-them.ts);
// "한 잔은 뜨아로": one of the 아아 made hot, "한 잔 더 뜨아로": one more, hot (line-edits.ts);
// "하나 줄여 주세요": one fewer (fewer.ts); "같은 거 하나 더 근데 두유로": the change on the new
// one only (copy-changes.ts); "초코도 하나요" after a 딸기 마카롱: another, 초코 (also-another.ts).
import { ko, menuFrom, notAloneTable, phenomenonTable } from "./test-helpers.ts";

const cafe = () =>
  menuFrom({
    version: 1,
    store: { id: "ko-later-parts", name: { ko: "카페" }, currency: "KRW", languages: ["ko"] },
    categories: [{ id: "coffee", ...ko("커피") }, { id: "dessert", ...ko("디저트") }],
    optionGroups: [
      { id: "temp", ...ko("온도"), select: "one", default: "hot", choices: [{ id: "hot", ...ko("따뜻하게", ["따뜻한", "핫"]) }, { id: "ice", ...ko("아이스", ["차가운", "차갑게"]) }] },
      { id: "milk", ...ko("우유"), select: "one", default: "milk", choices: [{ id: "milk", ...ko("일반 우유", ["우유"]) }, { id: "soy", ...ko("두유"), price: 500 }] },
      { id: "whip", ...ko("휘핑크림"), select: "one", default: "whip", choices: [{ id: "whip", ...ko("휘핑 올려서", ["휘핑"]) }, { id: "no-whip", ...ko("휘핑 빼기", ["휘핑 없이"]) }] },
      { id: "flavor", ...ko("마카롱 맛"), select: "one", choices: [{ id: "strawberry", ...ko("딸기") }, { id: "choco", ...ko("초코") }, { id: "vanilla", ...ko("바닐라") }] },
    ],
    items: [
      { id: "americano", category: "coffee", name: { ko: "아메리카노" }, aliases: { ko: ["아메", { text: "아아", options: { temp: "ice" } }, { text: "뜨아", options: { temp: "hot" } }] }, price: 4000, optionGroups: ["temp"] },
      { id: "latte", category: "coffee", ...ko("카페라떼", ["라떼"]), price: 4500, optionGroups: ["temp", "milk"] },
      { id: "mocha", category: "coffee", ...ko("카페모카", ["모카"]), price: 5000, optionGroups: ["temp", "milk", "whip"] },
      { id: "cheesecake", category: "dessert", ...ko("치즈케이크"), price: 6000 },
      { id: "choco-cake", category: "dessert", ...ko("초코케이크"), price: 6000 },
      { id: "macaron", category: "dessert", ...ko("마카롱"), price: 2800, optionGroups: ["flavor"] },
    ],
  });

phenomenonTable("Korean: one of a counted line becomes another item a turn later", cafe(), [
  { name: "라떼 두 잔 / 하나는 모카로", turns: ["라떼 두 잔이요", "하나는 모카로"], lines: [{ item: "latte", qty: 1 }, { item: "mocha", qty: 1 }], confident: true },
  { name: "치즈케이크 세 개 / 하나는 초코케이크로 할게요", turns: ["치즈케이크 세 개", "하나는 초코케이크로 할게요"], lines: [{ item: "cheesecake", qty: 2 }, { item: "choco-cake", qty: 1 }], confident: true },
  { name: "아아 두 잔 / 한 잔은 따뜻한 라떼로: the options said are the new one's", turns: ["아아 두 잔", "한 잔은 따뜻한 라떼로"], lines: [{ item: "americano", qty: 1, options: { temp: "ice" } }, { item: "latte", qty: 1, options: { temp: "hot" } }], confident: true },
  { name: "두 잔은: that many", turns: ["라떼 세 잔", "두 잔은 모카로 해 주세요"], lines: [{ item: "latte", qty: 1 }, { item: "mocha", qty: 2 }], confident: true },
  { name: "a line of another kind in the order: the line of the new item's kind", turns: ["라떼 두 잔이랑 치즈케이크 두 개요", "하나는 모카로"], lines: [{ item: "latte", qty: 1 }, { item: "cheesecake", qty: 2 }, { item: "mocha", qty: 1 }], confident: true },
  { name: "no 은/는 on the count: another one ordered", turns: ["라떼 두 잔이요", "모카 하나요"], lines: [{ item: "latte", qty: 2 }, { item: "mocha", qty: 1 }] },
]);

notAloneTable("Korean: one of which line becomes the item is a guess", cafe(), [
  { name: "라떼 두 잔 아메리카노 두 잔 / 하나는 모카로", turns: ["라떼 두 잔 아메리카노 두 잔이요", "하나는 모카로"] },
]);

phenomenonTable("Korean: one of a counted line made as another name of the item says", cafe(), [
  { name: "아아 두 잔 / 한 잔은 뜨아로", turns: ["아아 두 잔", "한 잔은 뜨아로"], lines: [{ item: "americano", qty: 1, options: { temp: "ice" } }, { item: "americano", qty: 1, options: { temp: "hot" } }], confident: true },
  { name: "아아 세 잔 / 두 잔은 뜨아로 해 주세요", turns: ["아아 세 잔", "두 잔은 뜨아로 해 주세요"], lines: [{ item: "americano", qty: 1, options: { temp: "ice" } }, { item: "americano", qty: 2, options: { temp: "hot" } }], confident: true },
  { name: "아아 두 잔 / 하나 뜨아로 바꿔 주세요", turns: ["아아 두 잔", "하나 뜨아로 바꿔 주세요"], lines: [{ item: "americano", qty: 1, options: { temp: "ice" } }, { item: "americano", qty: 1, options: { temp: "hot" } }], confident: true },
  { name: "아아 두 잔 / 한 잔 더 뜨아로: one more, hot", turns: ["아아 두 잔", "한 잔 더 뜨아로"], lines: [{ item: "americano", qty: 2, options: { temp: "ice" } }, { item: "americano", qty: 1, options: { temp: "hot" } }], confident: true },
  { name: "아아 두 잔 / 아아 한 잔 더: the same name, the line grows", turns: ["아아 두 잔", "아아 한 잔 더요"], lines: [{ item: "americano", qty: 3, options: { temp: "ice" } }] },
]);

phenomenonTable("Korean: 줄여 after a count takes that many off", cafe(), [
  { name: "라떼 세 잔 / 하나 줄여 주세요", turns: ["라떼 세 잔", "하나 줄여 주세요"], lines: [{ item: "latte", qty: 2 }], confident: true },
  { name: "치즈케이크 다섯 개 / 두 개 줄여주세요", turns: ["치즈케이크 다섯 개", "두 개 줄여주세요"], lines: [{ item: "cheesecake", qty: 3 }], confident: true },
  { name: "라떼 세 잔 / 두 잔으로 줄여 주세요: the total", turns: ["라떼 세 잔", "두 잔으로 줄여 주세요"], lines: [{ item: "latte", qty: 2 }] },
  { name: "라떼 세 잔 / 라떼 한 잔 줄여 주세요", turns: ["라떼 세 잔", "라떼 한 잔 줄여 주세요"], lines: [{ item: "latte", qty: 2 }], confident: true },
]);

// Rows whose last turn is a refusal once the cart has lines expect it handed on
// (confident: false), the cart kept: risky-shapes.ts.
phenomenonTable("Korean: one more of the same, with a change on the new one", cafe(), [
  { name: "같은 거 하나 더 근데 두유로", turns: ["아이스 라떼 하나", "같은 거 하나 더 근데 두유로"], lines: [{ item: "latte", qty: 1, options: { temp: "ice" } }, { item: "latte", qty: 1, options: { temp: "ice", milk: "soy" } }], confident: true },
  { name: "같은 걸로 하나 더 주시고 그건 휘핑 빼 주세요", turns: ["모카 하나", "같은 걸로 하나 더 주시고 그건 휘핑 빼 주세요"], lines: [{ item: "mocha", qty: 1 }, { item: "mocha", qty: 1, options: { whip: "no-whip" } }], confident: false },
  { name: "같은 거 하나 더 주세요: the line grows", turns: ["아이스 라떼 하나", "같은 거 하나 더 주세요"], lines: [{ item: "latte", qty: 2, options: { temp: "ice" } }], confident: true },
]);

phenomenonTable("Korean: a flavour said with 도 is another one", cafe(), [
  { name: "딸기 마카롱 하나 / 초코도 하나요", turns: ["딸기 마카롱 하나", "초코도 하나요"], lines: [{ item: "macaron", qty: 1, options: { flavor: "strawberry" } }, { item: "macaron", qty: 1, options: { flavor: "choco" } }], confident: true },
  { name: "바닐라 마카롱 두 개 / 딸기도 두 개", turns: ["바닐라 마카롱 두 개", "딸기도 두 개"], lines: [{ item: "macaron", qty: 2, options: { flavor: "vanilla" } }, { item: "macaron", qty: 2, options: { flavor: "strawberry" } }], confident: true },
  { name: "아이스 아메리카노 하나 / 따뜻한 것도 하나: another, hot (a choice with a default: a guess)", turns: ["아이스 아메리카노 하나", "따뜻한 것도 하나"], lines: [{ item: "americano", qty: 1, options: { temp: "ice" } }, { item: "americano", qty: 1, options: { temp: "hot" } }], confident: false },
  { name: "마카롱 초코 하나 / 딸기도요", turns: ["마카롱 초코 하나", "딸기도요"], lines: [{ item: "macaron", qty: 1, options: { flavor: "choco" } }, { item: "macaron", qty: 1, options: { flavor: "strawberry" } }], confident: true },
]);

notAloneTable("Korean: a choice with a default said with 도 may be of the line in hand", cafe(), [
  { name: "아이스 아메리카노 하나 / 핫도 하나요", turns: ["아이스 아메리카노 하나", "핫도 하나요"] },
]);
