import { afterEach, describe, expect, it } from "vitest";
import { createServer as createHttpServer, type Server } from "node:http";
import { createServer as createTcpServer, type Socket } from "node:net";
import type { AddressInfo } from "node:net";
import { rmSync } from "node:fs";
import { join } from "node:path";
import { backoffDelayMs, type DeliveryEvent } from "./outbox.ts";
import { OrderReceiver } from "./receiver.ts";
import { OrderService } from "./service.ts";
import { sampleCart, tempDir, testMenu } from "./test-fixtures.ts";

const SECRET = "kitchen-secret";
const menu = testMenu();
const cleanup: (() => Promise<void> | void)[] = [];
afterEach(async () => {
  for (const c of cleanup.splice(0).reverse()) await c();
});

function newDir(): string {
  const d = tempDir();
  cleanup.push(() => rmSync(d, { recursive: true, force: true }));
  return d;
}

async function freePort(): Promise<number> {
  const s = createTcpServer();
  await new Promise<void>((r) => s.listen(0, "127.0.0.1", r));
  const port = (s.address() as AddressInfo).port;
  await new Promise<void>((r) => s.close(() => r()));
  return port;
}

async function startReceiver(port = 0, storeFile?: string): Promise<OrderReceiver> {
  const r = new OrderReceiver({ secret: SECRET, ...(storeFile ? { storeFile } : {}) });
  await r.listen(port);
  cleanup.push(() => r.close());
  return r;
}

function openService(dataDir: string, url: string, events: DeliveryEvent[] = [], delivery: Record<string, unknown> = {}): OrderService {
  const s = OrderService.open({
    dataDir,
    env: { KIOSK_WEBHOOK_URL: url, KIOSK_WEBHOOK_SECRET: SECRET },
    delivery: { baseDelayMs: 40, maxDelayMs: 300, attemptTimeoutMs: 1000, onEvent: (e) => events.push(e), ...delivery },
  });
  cleanup.push(async () => {
    if (!s.store.isClosed) await s.close();
  });
  return s;
}

const place = (s: OrderService) => s.store.place({ cart: sampleCart(menu), lang: "ko", menu });

describe("backoffDelayMs", () => {
  it.each([
    // failed attempts, random → delay with base 1000, cap 60000
    [1, 0, 500],
    [1, 1, 1000],
    [2, 0.5, 1500],
    [3, 0, 2000],
    [3, 1, 4000],
    [10, 1, 60_000],
    [40, 0, 30_000],
  ])("after %i failures with random %f waits %i ms", (n, rnd, ms) => {
    expect(backoffDelayMs(n, 1000, 60_000, () => rnd)).toBe(ms);
  });
});

