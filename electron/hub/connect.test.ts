// The store hub set on a kiosk's admin screen (Electron's sealed secrets): delivery
// switches to the hub at once and the kiosk pairs without a restart; clearing the URL
// leaves the hub.
import { afterEach, describe, expect, it } from "vitest";
import { readFileSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import type { AdminReply } from "../../shared/admin-contract.ts";
import { BackOffice } from "../core/admin/back-office.ts";
import { aesTestSecretBox } from "../core/admin/test-secret-box.ts";
import { loadMenuFile, MenuHolder } from "../core/menu/load.ts";
import { sampleCart, tempDir, testMenuJson } from "../core/orders/test-fixtures.ts";
import { connectToHub, type HubConnection } from "./connect.ts";
import { HubServer } from "./hub-server.ts";
import { HubStore } from "./hub-store.ts";

const cleanup: (() => unknown)[] = [];
afterEach(async () => {
  for (const f of cleanup.splice(0).reverse()) await f();
});

async function until<T>(what: string, fn: () => T | undefined | false, timeoutMs = 5000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const v = fn();
    if (v !== undefined && v !== false) return v;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 20));
  }
}

describe("store hub settings on the admin screen", () => {
  it("take effect at once: the kiosk pairs, numbers in its block and delivers to the hub", async () => {
    const dir = tempDir("hub-connect-");
    cleanup.push(() => rmSync(dir, { recursive: true, force: true }));
    const hubStore = new HubStore({ dataDir: join(dir, "hub") });
    const hub = new HubServer({ store: hubStore, secret: "from-admin" });
    const hubUrl = await hub.listen(0);
    cleanup.push(async () => {
      await hub.close();
      hubStore.close();
    });

    const menuFile = join(dir, "menu.json");
    writeFileSync(menuFile, JSON.stringify(testMenuJson));
    const holder = new MenuHolder(await loadMenuFile(menuFile));
    const ref: { link?: HubConnection } = {};
    const office = new BackOffice({
      dataDir: join(dir, "kiosk"),
      baseEnv: { KIOSK_ADMIN_PIN: "2580" },
      menu: holder,
      secretBox: aesTestSecretBox(),
      delivery: { baseDelayMs: 30, maxDelayMs: 200 },
      onEnvChanged: (env) => ref.link?.reconfigure(env),
    });
    cleanup.push(() => office.close(0));
    const link = connectToHub(office, holder, office.effectiveEnv(), () => {});
    ref.link = link;
    cleanup.push(() => link.close());
    expect(link.client).toBeUndefined();

    const session = office.admin.openSession();
    await session.handle({ type: "unlock", reqId: "1", pin: "2580" });
    // The URL alone would not start the kiosk (deliveries are signed): refused with the reason.
    const early = await session.handle({ type: "updateSettings", reqId: "2", patch: { hubUrl } });
    expect(early).toMatchObject({ type: "error", message: expect.stringMatching(/KIOSK_HUB_SECRET is required/) });
    await session.handle({ type: "setSecret", reqId: "3", name: "hubSecret", value: "from-admin" });
    const r = (await session.handle({ type: "updateSettings", reqId: "2", patch: { hubUrl } })) as Extract<AdminReply, { type: "settings" }>;
    expect(r.settings).toMatchObject({ hubUrl, hubSecretSet: true });
    expect(r.settings.sources).toMatchObject({ KIOSK_HUB_URL: "settings", KIOSK_HUB_SECRET: "settings" });
    expect(readFileSync(join(dir, "kiosk", "settings.json"), "utf8")).not.toContain("from-admin");

    await until("paired", () => link.client?.plan);
    await until("online", () => link.client?.link === "online");
    expect(office.admin.warnings().join("\n")).not.toMatch(/store hub/);
    const placed = await office.sink.place({ cart: sampleCart(holder.current.model), lang: "ko", menu: holder.current.model });
    expect(placed.number).toBe(101);
    await until("the order at the hub", () => hubStore.get(placed.id));

    // The hub goes away: the admin screen says so.
    await hub.close();
    await until("offline", () => link.client?.link === "offline");
    expect(office.admin.warnings().join("\n")).toMatch(/the store hub http:\/\/127\.0\.0\.1:\d+ is unreachable: orders are kept here/);

    await session.handle({ type: "updateSettings", reqId: "4", patch: { hubUrl: null } });
    expect(link.client).toBeUndefined();
    expect(office.admin.warnings().join("\n")).not.toMatch(/store hub/);
  });
});
