// Held-out round 13 (ko-toast, ko-malatang): a set whose main item is a choice, named by
// that item's short name ("베베 세트 사이다로", where the menu's aliases say only
// "베이컨베스트 세트"); a set named with its choice then an item of the same name on its own
// ("불고기 세트 오렌지주스로 하나랑 햄치즈 단품 하나") and that item taken out a turn later;
// "꼬치 하나만 더" (just one more, not one in all); and a removal the menu names with the
// verb ("소스 빼주세요").
import { describe, expect, it } from "vitest";
import { emptyCart } from "../../cart/cart.ts";
import { ko, menuFrom, phenomenonTable, utteranceSaid } from "./test-helpers.ts";

const toast = () =>
  menuFrom({
    version: 1,
    store: { id: "ko-set-choices", name: { ko: "토스트" }, currency: "KRW", languages: ["ko"] },
    categories: [{ id: "toast", ...ko("토스트") }, { id: "set", ...ko("세트") }, { id: "drink", ...ko("음료") }],
    optionGroups: [
      {
        id: "set-toast", ...ko("세트 토스트"), select: "one",
        choices: [
          { id: "ham-cheese", ...ko("햄치즈 토스트", ["햄치즈"]) },
          { id: "bacon-best", ...ko("베이컨베스트 토스트", ["베이컨베스트", "베베"]) },
          { id: "bulgogi", ...ko("불고기 토스트", ["불고기"]) },
        ],
      },
      { id: "set-drink", ...ko("세트 음료"), select: "one", default: "set-coke", choices: [{ id: "set-coke", ...ko("콜라") }, { id: "set-cider", ...ko("사이다") }, { id: "set-oj", ...ko("오렌지주스"), price: 500 }] },
      { id: "skewer", ...ko("꼬치", ["꼬치어묵"]), select: "count", default: 0, min: 0, max: 10, unitPrice: 500 },
      { id: "remove", ...ko("빼기"), select: "many", choices: [{ id: "no-sauce", ...ko("소스 빼기", ["소스 빼고", "소스 빼주세요"]) }, { id: "no-pickle", ...ko("피클 빼기", ["피클 빼고"]) }] },
    ],
    items: [
      { id: "ham-cheese", category: "toast", ...ko("햄치즈 토스트", ["햄치즈"]), price: 3000, optionGroups: ["skewer", "remove"] },
      { id: "bacon-best", category: "toast", ...ko("베이컨베스트 토스트", ["베이컨베스트", "베베"]), price: 3900 },
      { id: "bulgogi", category: "toast", ...ko("불고기 토스트", ["불고기"]), price: 4100, optionGroups: ["remove"] },
      {
        id: "toast-set", category: "set", name: { ko: "토스트 세트" }, price: 1300, optionGroups: ["set-toast", "set-drink"],
        aliases: { ko: ["세트", { text: "베이컨베스트 세트", options: { "set-toast": "bacon-best" } }, { text: "불고기 세트", options: { "set-toast": "bulgogi" } }] },
      },
      { id: "cider", category: "drink", ...ko("사이다"), price: 1500 },
      { id: "oj", category: "drink", ...ko("오렌지주스"), price: 2500 },
      { id: "americano", category: "drink", ...ko("아메리카노", ["아아"]), price: 2000 },
    ],
  });

phenomenonTable("an item's short name before the set that takes it as a choice", toast(), [
  { name: "베베 세트 사이다로", turns: ["베베 세트 사이다로"], lines: [{ item: "toast-set", qty: 1, options: { "set-toast": "bacon-best", "set-drink": "set-cider" } }], confident: true },
  { name: "after other things", turns: ["아아 하나 그리고 베베 세트 사이다로"], lines: [{ item: "americano", qty: 1 }, { item: "toast-set", qty: 1, options: { "set-toast": "bacon-best", "set-drink": "set-cider" } }], confident: true },
  { name: "햄치즈 세트 (no alias for it)", turns: ["햄치즈 세트 하나요"], lines: [{ item: "toast-set", qty: 1, options: { "set-toast": "ham-cheese" } }], confident: true },
  { name: "the item alone stays the item", turns: ["베베 하나 주세요"], lines: [{ item: "bacon-best", qty: 1 }], confident: true },
  { name: "the item and then the set, each counted", turns: ["베베 하나랑 세트 하나 불고기로"], lines: [{ item: "bacon-best", qty: 1 }, { item: "toast-set", qty: 1, options: { "set-toast": "bulgogi" } }] },
]);

