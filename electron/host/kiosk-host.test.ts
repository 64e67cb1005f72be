import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import type { KioskEvent } from "../../shared/contract.ts";
import { parseEvent } from "../../shared/contract.ts";
import type { MenuModel } from "../../shared/menu/model.ts";
import type { DialogueEngine, TurnContext, TurnInput, TurnOutcome } from "../core/dialogue/engine.ts";
import { MenuHolder, parseMenuText } from "../core/menu/load.ts";
import { MemoryOrderSink } from "../core/session/orders.ts";
import { KioskHost, type KioskHostOptions } from "./kiosk-host.ts";

const MENU_FILE = new URL("../../assets/menu/demo-cafe.menu.json", import.meta.url).pathname;
const menuJson = () => JSON.parse(readFileSync(MENU_FILE, "utf8"));

/**
 * The host's dialogue dependency, kept trivial: these tests are about the transport
 * boundary, not about understanding orders. `turn` runs the given behaviour.
 */
function engineDoing(behaviour: (input: TurnInput, ctx: TurnContext) => Promise<TurnOutcome>): DialogueEngine {
  return { name: "offline", turn: behaviour };
}
const echoEngine = engineDoing(async (input) => ({ reply: `heard ${input.text}`, lang: "en", understood: true, engine: "offline" }));

function setup(overrides: Partial<KioskHostOptions> = {}) {
  const holder = new MenuHolder(parseMenuText(readFileSync(MENU_FILE, "utf8"), MENU_FILE));
  const logs: string[] = [];
  const engineMenus: MenuModel[] = [];
  const host = new KioskHost({
    menu: holder,
    orders: new MemoryOrderSink(),
    createEngine: async (menu) => {
      engineMenus.push(menu);
      return echoEngine;
    },
    log: (l) => logs.push(l),
    ...overrides,
  });
  const events: KioskEvent[] = [];
  const conn = host.connect((e) => events.push(e));
  return { holder, host, conn, events, logs, engineMenus };
}

const types = (events: KioskEvent[]) => events.map((e) => e.type);
const lastCart = (events: KioskEvent[]) => {
  const carts = events.filter((e): e is Extract<KioskEvent, { type: "cart" }> => e.type === "cart");
  return carts[carts.length - 1]?.cart;
};

