// Order store throughput: orders per second sustained through OrderStore.place()
// (snapshot + one synchronous transaction with synchronous=FULL, queued for
// delivery as in production), per-order latency, and database size per 10,000 orders.
import { rmSync, statSync } from "node:fs";
import { join } from "node:path";
import type { BenchResult } from "./run.ts";
import { median, summarize } from "./stats.ts";
import { OrderStore } from "../electron/core/orders/store.ts";
import { cartOf, tempDir, testMenu } from "../electron/core/orders/test-fixtures.ts";
import type { CartView } from "../shared/cart.ts";

const RUNS = 5;
const ORDERS_PER_RUN = 2000;
const SIZE_ORDERS = 10_000;

const menu = testMenu();
// A realistic mix: 1–3 lines, options of every kind, some order options.
const carts: CartView[] = Array.from({ length: 50 }, (_, i) =>
  cartOf(menu, [
    { type: "add", item: "americano", qty: 1 + (i % 3), options: { temp: i % 2 ? "iced" : "hot", shots: i % 4, syrup: i % 5 === 0 ? ["vanilla", "caramel"] : [] } },
    ...(i % 2 ? [{ type: "add" as const, item: "smoothie", qty: 1, options: { size: i % 4 ? "small" : "large" } }] : []),
    ...(i % 3 ? [{ type: "add" as const, item: "cheesecake", qty: 1 }] : []),
    ...(i % 4 === 0 ? [{ type: "setOrderOption" as const, group: "dining", value: "togo" }] : []),
  ]),
);

function fill(store: OrderStore, n: number, latencies?: number[]): number {
  const t0 = performance.now();
  for (let i = 0; i < n; i++) {
    const s = performance.now();
    store.placeSync({ cart: carts[i % carts.length]!, lang: i % 2 ? "ko" : "en", menu });
    latencies?.push(performance.now() - s);
  }
  return performance.now() - t0;
}

export async function run(): Promise<BenchResult> {
  const rates: number[] = [];
  const latencies: number[] = [];
  for (let r = 0; r < RUNS; r++) {
    const dir = tempDir("kiosk-bench-orders-");
    const store = OrderStore.open({ dataDir: dir, deliver: true });
    try {
      const ms = fill(store, ORDERS_PER_RUN, latencies);
      rates.push((ORDERS_PER_RUN / ms) * 1000);
    } finally {
      store.close();
      rmSync(dir, { recursive: true, force: true });
    }
  }

  const dir = tempDir("kiosk-bench-orders-size-");
  const store = OrderStore.open({ dataDir: dir, deliver: true });
  let sizeMb: number;
  try {
    fill(store, SIZE_ORDERS);
    store.db.pragma("wal_checkpoint(TRUNCATE)");
    sizeMb = statSync(join(dir, "orders.sqlite")).size / 1024 / 1024;
  } finally {
    store.close();
    rmSync(dir, { recursive: true, force: true });
  }

  const place = summarize(latencies);
  return {
    ordersPerSecond: Math.round(median(rates)),
    ordersPerSecondRuns: rates.map((x) => Math.round(x)).join(", "),
    placeMedianMs: place.medianMs,
    placeP95Ms: place.p95Ms,
    placeP99Ms: place.p99Ms,
    dbMbPer10kOrders: Number(sizeMb.toFixed(2)),
    note: `${RUNS} runs × ${ORDERS_PER_RUN} orders, synchronous=FULL WAL, with outbox row; size after checkpoint, ${SIZE_ORDERS} orders`,
  };
}
