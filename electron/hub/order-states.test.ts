import { describe, expect, it } from "vitest";
import { ORDER_ACTIONS, ORDER_STATES, transition, type OrderAction, type OrderState } from "./order-states.ts";

// Every (state, action) pair: where it leads, or "-" when it is refused.
const TABLE: Record<OrderState, Record<OrderAction, OrderState | "-">> = {
  new: { start: "preparing", ready: "ready", recall: "-", pickup: "-", cancel: "cancelled" },
  preparing: { start: "-", ready: "ready", recall: "-", pickup: "-", cancel: "cancelled" },
  ready: { start: "-", ready: "-", recall: "preparing", pickup: "picked_up", cancel: "cancelled" },
  picked_up: { start: "-", ready: "-", recall: "preparing", pickup: "-", cancel: "-" },
  cancelled: { start: "-", ready: "-", recall: "-", pickup: "-", cancel: "-" },
};

describe("order state transitions", () => {
  const cases = ORDER_STATES.flatMap((from) => ORDER_ACTIONS.map((action) => [from, action, TABLE[from][action]] as const));
  it.each(cases)("%s + %s → %s", (from, action, expected) => {
    const r = transition(from, action);
    if (expected === "-") {
      expect(r.ok).toBe(false);
      if (!r.ok) expect(r.reason).toMatch(/cannot be/);
    } else expect(r).toEqual({ ok: true, to: expected });
  });
});
