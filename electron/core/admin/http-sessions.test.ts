// Staff cannot be pushed out of the admin screen by someone sending requests
// without the PIN: unlocked sessions are never evicted, new sessions are capped
// and rate-limited per client; and the admin route's own input checks.
import { afterEach, describe, expect, it } from "vitest";
import { createServer, type IncomingMessage } from "node:http";
import type { AddressInfo } from "node:net";
import { rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { loadMenuFile, MenuHolder } from "../menu/load.ts";
import { tempDir, testMenuJson } from "../orders/test-fixtures.ts";
import { BackOffice } from "./back-office.ts";
import { ADMIN_API_PATH, ADMIN_SESSION_HEADER, adminHttpRoute, adminReachable } from "./http-route.ts";
import { AdminSessionTable } from "./http-sessions.ts";
import { environmentOnlySecretBox } from "./secrets.ts";

const cleanup: (() => unknown)[] = [];
afterEach(async () => {
  for (const c of cleanup.splice(0).reverse()) await c();
});

async function office() {
  const dir = tempDir("kiosk-sessions-");
  cleanup.push(() => rmSync(dir, { recursive: true, force: true }));
  writeFileSync(join(dir, "menu.json"), JSON.stringify(testMenuJson));
  const back = new BackOffice({ dataDir: join(dir, "data"), baseEnv: { KIOSK_ADMIN_PIN: "2580" }, menu: new MenuHolder(await loadMenuFile(join(dir, "menu.json"))), secretBox: environmentOnlySecretBox() });
  cleanup.push(() => back.close(0));
  return back;
}

describe("AdminSessionTable", () => {
  it("never evicts an unlocked session, however many sessions are opened after it", async () => {
    const back = await office();
    const clock = { now: 1_000_000 };
    const table = new AdminSessionTable(back.admin, { maxPerClient: 8, maxTotal: 64, newPerMinute: 12 }, () => clock.now);
    const staff = table.open("127.0.0.1");
    if (!staff.ok) throw new Error(staff.message);
    expect(await staff.session.handle({ type: "unlock", pin: "2580" })).toMatchObject({ type: "unlocked" });
    // The attack from the issue: 51+ sessions without a PIN while staff read the screen (idle, still unlocked).
    for (let i = 0; i < 100; i++) {
      clock.now += 1_000;
      table.open("127.0.0.1");
    }
    expect(table.get(staff.id)).toBe(staff.session);
    expect(await staff.session.handle({ type: "stats" })).toMatchObject({ type: "stats" });
    // And kept up for most of an hour while staff keep working.
    for (let i = 0; i < 500; i++) {
      clock.now += 6_000;
      table.open("127.0.0.1");
      expect(await staff.session.handle({ type: "stats" })).toMatchObject({ type: "stats" });
    }
    expect(table.get(staff.id)).toBe(staff.session);
    expect(table.size).toBeLessThanOrEqual(8);
  });

  it("rate-limits new sessions per client, and another client is not affected", async () => {
    const back = await office();
    const clock = { now: 1_000_000 };
    const table = new AdminSessionTable(back.admin, { maxPerClient: 8, maxTotal: 64, newPerMinute: 3 }, () => clock.now);
    expect([1, 2, 3, 4].map(() => table.open("10.0.0.9").ok)).toEqual([true, true, true, false]);
    expect(table.open("127.0.0.1").ok).toBe(true);
    clock.now += 60_000;
    expect(table.open("10.0.0.9").ok).toBe(true);
  });

  it("refuses a new session rather than evict when a client's sessions are all unlocked", async () => {
    const back = await office();
    const table = new AdminSessionTable(back.admin, { maxPerClient: 2, maxTotal: 64, newPerMinute: 10 });
    for (let i = 0; i < 2; i++) {
      const r = table.open("127.0.0.1");
      if (!r.ok) throw new Error(r.message);
      await r.session.handle({ type: "unlock", pin: "2580" });
    }
    expect(table.open("127.0.0.1")).toMatchObject({ ok: false, status: 429 });
  });
});

describe("adminHttpRoute", () => {
  it("answers a malformed percent-encoding in the ticket path with 400, not 500", async () => {
    const back = await office();
    const route = adminHttpRoute(back.admin);
    const server = createServer((req, res) => {
      void route(req, res, new URL(req.url ?? "/", "http://x")).then((handled) => {
        if (!handled) res.writeHead(404).end();
      });
    });
    await new Promise<void>((r) => server.listen(0, "127.0.0.1", r));
    cleanup.push(() => new Promise<void>((r) => server.close(() => r())));
    const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    const unlock = await fetch(`${base}${ADMIN_API_PATH}`, { method: "POST", headers: { "content-type": "application/json" }, body: '{"type":"unlock","pin":"2580"}' });
    const session = unlock.headers.get(ADMIN_SESSION_HEADER)!;
    expect((await fetch(`${base}/admin/ticket/%E0?session=${session}`)).status).toBe(400);
    expect((await fetch(`${base}/admin/ticket/%E0%A4%A?session=${session}`)).status).toBe(400);
    expect((await fetch(`${base}/admin/ticket/nope?session=${session}`)).status).toBe(404);
  });

  it.each([
    ["127.0.0.1", false, true],
    ["::1", false, true],
    ["::ffff:127.0.0.1", false, true],
    ["192.168.0.31", false, false],
    ["::ffff:192.168.0.31", false, false],
    ["192.168.0.31", true, true],
  ])("from %s (TLS %s): reachable %s", (remoteAddress, encrypted, ok) => {
    expect(adminReachable({ socket: { remoteAddress, encrypted } } as unknown as IncomingMessage)).toBe(ok);
  });
});
