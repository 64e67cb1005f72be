// A cart carried over to a new menu (published on the admin screen, reloaded, a
// sold-out switch): nothing the customer chose disappears without a word.
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { MenuModel } from "../../../shared/menu/model.ts";
import type { Menu } from "../../../shared/menu/schema.ts";
import { applyCartAction, carryCart, emptyCart, viewCart, type CartAction, type CartState } from "./cart.ts";

const demo = JSON.parse(readFileSync(new URL("../../../assets/menu/demo-cafe.menu.json", import.meta.url), "utf8")) as Menu;
const before = new MenuModel(demo);

function cartOf(actions: CartAction[]): CartState {
  let s = emptyCart();
  for (const a of actions) {
    const r = applyCartAction(before, s, a);
    if (!r.ok) throw new Error(r.error.message);
    s = r.state;
  }
  return s;
}

const base: CartAction[] = [
  { type: "add", item: "americano", qty: 2, options: { temp: "iced" } },
  { type: "add", item: "croffle", qty: 1 },
];

const cases: [string, (m: Menu) => void, { lines: string[]; unavailable: { item: string; reason: string; name: string }[] }][] = [
  ["nothing changed", () => {}, { lines: ["americano", "croffle"], unavailable: [] }],
  ["an item removed", (m) => (m.items = m.items.filter((i) => i.id !== "croffle")), { lines: ["americano"], unavailable: [{ item: "croffle", reason: "removed", name: "크로플" }] }],
  ["an item sold out", (m) => (m.items.find((i) => i.id === "americano")!.soldOut = true), { lines: ["croffle"], unavailable: [{ item: "americano", reason: "sold-out", name: "아메리카노" }] }],
  [
    "the chosen option no longer offered",
    (m) => (m.items.find((i) => i.id === "americano")!.optionGroups = ["size"]),
    { lines: ["croffle"], unavailable: [{ item: "americano", reason: "changed", name: "아메리카노" }] },
  ],
  ["a price changed: the line is re-priced", (m) => (m.items.find((i) => i.id === "croffle")!.price = 1), { lines: ["americano", "croffle"], unavailable: [] }],
];

describe("carryCart", () => {
  it.each(cases)("%s", (_n, change, want) => {
    const next = structuredClone(demo);
    change(next);
    const after = new MenuModel(next);
    const view = viewCart(after, carryCart(before, after, cartOf(base)));
    expect(view.lines.map((l) => l.item)).toEqual(want.lines);
    expect((view.unavailable ?? []).map((u) => ({ item: u.item, reason: u.reason, name: u.name.ko }))).toEqual(want.unavailable);
    // Flagged lines are never charged for.
    expect(view.total).toBe(view.lines.reduce((s, l) => s + l.lineTotal, 0));
    if (want.unavailable.length === 0) expect(view.unavailable).toBeUndefined();
  });

  it("a flagged line becomes a normal line again when its item comes back (a rollback)", () => {
    const without = structuredClone(demo);
    without.items = without.items.filter((i) => i.id !== "croffle");
    const mid = new MenuModel(without);
    const flagged = carryCart(before, mid, cartOf(base));
    expect(viewCart(mid, flagged).unavailable).toHaveLength(1);
    // A new croffle added meanwhile would not merge into the flagged line.
    const back = carryCart(mid, before, flagged);
    const view = viewCart(before, back);
    expect(view.unavailable).toBeUndefined();
    expect(view.lines.map((l) => [l.item, l.qty])).toEqual([["americano", 2], ["croffle", 1]]);
  });

  it("a flagged line can be removed like any other", () => {
    const without = structuredClone(demo);
    without.items = without.items.filter((i) => i.id !== "croffle");
    const mid = new MenuModel(without);
    const flagged = carryCart(before, mid, cartOf(base));
    const id = viewCart(mid, flagged).unavailable![0]!.id;
    const r = applyCartAction(mid, flagged, { type: "remove", lineId: id });
    expect(r.ok && viewCart(mid, r.state).unavailable).toBeUndefined();
  });
});
