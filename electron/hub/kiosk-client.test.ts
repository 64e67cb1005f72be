// The kiosk's hub client against a real in-process hub over loopback HTTP: pairing
// and the number block, sold-out switches both ways, and catching up after the hub
// was away (switches flipped on either side meanwhile).
import { afterEach, describe, expect, it } from "vitest";
import { mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { MenuAdmin, menuFileFromSettings } from "../core/admin/menu-admin.ts";
import { SettingsStore } from "../core/admin/settings.ts";
import { MenuHolder } from "../core/menu/load.ts";
import { OrderStore } from "../core/orders/store.ts";
import { sampleCart, tempDir, testMenu, testMenuJson } from "../core/orders/test-fixtures.ts";
import { HubServer } from "./hub-server.ts";
import { HubStore } from "./hub-store.ts";
import { HubClient, soldOutChanges, soldOutMap } from "./kiosk-client.ts";
import { readPairing, readPairingFile } from "./pairing-file.ts";
import { pictureHash } from "./menu-pictures.ts";

const SECRET = "s";
const cleanup: (() => unknown)[] = [];
afterEach(async () => {
  for (const f of cleanup.splice(0).reverse()) await f();
});

async function startHub(dataDir: string, port = 0, clockAheadMs = 0) {
  const store = new HubStore({ dataDir, ...(clockAheadMs ? { now: () => Date.now() + clockAheadMs } : {}) });
  const server = new HubServer({ store, secret: SECRET });
  const url = await server.listen(port);
  const stop = async () => {
    await server.close();
    store.close();
  };
  cleanup.push(stop);
  return { store, server, url, port: Number(new URL(url).port), stop };
}

function kiosk(url: string, dataDir = tempDir("hub-client-"), log?: (line: string) => void) {
  const store = OrderStore.open({ dataDir });
  const menu = new MenuHolder({ model: testMenu(), file: "test.menu.json", baseDir: dataDir });
  const settings = new SettingsStore(dataDir);
  const menuAdmin = new MenuAdmin(menu, settings);
  // As connect.ts wires it: the menu staff imported here is the file the settings point at.
  const importedMenu = () => {
    const f = menuFileFromSettings(settings);
    return f ? readFileSync(f.file, "utf8") : undefined;
  };
  const client = new HubClient({ url, secret: SECRET, dataDir, store, menu, menuAdmin, importedMenu, undelivered: () => 3, heartbeatMs: 100, retryMaxMs: 200, ...(log ? { log } : {}) });
  client.start();
  const close = () => {
    client.close();
    store.close();
  };
  cleanup.push(close);
  cleanup.push(() => rmSync(dataDir, { recursive: true, force: true }));
  const place = () => store.placeSync({ cart: sampleCart(menu.current.model), lang: "ko", menu: menu.current.model }).number;
  return { store, menu, menuAdmin, client, dataDir, place, close };
}

async function until<T>(what: string, fn: () => T | undefined | false, timeoutMs = 5000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const v = fn();
    if (v !== undefined && v !== false) return v;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 20));
  }
}

describe("soldOutChanges", () => {
  it.each([
    [{ a: true }, { a: false, b: false }, [["a", true]]],
    [{ a: true }, { a: true }, []],
    [{ gone: true }, { a: false }, []],
    [{}, { a: true }, []],
  ])("hub %j over kiosk %j changes %j", (hub, local, changes) => {
    expect(soldOutChanges(hub, local)).toEqual(changes);
  });
});

