// Real processes for store-hub tests: `kiosk hub` and `kiosk serve` paired with it,
// each on a free loopback port with its own data folder, plus a customer's touch
// order over the kiosk's WebSocket and a reader of the hub's live page stream.
import { spawn, type ChildProcess } from "node:child_process";
import WebSocket from "ws";
import { testEspeak } from "./espeak/index.ts";
import { REPO_ROOT } from "./kiosk-serve.ts";

export interface Proc {
  url: string;
  port: number;
  child: ChildProcess;
  stderr(): string;
  /** SIGTERM (SIGKILL after 5 s); resolves when it has exited. */
  stop(): Promise<void>;
  /** SIGKILL now: nothing gets to clean up. */
  kill(): Promise<void>;
}

const LISTENING = /^listening on (http:\/\/[^\s]+:(\d+))$/m;

export function startKioskProcess(command: "hub" | "serve", args: string[], env: Record<string, string | undefined>, timeoutMs = 120_000): Promise<Proc> {
  // The machine's espeak-ng, or the WebAssembly stand-in where none is installed.
  const fullEnv: NodeJS.ProcessEnv = { ...process.env, NODE_ENV: "production", KIOSK_ESPEAK: testEspeak(), ...env };
  delete fullEnv.OPENAI_API_KEY;
  const child = spawn(process.execPath, ["bin/kiosk.js", command, ...args], { cwd: REPO_ROOT, env: fullEnv, stdio: ["ignore", "pipe", "pipe"] });
  let out = "";
  let err = "";
  child.stdout!.setEncoding("utf8").on("data", (d: string) => (out += d));
  child.stderr!.setEncoding("utf8").on("data", (d: string) => (err += d));
  const exited = new Promise<void>((r) => child.once("exit", () => r()));
  const guard = () => child.kill("SIGKILL");
  process.once("exit", guard);
  const alive = () => child.exitCode === null && child.signalCode === null;
  const stop = async () => {
    process.off("exit", guard);
    if (alive()) child.kill("SIGTERM");
    const killer = setTimeout(() => child.kill("SIGKILL"), 5_000);
    await exited;
    clearTimeout(killer);
  };
  const kill = async () => {
    process.off("exit", guard);
    if (alive()) child.kill("SIGKILL");
    await exited;
  };
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      void kill();
      reject(new Error(`kiosk ${command} did not start\n${err}`));
    }, timeoutMs);
    const onData = () => {
      const m = LISTENING.exec(out);
      if (!m) return;
      clearTimeout(timer);
      child.stdout!.off("data", onData);
      resolve({ url: m[1]!, port: Number(m[2]), child, stderr: () => err, stop, kill });
    };
    child.stdout!.on("data", onData);
    void exited.then(() => {
      clearTimeout(timer);
      reject(new Error(`kiosk ${command} exited before listening\n${err}`));
    });
  });
}

/** A customer at a kiosk: add items by touch and place the order; resolves with its number. */
export async function touchOrder(kioskUrl: string, items: { item: string; qty?: number; options?: Record<string, unknown> }[]): Promise<number> {
  const ws = new WebSocket(`${kioskUrl.replace(/^http/, "ws").replace(/\/$/, "")}/ws`);
  const events: { type: string; number?: number; message?: string }[] = [];
  ws.on("message", (d) => events.push(JSON.parse(String(d)) as { type: string }));
  await new Promise<void>((resolve, reject) => {
    ws.once("open", () => resolve());
    ws.once("error", reject);
  });
  try {
    ws.send(JSON.stringify({ type: "hello", lang: "ko" }));
    for (const i of items) ws.send(JSON.stringify({ type: "touch", action: { type: "addItem", item: i.item, qty: i.qty ?? 1, ...(i.options ? { options: i.options } : {}) } }));
    ws.send(JSON.stringify({ type: "touch", action: { type: "placeOrder" } }));
    const deadline = Date.now() + 20_000;
    for (;;) {
      const placed = events.find((e) => e.type === "orderPlaced");
      if (placed) return placed.number!;
      const problem = events.find((e) => e.type === "error" || (e.type === "notice" && (e as { level?: string }).level === "error"));
      if (problem) throw new Error(`order not placed: ${problem.message}`);
      if (Date.now() > deadline) throw new Error(`no orderPlaced; got ${events.map((e) => e.type).join(",")}`);
      await new Promise((r) => setTimeout(r, 50));
    }
  } finally {
    ws.close();
  }
}

