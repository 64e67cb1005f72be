// THE CRASH TEST: a child process places 1000 orders through the store with
// delivery to a receiver (another child, `kiosk receiver --store`), and is killed
// with SIGKILL at random moments and started again until all are placed and
// delivered. Afterwards every order number the child printed (it prints only after
// place() resolved) is in the database, and the receiver holds each order exactly once.
import { afterAll, describe, expect, it } from "vitest";
import { spawn, type ChildProcess } from "node:child_process";
import { readFileSync, rmSync } from "node:fs";
import { join, resolve } from "node:path";
import { createInterface } from "node:readline";
import Database from "better-sqlite3";
import { tempDir } from "./test-fixtures.ts";

const ROOT = resolve(import.meta.dirname, "../../..");
const TARGET = Number(process.env.CRASH_TEST_ORDERS ?? 1000);
const SECRET = "crash-test-secret";
const dir = tempDir("kiosk-crash-");
const children: ChildProcess[] = [];
afterAll(() => {
  for (const c of children) if (c.exitCode === null && c.signalCode === null) c.kill("SIGKILL");
  rmSync(dir, { recursive: true, force: true });
});

function runTs(file: string, args: string[]): ChildProcess {
  const c = spawn(process.execPath, [join(ROOT, "bin/run-ts.js"), file, ...args], { cwd: ROOT, stdio: ["ignore", "pipe", "pipe"] });
  children.push(c);
  return c;
}

function startReceiver(storeFile: string): Promise<{ proc: ChildProcess; url: string }> {
  const proc = spawn(process.execPath, [join(ROOT, "bin/kiosk.js"), "receiver", "--secret", SECRET, "--port", "0", "--store", storeFile], {
    cwd: ROOT,
    stdio: ["ignore", "pipe", "pipe"],
  });
  children.push(proc);
  return new Promise((resolveUrl, reject) => {
    const rl = createInterface({ input: proc.stdout! });
    rl.on("line", (line) => {
      const m = /^listening on (http:\/\/\S+)$/.exec(line);
      if (m) resolveUrl({ proc, url: m[1]! });
    });
    proc.on("exit", (code) => reject(new Error(`receiver exited (${code}): ${proc.stderr?.read()?.toString() ?? ""}`)));
  });
}

interface Life {
  exitCode: number | null;
  killed: boolean;
  printed: { number: number; id: string }[];
  done: boolean;
}

function runChild(dataDir: string, url: string, killAfterMs: number | undefined): Promise<Life> {
  const proc = runTs("electron/core/orders/crash-child.ts", [dataDir, String(TARGET), url, SECRET]);
  const life: Life = { exitCode: null, killed: false, printed: [], done: false };
  let stderr = "";
  proc.stderr!.on("data", (d: Buffer) => (stderr += d.toString()));
  const rl = createInterface({ input: proc.stdout! });
  rl.on("line", (line) => {
    const m = /^placed (\d+) (\S+)$/.exec(line);
    if (m) life.printed.push({ number: Number(m[1]), id: m[2]! });
    if (line === "delivered-left 0") life.done = true;
    // Start the kill clock once the child is up, so every life does some work.
    if (line.startsWith("ready") && killAfterMs !== undefined) {
      setTimeout(() => {
        if (proc.exitCode === null) {
          life.killed = true;
          proc.kill("SIGKILL");
        }
      }, killAfterMs);
    }
  });
  return new Promise((res, rej) => {
    proc.on("close", (code) => {
      life.exitCode = code;
      if (!life.killed && code !== 0) rej(new Error(`crash child failed (${code}): ${stderr}`));
      else res(life);
    });
  });
}

describe("crash test", () => {
  it(`every order survives random SIGKILLs: ${TARGET} orders placed, all in the database, each delivered exactly once`, async () => {
    const t0 = Date.now();
    const dataDir = join(dir, "data");
    const storeFile = join(dir, "received.jsonl");
    const receiver = await startReceiver(storeFile);
    const printed: { number: number; id: string }[] = [];
    let kills = 0;
    let lives = 0;
    for (;;) {
      lives++;
      // Random moments, from just after start to well into a life; stop killing after 20 to finish.
      // The window is short enough that a quiet, fast machine (1000 orders in ~2 s) still
      // gets killed at least ten times before the orders run out.
      const killAfter = kills < 20 ? 20 + Math.random() * 200 : undefined;
      const life = await runChild(dataDir, receiver.url, killAfter);
      printed.push(...life.printed);
      if (life.killed) kills++;
      if (life.done && life.exitCode === 0) break;
      expect(lives).toBeLessThan(80);
    }

    const db = new Database(join(dataDir, "orders.sqlite"), { readonly: true });
    const rows = db.prepare("SELECT id, number, business_day, status FROM orders").all() as { id: string; number: number; business_day: string; status: string }[];
    const undelivered = (db.prepare("SELECT COUNT(*) AS n FROM outbox WHERE state <> 'done'").get() as { n: number }).n;
    db.close();
    const byId = new Map(rows.map((r) => [r.id, r]));
    expect(rows).toHaveLength(TARGET);
    // Every number printed (= acknowledged to a customer) is in the database, with that number.
    for (const p of printed) expect(byId.get(p.id)?.number).toBe(p.number);
    expect(new Set(printed.map((p) => p.id)).size).toBe(printed.length);
    // Numbers are unique per business day and without gaps.
    const days = new Map<string, number[]>();
    for (const r of rows) days.set(r.business_day, [...(days.get(r.business_day) ?? []), r.number]);
    for (const nums of days.values()) expect(nums.sort((a, b) => a - b)).toEqual(nums.map((_, i) => i + 1));
    expect(undelivered).toBe(0);
    expect(rows.every((r) => r.status === "acknowledged")).toBe(true);

    // The receiver holds each order exactly once: in memory and in its store file.
    const listed = (await (await fetch(`${receiver.url}/orders`)).json()) as { orders: { key: string }[]; stats: { accepted: number; duplicates: number } };
    expect(listed.orders.map((o) => o.key).sort()).toEqual([...byId.keys()].sort());
    const fileKeys = readFileSync(storeFile, "utf8")
      .split("\n")
      .filter(Boolean)
      .map((l) => (JSON.parse(l) as { key: string }).key);
    expect(fileKeys).toHaveLength(TARGET);
    expect(new Set(fileKeys).size).toBe(TARGET);
    receiver.proc.kill("SIGTERM");

    const summary = {
      orders: TARGET,
      lives,
      kills,
      printed: printed.length,
      committedButKilledBeforePrint: TARGET - printed.length,
      redeliveriesIgnoredByReceiver: listed.stats.duplicates,
      elapsedMs: Date.now() - t0,
    };
    console.log(`crash test: ${JSON.stringify(summary)}`);
    expect(kills).toBeGreaterThanOrEqual(10);
  }, 300_000);
});
