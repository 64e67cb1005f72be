import { describe, expect, it } from "vitest";
import type { MenuModel } from "../../../shared/menu/model.ts";
import type { OptionValue } from "../../../shared/menu/schema.ts";
import type { CartAction, CartState } from "./cart.ts";
import { testMenu } from "../../../test-support/menus/index.ts";
import { applyCartAction, emptyCart, MAX_ITEMS_PER_ORDER, MAX_QTY_PER_LINE, toSpecCart, viewCart } from "./cart.ts";

const cafe = testMenu("cafe");
const pizza = testMenu("pizza");

/** Apply actions in order; every one must succeed. */
function run(menu: MenuModel, actions: CartAction[]): CartState {
  let s = emptyCart();
  for (const a of actions) {
    const r = applyCartAction(menu, s, a);
    if (!r.ok) throw new Error(`${a.type}: ${r.error.message}`);
    s = r.state;
  }
  return s;
}

describe("prices by the menu's rule", () => {
  it.each([
    ["base price with defaults", { item: "americano" }, 4000],
    ["large adds its choice price", { item: "americano", options: { size: "large" } }, 4700],
    ["shots are unitPrice × count", { item: "americano", options: { shots: 2 } }, 5000],
    ["many: each chosen syrup", { item: "cafe-latte", options: { syrup: ["vanilla", "caramel"] } }, 5500],
    ["everything together", { item: "cafe-latte", options: { size: "large", shots: 1, milk: "oat", caffeine: "decaf", syrup: ["hazelnut"] } }, 4500 + 700 + 500 + 600 + 500 + 500],
    ["an item with no options", { item: "cheesecake" }, 6000],
  ] as [string, { item: string; options?: Record<string, OptionValue> }, number][])("%s", (_n, add, price) => {
    const v = viewCart(cafe, run(cafe, [{ type: "add", qty: 2, ...add }]));
    expect(v.lines[0]!.unitPrice).toBe(price);
    expect(v.lines[0]!.lineTotal).toBe(price * 2);
    expect(v.total).toBe(price * 2);
  });
});

describe("lines", () => {
  it("resolves every group with its default, and narrowed groups with the item's default", () => {
    const v = viewCart(cafe, run(cafe, [{ type: "add", item: "americano", qty: 1 }, { type: "add", item: "cold-brew", qty: 1 }]));
    expect(v.lines[0]!.options).toEqual({ temp: "hot", size: "regular", shots: 0, caffeine: "regular", syrup: [] });
    expect(v.lines[1]!.options).toEqual({ temp: "iced", size: "regular" });
  });

  it("merges identical lines and keeps different ones apart", () => {
    const v = viewCart(cafe, run(cafe, [
      { type: "add", item: "americano", qty: 1, options: { temp: "iced" } },
      { type: "add", item: "americano", qty: 2, options: { temp: "iced", shots: 0 } },
      { type: "add", item: "americano", qty: 1 },
    ]));
    expect(v.lines.map((l) => [l.item, l.qty, l.options.temp])).toEqual([["americano", 3, "iced"], ["americano", 1, "hot"]]);
  });

  it("sorts many-choices in menu order", () => {
    const v = viewCart(cafe, run(cafe, [{ type: "add", item: "americano", qty: 1, options: { syrup: ["caramel", "vanilla"] } }]));
    expect(v.lines[0]!.options.syrup).toEqual(["vanilla", "caramel"]);
  });

  it("splits part of a line when only some get an option", () => {
    let s = run(cafe, [{ type: "add", item: "americano", qty: 2, options: { temp: "iced" } }]);
    const r = applyCartAction(cafe, s, { type: "setOptions", lineId: s.lines[0]!.id, options: { shots: 1 }, qty: 1 });
    expect(r.ok).toBe(true);
    s = r.state;
    const v = viewCart(cafe, s);
    expect(v.lines.map((l) => [l.qty, l.options.shots, l.unitPrice])).toEqual([[1, 0, 4000], [1, 1, 4500]]);
  });

  it("merges a line into its twin when an option change makes them equal", () => {
    const s = run(cafe, [{ type: "add", item: "americano", qty: 1 }, { type: "add", item: "americano", qty: 1, options: { temp: "iced" } }]);
    const r = applyCartAction(cafe, s, { type: "setOptions", lineId: s.lines[1]!.id, options: { temp: "hot" } });
    expect(r.ok && viewCart(cafe, r.state).lines.map((l) => l.qty)).toEqual([2]);
  });

  it("removes part of a line, all of it, changes quantity and clears", () => {
    let s = run(cafe, [{ type: "add", item: "scone", qty: 3 }, { type: "add", item: "tiramisu", qty: 1 }]);
    const scone = s.lines[0]!.id;
    s = run(cafe, []);
    s = run(cafe, [{ type: "add", item: "scone", qty: 3 }, { type: "add", item: "tiramisu", qty: 1 }, { type: "remove", lineId: scone, qty: 1 }]);
    expect(viewCart(cafe, s).lines.map((l) => l.qty)).toEqual([2, 1]);
    s = applyCartAction(cafe, s, { type: "setQty", lineId: scone, qty: 5 }).state;
    expect(viewCart(cafe, s).lines[0]!.qty).toBe(5);
    s = applyCartAction(cafe, s, { type: "remove", lineId: scone }).state;
    expect(viewCart(cafe, s).lines.map((l) => l.item)).toEqual(["tiramisu"]);
    s = applyCartAction(cafe, s, { type: "clear" }).state;
    expect(viewCart(cafe, s)).toMatchObject({ lines: [], total: 0 });
  });
});

