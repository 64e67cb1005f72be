// A menu name that is also an everyday word in a fixed phrase of the language, on a small
// menu written for these rows (a soju brand called 새로, "new", sold as the item's name):
// - "새로 주문할게요" ("I'll order anew") starts the order over: the lines before go, and
//   what is named after it is ordered; it is not one bottle of 새로;
// - the name alone, or with its count, is still the soju.
import { describe, expect, it } from "vitest";
import { converse, ko, menuFrom, type PhenomenonRow, phenomenonTable } from "./test-helpers.ts";

const raw = {
  version: 1,
  store: { id: "fixed-phrases-shabu", name: { ko: "테스트 샤브" }, currency: "KRW", languages: ["ko"] },
  categories: [{ id: "main", ...ko("식사") }, { id: "drink", ...ko("주류") }],
  optionGroups: [
    { id: "broth", ...ko("육수"), select: "one", default: "clear", choices: [{ id: "clear", ...ko("맑은 육수", ["맑은 거"]) }, { id: "spicy", ...ko("얼큰 육수", ["얼큰"]) }] },
    { id: "brand", ...ko("소주 종류"), select: "one", choices: [{ id: "chamisul", ...ko("참이슬") }, { id: "saero", ...ko("새로") }] },
  ],
  items: [
    { id: "beef", category: "main", ...ko("소고기 샤브"), price: 15000, optionGroups: ["broth"] },
    { id: "chadol", category: "main", ...ko("차돌 샤브"), price: 16000, optionGroups: ["broth"] },
    { id: "soju", category: "drink", ...ko("소주", [{ text: "새로", options: { brand: "saero" } } as never, { text: "참이슬", options: { brand: "chamisul" } } as never]), price: 5000, optionGroups: ["brand"] },
  ],
};

const rows: PhenomenonRow[] = [
  { name: "새로 주문할게요 then an item: only the new item", turns: ["차돌 샤브 얼큰 하나요", "아 죄송해요 새로 주문할게요 소고기 샤브 맑은 거 하나요"], lines: [{ item: "beef", qty: 1, options: { broth: "clear" } }], confident: true },
  { name: "다 취소하고 새로 주문할게요 then items: no soju", turns: ["소고기 샤브 하나요", "다 취소하고 새로 주문할게요 차돌 샤브 얼큰 두 개요"], lines: [{ item: "chadol", qty: 2, options: { broth: "spicy" } }], confident: true },
];
phenomenonTable("a fixed phrase over a menu name it starts with (Korean)", menuFrom(raw), rows);

// (Guards that held before: the name said as the soju.)
phenomenonTable("the name said as itself (Korean)", menuFrom(raw), [
  { name: "새로 한 병이요 is the soju", turns: ["새로 한 병이요"], lines: [{ item: "soju", qty: 1, options: { brand: "saero" } }] },
  { name: "새로 두 병 주세요 is the soju", turns: ["새로 두 병 주세요"], lines: [{ item: "soju", qty: 2, options: { brand: "saero" } }] },
]);

// The reply says the clearing first, then what was put in; not "order anew" after the new lines.
describe("the reply to starting over with new items (Korean)", () => {
  it("다 취소하고 새로 주문할게요 차돌 샤브 얼큰 두 개요", async () => {
    const { outs } = await converse(menuFrom(raw), ["소고기 샤브 하나요", "다 취소하고 새로 주문할게요 차돌 샤브 얼큰 두 개요"]);
    expect(outs[1]!.reply).toBe("이전 주문은 모두 취소했어요. 차돌 샤브(얼큰 육수) 2개 담았어요.");
  });
  it("다 취소해 주세요 alone still says to order anew", async () => {
    const { outs } = await converse(menuFrom(raw), ["소고기 샤브 하나요", "다 취소해 주세요"]);
    expect(outs[1]!.reply).toBe("주문을 모두 취소했어요. 새로 주문해 주세요.");
  });
});
