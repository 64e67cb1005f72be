// Garbage in never throws and never changes the cart; interpret() never applies.
// interpret() is what can throw (turn() answers a throw as "not understood" and logs
// it), so the garbage rows call it directly, and check turn() logged nothing.
import { describe, expect, it } from "vitest";
import { applyCartAction, emptyCart, type CartState } from "../../cart/cart.ts";
import type { CartHandle } from "../engine.ts";
import { viewCart } from "../../cart/cart.ts";
import { createOfflineEngine } from "./engine.ts";
import { ConversationMemory } from "../memory.ts";
import { converse, menus } from "./test-helpers.ts";
import { MenuModel } from "../../../../shared/menu/model.ts";
import { validateMenu } from "../../../../shared/menu/validate.ts";

const garbage = [
  "",
  "   ",
  "🙂🙂🙂",
  "ㅋㅋㅋㅋㅋ",
  "!!!???...",
  "asdkjh qwe zxcv",
  "\u0000\u0001\u0002",
  "12345",
  "null undefined NaN",
  "x".repeat(5000),
  "아메리카노 ".repeat(2000),
  "two lattes and ".repeat(500),
  "\ud800\udc00\ud83d", // broken surrogate
  "ＡＭＥＲＩＣＡＮＯ　ｔｗｏ", // full-width
];

function handle(menu = menus.cafe()): { cart: CartHandle; get: () => CartState } {
  let state = emptyCart();
  return {
    cart: {
      apply: (a) => {
        const r = applyCartAction(menu, state, a);
        if (r.ok) state = r.state;
        return r;
      },
      view: () => viewCart(menu, state),
      state: () => state,
    },
    get: () => state,
  };
}

describe("garbage never throws", () => {
  it.each(garbage.map((g) => ({ g, label: JSON.stringify(g.slice(0, 30)) })))("$label", async ({ g }) => {
    const menu = menus.cafe();
    const logged: string[] = [];
    const engine = createOfflineEngine(menu, { log: (l) => logged.push(l) });
    const h = handle(menu);
    const planned = engine.interpret(g, { cart: h.cart, memory: new ConversationMemory() });
    expect(planned.reply.length).toBeGreaterThan(0);
    const out = await engine.turn({ text: g }, { menu, cart: h.cart, history: [], memory: new ConversationMemory(), signal: new AbortController().signal });
    expect(logged).toEqual([]);
    expect(out.reply).toBe(planned.reply);
    const { outs, cart } = await converse(menu, [g]);
    for (const o of outs) {
      expect(typeof o.reply).toBe("string");
      expect(o.reply.length).toBeGreaterThan(0);
      expect(o.engine).toBe("offline");
    }
    // Quantities stay within the cart's limits whatever is said.
    expect(cart.lines.reduce((s, l) => s + l.qty, 0)).toBeLessThanOrEqual(50);
  });

  // turn() answers "not understood" when understanding throws, so the check above cannot
  // see a throw; interpret() does not catch, so this one can.
  it.each(garbage.map((g) => ({ g, label: JSON.stringify(g.slice(0, 30)) })))("interpret($label) does not throw", ({ g }) => {
    const menu = menus.demo();
    const engine = createOfflineEngine(menu);
    const { cart } = handle(menu);
    const out = engine.interpret(g, { cart, memory: new ConversationMemory() });
    expect(typeof out.reply).toBe("string");
    // Sure of a turn only when it understood it.
    if (out.confident) expect(out.understood).toBe(true);
  });

  it("pure noise is 'not understood' and changes nothing", async () => {
    for (const g of ["asdkjh qwe zxcv", "🙂🙂🙂", "ㅋㅋㅋㅋ"]) {
      const { outs, cart } = await converse(menus.cafe(), [g]);
      expect(outs[0]!.understood).toBe(false);
      expect(cart.lines).toEqual([]);
    }
  });

  it("a conversation goes on normally after garbage", async () => {
    const { cart } = await converse(menus.cafe(), ["🙂", "asdf", "아메리카노 하나요"]);
    expect(cart.lines.map((l) => l.item)).toEqual(["americano"]);
  });
});

// Conversations that once made the planner throw (found by playing held-out cases with
// fillers inserted): understanding them must not throw, and what was ordered stays.
const onceBroke: { menu: "cafe" | "pizza"; turns: string[]; items: string[] }[] = [
  { menu: "cafe", turns: ["a latte", "make it a large", "and add um a second one, same way"], items: ["cafe-latte"] },
  { menu: "pizza", turns: ["a large pepperoni pizza", "and add um a second one, same way"], items: ["pepperoni"] },
];

describe("words that once broke understanding", () => {
  it.each(onceBroke)("$turns", async ({ menu: name, turns, items }) => {
    const menu = menus[name]();
    const logged: string[] = [];
    const engine = createOfflineEngine(menu, { log: (l) => logged.push(l) });
    const h = handle(menu);
    const memory = new ConversationMemory();
    for (const text of turns) {
      expect(() => engine.interpret(text, { cart: h.cart, memory })).not.toThrow();
      await engine.turn({ text, langHint: "en" }, { menu, cart: h.cart, history: [], memory, signal: new AbortController().signal });
    }
    expect(logged).toEqual([]);
    expect([...new Set(h.get().lines.map((l) => l.item))]).toEqual(items);
  });
});

