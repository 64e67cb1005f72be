import { describe, expect, it } from "vitest";
import type { CartView } from "../../shared/cart.ts";
import type { Command } from "../../shared/contract.ts";
import { createDispatch, plan, type Intent } from "./actions.ts";
import { initialState, reduce, type AppState, type LocalAction } from "./state/reducer.ts";
import { cafeMenu } from "./testing/menus.ts";

function ready(over: Partial<AppState> = {}): AppState {
  const s = reduce(initialState({ largeText: false, highContrast: false }), {
    type: "event",
    event: { type: "menu", menu: cafeMenu, assetBase: "/m/", voice: { input: false, output: false } },
  });
  return { ...s, ...over };
}

describe("plan: intents to contract commands", () => {
  it.each<[string, Intent, Command[], LocalAction["type"][]]>([
    ["start", { type: "start" }, [], ["ui/start"]],
    ["entry option", { type: "chooseEntryOption", group: "dining", value: "togo" }, [{ type: "touch", action: { type: "setOrderOption", group: "dining", value: "togo" } }], ["ui/entryOptionChosen"]],
    [
      "add with options",
      { type: "addItem", item: "americano", qty: 2, options: { temp: "iced" } },
      [{ type: "touch", action: { type: "addItem", item: "americano", qty: 2, options: { temp: "iced" } } }],
      ["ui/closeItem"],
    ],
    ["qty +", { type: "setQty", lineId: "l1", qty: 3 }, [{ type: "touch", action: { type: "setQty", lineId: "l1", qty: 3 } }], []],
    ["qty to zero removes", { type: "setQty", lineId: "l1", qty: 0 }, [{ type: "touch", action: { type: "removeLine", lineId: "l1" } }], []],
    ["remove", { type: "removeLine", lineId: "l1" }, [{ type: "touch", action: { type: "removeLine", lineId: "l1" } }], []],
    [
      "answer a choice",
      { type: "chooseLineOption", lineId: "l2", group: "bean", value: "colombia" },
      [{ type: "touch", action: { type: "setLineOptions", lineId: "l2", options: { bean: "colombia" } } }],
      [],
    ],
    ["order option", { type: "chooseOrderOption", group: "dining", value: "here" }, [{ type: "touch", action: { type: "setOrderOption", group: "dining", value: "here" } }], []],
    ["say trims", { type: "say", text: "  아아 한 잔  " }, [{ type: "say", text: "아아 한 잔" }], []],
    ["say nothing", { type: "say", text: "   " }, [], []],
    ["confirm yes places the order", { type: "answerConfirm", yes: true }, [{ type: "touch", action: { type: "placeOrder" } }], ["ui/dismissAsk", "ui/placing"]],
    ["confirm no is said", { type: "answerConfirm", yes: false }, [{ type: "say", text: "아니요" }], ["ui/dismissAsk"]],
    ["language", { type: "setLanguage", lang: "en" }, [{ type: "setLanguage", lang: "en" }], ["ui/setLang"]],
    ["same language", { type: "setLanguage", lang: "ko" }, [], []],
    ["place order", { type: "placeOrder" }, [{ type: "touch", action: { type: "placeOrder" } }], ["ui/placing"]],
    ["start over resets the session", { type: "startOver" }, [{ type: "reset" }], ["ui/resetToAttract"]],
    ["open an item", { type: "openItem", item: "americano" }, [], ["ui/openItem"]],
    ["a sold-out item does not open", { type: "openItem", item: "strawberry-latte" }, [], []],
    ["an unknown item does not open", { type: "openItem", item: "nope" }, [], []],
    ["large text is screen-only", { type: "toggleLargeText" }, [], ["ui/toggleLargeText"]],
  ])("%s", (_name, intent, commands, local) => {
    const p = plan(intent, ready());
    expect(p.commands).toEqual(commands);
    expect(p.local.map((a) => a.type)).toEqual(local);
  });

  it("answers 'no' in the screen's language", () => {
    expect(plan({ type: "answerConfirm", yes: false }, ready({ lang: "en" })).commands).toEqual([{ type: "say", text: "no" }]);
  });

  it("interrupts the kiosk's speech before a touch or typed words, not before screen-only intents", () => {
    const speaking = ready({ kioskState: "speaking" });
    expect(plan({ type: "removeLine", lineId: "l1" }, speaking).commands[0]).toEqual({ type: "bargeIn" });
    expect(plan({ type: "say", text: "stop" }, speaking).commands.map((c) => c.type)).toEqual(["bargeIn", "say"]);
    expect(plan({ type: "selectCategory", id: "dessert" }, speaking).commands).toEqual([]);
    expect(plan({ type: "removeLine", lineId: "l1" }, ready({ kioskState: "listening" })).commands.map((c) => c.type)).toEqual(["touch"]);
  });

  it("keeps typed text within the contract's limit", () => {
    const p = plan({ type: "say", text: "가".repeat(600) }, ready());
    expect((p.commands[0] as { text: string }).text.length).toBe(500);
  });
});

describe("createDispatch", () => {
  it("sends the commands, then applies the screen changes, against the current state", () => {
    const sent: Command[] = [];
    let state = ready();
    const dispatch = createDispatch({ send: (c) => sent.push(c), apply: (a) => (state = reduce(state, a)), getState: () => state });
    dispatch({ type: "start" });
    dispatch({ type: "chooseEntryOption", group: "dining", value: "togo" });
    expect(state.screen).toBe("ordering");
    expect(sent).toEqual([{ type: "touch", action: { type: "setOrderOption", group: "dining", value: "togo" } }]);
  });
});

describe("placing an order", () => {
  it("sends one placeOrder per order: taps while it is being placed send nothing until it is placed or refused", () => {
    let state = ready({ screen: "review" });
    const sent: Command[] = [];
    const dispatch = createDispatch({ send: (c) => sent.push(c), apply: (a) => (state = reduce(state, a)), getState: () => state });
    dispatch({ type: "placeOrder" });
    dispatch({ type: "placeOrder" });
    dispatch({ type: "answerConfirm", yes: true });
    expect(sent).toEqual([{ type: "touch", action: { type: "placeOrder" } }]);
    expect(state.placing).toBe(true);
    // The kiosk says it is still working on it: still one order.
    state = reduce(state, { type: "event", event: { type: "notice", level: "info", code: "order-in-progress", message: "…" } });
    dispatch({ type: "placeOrder" });
    expect(sent).toHaveLength(1);
    // Refused (e.g. the order store failed): the customer may try again.
    state = reduce(state, { type: "event", event: { type: "notice", level: "error", code: "order-store", message: "…" } });
    expect(state.placing).toBe(false);
    dispatch({ type: "placeOrder" });
    expect(sent).toHaveLength(2);
    state = reduce(state, { type: "event", event: { type: "orderPlaced", number: 7, cart: { lines: [], pending: [], orderOptions: {}, missingOrderOptions: [], total: 0, currency: "KRW", itemCount: 0 } as unknown as CartView } });
    expect(state.placing).toBe(false);
  });

  it("a dropped connection ends the wait", () => {
    let state = reduce(ready(), { type: "ui/placing" });
    state = reduce(state, { type: "ui/connection", status: "closed" });
    expect(state.placing).toBe(false);
  });
});
