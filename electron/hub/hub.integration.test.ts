// The store hub with real processes on loopback: one `kiosk hub` and two `kiosk serve`
// kiosks paired with it, customers ordering by touch over the kiosks' WebSockets.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { adminSetSoldOut, hubState, startKioskProcess, TEST_ADMIN_PIN, touchOrder, until, watchScreenMenu, type Proc } from "../../test-support/store-hub.ts";

const SECRET = "store-secret";
const root = mkdtempSync(join(tmpdir(), "hub-integration-"));
const hubDir = join(root, "hub");
let hub: Proc;
let hubPort = 0;
const kiosks: Proc[] = [];

const startHub = async (port = 0) => (hub = await startKioskProcess("hub", ["--port", String(port), "--data", hubDir, "--secret", SECRET], {}));
const startKiosk = (name: string) => startKioskProcess("serve", ["--port", "0", "--engine", "offline"], { KIOSK_DATA_DIR: join(root, name), KIOSK_HUB_URL: hub.url, KIOSK_HUB_SECRET: SECRET, KIOSK_NAME: name, KIOSK_ADMIN_PIN: TEST_ADMIN_PIN });

beforeAll(async () => {
  await startHub();
  hubPort = hub.port;
  kiosks.push(await startKiosk("A"), await startKiosk("B"));
  await until("both kiosks online at the hub", async () => (await hubState(hub.url)).kiosks.filter((k) => k.online).length === 2, 30_000);
}, 240_000);

afterAll(async () => {
  for (const k of kiosks) await k.stop();
  await hub?.stop();
  rmSync(root, { recursive: true, force: true });
});

describe("a store with two kiosks and a hub", () => {
  it("orders from both kiosks reach the hub once each, with distinct numbers from each kiosk's block", async () => {
    const [a, b] = kiosks as [Proc, Proc];
    const placed = await Promise.all([
      touchOrder(a.url, [{ item: "americano", qty: 2 }]),
      touchOrder(b.url, [{ item: "americano" }]),
      touchOrder(a.url, [{ item: "cafe-latte" }]),
      touchOrder(b.url, [{ item: "espresso" }]),
    ]);
    expect(new Set(placed).size).toBe(4);
    const state = await until("4 orders at the hub", async () => {
      const s = await hubState(hub.url);
      return s.orders.length >= 4 ? s : undefined;
    });
    expect(state.orders.map((o) => o.number).sort()).toEqual([...placed].sort());
    expect(new Set(state.orders.map((o) => o.id)).size).toBe(state.orders.length);
    const bySlot = (slot: number) => state.orders.filter((o) => o.kiosk?.slot === slot).map((o) => o.number);
    expect(bySlot(0).every((n) => n >= 101 && n <= 299) && bySlot(1).every((n) => n >= 301 && n <= 499)).toBe(true);
  }, 60_000);

  it("loses and doubles nothing when the hub is killed (SIGKILL) mid-stream and restarted", async () => {
    const [a, b] = kiosks as [Proc, Proc];
    const before = (await hubState(hub.url)).orders.length;
    const placed: number[] = [];
    const orderLoop = async (k: Proc, n: number) => {
      for (let i = 0; i < n; i++) placed.push(await touchOrder(k.url, [{ item: "americano" }]));
    };
    const ordering = Promise.all([orderLoop(a, 8), orderLoop(b, 8)]);
    await until("some orders placed", () => placed.length >= 4);
    await hub.kill();
    await ordering; // the kiosks keep selling while the hub is down
    await startHub(hubPort);
    const state = await until(
      "every order at the hub",
      async () => {
        const s = await hubState(hub.url);
        return s.orders.length >= before + placed.length ? s : undefined;
      },
      60_000,
      250,
    );
    expect(state.orders).toHaveLength(before + placed.length);
    const numbers = state.orders.map((o) => o.number);
    expect(new Set(numbers).size).toBe(numbers.length);
    for (const n of placed) expect(numbers).toContain(n);
    await until("both kiosks back online", async () => (await hubState(hub.url)).kiosks.filter((k) => k.online).length === 2, 30_000);
  }, 120_000);

  it("a sold-out switch flipped on kiosk A reaches kiosk B's screen", async () => {
    const [a, b] = kiosks as [Proc, Proc];
    const screenB = await watchScreenMenu(b.url);
    try {
      await until("B's screen has the menu", () => screenB.soldOut("basque-cheesecake") !== undefined);
      expect(screenB.soldOut("basque-cheesecake")).toBe(false);
      const flippedAt = Date.now();
      await adminSetSoldOut(a.url, "basque-cheesecake", true);
      await until("B's screen shows basque cheesecake sold out", () => screenB.soldOut("basque-cheesecake") === true, 5_000, 10);
      // Within a second, as staff expect; a generous bound for a loaded test machine.
      expect(Date.now() - flippedAt).toBeLessThan(3_000);
    } finally {
      screenB.close();
    }
  }, 60_000);

  it("a kiosk that was offline for a while catches up when it comes back", async () => {
    const [a, b] = kiosks as [Proc, Proc];
    await b.stop();
    kiosks.splice(1, 1);
    await until("B offline at the hub", async () => (await hubState(hub.url)).kiosks.filter((k) => k.online).length === 1);
    await adminSetSoldOut(a.url, "espresso", true);
    const back = await startKiosk("B");
    kiosks.push(back);
    const screen = await watchScreenMenu(back.url);
    try {
      await until("B's screen shows espresso sold out", () => screen.soldOut("espresso") === true, 15_000);
    } finally {
      screen.close();
    }
    // B keeps its block across the restart.
    const n = await touchOrder(back.url, [{ item: "americano" }]);
    expect(n).toBeGreaterThanOrEqual(301);
    expect(n).toBeLessThanOrEqual(499);
  }, 120_000);
});
