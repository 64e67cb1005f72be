// `kiosk serve` as a child process: HTTP (screen files, menu images, refusals) and
// the WebSocket contract (hello, touch, garbage, origins), end to end.
import { copyFileSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { request } from "node:http";
import type { Socket } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import WebSocket from "ws";
import type { KioskEvent } from "../../shared/contract.ts";
import { parseEvent } from "../../shared/contract.ts";
import { REPO_ROOT, serveFailure, startServe, type ServeProcess } from "../../test-support/kiosk-serve.ts";

const tmp = mkdtempSync(join(tmpdir(), "kiosk-serve-test-"));
// A stand-in screen build, so these tests do not depend on (or wait for) the vite build.
const rendererDir = join(tmp, "renderer");
const INDEX_HTML = "<!doctype html><title>test screen</title>";
mkdirSync(rendererDir, { recursive: true });
writeFileSync(join(rendererDir, "index.html"), INDEX_HTML);
const env = { KIOSK_RENDERER_DIR: rendererDir, KIOSK_DATA_DIR: join(tmp, "data"), KIOSK_MENU: undefined, OPENAI_API_KEY: undefined };

let server: ServeProcess;
beforeAll(async () => {
  server = await startServe({ env });
});
afterAll(async () => {
  const code = await server?.stop();
  rmSync(tmp, { recursive: true, force: true });
  expect(code).toBe(0);
});

interface RawResponse {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: string;
}
/** A request with the path exactly as given (fetch would normalise ../ away). */
function get(path: string, headers: Record<string, string> = {}): Promise<RawResponse> {
  return new Promise((resolve, reject) => {
    const req = request({ host: "127.0.0.1", port: server.port, path, headers }, (res) => {
      let body = "";
      res.setEncoding("utf8").on("data", (d: string) => (body += d));
      res.on("end", () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body }));
    });
    req.on("error", reject);
    req.end();
  });
}

/** A WebSocket client that keeps every event and can wait for one. */
async function openScreen(opts: { headers?: Record<string, string>; origin?: string } = {}) {
  const ws = new WebSocket(`ws://127.0.0.1:${server.port}/ws`, { headers: opts.headers, ...(opts.origin ? { origin: opts.origin } : {}) });
  const events: KioskEvent[] = [];
  const invalid: string[] = [];
  const waiters: Array<() => void> = [];
  ws.on("message", (data) => {
    const parsed = parseEvent(JSON.parse(String(data)));
    if (parsed.ok) events.push(parsed.value);
    else invalid.push(parsed.message);
    for (const w of waiters.splice(0)) w();
  });
  await new Promise<void>((resolve, reject) => {
    ws.once("open", () => resolve());
    ws.once("error", reject);
    ws.once("unexpected-response", (_req, res) => reject(new Error(`refused with ${res.statusCode}`)));
  });
  /** Wait until an event after index `from` matches. */
  const waitFor = async <T extends KioskEvent["type"]>(type: T, from = 0, timeoutMs = 10_000): Promise<Extract<KioskEvent, { type: T }>> => {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const found = events.slice(from).find((e) => e.type === type);
      if (found) return found as Extract<KioskEvent, { type: T }>;
      if (Date.now() > deadline) throw new Error(`no ${type} event; got ${events.map((e) => e.type).join(",")}`);
      await new Promise<void>((r) => {
        waiters.push(r);
        setTimeout(r, 200);
      });
    }
  };
  const send = (v: unknown) => ws.send(typeof v === "string" ? v : JSON.stringify(v));
  return { ws, events, invalid, waitFor, send };
}