describe("hub client", () => {
  it.each([
    ["8 min ahead of", 8 * 60_000],
    ["12 min behind", -12 * 60_000],
  ])("pairs and carries switches with a hub whose clock is %s the kiosk's (no time server in the store)", async (said, aheadMs) => {
    const hubDir = tempDir("hub-");
    cleanup.push(() => rmSync(hubDir, { recursive: true, force: true }));
    const hub = await startHub(hubDir, 0, aheadMs);
    const logs: string[] = [];
    const a = kiosk(hub.url, undefined, (l) => logs.push(l));
    await until("paired and online", () => a.client.plan && a.client.link === "online");
    expect(logs).toContain(`the store hub's clock is ${said} this kiosk's: signing with the hub's time`);
    a.menuAdmin.setSoldOut("americano", true);
    await until("the switch reached the hub", () => hub.store.soldOut().americano === true);
  });

  it("pairs, numbers orders in its block, and keeps the block for a start without the hub", async () => {
    const hubDir = tempDir("hub-");
    cleanup.push(() => rmSync(hubDir, { recursive: true, force: true }));
    const hub = await startHub(hubDir);
    const a = kiosk(hub.url);
    const b = kiosk(hub.url);
    await until("both paired", () => a.client.plan && b.client.plan);
    expect([a.place(), b.place(), a.place()].sort()).toEqual([101, 102, 301].sort());
    await until("check-in with the undelivered count", () => hub.store.kiosks().every((k) => k.undelivered === 3));
    // The hub goes away; kiosk B restarts and still numbers in its own block.
    await hub.stop();
    const dir = b.dataDir;
    b.client.close();
    b.store.close();
    expect(readPairing(dir)).toEqual({ slot: 1, first: 301, last: 499 });
    const store = OrderStore.open({ dataDir: dir });
    cleanup.push(() => store.close());
    const menu = new MenuHolder({ model: testMenu(), file: "t", baseDir: dir });
    const offline = new HubClient({ url: hub.url, secret: SECRET, dataDir: dir, store, menu, menuAdmin: new MenuAdmin(menu, new SettingsStore(dir)), undelivered: () => 0 });
    expect(store.numberPlan).toEqual({ slot: 1, first: 301, last: 499 });
    expect(store.placeSync({ cart: sampleCart(menu.current.model), lang: "ko", menu: menu.current.model }).number).toBe(302);
    offline.close();
  });

  it("carries sold-out switches both ways, and catches up on what changed while the hub was away", async () => {
    const hubDir = tempDir("hub-");
    cleanup.push(() => rmSync(hubDir, { recursive: true, force: true }));
    let hub = await startHub(hubDir);
    const a = kiosk(hub.url);
    const b = kiosk(hub.url);
    await until("both online", () => a.client.link === "online" && b.client.link === "online");

    // Flipped on kiosk A's admin → the hub → kiosk B's menu.
    a.menuAdmin.setSoldOut("americano", true);
    await until("B sees americano sold out", () => soldOutMap(b.menu).americano === true);
    expect(hub.store.soldOut()).toEqual({ americano: true });

    // Flipped on the hub's staff view → both kiosks.
    hub.store.setSoldOut("cheesecake", true, "staff");
    await until("both see cheesecake sold out", () => soldOutMap(a.menu).cheesecake && soldOutMap(b.menu).cheesecake);

    // The hub goes away. Meanwhile A brings americano back; the hub's data gets smoothie sold out.
    const port = hub.port;
    await hub.stop();
    await until("A notices", () => a.client.link === "offline");
    a.menuAdmin.setSoldOut("americano", false);
    const offlineStore = new HubStore({ dataDir: hubDir });
    offlineStore.setSoldOut("smoothie", true, "staff");
    offlineStore.close();

    hub = await startHub(hubDir, port);
    await until("hub has A's change", () => hub.store.soldOut().americano === false);
    await until("B caught up", () => {
      const m = soldOutMap(b.menu);
      return m.americano === false && m.smoothie === true && m.cheesecake === true;
    });
    await until("A caught up", () => soldOutMap(a.menu).smoothie === true);
    expect(soldOutMap(a.menu).americano).toBe(false);
  });

  it("takes the menu published on the hub, at once and after being away, and only once", async () => {
    const hubDir = tempDir("hub-");
    cleanup.push(() => rmSync(hubDir, { recursive: true, force: true }));
    let hub = await startHub(hubDir);
    const a = kiosk(hub.url);
    await until("online", () => a.client.link === "online");
    const withTea = structuredClone(testMenuJson);
    withTea.items.push({ id: "green-tea", category: "coffee", name: { ko: "녹차", en: "Green tea" }, price: 4500, optionGroups: [] } as unknown as (typeof withTea.items)[number]);
    hub.store.publishMenu(JSON.stringify(withTea), "staff");
    await until("A has green tea", () => a.menu.current.model.item("green-tea"));
    // A sold-out switch on the hub applies to the new menu's items too.
    hub.store.setSoldOut("green-tea", true, "staff");
    await until("green tea sold out on A", () => soldOutMap(a.menu)["green-tea"] === true);

    // Away while a newer menu is published: caught up on reconnect.
    const port = hub.port;
    await hub.stop();
    await until("A notices", () => a.client.link === "offline");
    const store = new HubStore({ dataDir: hubDir });
    const cheaper = structuredClone(withTea);
    cheaper.items[0]!.price = 3000;
    const published = store.publishMenu(JSON.stringify(cheaper), "staff");
    store.close();
    hub = await startHub(hubDir, port);
    await until("A has the new price", () => a.menu.current.model.item(cheaper.items[0]!.id)?.price === 3000);
    await until("the applied menu is remembered", () => readPairingFile(a.dataDir)?.menuHash === published.hash);

    // Restarting the hub does not make the kiosk take the same menu again.
    const versionsBefore = (hub.store.menu()!).version;
    await hub.stop();
    hub = await startHub(hubDir, port);
    await until("A back online", () => a.client.link === "online");
    await new Promise((r) => setTimeout(r, 200));
    expect(hub.store.menu()!.version).toBe(versionsBefore);
    expect(a.menu.current.model.item(cheaper.items[0]!.id)?.price).toBe(3000);
  });

  it("publishes a menu imported on one kiosk to the others, also one imported while the hub was away", async () => {
    const hubDir = tempDir("hub-");
    cleanup.push(() => rmSync(hubDir, { recursive: true, force: true }));
    let hub = await startHub(hubDir);
    const a = kiosk(hub.url);
    const b = kiosk(hub.url);
    await until("both online", () => a.client.link === "online" && b.client.link === "online");
    const first = structuredClone(testMenuJson);
    first.items[0]!.price = 4100;
    expect(a.menuAdmin.importText(JSON.stringify(first)).ok).toBe(true);
    await until("B has A's menu", () => b.menu.current.model.item(first.items[0]!.id)?.price === 4100);
    await new Promise((r) => setTimeout(r, 300));
    // Published once: B taking it does not send it back as a new version.
    expect(hub.store.menu()).toMatchObject({ version: 1 });

    const port = hub.port;
    await hub.stop();
    await until("B notices", () => b.client.link === "offline");
    const second = structuredClone(first);
    second.items[0]!.price = 4200;
    expect(b.menuAdmin.importText(JSON.stringify(second)).ok).toBe(true);
    hub = await startHub(hubDir, port);
    await until("A has B's menu", () => a.menu.current.model.item(second.items[0]!.id)?.price === 4200);
    expect(hub.store.menu()).toMatchObject({ version: 2 });
  });

  it("a menu imported on one kiosk reaches the others with its pictures, fetched before the menu goes live", async () => {
    const hubDir = tempDir("hub-");
    cleanup.push(() => rmSync(hubDir, { recursive: true, force: true }));
    const hub = await startHub(hubDir);
    const a = kiosk(hub.url);
    const bLogs: string[] = [];
    const b = kiosk(hub.url, undefined, (l) => bLogs.push(l));
    await until("both online", () => a.client.link === "online" && b.client.link === "online");
    // Staff on kiosk A add a picture to the americano (the editor stores it next to the menu).
    const picture = Buffer.from("RIFF\u0000WEBPVP8 the americano's picture");
    mkdirSync(join(a.dataDir, "images"), { recursive: true });
    writeFileSync(join(a.dataDir, "images", "americano-1.webp"), picture);
    const withPicture = structuredClone(testMenuJson);
    (withPicture.items[0] as { image?: string }).image = "images/americano-1.webp";
    expect(a.menuAdmin.importText(JSON.stringify(withPicture)).ok).toBe(true);

    await until("B has A's menu", () => b.menu.current.model.item("americano")?.image === "images/americano-1.webp");
    const onB = join(b.menu.current.baseDir, "images", "americano-1.webp");
    expect(readFileSync(onB)).toEqual(picture);
    expect(hub.store.menu()!.pictures).toEqual({ "images/americano-1.webp": pictureHash(picture) });
    expect(bLogs.filter((l) => /pictures/.test(l))).toEqual([]);
  });

  it("a change the hub refuses for good (4xx) is dropped with a log line and never blocks pairing", async () => {
    // A hub stand-in at the network boundary: pairs, refuses every sold-out switch, streams nothing.
    const calls: string[] = [];
    const fetchFn = (async (input: string | URL | Request, init?: RequestInit) => {
      const path = new URL(String(input)).pathname;
      calls.push(path);
      if (path === "/api/kiosk/pair") return Response.json({ ok: true, plan: { slot: 0, first: 101, last: 299 }, soldOut: {} });
      if (path === "/api/kiosk/sold-out") return Response.json({ ok: false, error: "no" }, { status: 400 });
      if (path === "/api/kiosk/stream") return new Response(new ReadableStream({ start: (c) => init?.signal?.addEventListener("abort", () => c.error(new Error("aborted"))) }));
      return Response.json({ ok: true });
    }) as typeof fetch;
    const dataDir = tempDir("hub-client-");
    cleanup.push(() => rmSync(dataDir, { recursive: true, force: true }));
    const store = OrderStore.open({ dataDir });
    cleanup.push(() => store.close());
    const menu = new MenuHolder({ model: testMenu(), file: "t", baseDir: dataDir });
    const menuAdmin = new MenuAdmin(menu, new SettingsStore(dataDir));
    const logs: string[] = [];
    const client = new HubClient({ url: "http://hub.invalid", secret: SECRET, dataDir, store, menu, menuAdmin, undelivered: () => 0, fetch: fetchFn, log: (l) => logs.push(l), retryMaxMs: 50 });
    cleanup.push(() => client.close());
    client.start();
    await until("online", () => client.link === "online");
    menuAdmin.setSoldOut("americano", true);
    await until("refusal logged", () => logs.some((l) => /sold-out switch americano: the store hub refused it/.test(l)));
    expect(soldOutMap(menu).americano).toBe(true);
    expect(calls.filter((c) => c === "/api/kiosk/pair")).toHaveLength(1);
  });
});
