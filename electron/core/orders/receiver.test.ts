import { afterEach, describe, expect, it } from "vitest";
import { appendFileSync, readFileSync, rmSync } from "node:fs";
import { join } from "node:path";
import { OrderReceiver } from "./receiver.ts";
import { HEADER_IDEMPOTENCY_KEY, HEADER_SIGNATURE, HEADER_TIMESTAMP, sign, verify } from "./signing.ts";
import { tempDir } from "./test-fixtures.ts";

const SECRET = "s3cret";
const receivers: OrderReceiver[] = [];
const dirs: string[] = [];
afterEach(async () => {
  for (const r of receivers.splice(0)) await r.close();
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});

async function start(opts: Partial<ConstructorParameters<typeof OrderReceiver>[0]> = {}) {
  const r = new OrderReceiver({ secret: SECRET, ...opts });
  receivers.push(r);
  const url = await r.listen(0);
  return { r, url };
}

function delivery(order: Record<string, unknown>, o: { secret?: string; tsMs?: number; key?: string; tamper?: (body: string) => string } = {}) {
  const body = JSON.stringify(order);
  const ts = o.tsMs ?? Date.now();
  return {
    method: "POST",
    headers: {
      "content-type": "application/json",
      [HEADER_IDEMPOTENCY_KEY]: o.key ?? String(order.id),
      [HEADER_TIMESTAMP]: String(ts),
      [HEADER_SIGNATURE]: sign(o.secret ?? SECRET, ts, body),
    },
    body: o.tamper ? o.tamper(body) : body,
  };
}

describe("verify", () => {
  const body = '{"id":"a"}';
  const now = 1_750_000_000_000;
  it.each([
    ["a good signature", { signature: sign(SECRET, now, body), timestamp: String(now) }, body, { ok: true, timestampMs: now }],
    ["a signature made with another secret", { signature: sign("other", now, body), timestamp: String(now) }, body, { ok: false, reason: "bad-signature" }],
    ["a tampered body", { signature: sign(SECRET, now, body), timestamp: String(now) }, '{"id":"b"}', { ok: false, reason: "bad-signature" }],
    ["a timestamp changed after signing", { signature: sign(SECRET, now, body), timestamp: String(now + 1) }, body, { ok: false, reason: "bad-signature" }],
    ["a stale timestamp", { signature: sign(SECRET, now - 6 * 60_000, body), timestamp: String(now - 6 * 60_000) }, body, { ok: false, reason: "stale" }],
    ["a timestamp from the future", { signature: sign(SECRET, now + 6 * 60_000, body), timestamp: String(now + 6 * 60_000) }, body, { ok: false, reason: "stale" }],
    ["no signature", { signature: undefined, timestamp: String(now) }, body, { ok: false, reason: "missing-signature" }],
    ["a garbage signature", { signature: "v1=zz", timestamp: String(now) }, body, { ok: false, reason: "bad-signature" }],
    ["a signature without version", { signature: sign(SECRET, now, body).slice(3), timestamp: String(now) }, body, { ok: false, reason: "bad-signature" }],
    ["a non-numeric timestamp", { signature: sign(SECRET, now, body), timestamp: "yesterday" }, body, { ok: false, reason: "bad-timestamp" }],
  ])("%s", (_name, headers, b, expected) => {
    expect(verify(SECRET, headers, b, now)).toEqual(expected);
  });
});

describe("OrderReceiver over HTTP", () => {
  it("keeps a good delivery, answers a duplicate with 2xx and keeps it once", async () => {
    const seen: string[] = [];
    const { r, url } = await start({ onOrder: (o) => seen.push(o.key) });
    const order = { id: "o-1", number: 7, lines: [] };
    const first = await fetch(url, delivery(order));
    expect(first.status).toBe(200);
    expect(await first.json()).toEqual({ ok: true });
    const again = await fetch(`${url}/orders`, delivery(order));
    expect(again.status).toBe(200);
    expect(await again.json()).toEqual({ ok: true, duplicate: true });
    expect(seen).toEqual(["o-1"]);
    const list = (await (await fetch(`${url}/orders`)).json()) as { orders: { key: string; order: unknown }[]; stats: unknown };
    expect(list.orders.map((o) => o.key)).toEqual(["o-1"]);
    expect(list.orders[0]!.order).toEqual(order);
    expect(list.stats).toEqual({ accepted: 1, duplicates: 1, rejected: 0 });
    expect(r.received).toHaveLength(1);
  });

  it.each([
    ["a bad signature", delivery({ id: "x" }, { secret: "wrong" }), 401, /bad-signature/],
    ["a stale timestamp", delivery({ id: "x" }, { tsMs: Date.now() - 10 * 60_000 }), 401, /stale/],
    ["a tampered body", delivery({ id: "x", total: 100 }, { tamper: (b) => b.replace("100", "1") }), 401, /bad-signature/],
    ["a key that is not the order's id", delivery({ id: "x" }, { key: "y" }), 400, /does not match/],
    ["a body that is not JSON", (() => {
      const ts = Date.now();
      return { method: "POST", headers: { [HEADER_IDEMPOTENCY_KEY]: "x", [HEADER_TIMESTAMP]: String(ts), [HEADER_SIGNATURE]: sign(SECRET, ts, "{not json") }, body: "{not json" };
    })(), 400, /not JSON/],
    ["no headers at all", { method: "POST", body: "{}" }, 401, /missing-signature/],
  ])("refuses %s and keeps nothing", async (_name, init, status, message) => {
    const { r, url } = await start();
    const res = await fetch(url, init);
    expect(res.status).toBe(status);
    expect(((await res.json()) as { error: string }).error).toMatch(message);
    expect(r.received).toEqual([]);
    expect(r.stats.rejected).toBe(1);
  });

  it("refuses an oversized body", async () => {
    const { url } = await start({ maxBodyBytes: 1000 });
    const res = await fetch(url, delivery({ id: "big", pad: "x".repeat(5000) }));
    expect(res.status).toBe(413);
  });

  it("with a store file: remembers orders across restarts, so a redelivery after a restart is still a duplicate", async () => {
    const dir = tempDir();
    dirs.push(dir);
    const storeFile = join(dir, "received.jsonl");
    const a = await start({ storeFile });
    await fetch(a.url, delivery({ id: "o-1" }));
    await fetch(a.url, delivery({ id: "o-2" }));
    await a.r.close();
    receivers.splice(receivers.indexOf(a.r), 1);
    appendFileSync(storeFile, '{"key":"o-3","recei'); // a line torn by a crash mid-write
    const b = await start({ storeFile });
    expect(b.r.skippedLines).toBe(1);
    expect(b.r.received.map((o) => o.key)).toEqual(["o-1", "o-2"]);
    const dup = await fetch(b.url, delivery({ id: "o-2" }));
    expect(await dup.json()).toEqual({ ok: true, duplicate: true });
    await fetch(b.url, delivery({ id: "o-3" }));
    const keys = readFileSync(storeFile, "utf8")
      .split("\n")
      .filter((l) => l.startsWith("{") && l.endsWith("}"))
      .map((l) => (JSON.parse(l) as { key: string }).key);
    expect(keys).toEqual(["o-1", "o-2", "o-3"]);
  });

  it("answers unknown paths with 404", async () => {
    const { url } = await start();
    expect((await fetch(`${url}/nope`)).status).toBe(404);
  });
});
