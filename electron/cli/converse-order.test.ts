// `kiosk converse` (not batch) that reaches a confirmed checkout places a real order:
// it is in the durable store in KIOSK_DATA_DIR with the number the JSON reports, and
// it reaches the kitchen webhook (a `kiosk receiver`) before the process exits.
import { afterAll, describe, expect, it } from "vitest";
import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import { rmSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { createInterface } from "node:readline";
import Database from "better-sqlite3";
import { tempDir, testMenuJson } from "../core/orders/test-fixtures.ts";

const ROOT = resolve(import.meta.dirname, "../..");
const KIOSK = join(ROOT, "bin/kiosk.js");
const dir = tempDir("kiosk-converse-order-");
const procs: ChildProcess[] = [];
afterAll(() => {
  for (const p of procs) if (p.exitCode === null) p.kill("SIGKILL");
  rmSync(dir, { recursive: true, force: true });
});

function startReceiver(): Promise<string> {
  const p = spawn(process.execPath, [KIOSK, "receiver", "--secret", "conv-secret", "--port", "0"], { cwd: ROOT, stdio: ["ignore", "pipe", "pipe"] });
  procs.push(p);
  return new Promise((res, rej) => {
    createInterface({ input: p.stdout! }).on("line", (l) => {
      const m = /^listening on (\S+)$/.exec(l);
      if (m) res(m[1]!);
    });
    p.on("exit", (c) => rej(new Error(`receiver exited ${c}`)));
  });
}

describe("kiosk converse places real orders", () => {
  it("a confirmed checkout is stored with its number and delivered to the kitchen", async () => {
    const menu = join(dir, "menu.json");
    writeFileSync(menu, JSON.stringify(testMenuJson));
    const url = await startReceiver();
    const env = { ...process.env, KIOSK_DATA_DIR: join(dir, "data"), KIOSK_WEBHOOK_URL: url, KIOSK_WEBHOOK_SECRET: "conv-secret", OPENAI_API_KEY: "" };
    const talk = (lines: string[]) =>
      spawnSync(process.execPath, [KIOSK, "converse", "--menu", menu, "--engine", "offline", "--json"], { cwd: ROOT, env, input: lines.join("\n") + "\n", encoding: "utf8", timeout: 60_000 });

    const first = talk(["치즈케이크 하나 주세요", "그게 다예요", "네"]);
    expect(first.status).toBe(0);
    const out = JSON.parse(first.stdout) as { cart: { lines: { item: string; qty: number }[]; total: number }; order?: { number: number } };
    expect(out.order).toEqual({ number: 1 });
    expect(out.cart.lines).toEqual([expect.objectContaining({ item: "cheesecake", qty: 1 })]);

    const second = talk(["치즈케이크 두 개요", "그게 다예요", "네"]);
    expect(JSON.parse(second.stdout).order).toEqual({ number: 2 });

    const db = new Database(join(dir, "data", "orders.sqlite"), { readonly: true });
    const rows = db.prepare("SELECT id, number, total, status FROM orders ORDER BY number").all() as { id: string; number: number; total: number; status: string }[];
    db.close();
    expect(rows.map((r) => [r.number, r.total, r.status])).toEqual([
      [1, 6000, "acknowledged"],
      [2, 12000, "acknowledged"],
    ]);
    const got = (await (await fetch(`${url}/orders`)).json()) as { orders: { key: string; order: { number: number } }[] };
    expect(got.orders.map((o) => [o.key, o.order.number])).toEqual(rows.map((r) => [r.id, r.number]));
  }, 120_000);
});
