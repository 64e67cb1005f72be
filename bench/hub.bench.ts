// The store hub under load: a real `kiosk hub` process, and six kiosks in this process,
// each a real order store (SQLite, WAL) with the real outbox delivering to the hub.
//  - ordersPerSecond: 6 × ORDERS_EACH orders placed at once (a backlog, as after the hub
//    was down), until the hub's kitchen stream has announced every one of them;
//  - newOrderToKds: orders placed at a steady pace spread over the six kiosks; from the
//    moment an order is committed on its kiosk until the kitchen display's live stream
//    (/api/stream, what the KDS page listens to) delivers it;
//  - newOrderToKdsScreen: the same, until the ticket is on the kitchen display page in
//    Chromium (a fresh hub; the cook bumps each ticket, so a handful are open at a time).
import { rmSync } from "node:fs";
import { join } from "node:path";
import type { BenchResult } from "./run.ts";
import { summarize } from "./stats.ts";
import { OutboxDelivery } from "../electron/core/orders/outbox.ts";
import { hubOrdersUrl } from "../electron/core/orders/service.ts";
import { OrderStore } from "../electron/core/orders/store.ts";
import { cartOf, tempDir, testMenu } from "../electron/core/orders/test-fixtures.ts";
import { startKioskProcess } from "../test-support/store-hub.ts";
import { chromium } from "playwright-core";
import { CHROMIUM_ARGS } from "../e2e/support/browser.ts";
import { chromiumLaunch } from "../test-support/chromium.ts";

const KIOSKS = 6;
const ORDERS_EACH = 150;
const PACED_ORDERS = 240;
const PACED_INTERVAL_MS = 25; // 40 orders/s across the store, far above a real rush
const SECRET = "bench-secret";
const SCREEN_ORDERS = 60;
const SCREEN_INTERVAL_MS = 200;

const menu = testMenu();
const cart = cartOf(menu, [
  { type: "add", item: "americano", qty: 2, options: { temp: "iced", shots: 1 } },
  { type: "add", item: "cheesecake", qty: 1 },
]);

/** Follows the hub's kitchen stream; resolves waiters as order ids arrive. */
async function kitchenStream(url: string) {
  const arrived = new Map<string, number>();
  const waiters: { n: number; resolve: () => void }[] = [];
  const controller = new AbortController();
  const res = await fetch(`${url}/api/stream`, { signal: controller.signal });
  const decoder = new TextDecoder();
  void (async () => {
    let buffer = "";
    try {
      for await (const chunk of res.body as unknown as AsyncIterable<Uint8Array>) {
        buffer += decoder.decode(chunk, { stream: true });
        let end: number;
        while ((end = buffer.indexOf("\n\n")) >= 0) {
          const block = buffer.slice(0, end);
          buffer = buffer.slice(end + 2);
          if (!block.startsWith("event: order\n")) continue;
          const now = performance.now();
          const id = /"id":"([^"]+)"/.exec(block)?.[1];
          if (id && !arrived.has(id)) arrived.set(id, now);
        }
        for (const w of [...waiters]) {
          if (arrived.size >= w.n) {
            waiters.splice(waiters.indexOf(w), 1);
            w.resolve();
          }
        }
      }
    } catch {
      // aborted at the end
    }
  })();
  return {
    arrived,
    waitFor: (n: number) => (arrived.size >= n ? Promise.resolve() : new Promise<void>((resolve) => waiters.push({ n, resolve }))),
    close: () => controller.abort(),
  };
}