describe("required choices", () => {
  it("keeps a line pending until its required choice is made, at no cost", () => {
    let s = run(pizza, [{ type: "add", item: "potato", qty: 1 }]);
    let v = viewCart(pizza, s);
    expect(v.lines).toEqual([]);
    expect(v.pending).toMatchObject([{ item: "potato", qty: 1, missing: ["pizza-size"] }]);
    expect(v.total).toBe(0);
    s = run(pizza, [{ type: "add", item: "potato", qty: 1 }, { type: "setOptions", lineId: s.lines[0]!.id, options: { "pizza-size": "large" } }]);
    v = viewCart(pizza, s);
    expect(v.pending).toEqual([]);
    expect(v.lines[0]).toMatchObject({ item: "potato", unitPrice: 17900 + 6000 });
  });

  it("reports required order options as missing until chosen", () => {
    let s = run(pizza, [{ type: "add", item: "cola", qty: 1 }]);
    expect(viewCart(pizza, s).missingOrderOptions).toEqual(["fulfillment"]);
    s = applyCartAction(pizza, s, { type: "setOrderOption", group: "fulfillment", value: "takeout" }).state;
    expect(viewCart(pizza, s)).toMatchObject({ missingOrderOptions: [], orderOptions: { fulfillment: "takeout" } });
  });

  it("fills order-option defaults in the spec cart", () => {
    const v = viewCart(cafe, run(cafe, [{ type: "add", item: "scone", qty: 1 }]));
    expect(toSpecCart(v)).toEqual({
      lines: [{ item: "scone", qty: 1, options: { warmup: "no" }, unitPrice: 3500, lineTotal: 3500 }],
      orderOptions: { dining: "here" },
      total: 3500,
      currency: "KRW",
    });
  });
});

describe("refusals leave the cart as it was", () => {
  const start = run(cafe, [{ type: "add", item: "americano", qty: 1 }]);
  const lineId = start.lines[0]!.id;
  it.each([
    ["an item not on the menu", { type: "add", item: "bubble-tea", qty: 1 }, "unknown-item"],
    ["a sold-out item", { type: "add", item: "strawberry-smoothie", qty: 1 }, "sold-out"],
    ["a choice not in the group", { type: "add", item: "americano", qty: 1, options: { temp: "lukewarm" } }, "invalid-choice"],
    ["a choice the item narrowed away", { type: "add", item: "cold-brew", qty: 1, options: { temp: "hot" } }, "invalid-choice"],
    ["a group the item does not have", { type: "add", item: "cheesecake", qty: 1, options: { temp: "iced" } }, "unknown-option"],
    ["a count above max", { type: "add", item: "americano", qty: 1, options: { shots: 4 } }, "invalid-choice"],
    ["a fractional count", { type: "add", item: "americano", qty: 1, options: { shots: 1.5 } }, "invalid-choice"],
    ["too many of a many-group", { type: "add", item: "americano", qty: 1, options: { syrup: ["vanilla", "caramel", "hazelnut"] } }, "invalid-choice"],
    ["zero quantity", { type: "add", item: "scone", qty: 0 }, "bad-quantity"],
    ["negative quantity", { type: "add", item: "scone", qty: -2 }, "bad-quantity"],
    ["fractional quantity", { type: "add", item: "scone", qty: 1.5 }, "bad-quantity"],
    ["more than the per-line limit", { type: "add", item: "scone", qty: MAX_QTY_PER_LINE + 1 }, "too-many"],
    ["a merge past the per-line limit", { type: "add", item: "americano", qty: MAX_QTY_PER_LINE }, "too-many"],
    ["an unknown line", { type: "remove", lineId: "L999" }, "unknown-line"],
    ["an unknown order option", { type: "setOrderOption", group: "table", value: "1" }, "unknown-option"],
    ["an invalid order choice", { type: "setOrderOption", group: "dining", value: "drive-thru" }, "invalid-choice"],
    ["a quantity change past the limit", { type: "setQty", lineId, qty: 1000 }, "too-many"],
  ] as [string, CartAction, string][])("%s", (_n, action, code) => {
    const r = applyCartAction(cafe, start, action);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error.code).toBe(code);
    expect(r.state).toBe(start);
  });

  it(`caps an order at ${MAX_ITEMS_PER_ORDER} items`, () => {
    const s = run(cafe, [
      { type: "add", item: "scone", qty: 20 },
      { type: "add", item: "croissant", qty: 20 },
      { type: "add", item: "tiramisu", qty: 10 },
    ]);
    const r = applyCartAction(cafe, s, { type: "add", item: "cheesecake", qty: 1 });
    expect(r.ok ? "ok" : r.error.code).toBe("order-full");
  });
});