describe("kiosk serve", () => {
  it("prints exactly `listening on http://127.0.0.1:PORT` with the real port", () => {
    expect(server.stdout().split("\n")[0]).toBe(`listening on http://127.0.0.1:${server.port}`);
    expect(server.port).toBeGreaterThan(0);
  });

  it("serves the screen with a strict CSP and no inline script", async () => {
    const r = await get("/");
    expect(r.status).toBe(200);
    expect(r.body).toBe(INDEX_HTML);
    expect(r.headers["content-type"]).toBe("text/html; charset=utf-8");
    const csp = String(r.headers["content-security-policy"]);
    expect(csp).toContain("default-src 'self'");
    expect(csp).toContain("script-src 'self' 'wasm-unsafe-eval'");
    expect(csp).toContain("frame-ancestors 'none'");
    expect(csp).not.toContain("unsafe-inline");
    expect(csp).not.toMatch(/'unsafe-eval'/);
    expect(r.headers["x-content-type-options"]).toBe("nosniff");
  });

  it("serves the menu's images under /menu-assets/", async () => {
    const r = await get("/menu-assets/images/americano.svg");
    expect(r.status).toBe(200);
    expect(r.headers["content-type"]).toBe("image/svg+xml");
    expect(r.body).toBe(readFileSync(join(REPO_ROOT, "assets/menu/images/americano.svg"), "utf8"));
  });

  it.each([
    "/menu-assets/../demo-cafe.menu.json",
    "/menu-assets/demo-cafe.menu.json",
    "/menu-assets/../../package.json",
    "/menu-assets/%2e%2e/%2e%2e/package.json",
    "/menu-assets/..%2f..%2fpackage.json",
    "/menu-assets/images/..%2f..%2f..%2f..%2f..%2fetc%2fpasswd",
    "/menu-assets/%2e%2e%5c%2e%2e%5cpackage.json",
    "/../package.json",
    "/%2e%2e/package.json",
  ])("refuses %s", async (path) => {
    const r = await get(path);
    expect([400, 404]).toContain(r.status);
    expect(r.body).not.toContain('"name"');
    expect(r.body).not.toContain("root:");
  });

  it("refuses requests for another Host name (DNS rebinding)", async () => {
    const r = await get("/", { Host: `evil.example:${server.port}` });
    expect(r.status).toBe(421);
    expect((await get("/", { Host: `localhost:${server.port}` })).status).toBe(200);
  });

  it("answers hello with menu, language and cart; a touch with the new cart", async () => {
    const s = await openScreen();
    s.send({ type: "hello", lang: "en" });
    const menu = await s.waitFor("menu");
    expect(menu.assetBase).toBe("/menu-assets/");
    expect((menu.menu as { store: { id: string } }).store.id).toBe("cafe-byeol");
    expect((await s.waitFor("cart")).cart.lines).toEqual([]);

    const from = s.events.length;
    s.send({ type: "touch", action: { type: "addItem", item: "americano", qty: 2, options: { temp: "iced" } } });
    const { cart } = await s.waitFor("cart", from);
    expect(cart.lines).toHaveLength(1);
    expect(cart.lines[0]).toMatchObject({ item: "americano", qty: 2, unitPrice: 4000, lineTotal: 8000 });
    expect(cart.total).toBe(8000);
    expect(s.invalid).toEqual([]);
    s.ws.close();
  });

  it("runs a spoken (typed) turn through the dialogue engine and streams its events", async () => {
    const s = await openScreen();
    s.send({ type: "hello", lang: "ko" });
    await s.waitFor("cart");
    const from = s.events.length;
    s.send({ type: "say", text: "아메리카노 한 잔 주세요" });
    const reply = await s.waitFor("reply", from);
    expect(reply.engine).toBe("offline");
    expect(reply.text.length).toBeGreaterThan(0);
    const user = await s.waitFor("user", from);
    expect(user).toMatchObject({ text: "아메리카노 한 잔 주세요", turnId: reply.turnId });
    expect(s.invalid).toEqual([]);
    s.ws.close();
  });

  it("answers garbage with an error event and keeps the connection usable", async () => {
    const s = await openScreen();
    const garbage: unknown[] = ["not json {", "[]", "null", { type: "touch", action: { type: "addItem", item: "americano", qty: "lots" } }, { type: "explode" }];
    for (const g of garbage) {
      const from = s.events.length;
      s.send(g);
      expect(await s.waitFor("error", from)).toMatchObject({ type: "error", code: "bad-command" });
    }
    expect(s.events.every((e) => e.type === "error")).toBe(true);
    // A binary frame is refused too.
    let from = s.events.length;
    s.ws.send(Buffer.from([1, 2, 3]));
    expect((await s.waitFor("error", from)).message).toContain("binary");

    from = s.events.length;
    s.send({ type: "touch", action: { type: "addItem", item: "espresso", qty: 1 } });
    expect((await s.waitFor("cart", from)).cart.lines.map((l) => l.item)).toEqual(["espresso"]);
    expect(s.ws.readyState).toBe(WebSocket.OPEN);
    s.ws.close();
  });

  it("refuses an oversize command with an error event, and the connection stays open", async () => {
    const s = await openScreen();
    s.send(JSON.stringify({ type: "say", text: "x".repeat(9_000_000) }));
    expect(await s.waitFor("error", 0, 20_000)).toMatchObject({ code: "too-large" });
    const from = s.events.length;
    s.send({ type: "hello" });
    await s.waitFor("cart", from);
    s.ws.close();
  });

  it("lets the page's own origin in and keeps other origins and paths out", async () => {
    const same = await openScreen({ origin: `http://127.0.0.1:${server.port}` });
    same.ws.close();
    await expect(openScreen({ origin: "http://evil.example" })).rejects.toThrow("refused with 403");
    await expect(openScreen({ origin: `http://localhost:${server.port}` })).rejects.toThrow("refused with 403");
    await expect(openScreen({ headers: { Host: `evil.example:${server.port}` }, origin: `http://evil.example:${server.port}` })).rejects.toThrow("refused with 403");
    const wrongPath = new WebSocket(`ws://127.0.0.1:${server.port}/not-ws`);
    const status = await new Promise<number | undefined>((r) => wrongPath.once("unexpected-response", (_q, res) => r(res.statusCode)).once("open", () => r(undefined)));
    expect(status).toBe(403);
  });

  it("makes one order of two placeOrder commands that arrive in one socket read", async () => {
    const s = await openScreen();
    s.send({ type: "hello", lang: "en" });
    await s.waitFor("cart");
    let from = s.events.length;
    s.send({ type: "touch", action: { type: "addItem", item: "americano", qty: 1, options: { temp: "iced" } } });
    await s.waitFor("cart", from);
    from = s.events.length;
    // Corked: both frames leave in one write, so the server reads them together (a double tap on a slow link).
    const socket = (s.ws as unknown as { _socket: Socket })._socket;
    socket.cork();
    s.send({ type: "touch", action: { type: "placeOrder" } });
    s.send({ type: "touch", action: { type: "placeOrder" } });
    socket.uncork();
    await s.waitFor("orderPlaced", from);
    await s.waitFor("notice", from);
    await new Promise((r) => setTimeout(r, 300));
    expect(s.events.slice(from).filter((e) => e.type === "orderPlaced")).toHaveLength(1);
    expect(s.events.slice(from).filter((e) => e.type === "notice")).toEqual([expect.objectContaining({ code: "order-in-progress" })]);
    s.ws.close();
  });

  it("reports its health", async () => {
    const r = await get("/health");
    expect(r.status).toBe(200);
    expect(JSON.parse(r.body)).toMatchObject({ ok: true });
  });
});

