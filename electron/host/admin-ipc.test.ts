// The admin IPC handlers Electron main wires to "kiosk:admin" / "kiosk:admin-print",
// against a real back office (order store in a temp dir, real admin service). Only
// the printer (the Electron print window) is replaced: by a function that records
// what it was asked to print, fails, or hangs.
import { afterEach, describe, expect, it } from "vitest";
import { rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { loadMenuFile, MenuHolder } from "../core/menu/load.ts";
import { BackOffice } from "../core/admin/back-office.ts";
import { environmentOnlySecretBox } from "../core/admin/secrets.ts";
import { sampleCart, tempDir, testMenuJson } from "../core/orders/test-fixtures.ts";
import { AdminIpc, type AdminIpcOptions, type TicketPrinter } from "./admin-ipc.ts";
import type { IpcSender } from "./shell-policy.ts";

const SCREEN: IpcSender = { frameUrl: "app://kiosk/index.html", isMainFrame: true, fromKioskWindow: true };
const WINDOW = 7;
const PIN = "2580";

const cleanup: (() => unknown)[] = [];
afterEach(async () => {
  for (const c of cleanup.splice(0).reverse()) await c();
});

async function setup(opts: Partial<Omit<AdminIpcOptions, "admin">> = {}) {
  const dir = tempDir("kiosk-admin-ipc-");
  cleanup.push(() => rmSync(dir, { recursive: true, force: true }));
  const menuFile = join(dir, "menu.json");
  writeFileSync(menuFile, JSON.stringify(testMenuJson));
  const holder = new MenuHolder(await loadMenuFile(menuFile));
  const office = new BackOffice({ dataDir: join(dir, "data"), baseEnv: { KIOSK_ADMIN_PIN: PIN }, menu: holder, secretBox: environmentOnlySecretBox() });
  cleanup.push(() => office.close(0));
  const logged: string[] = [];
  const ipc = new AdminIpc({ admin: office.admin, log: (l) => logged.push(l), ...opts });
  const placed = await office.sink.place({ cart: sampleCart(holder.current.model), lang: "ko", menu: holder.current.model });
  const orderId = office.orders!.store.listDay(office.orders!.store.today())[0]!.id;
  return { ipc, office, holder, logged, placed, orderId };
}

/** A printer that keeps what it was given. */
function recordingPrinter() {
  const pages: string[] = [];
  const printer: TicketPrinter = async (html) => {
    pages.push(html);
  };
  return { pages, printer };
}

describe("AdminIpc.command", () => {
  const strangers: Array<[string, Partial<IpcSender>]> = [
    ["another window", { fromKioskWindow: false }],
    ["an iframe", { isMainFrame: false }],
    ["a frame that is gone", { frameUrl: undefined }],
    ["a web page", { frameUrl: "https://evil.example/" }],
    ["a data: page (the ticket print window)", { frameUrl: "data:text/html;base64,PGgxPg==" }],
    ["devtools", { frameUrl: "devtools://devtools/bundled/inspector.html" }],
  ];
  it.each(strangers)("refuses %s, and its PIN unlocks nothing", async (_name, change) => {
    const { ipc, logged } = await setup();
    const stranger = { ...SCREEN, ...change };
    expect(await ipc.command(stranger, WINDOW, { type: "unlock", pin: PIN })).toMatchObject({ type: "error", code: "forbidden" });
    expect(await ipc.command(stranger, WINDOW, { type: "overview" })).toMatchObject({ type: "error", code: "forbidden" });
    // The kiosk screen on the same webContents is still locked.
    expect(await ipc.command(SCREEN, WINDOW, { type: "overview" })).toEqual({ type: "locked", reason: "required" });
    expect(logged.some((l) => l.startsWith("refused an admin request"))).toBe(true);
  });

  const circular: Record<string, unknown> = { type: "overview" };
  circular.self = circular;
  const garbage: Array<[string, unknown, string]> = [
    ["text that is not JSON", "{not json", "bad-command"],
    ["null", null, "bad-command"],
    ["an unknown command", { type: "format-disk" }, "bad-command"],
    ["a field of the wrong type", { type: "setSoldOut", item: "americano", soldOut: "yes" }, "bad-command"],
    ["a circular object", circular, "bad-command"],
    ["a BigInt", { type: "listOrders", day: 1n }, "bad-command"],
    ["an oversize command", { type: "importMenu", text: "x".repeat(2000) }, "too-large"],
  ];
  it.each(garbage)("answers %s with an error and changes nothing", async (_name, payload, code) => {
    const { ipc, holder } = await setup({ maxCommandBytes: 1000 });
    const before = holder.current;
    await ipc.command(SCREEN, WINDOW, { type: "unlock", pin: PIN });
    expect(await ipc.command(SCREEN, WINDOW, payload)).toMatchObject({ type: "error", code });
    expect(holder.current).toBe(before);
    expect(await ipc.command(SCREEN, WINDOW, { type: "overview" })).toMatchObject({ type: "overview", ordersToday: 1 });
  });

  it("keeps one admin session per window; a reload (drop) locks it again", async () => {
    const { ipc } = await setup();
    expect(await ipc.command(SCREEN, WINDOW, { type: "unlock", pin: PIN, reqId: "a" })).toMatchObject({ type: "unlocked", reqId: "a" });
    expect(await ipc.command(SCREEN, WINDOW, { type: "overview" })).toMatchObject({ type: "overview", storeName: "테스트 카페" });
    expect(await ipc.command(SCREEN, WINDOW + 1, { type: "overview" })).toEqual({ type: "locked", reason: "required" });
    ipc.drop(WINDOW);
    expect(await ipc.command(SCREEN, WINDOW, { type: "overview" })).toEqual({ type: "locked", reason: "required" });
  });

  it("carries a change made on the admin screen to the running kiosk (sold out)", async () => {
    const { ipc, holder } = await setup();
    await ipc.command(SCREEN, WINDOW, { type: "unlock", pin: PIN });
    expect(await ipc.command(SCREEN, WINDOW, { type: "setSoldOut", item: "cheesecake", soldOut: true })).toMatchObject({ type: "menuResult", ok: true });
    expect(holder.current.model.item("cheesecake")?.soldOut).toBe(true);
  });

  it("runs the menu editor of the same admin service: a picture of real size, publish, history, rollback", async () => {
    const { ipc, holder } = await setup();
    const before = holder.current.model.menu;
    await ipc.command(SCREEN, WINDOW, { type: "unlock", pin: PIN });
    // A picture close to the largest allowed fits through the IPC size limit.
    const picture = { fileName: "big.png", dataBase64: Buffer.alloc(7_000_000, 1).toString("base64") };
    expect(await ipc.command(SCREEN, WINDOW, { type: "uploadPicture", file: picture })).toMatchObject({ type: "error", code: "bad-picture" });
    const next = structuredClone(before);
    next.items[0]!.price += 100;
    expect(await ipc.command(SCREEN, WINDOW, { type: "publishMenu", menu: next, by: "Jin" })).toMatchObject({ type: "menuPublished", ok: true, version: 2 });
    expect(holder.current.model.menu.items[0]!.price).toBe(before.items[0]!.price + 100);
    expect(await ipc.command(SCREEN, WINDOW, { type: "menuHistory" })).toMatchObject({ versions: [{ id: 2, by: "Jin" }, { id: 1 }] });
    expect(await ipc.command(SCREEN, WINDOW, { type: "restoreMenuVersion", id: 1 })).toMatchObject({ type: "menuPublished", ok: true, version: 3 });
    expect(holder.current.model.menu.items).toEqual(before.items);
  });
});

describe("AdminIpc.printTicket", () => {
  it("prints the order's kitchen ticket for an unlocked screen", async () => {
    const { pages, printer } = recordingPrinter();
    const { ipc, orderId } = await setup({ printer });
    await ipc.command(SCREEN, WINDOW, { type: "unlock", pin: PIN });
    expect(await ipc.printTicket(SCREEN, WINDOW, orderId)).toEqual({ ok: true });
    expect(pages).toHaveLength(1);
    expect(pages[0]).toContain('<div class="number">#1</div>');
    expect(pages[0]).toContain("아메리카노");
    expect(pages[0]).toContain(orderId);
  });

  it("prints nothing for a locked screen, another window, or a stranger", async () => {
    const { pages, printer } = recordingPrinter();
    const { ipc, orderId } = await setup({ printer });
    expect(await ipc.printTicket(SCREEN, WINDOW, orderId)).toEqual({ ok: false, message: "the admin screen is locked; enter the PIN first" });
    await ipc.command(SCREEN, WINDOW, { type: "unlock", pin: PIN });
    expect(await ipc.printTicket(SCREEN, WINDOW + 1, orderId)).toMatchObject({ ok: false, message: expect.stringMatching(/locked/) });
    expect(await ipc.printTicket({ ...SCREEN, isMainFrame: false }, WINDOW, orderId)).toEqual({ ok: false, message: "printing is accepted only from the kiosk screen" });
    expect(pages).toEqual([]);
  });

  const badIds: Array<[string, unknown, RegExp]> = [
    ["no id", undefined, /needs an order id/],
    ["an empty id", "", /needs an order id/],
    ["a number", 42, /needs an order id/],
    ["an object", { id: "x" }, /needs an order id/],
    ["an overlong id", "x".repeat(65), /needs an order id/],
    ["an unknown order", "no-such-order", /^no order no-such-order$/],
  ];
  it.each(badIds)("answers %s with a clear message and prints nothing", async (_name, id, message) => {
    const { pages, printer } = recordingPrinter();
    const { ipc } = await setup({ printer });
    await ipc.command(SCREEN, WINDOW, { type: "unlock", pin: PIN });
    const r = await ipc.printTicket(SCREEN, WINDOW, id);
    expect(r.ok).toBe(false);
    expect(!r.ok && r.message).toMatch(message);
    expect(pages).toEqual([]);
  });

  it("says so when the host has no printer", async () => {
    const { ipc, orderId } = await setup();
    await ipc.command(SCREEN, WINDOW, { type: "unlock", pin: PIN });
    expect(await ipc.printTicket(SCREEN, WINDOW, orderId)).toEqual({ ok: false, message: "this kiosk cannot print tickets" });
  });

  it("passes the printer's failure on as the message, and logs it", async () => {
    const { ipc, orderId, logged } = await setup({
      printer: async () => {
        throw new Error("the printer could not print the ticket (is it on, connected and loaded with paper?)");
      },
    });
    await ipc.command(SCREEN, WINDOW, { type: "unlock", pin: PIN });
    expect(await ipc.printTicket(SCREEN, WINDOW, orderId)).toEqual({ ok: false, message: "the printer could not print the ticket (is it on, connected and loaded with paper?)" });
    expect(logged).toContain(`ticket for order ${orderId} not printed: the printer could not print the ticket (is it on, connected and loaded with paper?)`);
  });

  it("gives up on a printer that never answers, and tells it to stop", async () => {
    let stopped: unknown;
    const { ipc, orderId } = await setup({
      printTimeoutMs: 50,
      printer: (_html, signal) =>
        new Promise<void>(() => {
          signal.addEventListener("abort", () => (stopped = signal.reason));
        }),
    });
    await ipc.command(SCREEN, WINDOW, { type: "unlock", pin: PIN });
    expect(await ipc.printTicket(SCREEN, WINDOW, orderId)).toEqual({ ok: false, message: "the printer did not take the ticket within 1 s" });
    expect(stopped).toBeInstanceOf(Error);
  });

  it("prints one ticket at a time; a failed one does not block the next", async () => {
    let running = 0;
    let mostAtOnce = 0;
    let calls = 0;
    const { ipc, orderId } = await setup({
      printer: async () => {
        calls++;
        running++;
        mostAtOnce = Math.max(mostAtOnce, running);
        await new Promise((r) => setTimeout(r, 20));
        running--;
        if (calls === 1) throw new Error("paper out");
      },
    });
    await ipc.command(SCREEN, WINDOW, { type: "unlock", pin: PIN });
    const results = await Promise.all([ipc.printTicket(SCREEN, WINDOW, orderId), ipc.printTicket(SCREEN, WINDOW, orderId), ipc.printTicket(SCREEN, WINDOW, orderId)]);
    expect(results).toEqual([{ ok: false, message: "paper out" }, { ok: true }, { ok: true }]);
    expect(mostAtOnce).toBe(1);
  });
});
