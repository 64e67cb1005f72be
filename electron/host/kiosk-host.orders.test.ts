// The IPC host's order path (KioskHost is what electron/main.ts wires to IPC): one
// cart is one order however fast placeOrder arrives, and a failing order store is
// a plain sentence for the customer, its details only in the log.
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import type { KioskEvent } from "../../shared/contract.ts";
import { MenuHolder, parseMenuText } from "../core/menu/load.ts";
import type { DialogueEngine } from "../core/dialogue/engine.ts";
import type { OrderSink, PlaceOrderInput, PlacedOrder } from "../core/session/orders.ts";
import { KioskHost } from "./kiosk-host.ts";

const MENU_FILE = new URL("../../assets/menu/demo-cafe.menu.json", import.meta.url).pathname;
const engine: DialogueEngine = { name: "offline", turn: async () => ({ reply: "ok", lang: "en", understood: true, engine: "offline" }) };

/** An order store that takes a while to commit, like SQLite with FULL sync under load. */
class SlowSink implements OrderSink {
  readonly placed: PlacedOrder[] = [];
  constructor(private readonly delayMs: number) {}
  async place(input: PlaceOrderInput): Promise<PlacedOrder> {
    await new Promise((r) => setTimeout(r, this.delayMs));
    const order = { id: `o${this.placed.length + 1}`, number: this.placed.length + 1, cart: input.cart };
    this.placed.push(order);
    return order;
  }
}

function connect(orders: OrderSink) {
  const holder = new MenuHolder(parseMenuText(readFileSync(MENU_FILE, "utf8"), MENU_FILE));
  const logs: string[] = [];
  const host = new KioskHost({ menu: holder, orders, createEngine: async () => engine, log: (l) => logs.push(l) });
  const events: KioskEvent[] = [];
  const conn = host.connect((e) => events.push(e));
  return { conn, events, logs };
}

const addAmericano = { type: "touch", action: { type: "addItem", item: "americano", qty: 1, options: { temp: "iced" } } };
const placeOrder = JSON.stringify({ type: "touch", action: { type: "placeOrder" } });

describe("KioskHost orders", () => {
  it("two placeOrder commands arriving together make one order and one notice", async () => {
    const sink = new SlowSink(30);
    const { conn, events } = connect(sink);
    await conn.receive({ type: "hello", lang: "en" });
    await conn.receive(addAmericano);
    expect(events.filter((e) => e.type === "notice")).toEqual([]);
    // Not awaited one by one: both are in flight at once, as from one socket read or a double tap.
    await Promise.all([conn.receive(placeOrder), conn.receive(placeOrder)]);
    expect(sink.placed).toHaveLength(1);
    expect(events.filter((e) => e.type === "orderPlaced")).toHaveLength(1);
    expect(events.filter((e) => e.type === "notice").map((e) => (e as { code: string }).code)).toEqual(["order-in-progress"]);
    // Once the first has been stored, the next order is a new one (and the cart is empty now).
    await conn.receive(addAmericano);
    await conn.receive(placeOrder);
    expect(sink.placed).toHaveLength(2);
  });

  it("an order store failure reaches the customer as a plain sentence; the details go to the log only", async () => {
    const failing: OrderSink = {
      place: async () => {
        throw new Error("cannot write the order database /var/lib/kiosk/orders.sqlite (SQLITE_READONLY)");
      },
    };
    const { conn, events, logs } = connect(failing);
    await conn.receive({ type: "hello", lang: "en" });
    await conn.receive(addAmericano);
    await conn.receive(placeOrder);
    const notice = events.find((e) => e.type === "notice") as Extract<KioskEvent, { type: "notice" }>;
    expect(notice).toMatchObject({ code: "order-store", message: "The order could not be saved. Please ask a member of staff." });
    expect(JSON.stringify(events)).not.toContain("orders.sqlite");
    expect(logs.join("\n")).toContain("/var/lib/kiosk/orders.sqlite");
  });
});