export async function run(): Promise<BenchResult> {
  const root = tempDir("kiosk-bench-hub-");
  const hub = await startKioskProcess("hub", ["--port", "0", "--data", join(root, "hub"), "--secret", SECRET], {});
  const kiosks = Array.from({ length: KIOSKS }, (_, i) => {
    const store = OrderStore.open({ dataDir: join(root, `kiosk-${i}`), deliver: true, numberPlan: { slot: i, first: 101 + 200 * i, last: 299 + 200 * i } });
    const delivery = new OutboxDelivery(store, { url: hubOrdersUrl({ KIOSK_HUB_URL: hub.url })!, secret: SECRET, baseDelayMs: 50, maxDelayMs: 500 });
    return { store, delivery };
  });
  const stream = await kitchenStream(hub.url);
  try {
    // Throughput: a backlog of 6 × ORDERS_EACH, then let every outbox loose at once.
    for (const k of kiosks) for (let i = 0; i < ORDERS_EACH; i++) k.store.placeSync({ cart, lang: "ko", menu });
    const t0 = performance.now();
    for (const k of kiosks) k.delivery.start();
    await stream.waitFor(KIOSKS * ORDERS_EACH);
    const backlogMs = performance.now() - t0;

    // Latency: one order every PACED_INTERVAL_MS, round robin over the kiosks.
    const placedAt = new Map<string, number>();
    for (let i = 0; i < PACED_ORDERS; i++) {
      const k = kiosks[i % KIOSKS]!;
      const t = performance.now();
      const order = k.store.placeSync({ cart, lang: "ko", menu });
      placedAt.set(order.id, t);
      await new Promise((r) => setTimeout(r, PACED_INTERVAL_MS));
    }
    await stream.waitFor(KIOSKS * ORDERS_EACH + PACED_ORDERS);
    const latencies = [...placedAt].map(([id, t]) => stream.arrived.get(id)! - t);
    const screen = await screenLatency(root);
    return {
      kiosks: KIOSKS,
      backlogOrders: KIOSKS * ORDERS_EACH,
      ordersPerSecond: Number(((KIOSKS * ORDERS_EACH) / (backlogMs / 1000)).toFixed(1)),
      pacedOrdersPerSecond: Number((1000 / PACED_INTERVAL_MS).toFixed(1)),
      newOrderToKds: summarize(latencies, 1),
      newOrderToKdsScreen: summarize(screen, 1),
    };
  } finally {
    stream.close();
    for (const k of kiosks) {
      await k.delivery.stop();
      k.store.close();
    }
    await hub.stop();
    rmSync(root, { recursive: true, force: true });
  }
}

/** Committed on a kiosk → ticket on the kitchen display page (epoch ms on both sides: one machine, one clock). */
async function screenLatency(root: string): Promise<number[]> {
  const hub = await startKioskProcess("hub", ["--port", "0", "--data", join(root, "hub-screen"), "--secret", SECRET], {});
  const kiosks = Array.from({ length: KIOSKS }, (_, i) => {
    const store = OrderStore.open({ dataDir: join(root, `screen-kiosk-${i}`), deliver: true, numberPlan: { slot: i, first: 101 + 200 * i, last: 299 + 200 * i } });
    const delivery = new OutboxDelivery(store, { url: hubOrdersUrl({ KIOSK_HUB_URL: hub.url })!, secret: SECRET });
    delivery.start();
    return { store, delivery };
  });
  const profile = tempDir("kiosk-bench-chromium-");
  const context = await chromium.launchPersistentContext(profile, { ...chromiumLaunch(), headless: true, args: CHROMIUM_ARGS });
  try {
    const page = context.pages()[0] ?? (await context.newPage());
    // Note the wall-clock time each ticket first appears.
    await page.addInitScript(() => {
      const seen: Record<string, number> = {};
      (window as unknown as { __seen: typeof seen }).__seen = seen;
      new MutationObserver(() => {
        const now = Date.now();
        for (const t of document.querySelectorAll<HTMLElement>(".ticket[data-number]")) seen[t.dataset.number!] ??= now;
      }).observe(document, { childList: true, subtree: true });
    });
    await page.goto(`${hub.url}/kds`);
    await page.waitForSelector("#link.ok");
    const placed: { number: number; id: string; at: number }[] = [];
    for (let i = 0; i < SCREEN_ORDERS; i++) {
      const k = kiosks[i % KIOSKS]!;
      const at = Date.now();
      const o = k.store.placeSync({ cart, lang: "ko", menu });
      placed.push({ number: o.number, id: o.id, at });
      await page.waitForFunction((n) => (window as unknown as { __seen: Record<string, number> }).__seen[n] !== undefined, String(o.number), { timeout: 10_000 });
      // The cook bumps it, as in a kitchen: few tickets are open at a time.
      await fetch(`${hub.url}/api/orders/${o.id}/ready`, { method: "POST", headers: { "content-type": "application/json" }, body: "{}" });
      await new Promise((r) => setTimeout(r, SCREEN_INTERVAL_MS));
    }
    const seen = await page.evaluate(() => (window as unknown as { __seen: Record<string, number> }).__seen);
    return placed.map((p) => seen[String(p.number)]! - p.at);
  } finally {
    await context.close();
    rmSync(profile, { recursive: true, force: true });
    for (const k of kiosks) {
      await k.delivery.stop();
      k.store.close();
    }
    await hub.stop();
  }
}