describe("KioskHost", () => {
  it("answers hello with the menu (asset base, voice availability), then language and cart", async () => {
    const { conn, events } = setup();
    await conn.receive(JSON.stringify({ type: "hello", lang: "en" }));
    expect(types(events)[0]).toBe("menu");
    expect(types(events)).toContain("lang");
    expect(types(events).at(-1)).toBe("cart");
    const menu = events[0] as Extract<KioskEvent, { type: "menu" }>;
    expect(menu.assetBase).toBe("/menu-assets/");
    expect(menu.voice).toEqual({ input: false, output: false, reason: "voice is not set up" });
    expect((menu.menu as { store: { id: string } }).store.id).toBe("cafe-byeol");
    for (const e of events) expect(parseEvent(e).ok).toBe(true);
  });

  it("applies a valid touch command, as a JSON string or a decoded object", async () => {
    const { conn, events } = setup();
    await conn.receive(JSON.stringify({ type: "touch", action: { type: "addItem", item: "americano", qty: 2 } }));
    await conn.receive({ type: "touch", action: { type: "addItem", item: "espresso", qty: 1 } });
    const cart = lastCart(events)!;
    expect(cart.lines.map((l) => [l.item, l.qty])).toEqual([
      ["americano", 2],
      ["espresso", 1],
    ]);
    expect(cart.total).toBe(2 * 4000 + 3500);
  });

  const malformed: Array<[string, unknown, string]> = [
    ["not JSON", "{type: hello", "bad-command"],
    ["a JSON number", "42", "bad-command"],
    ["null", null, "bad-command"],
    ["undefined", undefined, "bad-command"],
    ["an array", [{ type: "hello" }], "bad-command"],
    ["an unknown command", { type: "launchMissiles" }, "bad-command"],
    ["no type", { action: { type: "clearCart" } }, "bad-command"],
    ["qty as a string", { type: "touch", action: { type: "addItem", item: "americano", qty: "2" } }, "bad-command"],
    ["qty out of range", { type: "touch", action: { type: "addItem", item: "americano", qty: 1000 } }, "bad-command"],
    ["fractional qty", { type: "touch", action: { type: "setQty", lineId: "l1", qty: 1.5 } }, "bad-command"],
    ["unknown touch action", { type: "touch", action: { type: "payWithCard" } }, "bad-command"],
    ["empty say", { type: "say", text: "" }, "bad-command"],
    ["over-long item id", { type: "touch", action: { type: "addItem", item: "x".repeat(65), qty: 1 } }, "bad-command"],
    ["a circular object", (() => { const o: Record<string, unknown> = { type: "hello" }; o.self = o; return o; })(), "bad-command"],
    ["an oversize command", JSON.stringify({ type: "say", text: "a".repeat(2000) }), "too-large"],
  ];
  it.each(malformed)("answers %s with one error event and changes nothing", async (_name, raw, code) => {
    const { conn, events } = setup({ maxCommandBytes: 1000 });
    await conn.receive({ type: "touch", action: { type: "addItem", item: "americano", qty: 1 } });
    const before = lastCart(events);
    events.length = 0;

    await conn.receive(raw);
    expect(events).toHaveLength(1);
    expect(events[0]).toMatchObject({ type: "error", code });
    expect(parseEvent(events[0]).ok).toBe(true);

    // Still usable, and the cart is what it was.
    events.length = 0;
    await conn.receive({ type: "hello" });
    expect(lastCart(events)).toEqual(before);
  });

  it("reports a refused touch (an item not on the menu) as a notice from the session, not a transport error", async () => {
    const { conn, events } = setup();
    await conn.receive({ type: "touch", action: { type: "addItem", item: "pizza", qty: 1 } });
    expect(events).toEqual([expect.objectContaining({ type: "notice", level: "error", code: "unknown-item" })]);
  });

  it("the menu event carries the staff's screen settings as they are at each hello (default mode, idle times)", async () => {
    let screen = { defaultMode: "standard" as const, idleSeconds: 60, idleCountdownSeconds: 15 };
    const { conn, events } = setup({ screen: () => screen });
    await conn.receive(JSON.stringify({ type: "hello" }));
    expect(events[0]).toMatchObject({ type: "menu", screen: { defaultMode: "standard", idleSeconds: 60 } });
    screen = { ...screen, idleSeconds: 120 };
    events.length = 0;
    await conn.receive(JSON.stringify({ type: "hello" }));
    expect(events[0]).toMatchObject({ type: "menu", screen: { idleSeconds: 120 } });
    for (const e of events) expect(parseEvent(e).ok).toBe(true);
  });

  it("keeps one session per connection: two screens have two carts", async () => {
    const { host, conn, events } = setup();
    const otherEvents: KioskEvent[] = [];
    const other = host.connect((e) => otherEvents.push(e));
    await conn.receive({ type: "touch", action: { type: "addItem", item: "americano", qty: 1 } });
    await other.receive({ type: "hello" });
    expect(lastCart(events)!.lines).toHaveLength(1);
    expect(lastCart(otherEvents)!.lines).toHaveLength(0);
    expect(host.connectionCount).toBe(2);
  });

  it("builds one engine per menu, shared by the sessions", async () => {
    const { host, conn, engineMenus } = setup();
    const other = host.connect(() => {});
    await conn.receive({ type: "hello" });
    await other.receive({ type: "hello" });
    expect(engineMenus).toHaveLength(1);
  });

  it("pushes a reloaded menu to a greeted screen, then the cart re-checked against it", async () => {
    const { holder, conn, events, engineMenus } = setup();
    await conn.receive({ type: "hello" });
    await conn.receive({ type: "touch", action: { type: "addItem", item: "americano", qty: 1 } });
    await conn.receive({ type: "touch", action: { type: "addItem", item: "espresso", qty: 1 } });
    events.length = 0;

    const json = menuJson();
    json.items.find((i: { id: string }) => i.id === "americano").soldOut = true;
    holder.set(parseMenuText(JSON.stringify(json), MENU_FILE));
    const session = await conn.session();
    await expect.poll(() => session.engine).toBe(echoEngine);

    expect(types(events)).toEqual(["menu", "cart"]);
    const menu = events[0] as Extract<KioskEvent, { type: "menu" }>;
    expect((menu.menu as { items: Array<{ id: string; soldOut?: boolean }> }).items.find((i) => i.id === "americano")?.soldOut).toBe(true);
    expect(lastCart(events)!.lines.map((l) => l.item)).toEqual(["espresso"]);
    expect(session.menu).toBe(holder.current.model);
    await expect.poll(() => engineMenus.length).toBe(2);
  });

  it("does not push menus to a screen that has not said hello, but still re-checks its cart", async () => {
    const { holder, conn, events } = setup();
    await conn.receive({ type: "touch", action: { type: "addItem", item: "americano", qty: 1 } });
    events.length = 0;
    holder.set(parseMenuText(readFileSync(MENU_FILE, "utf8"), MENU_FILE));
    await expect.poll(() => types(events)).toEqual(["cart"]);
  });

  it("aborts the turn in flight when the screen goes away, and sends nothing after", async () => {
    let seenSignal: AbortSignal | undefined;
    const waitsForAbort = engineDoing(
      (_input, ctx) =>
        new Promise((_resolve, reject) => {
          seenSignal = ctx.signal;
          ctx.signal.addEventListener("abort", () => reject(ctx.signal.reason));
        }),
    );
    const { conn, events } = setup({ createEngine: async () => waitsForAbort });
    const turn = conn.receive({ type: "say", text: "americano please" });
    await expect.poll(() => seenSignal).toBeDefined();
    const countBefore = events.length;
    conn.close();
    await turn;
    expect(seenSignal!.aborted).toBe(true);
    expect(events).toHaveLength(countBefore);
    await conn.receive({ type: "hello" });
    expect(events).toHaveLength(countBefore);
  });

  it("turns a failing engine into a notice and ends the turn; the screen stays usable", async () => {
    const failing = engineDoing(async () => {
      throw new Error("model server returned 500");
    });
    const { conn, events, logs } = setup({ createEngine: async () => failing });
    await conn.receive({ type: "say", text: "americano" });
    expect(events).toContainEqual(expect.objectContaining({ type: "notice", level: "error", code: "internal" }));
    // Not left "thinking": the failed turn is ended.
    const states = events.filter((e) => e.type === "state");
    expect(states.at(-1)).toEqual({ type: "state", state: "listening" });
    expect((await conn.session()).turnInFlight).toBeUndefined();
    expect(logs.join("\n")).toContain("model server returned 500");
    events.length = 0;
    await conn.receive({ type: "touch", action: { type: "addItem", item: "americano", qty: 1 } });
    expect(lastCart(events)!.lines).toHaveLength(1);
  });

  it("says the kiosk is unavailable when no engine can be built, and tries again for the next screen", async () => {
    let attempts = 0;
    const { host, conn, events } = setup({
      createEngine: async () => {
        attempts++;
        if (attempts === 1) throw new Error("engine boom");
        return echoEngine;
      },
    });
    await conn.receive({ type: "hello" });
    expect(events).toEqual([
      { type: "state", state: "unavailable" },
      expect.objectContaining({ type: "notice", code: "unavailable" }),
    ]);
    const later: KioskEvent[] = [];
    await host.connect((e) => later.push(e)).receive({ type: "hello" });
    expect(types(later)).toContain("cart");
  });

  it("answers commands in the order they were sent, also while the session is still starting", async () => {
    const { conn, events } = setup();
    await Promise.all([conn.receive({ type: "hello" }), conn.receive("garbage"), conn.receive({ type: "touch", action: { type: "clearCart" } })]);
    const menuAt = types(events).indexOf("menu");
    const errorAt = types(events).indexOf("error");
    expect(menuAt).toBe(0);
    expect(errorAt).toBeGreaterThan(menuAt);
  });

  it("reports voice availability from the injected probe", async () => {
    const { conn, events } = setup({ voice: () => ({ input: true, output: true }) });
    await conn.receive({ type: "hello" });
    expect(events[0]).toMatchObject({ type: "menu", voice: { input: true, output: true } });
  });
});