describe("outbox delivery to a real receiver", () => {
  it("keeps retrying while the receiver is down; once it is back every order arrives exactly once", async () => {
    const port = await freePort();
    const url = `http://127.0.0.1:${port}/orders`;
    const events: DeliveryEvent[] = [];
    const service = openService(newDir(), url, events);
    const ids: string[] = [];
    for (let i = 0; i < 30; i++) ids.push((await place(service)).id);
    // Down for a while: attempts fail and back off (every order at least 3 times).
    const failuresOf = (id: string) => events.filter((e) => e.type === "failed" && e.orderId === id).length;
    await waitFor(() => ids.every((id) => failuresOf(id) >= 3), 20_000);
    const failures = events.filter((e) => e.type === "failed");
    expect(failures.every((e) => e.type === "failed" && /ECONNREFUSED|fetch failed/.test(e.error))).toBe(true);
    const retries = failures.filter((e) => e.type === "failed" && e.orderId === ids[0]).map((e) => (e as { retryInMs: number }).retryInMs);
    expect(retries.length).toBeGreaterThan(1);
    retries.forEach((ms, i) => {
      const exp = Math.min(300, 40 * 2 ** i);
      expect(ms).toBeGreaterThanOrEqual(exp / 2);
      expect(ms).toBeLessThanOrEqual(exp);
    });
    // (its status flips between failed and sent as attempts come and go; the failure stays recorded)
    expect(service.store.get(ids[0]!)!.failedAtMs).not.toBeNull();
    expect(service.store.delivery(ids[0]!)!.lastError).toMatch(/ECONNREFUSED|fetch failed/);

    const receiver = await startReceiver(port, join(newDir(), "received.jsonl"));
    for (let i = 0; i < 20; i++) ids.push((await place(service)).id);
    expect(await service.delivery!.flush(10_000)).toBe(0);

    const keys = receiver.received.map((r) => r.key);
    expect(new Set(keys).size).toBe(keys.length);
    expect(keys.sort()).toEqual([...ids].sort());
    for (const id of ids) {
      const o = service.store.get(id)!;
      expect(o.status).toBe("acknowledged");
      expect(o.acknowledgedAtMs).not.toBeNull();
      expect(service.store.delivery(id)!.state).toBe("done");
    }
    // What arrived is the order as stored, signed and intact.
    const first = receiver.received.find((r) => r.key === ids[0])!.order as { number: number; total: number; lines: { name: { en: string } }[] };
    expect(first.number).toBe(1);
    expect(first.total).toBe(16600);
    expect(first.lines[0]!.name.en).toBe("Americano");
  });

  it("picks up what an earlier run left undelivered", async () => {
    const port = await freePort();
    const url = `http://127.0.0.1:${port}/`;
    const dir = newDir();
    const first = openService(dir, url);
    const ids = [(await place(first)).id, (await place(first)).id];
    expect(await first.close(200)).toBe(2);

    const receiver = await startReceiver(port);
    const second = openService(dir, url);
    expect(await second.delivery!.flush(5000)).toBe(0);
    expect(receiver.received.map((r) => r.key).sort()).toEqual([...ids].sort());
  });

  it("a webhook answering garbage does not block ordering and is retried until it answers 2xx", async () => {
    let mode: "garbage" | "500" | "ok" = "garbage";
    const receiver = new OrderReceiver({ secret: SECRET });
    const sockets = new Set<Socket>();
    // A raw TCP server: garbage bytes instead of HTTP, then a 500, then a real receiver's answer.
    const http: Server = createHttpServer((req, res) => receiver.server.emit("request", req, res));
    const tcp = createTcpServer((sock) => {
      sockets.add(sock);
      sock.on("close", () => sockets.delete(sock));
      if (mode === "garbage") {
        sock.once("data", () => sock.end("\x00\x13garbage\r\n\r\nnot http at all"));
        return;
      }
      if (mode === "500") {
        sock.once("data", () => sock.end("HTTP/1.1 500 Internal Server Error\r\ncontent-length: 5\r\nconnection: close\r\n\r\noops!"));
        return;
      }
      http.emit("connection", sock);
    });
    await new Promise<void>((r) => tcp.listen(0, "127.0.0.1", r));
    cleanup.push(async () => {
      for (const s of sockets) s.destroy();
      await new Promise<void>((r) => tcp.close(() => r()));
    });
    const url = `http://127.0.0.1:${(tcp.address() as AddressInfo).port}/`;
    const events: DeliveryEvent[] = [];
    const service = openService(newDir(), url, events, { concurrency: 1 });

    const placed = [];
    for (let i = 0; i < 5; i++) placed.push(await place(service));
    expect(placed.map((p) => p.number)).toEqual([1, 2, 3, 4, 5]);
    await waitFor(() => events.filter((e) => e.type === "failed").length >= 3);
    const garbageErrors = events.filter((e) => e.type === "failed").map((e) => (e as { error: string }).error);
    expect(garbageErrors[0]).toMatch(/fetch failed|HPE|parse|socket|other side closed/i);
    mode = "500";
    await waitFor(() => events.some((e) => e.type === "failed" && e.error === "HTTP 500"));
    mode = "ok";
    expect(await service.delivery!.flush(5000)).toBe(0);
    expect(receiver.received.map((r) => r.key).sort()).toEqual(placed.map((p) => p.id).sort());
  });

  it("a webhook that hangs times out per attempt, never blocks ordering, and stopping does not wait for it", async () => {
    const held: Socket[] = [];
    const tcp = createTcpServer((sock) => held.push(sock)); // accepts, never answers
    await new Promise<void>((r) => tcp.listen(0, "127.0.0.1", r));
    cleanup.push(async () => {
      for (const s of held) s.destroy();
      await new Promise<void>((r) => tcp.close(() => r()));
    });
    const events: DeliveryEvent[] = [];
    const service = openService(newDir(), `http://127.0.0.1:${(tcp.address() as AddressInfo).port}/`, events, { attemptTimeoutMs: 150 });
    const first = await place(service);
    await waitFor(() => events.some((e) => e.type === "failed"));
    expect(events.find((e) => e.type === "failed")).toMatchObject({ orderId: first.id, error: "no answer within 150 ms" });
    // Ordering goes on while delivery is stuck.
    const more = [];
    for (let i = 0; i < 10; i++) more.push((await place(service)).number);
    expect(more).toEqual([2, 3, 4, 5, 6, 7, 8, 9, 10, 11]);
    const t0 = Date.now();
    expect(await service.close(0)).toBe(11);
    expect(Date.now() - t0).toBeLessThan(3000);
  });

  it("a resent order reaches the receiver again and is recognised as a duplicate", async () => {
    const receiver = await startReceiver();
    const url = `http://127.0.0.1:${(receiver.server.address() as AddressInfo).port}/`;
    const service = openService(newDir(), url);
    const order = await place(service);
    expect(await service.delivery!.flush(5000)).toBe(0);
    expect(service.delivery!.resend(order.id)).toBe(true);
    expect(service.delivery!.resend("no-such-order")).toBe(false);
    expect(await service.delivery!.flush(5000)).toBe(0);
    expect(receiver.stats).toEqual({ accepted: 1, duplicates: 1, rejected: 0 });
    expect(service.store.get(order.id)!.status).toBe("acknowledged");
  });

  it("a receiver with another secret refuses deliveries; the order stays queued as failed", async () => {
    const receiver = new OrderReceiver({ secret: "not-the-same" });
    const url = await receiver.listen(0);
    cleanup.push(() => receiver.close());
    const events: DeliveryEvent[] = [];
    // A long backoff, so no retry is under way while the state is checked.
    const service = openService(newDir(), url, events, { baseDelayMs: 60_000, maxDelayMs: 60_000 });
    const order = await place(service);
    await waitFor(() => events.some((e) => e.type === "failed"));
    expect(events[0]).toMatchObject({ type: "failed", error: "HTTP 401" });
    expect(service.store.get(order.id)!.status).toBe("failed");
    expect(service.store.delivery(order.id)!.state).toBe("pending");
    expect(receiver.received).toEqual([]);
  });

  it("delivers to a receiver whose clock is 7 min ahead: the refused first attempt teaches the kiosk the receiver's time", async () => {
    const receiver = new OrderReceiver({ secret: SECRET, now: () => Date.now() + 7 * 60_000 });
    const url = await receiver.listen(0);
    cleanup.push(() => receiver.close());
    const events: DeliveryEvent[] = [];
    const service = openService(newDir(), url, events);
    const order = await place(service);
    await waitFor(() => events.some((e) => e.type === "delivered"));
    expect(events.filter((e) => e.type === "failed").map((e) => (e as { error: string }).error)).toEqual([
      "HTTP 401 (the receiver's clock is 7 min ahead of this machine's: the next attempts sign with its time)",
    ]);
    expect(receiver.received.map((r) => r.key)).toEqual([order.id]);
    // Later orders go through at the first attempt.
    const next = await place(service);
    await waitFor(() => receiver.received.length === 2);
    expect(events.filter((e) => e.type === "failed")).toHaveLength(1);
    expect(receiver.received[1]!.key).toBe(next.id);
  });

  it("without a secret, orders are queued but not sent", async () => {
    const service = OrderService.open({ dataDir: newDir(), env: { KIOSK_WEBHOOK_URL: "http://127.0.0.1:9/" } });
    cleanup.push(async () => {
      await service.close();
    });
    const order = await place(service);
    expect(service.delivery).toBeUndefined();
    expect(service.deliveryNote).toMatch(/secret missing/);
    expect(service.store.delivery(order.id)!.state).toBe("pending");
  });
});

async function waitFor(cond: () => boolean, timeoutMs = 5000): Promise<void> {
  const end = Date.now() + timeoutMs;
  while (!cond()) {
    if (Date.now() > end) throw new Error("condition not met in time");
    await new Promise((r) => setTimeout(r, 10));
  }
}

describe("retryNow", () => {
  it("sends orders waiting for a far-off retry at once when the receiver is known to be back", async () => {
    const port = await freePort();
    const events: DeliveryEvent[] = [];
    // The first attempt fails (nothing listens); the next try is a minute away.
    const s = openService(newDir(), `http://127.0.0.1:${port}/`, events, { baseDelayMs: 60_000, maxDelayMs: 60_000 });
    const order = await place(s);
    const deadline = Date.now() + 5000;
    while (!events.some((e) => e.type === "failed") && Date.now() < deadline) await new Promise((r) => setTimeout(r, 20));
    expect(events.some((e) => e.type === "failed")).toBe(true);
    const r = await startReceiver(port);
    expect(s.delivery!.retryNow()).toBe(1);
    expect(await s.delivery!.flush(3000)).toBe(0);
    expect(r.has(order.id)).toBe(true);
  });
});
