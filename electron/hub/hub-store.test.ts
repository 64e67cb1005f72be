import { afterEach, describe, expect, it } from "vitest";
import { rmSync, statSync } from "node:fs";
import { join } from "node:path";
import { tempDir, testMenuJson } from "../core/orders/test-fixtures.ts";
import { NumberPlanError } from "../core/orders/number-plan.ts";
import { HubActionError, HubStore, type HubChange } from "./hub-store.ts";
import { testKiosk, type TestKiosk } from "./test-orders.ts";

const cleanup: (() => void)[] = [];
afterEach(() => {
  for (const f of cleanup.splice(0).reverse()) f();
});
function hubDir(): string {
  const d = tempDir("hub-store-");
  cleanup.push(() => rmSync(d, { recursive: true, force: true }));
  return d;
}
function openHub(dataDir: string, opts: { blockSize?: number; now?: () => number } = {}): HubStore {
  const s = new HubStore({ dataDir, ...opts });
  cleanup.push(() => s.close());
  return s;
}
function kiosk(): TestKiosk {
  const k = testKiosk();
  cleanup.push(() => k.close());
  return k;
}

describe("hub store", () => {
  it("keeps each delivered order once, on disk, across a reopen", () => {
    const dir = hubDir();
    const hub = openHub(dir);
    const k = kiosk();
    const changes: HubChange[] = [];
    hub.onChange((c) => changes.push(c));
    const o = k.order();
    expect(hub.receive(o).duplicate).toBe(false);
    expect(hub.receive(o).duplicate).toBe(true);
    expect(hub.count()).toBe(1);
    expect(changes.filter((c) => c.type === "order")).toHaveLength(1);
    hub.close();
    const again = openHub(dir);
    expect(again.get(o.id)).toMatchObject({ id: o.id, number: o.number, kioskId: k.store.storeId, state: "new" });
    expect(again.db.pragma("journal_mode", { simple: true })).toBe("wal");
    if (process.platform !== "win32") {
      expect(statSync(dir).mode & 0o777).toBe(0o700);
      expect(statSync(join(dir, "hub.sqlite")).mode & 0o777).toBe(0o600);
    }
  });

  it("moves orders through the kitchen states and keeps who cancelled and why", () => {
    const hub = openHub(hubDir());
    const k = kiosk();
    const a = k.order();
    const b = k.order();
    hub.receive(a);
    hub.receive(b);
    expect(hub.act(a.id, "start").state).toBe("preparing");
    expect(hub.act(a.id, "ready")).toMatchObject({ state: "ready", readyAtMs: expect.any(Number) });
    expect(hub.lastBumped()?.id).toBe(a.id);
    expect(hub.act(a.id, "recall")).toMatchObject({ state: "preparing", readyAtMs: null });
    hub.act(a.id, "ready");
    expect(hub.act(a.id, "pickup").state).toBe("picked_up");
    expect(() => hub.act(a.id, "cancel", { by: "kim", reason: "x" })).toThrow(/cannot be cancelled/);
    expect(() => hub.act(b.id, "cancel", { by: "kim" })).toThrow(/who .* and why/);
    expect(hub.act(b.id, "cancel", { by: "kim", reason: "customer left" }).cancelled).toMatchObject({ by: "kim", reason: "customer left" });
    expect(() => hub.act("no-such-order", "start")).toThrow(HubActionError);
  });

  it("gives each kiosk its own block once, and the same block when it pairs again", () => {
    const dir = hubDir();
    const hub = openHub(dir);
    const a = hub.pair("kiosk-a", "A", [{ id: "americano", name: { ko: "아메리카노" } }]);
    const b = hub.pair("kiosk-b", "B", undefined);
    expect(a.plan).toEqual({ slot: 0, first: 101, last: 299 });
    expect(b.plan).toEqual({ slot: 1, first: 301, last: 499 });
    hub.close();
    const again = openHub(dir);
    expect(again.pair("kiosk-b", "B again", undefined).plan).toEqual(b.plan);
    expect(again.kiosks().map((k) => k.name)).toEqual(["A", "B again"]);
    expect(again.menuItems().map((i) => i.id)).toEqual(["americano"]);
  });

  it("refuses to change the block size once kiosks are paired", () => {
    const dir = hubDir();
    openHub(dir, { blockSize: 100 }).pair("kiosk-a", "A", undefined);
    expect(() => new HubStore({ dataDir: dir, blockSize: 200 })).toThrow(NumberPlanError);
    // Without an explicit size the hub keeps the one it has.
    expect(openHub(dir).blockSize).toBe(100);
  });

  it("keeps sold-out switches and tells listeners the whole set", () => {
    const dir = hubDir();
    const hub = openHub(dir);
    const seen: Record<string, boolean>[] = [];
    hub.onChange((c) => c.type === "soldOut" && seen.push(c.soldOut));
    hub.setSoldOut("americano", true, "A");
    hub.setSoldOut("cheesecake", true, "staff");
    hub.setSoldOut("americano", false, "B");
    expect(seen.at(-1)).toEqual({ americano: false, cheesecake: true });
    expect(() => hub.setSoldOut("<script>", true, "x")).toThrow(HubActionError);
    hub.close();
    expect(openHub(dir).soldOut()).toEqual({ americano: false, cheesecake: true });
  });

  it("shows today's orders and open orders of any other day on the store screens", () => {
    const hub = openHub(hubDir());
    const k = kiosk();
    const today = k.order();
    const oldOpen = { ...k.order(), businessDay: "2000-01-01" };
    const oldDone = { ...k.order(), businessDay: "2000-01-01" };
    for (const o of [today, oldOpen, oldDone]) hub.receive(o);
    hub.act(oldDone.id, "ready");
    hub.act(oldDone.id, "pickup");
    expect(hub.listScreen(today.businessDay).map((o) => o.id).sort()).toEqual([today.id, oldOpen.id].sort());
  });

  it("publishes a valid menu once, refuses a broken one with every problem, and keeps it across a reopen", () => {
    const dir = hubDir();
    const hub = openHub(dir);
    const menus: number[] = [];
    hub.onChange((c) => c.type === "menu" && menus.push(c.menu.version));
    const text = JSON.stringify(testMenuJson);
    const first = hub.publishMenu(text, "staff");
    expect(hub.publishMenu(text, "staff").version).toBe(first.version);
    expect(() => hub.publishMenu(JSON.stringify({ ...testMenuJson, version: 2 }), "staff")).toThrow(/the menu was not published: version: /);
    expect(() => hub.publishMenu("{", "staff")).toThrow(/not valid JSON/);
    expect(menus).toEqual([first.version]);
    hub.close();
    const again = openHub(dir);
    expect(again.menu()).toMatchObject({ version: first.version, hash: first.hash, publishedBy: "staff" });
    expect(again.menuItems().map((i) => i.id)).toEqual(testMenuJson.items.map((i) => i.id));
  });

  it("counts orders per hour of the business day", () => {
    const hub = openHub(hubDir());
    const k = kiosk();
    for (let i = 0; i < 3; i++) hub.receive(k.order());
    const perHour = hub.ordersPerHour(k.store.today());
    expect(perHour.reduce((n, h) => n + h.count, 0)).toBe(3);
  });
});
