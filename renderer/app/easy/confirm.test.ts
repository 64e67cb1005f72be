import { describe, expect, it } from "vitest";
import type { Intent } from "../actions.ts";
import { initialState, reduce, type AppAction, type AppState } from "../state/reducer.ts";
import { cafeMenu } from "../testing/menus.ts";
import { pendingHandDrip } from "../testing/carts.ts";
import { confirmQuestion, roParticle } from "./confirm.ts";

function state(lang: string): AppState {
  const actions: AppAction[] = [
    { type: "event", event: { type: "menu", menu: cafeMenu, assetBase: "/m/", voice: { input: true, output: true } } },
    { type: "event", event: { type: "cart", cart: pendingHandDrip } },
    { type: "ui/setLang", lang },
  ];
  return actions.reduce(reduce, initialState({ largeText: false, highContrast: false, easy: true }));
}

describe("easy mode asks before every change, in plain words", () => {
  it.each<[Intent, string, string | undefined]>([
    [{ type: "addItem", item: "americano", qty: 2, options: { temp: "iced" } }, "ko", "아메리카노 두 개, 아이스, 장바구니에 담을까요?"],
    [{ type: "addItem", item: "americano", qty: 1, options: {} }, "en", "Add one Americano to your order?"],
    [{ type: "setQty", lineId: "l1", qty: 3 }, "ko", "아메리카노, 세 개로 바꿀까요?"],
    [{ type: "setQty", lineId: "l1", qty: 0 }, "ko", "아메리카노, 장바구니에서 뺄까요?"],
    [{ type: "removeLine", lineId: "l1" }, "en", "Take the Americano out of your order?"],
    [{ type: "chooseLineOption", lineId: "l2", group: "bean", value: "colombia" }, "ko", "핸드드립, 콜롬비아로 할까요?"],
    [{ type: "chooseLineOption", lineId: "l2", group: "bean", value: "ethiopia" }, "en", "Hand drip: Ethiopia. Is that right?"],
    [{ type: "chooseOrderOption", group: "dining", value: "togo" }, "ko", "포장, 맞나요?"],
    [{ type: "chooseEntryOption", group: "dining", value: "here" }, "en", "For here. Is that right?"],
    [{ type: "clearCart" }, "ko", "장바구니를 모두 비울까요?"],
    // Not changes (or the read-back screen is itself the confirm step): no question.
    [{ type: "placeOrder" }, "ko", undefined],
    [{ type: "openItem", item: "americano" }, "ko", undefined],
    [{ type: "review" }, "ko", undefined],
  ])("%j in %s", (intent, lang, question) => {
    expect(confirmQuestion(intent, state(lang))).toBe(question);
  });
});

describe("roParticle", () => {
  it.each([
    ["라지", "로"],
    ["콜롬비아", "로"],
    ["샷", "으로"],
    ["서울", "로"],
    ["Large", "로"],
  ])("%s → %s", (w, p) => expect(roParticle(w)).toBe(p));
});
