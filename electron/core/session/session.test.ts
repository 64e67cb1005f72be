// The session with the real offline engine: one cart for touch and dialogue, orders
// placed only when complete, a fresh start for each customer.
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import type { KioskEvent } from "../../../shared/contract.ts";
import { MenuModel } from "../../../shared/menu/model.ts";
import { validateMenu } from "../../../shared/menu/validate.ts";
import type { Menu } from "../../../shared/menu/schema.ts";
import { createOfflineEngine } from "../dialogue/offline/engine.ts";
import { MemoryOrderSink } from "./orders.ts";
import { KioskSession } from "./session.ts";

function menuJson(name: string): Menu {
  const r = validateMenu(JSON.parse(readFileSync(new URL(`../../../../shared/eval/${name}`, import.meta.url), "utf8")));
  if (!r.ok) throw new Error(r.problems.join("\n"));
  return r.menu;
}

function start(name = "cafe.menu.json") {
  const menu = new MenuModel(menuJson(name));
  const orders = new MemoryOrderSink();
  const session = new KioskSession({ menu, engine: createOfflineEngine(menu), orders });
  const events: KioskEvent[] = [];
  session.on((e) => events.push(e));
  return { session, orders, events, menu };
}

describe("KioskSession", () => {
  it("a blank say leaves the turn in flight alone and leaves no turn behind", async () => {
    const { session, events } = start();
    const first = session.say("아이스 아메리카노 두 잔 주세요");
    const inFlight = session.turnInFlight;
    expect(inFlight).toBeDefined();
    expect(await session.say("   ")).toBeUndefined();
    expect(inFlight!.signal.aborted).toBe(false);
    expect(events.some((e) => e.type === "stopAudio")).toBe(false);
    expect((await first)?.understood).toBe(true);
    expect(session.turnInFlight).toBeUndefined();
    const given = session.beginTurn();
    await session.say("", given);
    expect(session.turnInFlight).toBeUndefined();
  });

  it("keeps one cart for touch and for words", async () => {
    const { session } = start();
    await session.touch({ type: "addItem", item: "cheesecake", qty: 1 });
    await session.say("아이스 아메리카노 두 잔 추가해 주세요");
    expect(session.cart().lines.map((l) => [l.item, l.qty])).toEqual([["cheesecake", 1], ["americano", 2]]);
    const americano = session.cart().lines[1]!;
    await session.touch({ type: "setQty", lineId: americano.id, qty: 3 });
    expect(session.cart().total).toBe(6000 + 3 * 4000);
  });

  it("refuses a sold-out item by touch with a notice in the customer's language, cart unchanged", async () => {
    const { session, events } = start();
    await session.touch({ type: "addItem", item: "strawberry-smoothie", qty: 1 });
    expect(session.cart().lines).toEqual([]);
    expect(events.filter((e) => e.type === "notice")).toEqual([expect.objectContaining({ code: "sold-out", message: expect.stringContaining("품절") })]);
  });

  it("places an order through the dialogue only after confirmation, numbered, then starts a fresh cart", async () => {
    const { session, orders, events } = start();
    await session.say("카페라떼 하나 주세요");
    await session.say("주문할게요");
    expect(orders.placed).toHaveLength(0);
    const out = await session.say("네");
    expect(out?.checkout).toBe(true);
    expect(orders.placed).toHaveLength(1);
    expect(orders.placed[0]!.cart.lines.map((l) => l.item)).toEqual(["cafe-latte"]);
    expect(out?.reply).toContain(`${orders.placed[0]!.number}번`);
    expect(events.some((e) => e.type === "orderPlaced" && e.number === 1)).toBe(true);
    expect(session.cart().lines).toEqual([]);
  });

  it("will not place an order with a choice still missing, or an empty one", async () => {
    const { session, orders } = start("pizza.menu.json");
    expect(await session.placeOrder()).toMatchObject({ error: "empty-cart" });
    await session.touch({ type: "addItem", item: "potato", qty: 1 });
    expect(await session.placeOrder()).toMatchObject({ error: "pending-choice" });
    const pending = session.cart().pending[0]!;
    await session.touch({ type: "setLineOptions", lineId: pending.id, options: { "pizza-size": "large" } });
    expect(await session.placeOrder()).toMatchObject({ error: "missing-order-option" });
    await session.touch({ type: "setOrderOption", group: "fulfillment", value: "takeout" });
    expect(await session.placeOrder()).toMatchObject({ number: 1 });
    expect(orders.placed[0]!.cart).toMatchObject({ total: 17900 + 6000, orderOptions: { fulfillment: "takeout" } });
  });

  it("keeps the cart when the order store fails, and says so", async () => {
    const { events, menu } = start();
    const failing = new KioskSession({ menu, engine: createOfflineEngine(menu), orders: { place: async () => { throw new Error("disk full"); } } });
    failing.on((e) => events.push(e));
    await failing.touch({ type: "addItem", item: "scone", qty: 2 });
    expect(await failing.placeOrder()).toMatchObject({ error: "order-store" });
    expect(failing.cart().lines).toHaveLength(1);
    expect(events.some((e) => e.type === "notice" && e.code === "order-store")).toBe(true);
  });

  it("forgets everything on reset", async () => {
    const { session } = start();
    await session.say("I'd like two scones");
    session.setLanguage("en");
    session.reset();
    expect(session.cart().lines).toEqual([]);
    expect(session.conversation()).toEqual([]);
    expect(session.lang).toBe("ko");
  });

  it("keeps every line when the menu changes: one that became sold out stays flagged, and blocks the order until removed", async () => {
    const { session, events } = start();
    await session.touch({ type: "addItem", item: "scone", qty: 2 });
    await session.touch({ type: "addItem", item: "tiramisu", qty: 1 });
    const json = menuJson("cafe.menu.json");
    json.items.find((i) => i.id === "tiramisu")!.soldOut = true;
    const { unavailable } = session.replaceMenu(new MenuModel(json));
    expect(unavailable).toBe(1);
    const cart = session.cart();
    expect(cart.lines.map((l) => l.item)).toEqual(["scone"]);
    expect(cart.unavailable).toMatchObject([{ item: "tiramisu", qty: 1, reason: "sold-out", name: { en: "Tiramisu" } }]);
    expect(await session.placeOrder()).toMatchObject({ error: "unavailable-line" });
    expect(events.some((e) => e.type === "notice" && e.code === "unavailable-line")).toBe(true);
    await session.touch({ type: "removeLine", lineId: cart.unavailable![0]!.id });
    expect(session.cart().unavailable).toBeUndefined();
    expect(await session.placeOrder()).toMatchObject({ number: expect.any(Number) });
  });

  it("aborts the turn in flight when a new one begins", () => {
    const { session, events } = start();
    const first = session.beginTurn();
    const second = session.beginTurn();
    expect(first.signal.aborted).toBe(true);
    expect(second.signal.aborted).toBe(false);
    expect(events.some((e) => e.type === "stopAudio")).toBe(true);
  });
});
