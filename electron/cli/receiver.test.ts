import { afterEach, describe, expect, it } from "vitest";
import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import { rmSync } from "node:fs";
import { join, resolve } from "node:path";
import { createInterface } from "node:readline";
import { OrderService } from "../core/orders/service.ts";
import { sampleCart, tempDir, testMenu } from "../core/orders/test-fixtures.ts";

const ROOT = resolve(import.meta.dirname, "../..");
const KIOSK = join(ROOT, "bin/kiosk.js");
const cleanup: (() => unknown)[] = [];
afterEach(async () => {
  for (const c of cleanup.splice(0).reverse()) await c();
});

function startReceiver(args: string[]): Promise<{ proc: ChildProcess; url: string; lines: string[] }> {
  const proc = spawn(process.execPath, [KIOSK, "receiver", ...args], { cwd: ROOT, stdio: ["ignore", "pipe", "pipe"] });
  cleanup.push(() => {
    if (proc.exitCode === null) proc.kill("SIGKILL");
  });
  const lines: string[] = [];
  return new Promise((res, rej) => {
    createInterface({ input: proc.stdout! }).on("line", (line) => {
      lines.push(line);
      const m = /^listening on (http:\/\/127\.0\.0\.1:\d+)$/.exec(line);
      if (m) res({ proc, url: m[1]!, lines });
    });
    proc.on("exit", (code) => rej(new Error(`receiver exited ${code}`)));
  });
}

describe("kiosk receiver", () => {
  it("prints where it listens, a line per new order, lists them, and stops cleanly on SIGTERM", async () => {
    const dir = tempDir("kiosk-cli-receiver-");
    cleanup.push(() => rmSync(dir, { recursive: true, force: true }));
    const { proc, url, lines } = await startReceiver(["--secret", "abc", "--port", "0", "--store", join(dir, "got.jsonl")]);
    const menu = testMenu();
    const service = OrderService.open({ dataDir: join(dir, "data"), env: { KIOSK_WEBHOOK_URL: url, KIOSK_WEBHOOK_SECRET: "abc" } });
    const order = await service.store.place({ cart: sampleCart(menu), lang: "en", menu });
    expect(await service.close(5000)).toBe(0);
    const listed = (await (await fetch(`${url}/orders`)).json()) as { orders: { key: string }[] };
    expect(listed.orders.map((o) => o.key)).toEqual([order.id]);
    await new Promise((r) => setTimeout(r, 100));
    expect(lines).toContain(`order #1  2× 아메리카노, 1× 치즈케이크  total 16,600 KRW  (${order.id})`);
    const exited = new Promise<number | null>((r) => proc.on("exit", (code) => r(code)));
    proc.kill("SIGTERM");
    expect(await exited).toBe(0);
  });

  it.each([
    [[], 2, /receiver needs --secret S/],
    [["--secret", "x", "--port", "http"], 2, /--port http: not a port number/],
  ])("refuses bad arguments %j with one clear line", (args, code, message) => {
    const r = spawnSync(process.execPath, [KIOSK, "receiver", ...args], { cwd: ROOT, encoding: "utf8", env: { ...process.env, KIOSK_WEBHOOK_SECRET: "" } });
    expect(r.status).toBe(code);
    expect(r.stderr.trim().split("\n")).toHaveLength(1);
    expect(r.stderr).toMatch(message);
  });

  it("says so when the port is taken", async () => {
    const { url } = await startReceiver(["--secret", "abc", "--port", "0"]);
    const port = new URL(url).port;
    const r = spawnSync(process.execPath, [KIOSK, "receiver", "--secret", "abc", "--port", port], { cwd: ROOT, encoding: "utf8" });
    expect(r.status).toBe(1);
    expect(r.stderr.trim()).toBe(`kiosk: port ${port} on 127.0.0.1 is already in use`);
  });
});