describe("a choice of the set said before is not the next set's name", () => {
  it("불고기 세트는 사이다 베이컨베스트 세트는 오렌지주스요: 사이다 is the first set's drink", () => {
    const u = utteranceSaid(toast(), "불고기 세트는 사이다 베이컨베스트 세트는 오렌지주스요", emptyCart());
    const sets = u.units.filter((x) => x.item === "toast-set");
    expect(sets.map((x) => x.preset)).toEqual([{ "set-toast": "bulgogi" }, { "set-toast": "bacon-best" }]);
    expect(sets[0]!.mods.flatMap((m) => (m.kind === "choice" ? m.cands.map((c) => c.choice) : []))).toEqual(["set-cider"]);
  });
});

phenomenonTable("the group's last word for the one item having it ('음료는' for the set's 세트 음료)", toast(), [
  { name: "불고기 세트로 음료는 사이다", turns: ["불고기 세트로 음료는 사이다"], lines: [{ item: "toast-set", qty: 1, options: { "set-toast": "bulgogi", "set-drink": "set-cider" } }], confident: true },
  { name: "a drink on its own stays the item", turns: ["사이다 하나 주세요"], lines: [{ item: "cider", qty: 1 }], confident: true },
]);

phenomenonTable("a set named with its choice, then an item of a choice's name on its own", toast(), [
  {
    name: "불고기 세트 오렌지주스로 하나랑 햄치즈 단품 하나",
    turns: ["불고기 세트 오렌지주스로 하나랑 햄치즈 단품 하나"],
    lines: [{ item: "toast-set", qty: 1, options: { "set-toast": "bulgogi", "set-drink": "set-oj" } }, { item: "ham-cheese", qty: 1 }],
    confident: true,
  },
  {
    name: "then 햄치즈는 빼주세요 takes out the 햄치즈 line",
    turns: ["불고기 세트 오렌지주스로 하나랑 햄치즈 단품 하나", "햄치즈는 빼주세요"],
    lines: [{ item: "toast-set", qty: 1, options: { "set-toast": "bulgogi", "set-drink": "set-oj" } }],
    confident: true,
  },
]);

// Rows whose last turn is a counted option changed on a line already there expect it handed on
// (confident: false), the cart kept: risky-shapes.ts.
phenomenonTable("하나만 더: one more of a count, not one in all", toast(), [
  { name: "꼬치 하나만 더", turns: ["햄치즈 하나 꼬치 세 개 넣어서요", "꼬치 하나만 더 넣어주세요"], lines: [{ item: "ham-cheese", qty: 1, options: { skewer: 4 } }], confident: false },
  { name: "꼬치 하나만 (no 더) is one in all", turns: ["햄치즈 하나 꼬치 세 개 넣어서요", "꼬치 하나만 넣어주세요"], lines: [{ item: "ham-cheese", qty: 1, options: { skewer: 1 } }] },
]);

phenomenonTable("a removal's name said with 빼주세요 ('소스 빼주세요' on the menu) is that removal", toast(), [
  { name: "둘 다 소스 빼주세요", turns: ["불고기 하나랑 햄치즈 하나요 둘 다 소스 빼주세요"], lines: [{ item: "bulgogi", qty: 1, options: { remove: ["no-sauce"] } }, { item: "ham-cheese", qty: 1, options: { remove: ["no-sauce"] } }], confident: true },
]);
