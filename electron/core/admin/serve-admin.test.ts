// `kiosk serve` with its back office: the admin API on the web host, a sold-out switch
// and a published menu reaching a connected screen at once, and orders from the
// screen landing in the durable store, listed on the admin side.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { mkdirSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import WebSocket from "ws";
import type { KioskEvent } from "../../../shared/contract.ts";
import { startServe, type ServeProcess } from "../../../test-support/kiosk-serve.ts";
import { tempDir, testMenuJson } from "../orders/test-fixtures.ts";
import { ADMIN_API_PATH, ADMIN_SESSION_HEADER } from "./http-route.ts";

const dir = tempDir("kiosk-serve-admin-");
let server: ServeProcess;
let session = "";

beforeAll(async () => {
  mkdirSync(join(dir, "renderer"));
  writeFileSync(join(dir, "renderer", "index.html"), "<!doctype html>");
  writeFileSync(join(dir, "menu.json"), JSON.stringify(testMenuJson));
  server = await startServe({
    env: { KIOSK_RENDERER_DIR: join(dir, "renderer"), KIOSK_DATA_DIR: join(dir, "data"), KIOSK_MENU: join(dir, "menu.json"), KIOSK_ADMIN_PIN: "7777", OPENAI_API_KEY: undefined, KIOSK_WEBHOOK_URL: undefined },
  });
}, 90_000);
afterAll(async () => {
  await server?.stop();
  rmSync(dir, { recursive: true, force: true });
});

async function admin(cmd: unknown): Promise<Record<string, unknown>> {
  const res = await fetch(`${server.url}${ADMIN_API_PATH}`, {
    method: "POST",
    headers: { "content-type": "application/json", ...(session ? { [ADMIN_SESSION_HEADER]: session } : {}) },
    body: JSON.stringify(cmd),
  });
  session = res.headers.get(ADMIN_SESSION_HEADER) ?? session;
  return (await res.json()) as Record<string, unknown>;
}

function screen(): Promise<{ events: KioskEvent[]; send: (c: unknown) => void; close: () => void }> {
  const ws = new WebSocket(`ws://127.0.0.1:${server.port}/ws`, { origin: server.url });
  const events: KioskEvent[] = [];
  ws.on("message", (d) => events.push(JSON.parse(String(d)) as KioskEvent));
  return new Promise((res, rej) => {
    ws.on("open", () => res({ events, send: (c) => ws.send(JSON.stringify(c)), close: () => ws.close() }));
    ws.on("error", rej);
  });
}

describe("kiosk serve with the back office", () => {
  it("a sold-out switch on the admin API reaches a connected screen at once; orders land in the store", async () => {
    const s = await screen();
    s.send({ type: "hello", lang: "ko" });
    await expect.poll(() => s.events.some((e) => e.type === "menu")).toBe(true);

    expect(await admin({ type: "unlock", pin: "7777" })).toMatchObject({ type: "unlocked" });
    expect(await admin({ type: "setSoldOut", item: "cheesecake", soldOut: true })).toMatchObject({ type: "menuResult", ok: true });
    const soldOutMenu = () =>
      s.events.filter((e) => e.type === "menu").some((e) => (e as { menu: typeof testMenuJson }).menu.items.find((i) => i.id === "cheesecake" && (i as { soldOut?: boolean }).soldOut));
    await expect.poll(soldOutMenu).toBe(true);
    s.send({ type: "touch", action: { type: "addItem", item: "cheesecake", qty: 1 } });
    await expect.poll(() => s.events.some((e) => e.type === "notice" && e.code === "sold-out")).toBe(true);

    s.send({ type: "touch", action: { type: "addItem", item: "americano", qty: 2 } });
    s.send({ type: "touch", action: { type: "placeOrder" } });
    await expect.poll(() => s.events.find((e) => e.type === "orderPlaced")).toMatchObject({ number: 1 });
    s.close();

    const list = await admin({ type: "listOrders", lang: "en" });
    expect(list).toMatchObject({ type: "orders", orders: [{ number: 1, status: "placed", lines: ["2× Americano (Hot)"], delivery: null }] });
    expect(await admin({ type: "overview" })).toMatchObject({ type: "overview", ordersToday: 1, webhookConfigured: false });
  }, 60_000);

  it("a menu published on the admin API reaches a connected screen at once; its open cart keeps its lines, the removed one flagged", async () => {
    const s = await screen();
    s.send({ type: "hello", lang: "en" });
    await expect.poll(() => s.events.some((e) => e.type === "menu")).toBe(true);
    s.send({ type: "touch", action: { type: "addItem", item: "americano", qty: 1 } });
    s.send({ type: "touch", action: { type: "addItem", item: "smoothie", qty: 1, options: { size: "small" } } });
    await expect.poll(() => s.events.filter((e) => e.type === "cart").some((e) => (e as { cart: { lines: unknown[] } }).cart.lines.length === 2)).toBe(true);

    expect(await admin({ type: "unlock", pin: "7777" })).toMatchObject({ type: "unlocked" });
    const draft = (await admin({ type: "menuDraft" })) as { published: typeof testMenuJson };
    const next = structuredClone(draft.published);
    next.items = next.items.filter((i) => i.id !== "smoothie");
    next.items.push({ id: "mocha", category: "coffee", name: { ko: "모카", en: "Mocha" }, price: 5000 } as never);
    expect(await admin({ type: "publishMenu", menu: next })).toMatchObject({ type: "menuPublished", ok: true });

    const lastMenu = () => s.events.filter((e) => e.type === "menu").at(-1) as { menu: typeof testMenuJson } | undefined;
    await expect.poll(() => lastMenu()?.menu.items.map((i) => i.id).includes("mocha")).toBe(true);
    const lastCart = () => (s.events.filter((e) => e.type === "cart").at(-1) as { cart: { lines: { item: string }[]; unavailable?: { item: string; reason: string }[] } }).cart;
    await expect.poll(() => lastCart().unavailable).toEqual([expect.objectContaining({ item: "smoothie", reason: "removed" })]);
    expect(lastCart().lines.map((l) => l.item)).toEqual(["americano"]);
    s.close();
  }, 60_000);
});
