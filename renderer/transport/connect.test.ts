// The screen's transport, run in Node: the `ws` client stands in for the browser's
// WebSocket (same onopen/onmessage/onclose surface), against a real `kiosk serve`.
/* eslint-disable no-restricted-imports -- test only: Node plays the browser and the server here */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import WebSocket, { WebSocketServer } from "ws";
/* eslint-enable no-restricted-imports */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { KioskBridge } from "../../shared/bridge.ts";
import type { Command, KioskEvent } from "../../shared/contract.ts";
import { startServe, type ServeProcess } from "../../test-support/kiosk-serve.ts";
import { connectKiosk, type SocketLike, type TransportStatus } from "./connect.ts";

const tmp = mkdtempSync(join(tmpdir(), "kiosk-transport-test-"));
mkdirSync(join(tmp, "renderer"));
writeFileSync(join(tmp, "renderer", "index.html"), "<!doctype html>");
const env = { KIOSK_RENDERER_DIR: join(tmp, "renderer"), KIOSK_DATA_DIR: join(tmp, "data"), KIOSK_MENU: undefined, OPENAI_API_KEY: undefined };
const openSocket = (url: string) => new WebSocket(url) as unknown as SocketLike;

let server: ServeProcess | undefined;
beforeAll(async () => {
  server = await startServe({ env });
});
afterAll(async () => {
  await server?.stop();
  rmSync(tmp, { recursive: true, force: true });
});

function record(t: ReturnType<typeof connectKiosk>) {
  const events: KioskEvent[] = [];
  const statuses: TransportStatus[] = [];
  t.onEvent((e) => events.push(e));
  t.onStatus((s) => statuses.push(s));
  return { events, statuses };
}

describe("connectKiosk over WebSocket", () => {
  it("queues the first hello until the socket opens, then delivers menu and cart", async () => {
    const t = connectKiosk({ bridge: null, url: `ws://127.0.0.1:${server!.port}/ws`, openSocket });
    const { events, statuses } = record(t);
    expect(t.kind).toBe("websocket");
    expect(t.send({ type: "hello", lang: "ko" })).toBe(true);
    await expect.poll(() => events.map((e) => e.type)).toContain("cart");
    expect(events[0]?.type).toBe("menu");
    expect(statuses).toEqual(["connecting", "open"]);

    const before = events.length;
    t.send({ type: "touch", action: { type: "addItem", item: "americano", qty: 1 } });
    await expect.poll(() => events.slice(before).find((e) => e.type === "cart")).toBeDefined();
    t.close();
    expect(t.status()).toBe("closed");
  });

  it("refuses to send a command that breaks the contract", async () => {
    const problems: string[] = [];
    const t = connectKiosk({ bridge: null, url: `ws://127.0.0.1:${server!.port}/ws`, openSocket, onProblem: (m) => problems.push(m) });
    expect(t.send({ type: "touch", action: { type: "addItem", item: "americano", qty: 0 } } as Command)).toBe(false);
    expect(problems[0]).toContain("invalid command");
    t.close();
  });

  it("reconnects after the server restarts and says hello again to the new session", async () => {
    const port = server!.port;
    const t = connectKiosk({ bridge: null, url: `ws://127.0.0.1:${port}/ws`, openSocket, reconnectDelaysMs: [100] });
    const { events, statuses } = record(t);
    t.send({ type: "hello" });
    await expect.poll(() => events.some((e) => e.type === "menu")).toBe(true);

    await server!.stop();
    await expect.poll(() => t.status()).not.toBe("open");
    // While down, touches are not queued for a session that will not exist.
    expect(t.send({ type: "touch", action: { type: "clearCart" } })).toBe(false);
    const menusBefore = events.filter((e) => e.type === "menu").length;

    server = await startServe({ env, args: ["--port", String(port)] });
    await expect.poll(() => t.status(), { timeout: 10_000 }).toBe("open");
    await expect.poll(() => events.filter((e) => e.type === "menu").length, { timeout: 10_000 }).toBe(menusBefore + 1);
    expect(statuses.slice(0, 3)).toEqual(["connecting", "open", "closed"]);
    expect(statuses.at(-1)).toBe("open");
    t.close();
  });
});

describe("connectKiosk event validation", () => {
  it("drops frames that are not JSON or break the contract, and delivers the rest", async () => {
    // A hostile or broken server at the network boundary.
    const wss = new WebSocketServer({ port: 0, host: "127.0.0.1" });
    await new Promise((r) => wss.once("listening", r));
    wss.on("connection", (ws) => {
      ws.send("not json");
      ws.send(JSON.stringify({ type: "cart", cart: { total: "free" } }));
      ws.send(JSON.stringify({ type: "launch" }));
      ws.send(Buffer.from([1, 2]), { binary: true });
      ws.send(JSON.stringify({ type: "state", state: "listening" }));
    });
    const problems: string[] = [];
    const t = connectKiosk({ bridge: null, url: `ws://127.0.0.1:${(wss.address() as { port: number }).port}`, openSocket, onProblem: (m) => problems.push(m) });
    const { events } = record(t);
    await expect.poll(() => events).toEqual([{ type: "state", state: "listening" }]);
    expect(problems).toHaveLength(4);
    t.close();
    await new Promise((r) => wss.close(r));
  });
});

describe("connectKiosk over the preload bridge", () => {
  /** The preload's side of IPC, as the screen sees it (the process boundary). */
  function bridgeStandIn() {
    const sent: unknown[] = [];
    const listeners = new Set<(e: unknown) => void>();
    const bridge: KioskBridge = {
      send: (c) => sent.push(c),
      onEvent: (fn) => {
        listeners.add(fn);
        return () => listeners.delete(fn);
      },
    };
    return { bridge, sent, emit: (e: unknown) => listeners.forEach((l) => l(e)), listenerCount: () => listeners.size };
  }

  it("is open at once, validates both ways, and lets go of the bridge on close", () => {
    const b = bridgeStandIn();
    const problems: string[] = [];
    const t = connectKiosk({ bridge: b.bridge, onProblem: (m) => problems.push(m) });
    const { events, statuses } = record(t);
    expect(t.kind).toBe("ipc");
    expect(statuses).toEqual(["open"]);

    expect(t.send({ type: "say", text: "아메리카노 하나" })).toBe(true);
    expect(t.send({ type: "say", text: "" })).toBe(false);
    expect(b.sent).toEqual([{ type: "say", text: "아메리카노 하나" }]);

    b.emit({ type: "lang", lang: "en" });
    b.emit({ type: "lang" });
    b.emit("garbage");
    expect(events).toEqual([{ type: "lang", lang: "en" }]);
    expect(problems).toHaveLength(3);

    t.close();
    expect(b.listenerCount()).toBe(0);
    expect(t.send({ type: "reset" })).toBe(false);
    expect(statuses.at(-1)).toBe("closed");
  });
});