describe("a failure inside understanding", () => {
  it("is answered as not understood, logged, and loses nothing", async () => {
    const menu = menus.cafe();
    const logged: string[] = [];
    const engine = createOfflineEngine(menu, { log: (l) => logged.push(l) });
    const h = handle(menu);
    await engine.turn({ text: "라떼 하나요" }, { menu, cart: h.cart, history: [], memory: new ConversationMemory(), signal: new AbortController().signal });
    const broken: CartHandle = { ...h.cart, state: () => { throw new Error("planner bug"); } };
    expect(() => engine.interpret("아메리카노 하나요", { cart: broken, memory: new ConversationMemory() })).toThrow("planner bug");
    const out = await engine.turn({ text: "아메리카노 하나요" }, { menu, cart: broken, history: [], memory: new ConversationMemory(), signal: new AbortController().signal });
    expect(out.understood).toBe(false);
    expect(logged).toEqual([expect.stringContaining("planner bug")]);
    expect(logged[0]).not.toContain("아메리카노");
    expect(h.get().lines.map((l) => l.item)).toEqual(["cafe-latte"]);
  });
});

describe("interpret() applies nothing", () => {
  it("reports the actions and confidence without touching cart or memory", () => {
    const menu = menus.cafe();
    const engine = createOfflineEngine(menu);
    const h = handle(menu);
    const memory = new ConversationMemory();
    const r = engine.interpret("아이스 아메리카노 두 잔이랑 치즈케이크 하나요", { cart: h.cart, memory });
    expect(r.confident).toBe(true);
    expect(r.understood).toBe(true);
    expect(r.actions).toEqual([
      { type: "add", item: "americano", qty: 2, options: { temp: "iced" } },
      { type: "add", item: "cheesecake", qty: 1, options: {} },
    ]);
    expect(h.get().lines).toEqual([]);
    expect(memory.slotNames).toEqual([]);
  });

  it.each([
    { text: "an expresso please", why: "spelling tolerance" },
    { text: "햄버거 하나 주세요", why: "not on the menu" },
    { text: "스무디 하나요", why: "part of a name" },
    { text: "qwerty", why: "noise" },
  ])("is not confident about $why", ({ text }) => {
    const menu = menus.cafe();
    const r = createOfflineEngine(menu).interpret(text, { cart: handle(menu).cart, memory: new ConversationMemory() });
    expect(r.confident).toBe(false);
  });

  it("turn applies exactly what interpret planned", async () => {
    const menu = menus.cafe();
    const engine = createOfflineEngine(menu);
    const h = handle(menu);
    const memory = new ConversationMemory();
    const text = "라떼 두 잔 중 하나는 샷 추가해 주세요";
    const planned = engine.interpret(text, { cart: h.cart, memory });
    const out = await engine.turn({ text }, { menu, cart: h.cart, history: [], memory, signal: new AbortController().signal });
    expect(out.understood).toBe(true);
    expect(out.reply).toBe(planned.reply);
    let state = emptyCart();
    for (const a of planned.actions) {
      const r = applyCartAction(menu, state, a);
      expect(r.ok).toBe(true);
      state = r.state;
    }
    expect(h.get()).toEqual(state);
  });

  it("an aborted turn does nothing", async () => {
    const menu = menus.cafe();
    const engine = createOfflineEngine(menu);
    const h = handle(menu);
    const ac = new AbortController();
    ac.abort(new Error("barge-in"));
    await expect(engine.turn({ text: "라떼 하나요" }, { menu, cart: h.cart, history: [], memory: new ConversationMemory(), signal: ac.signal })).rejects.toThrow();
    expect(h.get().lines).toEqual([]);
  });
});

describe("a minimal menu (one language, no option groups, no order options)", () => {
  const v = validateMenu({
    version: 1,
    store: { id: "tiny", name: { en: "Tiny" }, currency: "USD", languages: ["en"] },
    optionGroups: [],
    categories: [{ id: "c", name: { en: "Stuff" } }],
    items: [
      { id: "tea", category: "c", name: { en: "Tea" }, price: 200 },
      { id: "7up", category: "c", name: { en: "7up" }, price: 150 },
    ],
  });
  if (!v.ok) throw new Error(v.problems.join("; "));
  const tiny = new MenuModel(v.menu);

  it("orders, reads back and places", async () => {
    const { outs, orders } = await converse(tiny, ["two teas and a 7up", "that's all", "yes"]);
    expect(outs[1]!.reply).toContain("$5.50");
    expect(orders.placed[0]!.cart.lines.map((l) => [l.item, l.qty])).toEqual([["tea", 2], ["7up", 1]]);
  });

  it("an option the menu does not have is refused, the cart is kept", async () => {
    const { outs, cart } = await converse(tiny, ["a tea", "make it iced"]);
    expect(outs[1]!.reply).toMatch(/can't/);
    expect(cart.lines.map((l) => l.item)).toEqual(["tea"]);
  });

  it("a small menu is read out by its items", async () => {
    const { outs } = await converse(tiny, ["what do you have?"]);
    expect(outs[0]!.reply).toContain("Tea");
    expect(outs[0]!.reply).toContain("7up");
  });
});