describe("kiosk serve startup failures", () => {
  it("fails clearly when the port is taken", async () => {
    const r = await serveFailure(["--port", String(server.port)], env);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain(`port ${server.port} on 127.0.0.1 is already in use`);
    expect(r.stdout).toBe("");
  });

  it("fails with one line when the menu is broken", async () => {
    const bad = join(tmp, "bad.menu.json");
    writeFileSync(bad, '{"store": ');
    const r = await serveFailure(["--port", "0", "--menu", bad], env);
    expect(r.code).toBe(1);
    expect(r.stderr.trim().split("\n")).toHaveLength(1);
    expect(r.stderr).toContain("not valid JSON");
  });

  it("starts (not a blank kiosk) when its saved settings no longer validate: they are set aside and the log says why", async () => {
    const dataDir = join(tmp, "aside-data");
    mkdirSync(dataDir, { recursive: true });
    // A webhook saved on `kiosk serve`, which cannot keep the webhook secret.
    writeFileSync(join(dataDir, "settings.json"), JSON.stringify({ version: 1, webhookUrl: "https://pos.example/orders" }));
    const own = await startServe({ env: { ...env, KIOSK_DATA_DIR: dataDir, KIOSK_WEBHOOK_URL: undefined, KIOSK_WEBHOOK_SECRET: undefined } });
    try {
      await expect.poll(() => own.stderr()).toMatch(/settings were set aside because KIOSK_WEBHOOK_SECRET is required/);
      expect(readdirSync(dataDir).some((f) => f.startsWith("settings.json.set-aside-"))).toBe(true);
    } finally {
      const code = await own.stop();
      expect(code, own.stderr()).toBe(0);
    }
  });

  it.each([["--port", "http"], ["--port", "70000"], ["--engine", "psychic"]])("refuses %s %s as a usage error", async (flag, value) => {
    const r = await serveFailure([flag, value], env);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(flag);
  });
});

describe("kiosk serve menu reloads", () => {
  it("pushes an edited menu file to the screen, and keeps the last good menu when the edit is broken", async () => {
    const menuFile = join(tmp, "reload.menu.json");
    copyFileSync(join(REPO_ROOT, "assets/menu/demo-cafe.menu.json"), menuFile);
    const own = await startServe({ args: ["--menu", menuFile], env });
    try {
      const ws = new WebSocket(`ws://127.0.0.1:${own.port}/ws`);
      const events: KioskEvent[] = [];
      ws.on("message", (d) => events.push(JSON.parse(String(d))));
      await new Promise((r) => ws.once("open", r));
      ws.send(JSON.stringify({ type: "hello" }));
      ws.send(JSON.stringify({ type: "touch", action: { type: "addItem", item: "americano", qty: 1 } }));
      await expect.poll(() => events.filter((e) => e.type === "cart").length).toBe(2);

      writeFileSync(menuFile, "{ broken");
      await expect.poll(() => own.stderr(), { timeout: 5_000 }).toContain("keeping the last good menu");

      const json = JSON.parse(readFileSync(join(REPO_ROOT, "assets/menu/demo-cafe.menu.json"), "utf8"));
      json.items.find((i: { id: string }) => i.id === "americano").soldOut = true;
      const from = events.length;
      writeFileSync(menuFile, JSON.stringify(json));
      await expect.poll(() => events.slice(from).map((e) => e.type), { timeout: 5_000 }).toEqual(["menu", "cart"]);
      const cart = events.at(-1) as Extract<KioskEvent, { type: "cart" }>;
      expect(cart.cart.lines).toEqual([]);
      ws.close();
    } finally {
      expect(await own.stop()).toBe(0);
    }
  });
});
