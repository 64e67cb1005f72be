import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { createServer } from "node:net";
import type { AddressInfo } from "node:net";
import Database from "better-sqlite3";
import { OrderReceiver } from "../core/orders/receiver.ts";
import { sampleCart, tempDir, testMenu } from "../core/orders/test-fixtures.ts";
import { openOrderSinkForCli } from "./order-sink.ts";

const menu = testMenu();
const saved = { ...process.env };
let dir: string;
beforeEach(() => {
  dir = tempDir("kiosk-cli-sink-");
  process.env.KIOSK_DATA_DIR = join(dir, "data");
  process.env.KIOSK_DELIVERY_WAIT_MS = "3000";
  process.env.KIOSK_WEBHOOK_SECRET = "cli-secret";
});
afterEach(() => {
  process.env = { ...saved };
  rmSync(dir, { recursive: true, force: true });
});

async function freePort(): Promise<number> {
  const s = createServer();
  await new Promise<void>((r) => s.listen(0, "127.0.0.1", r));
  const port = (s.address() as AddressInfo).port;
  await new Promise<void>((r) => s.close(() => r()));
  return port;
}

describe("openOrderSinkForCli", () => {
  it("places orders durably in KIOSK_DATA_DIR and delivers them before the process exits", async () => {
    const receiver = new OrderReceiver({ secret: "cli-secret" });
    process.env.KIOSK_WEBHOOK_URL = await receiver.listen(0);
    try {
      const { sink, close } = await openOrderSinkForCli(menu);
      const placed = await sink.place({ cart: sampleCart(menu), lang: "ko", menu });
      expect(placed.number).toBe(1);
      await close();
      expect(receiver.received.map((r) => r.key)).toEqual([placed.id]);
      const db = new Database(join(dir, "data", "orders.sqlite"), { readonly: true });
      expect(db.prepare("SELECT number, status FROM orders").all()).toEqual([{ number: 1, status: "acknowledged" }]);
      db.close();
    } finally {
      await receiver.close();
    }
  });

  it("waits only a bounded time when the kitchen is down; the next start delivers what was left", async () => {
    const port = await freePort();
    process.env.KIOSK_WEBHOOK_URL = `http://127.0.0.1:${port}/`;
    process.env.KIOSK_DELIVERY_WAIT_MS = "400";
    const first = await openOrderSinkForCli(menu);
    const placed = await first.sink.place({ cart: sampleCart(menu), lang: "ko", menu });
    const t0 = Date.now();
    await first.close();
    expect(Date.now() - t0).toBeLessThan(2000);

    const receiver = new OrderReceiver({ secret: "cli-secret" });
    await receiver.listen(port);
    try {
      process.env.KIOSK_DELIVERY_WAIT_MS = "5000";
      const second = await openOrderSinkForCli(menu); // a later `kiosk converse` that places nothing
      await second.close();
      expect(receiver.received.map((r) => r.key)).toEqual([placed.id]);
    } finally {
      await receiver.close();
    }
  });

  it("a damaged database is one clear error, and nothing is overwritten", async () => {
    const { mkdirSync } = await import("node:fs");
    mkdirSync(join(dir, "data"), { recursive: true });
    writeFileSync(join(dir, "data", "orders.sqlite"), "x".repeat(5000));
    await expect(openOrderSinkForCli(menu)).rejects.toThrow(/orders\.sqlite is damaged/);
  });
});
