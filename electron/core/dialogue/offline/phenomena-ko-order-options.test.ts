// Korean order options beyond 매장/포장 (held-out round 11): an option with a yes and a no
// ("포인트 적립": 적립 안 함 / 포인트 적립; "영수증": 안 받음 / 출력; "일회용 수저": 필요 /
// 필요 없음) named then answered by its verb ("영수증은 주세요", "적립은 안 할게요" — which
// cancels nothing —, "수저는 안 주셔도 돼요"), named by a word all its choices share
// ("수저는"); and the words such answers and item options are said with: "안 주셔도 돼요",
// "안 썰어 주셔도 돼요" (안 before a choice refuses it), "일인분" (Sino-Korean portions),
// "1인분" for a size called "1인".
import { describe, expect, it } from "vitest";
import { converse, confidentAfter, ko, lineKeys, menuFrom, type ExpectedLine } from "./test-helpers.ts";

const shop = () =>
  menuFrom({
    version: 1,
    store: { id: "ko-order-options", name: { ko: "가게" }, currency: "KRW", languages: ["ko"] },
    orderOptions: [
      { id: "dining", ...ko("식사 방법"), select: "one", default: "here", choices: [{ id: "here", ...ko("매장") }, { id: "togo", ...ko("포장") }] },
      { id: "points", ...ko("포인트 적립"), select: "one", default: "no", choices: [{ id: "no", ...ko("적립 안 함", ["적립 안 해요"]) }, { id: "yes", ...ko("포인트 적립", ["적립할게요", "적립"]) }] },
      { id: "receipt", ...ko("영수증"), select: "one", default: "no", choices: [{ id: "no", ...ko("영수증 안 받음", ["영수증 필요 없어요"]) }, { id: "print", ...ko("영수증 출력") }] },
      { id: "spoons", ...ko("일회용 수저"), select: "one", default: "need", choices: [{ id: "need", ...ko("수저 필요") }, { id: "none", ...ko("수저 필요 없음") }] },
    ],
    categories: [{ id: "main", ...ko("메인") }],
    optionGroups: [
      { id: "cut", ...ko("썰기"), select: "one", default: "sliced", choices: [{ id: "sliced", ...ko("썰어서") }, { id: "whole", ...ko("통으로") }] },
      { id: "soup", ...ko("국물"), select: "one", default: "yes", choices: [{ id: "yes", ...ko("국물 같이") }, { id: "no", ...ko("국물 없이", ["국물 안"]) }] },
      { id: "size", ...ko("사이즈"), select: "one", choices: [{ id: "solo", ...ko("1인") }, { id: "duo", ...ko("2인"), price: 4000 }] },
    ],
    items: [
      { id: "gimbap", category: "main", ...ko("김밥"), price: 3000, optionGroups: ["cut"] },
      { id: "skewer", category: "main", ...ko("어묵꼬치"), price: 1000, optionGroups: ["soup"] },
      { id: "sundae", category: "main", ...ko("순대"), price: 4000 },
      { id: "bingsu", category: "main", ...ko("팥빙수"), price: 9000, optionGroups: ["size"] },
    ],
  });

interface Row {
  name: string;
  turns: string[];
  lines: ExpectedLine[];
  orderOptions?: Record<string, string>;
  confident?: boolean;
}

const rows: Row[] = [
  { name: "영수증은 주세요: the yes", turns: ["순대 하나요", "영수증은 주세요"], lines: [{ item: "sundae", qty: 1 }], orderOptions: { receipt: "print" }, confident: true },
  { name: "영수증은 필요 없어요: the no", turns: ["순대 하나요", "영수증은 필요 없어요"], lines: [{ item: "sundae", qty: 1 }], orderOptions: { receipt: "no" } },
  { name: "적립은 안 할게요: the no, and the order stays", turns: ["순대 하나요", "적립은 안 할게요"], lines: [{ item: "sundae", qty: 1 }], orderOptions: { points: "no" }, confident: true },
  { name: "적립은 해 주세요: the yes", turns: ["순대 하나요", "적립은 해 주세요"], lines: [{ item: "sundae", qty: 1 }], orderOptions: { points: "yes" } },
  { name: "수저는 안 주셔도 돼요 in the order", turns: ["순대 하나 김밥 한 줄 그리고 수저는 안 주셔도 돼요 포장이에요"], lines: [{ item: "sundae", qty: 1 }, { item: "gimbap", qty: 1 }], orderOptions: { spoons: "none", dining: "togo" } },
  { name: "수저는 넣어 주세요: the yes", turns: ["순대 하나 포장이요 수저는 넣어 주세요"], lines: [{ item: "sundae", qty: 1 }], orderOptions: { spoons: "need", dining: "togo" } },
  { name: "국물은 안 주셔도 돼요: the option's no", turns: ["어묵꼬치 다섯 개요 국물은 안 주셔도 돼요"], lines: [{ item: "skewer", qty: 5, options: { soup: "no" } }] },
  { name: "안 썰어 주셔도 돼요: the other choice", turns: ["김밥 한 줄이요 안 썰어 주셔도 돼요"], lines: [{ item: "gimbap", qty: 1, options: { cut: "whole" } }] },
  { name: "썰어 주셔도 돼요: the choice", turns: ["김밥 한 줄 썰어 주셔도 돼요"], lines: [{ item: "gimbap", qty: 1, options: { cut: "sliced" } }] },
  { name: "일인분, 이인분: portions", turns: ["순대 이인분이요"], lines: [{ item: "sundae", qty: 2 }], confident: true },
  { name: "순대 일인분 어묵꼬치 두 개", turns: ["순대 일인분 어묵꼬치 두 개요"], lines: [{ item: "sundae", qty: 1 }, { item: "skewer", qty: 2 }], confident: true },
  { name: "1인분 for the size called 1인", turns: ["팥빙수 1인분이요"], lines: [{ item: "bingsu", qty: 1, options: { size: "solo" } }] },
];

describe("Korean: order options with a yes and a no, and the words they are said with", () => {
  const menu = shop();
  for (const row of rows) {
    it(row.name, async () => {
      const { cart } = await converse(menu, row.turns);
      expect(lineKeys(menu, cart.lines)).toEqual(lineKeys(menu, row.lines));
      for (const [g, v] of Object.entries(row.orderOptions ?? {})) expect(cart.orderOptions[g]).toBe(v);
      if (row.confident !== undefined) expect(await confidentAfter(menu, row.turns)).toBe(row.confident);
    });
  }
});