/** Follow a kiosk screen's menu events (what the customer sees as sold out). */
export async function watchScreenMenu(kioskUrl: string): Promise<{ soldOut(item: string): boolean | undefined; close(): void }> {
  const ws = new WebSocket(`${kioskUrl.replace(/^http/, "ws").replace(/\/$/, "")}/ws`);
  let menu: { items: { id: string; soldOut?: boolean }[] } | undefined;
  ws.on("message", (d) => {
    const e = JSON.parse(String(d)) as { type: string; menu?: typeof menu };
    if (e.type === "menu") menu = e.menu;
  });
  await new Promise<void>((resolve, reject) => {
    ws.once("open", () => resolve());
    ws.once("error", reject);
  });
  ws.send(JSON.stringify({ type: "hello", lang: "ko" }));
  return {
    soldOut: (item) => {
      const found = menu?.items.find((i) => i.id === item);
      return found ? found.soldOut === true : undefined;
    },
    close: () => ws.close(),
  };
}

export async function until<T>(what: string, fn: () => T | undefined | false | Promise<T | undefined | false>, timeoutMs = 15_000, everyMs = 50): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const v = await fn();
    if (v !== undefined && v !== false) return v;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, everyMs));
  }
}

/** Today's orders as the hub's screens see them. */
export async function hubState(hubUrl: string, staffPin?: string): Promise<{ orders: { id: string; number: number; kioskId: string | null; state: string; kiosk: { slot: number } | null }[]; kiosks: { id: string; slot: number; online: boolean; undelivered: number }[]; soldOut: Record<string, boolean> }> {
  const res = await fetch(`${hubUrl}/api/state`, { headers: staffPin ? { cookie: await screenCookie(hubUrl, staffPin) } : {} });
  if (!res.ok) throw new Error(`hub state: HTTP ${res.status}`);
  return (await res.json()) as Awaited<ReturnType<typeof hubState>>;
}

/** Log in as a store screen with the hub's staff PIN; the cookie to send. */
export async function screenCookie(hubUrl: string, staffPin: string): Promise<string> {
  const res = await fetch(`${hubUrl}/login`, { method: "POST", redirect: "manual", headers: { "content-type": "application/x-www-form-urlencoded" }, body: new URLSearchParams({ pin: staffPin }).toString() });
  const setCookie = res.headers.get("set-cookie");
  if (res.status !== 303 || !setCookie) throw new Error(`hub login: HTTP ${res.status}`);
  return setCookie.split(";")[0]!;
}

/** The staff PIN test kiosks are started with (KIOSK_ADMIN_PIN; the default 0000 opens only a PIN change). */
export const TEST_ADMIN_PIN = "482615";

/** Staff at a kiosk's admin screen (on the kiosk itself: loopback) flip a sold-out switch. */
export async function adminSetSoldOut(kioskUrl: string, item: string, soldOut: boolean, pin = TEST_ADMIN_PIN): Promise<void> {
  const api = `${kioskUrl.replace(/\/$/, "")}/admin/api`;
  const unlock = await fetch(api, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ type: "unlock", reqId: "1", pin }) });
  const session = unlock.headers.get("x-kiosk-admin-session");
  const unlocked = (await unlock.json()) as { type: string };
  if (!session || unlocked.type !== "unlocked") throw new Error(`admin unlock failed: ${JSON.stringify(unlocked)}`);
  const res = await fetch(api, {
    method: "POST",
    headers: { "content-type": "application/json", "x-kiosk-admin-session": session },
    body: JSON.stringify({ type: "setSoldOut", reqId: "2", item, soldOut }),
  });
  const reply = (await res.json()) as { type: string; message?: string };
  if (reply.type === "error") throw new Error(`setSoldOut failed: ${reply.message}`);
}
