// `kiosk hub` as staff run it: the listening line, its screens, a clean stop, and one
// clear line for every bad start.
import { afterEach, describe, expect, it } from "vitest";
import { spawnSync } from "node:child_process";
import { rmSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { tempDir } from "../core/orders/test-fixtures.ts";
import { startKioskProcess } from "../../test-support/store-hub.ts";

const ROOT = resolve(import.meta.dirname, "../..");
const KIOSK = join(ROOT, "bin/kiosk.js");
const cleanup: (() => unknown)[] = [];
afterEach(async () => {
  for (const c of cleanup.splice(0).reverse()) await c();
});

function hubDir(): string {
  const d = tempDir("kiosk-cli-hub-");
  cleanup.push(() => rmSync(d, { recursive: true, force: true }));
  return d;
}

describe("kiosk hub", () => {
  it("prints `listening on URL`, serves its screens, and stops cleanly on SIGTERM", async () => {
    const dir = hubDir();
    const hub = await startKioskProcess("hub", ["--port", "0", "--data", dir], { KIOSK_HUB_SECRET: "from-env" });
    cleanup.push(() => hub.kill());
    for (const path of ["/kds", "/board", "/staff", "/health"]) expect((await fetch(`${hub.url}${path}`)).status, path).toBe(200);
    expect(hub.stderr()).toMatch(/kitchen http:\/\/127\.0\.0\.1:\d+\/kds/);
    const exited = new Promise<number | null>((r) => hub.child.once("exit", (code) => r(code)));
    hub.child.kill("SIGTERM");
    expect(await exited).toBe(0);
  });

  it.each([
    [[], 2, /the hub needs its pairing secret: --secret S or KIOSK_HUB_SECRET/],
    [["--secret", "s", "--port", "http"], 2, /--port must be a number/],
    [["--secret", "s", "--block-size", "five"], 1, /block size must be a whole number from 10 to 5000, not NaN/],
    [["--secret", "s", "extra"], 2, /hub takes no positional arguments/],
    [["--secret", "s", "--host", "0.0.0.0", "--port", "0"], 2, /listening on 0\.0\.0\.0 lets other machines open the store screens: give them a staff PIN/],
    [["--secret", "s", "--staff-pin", "12"], 2, /staff PIN .* must be 4 to 64 characters/],
  ])("refuses %j with one clear line", (args, code, message) => {
    const dir = hubDir();
    const r = spawnSync(process.execPath, [KIOSK, "hub", "--data", dir, ...args], { cwd: ROOT, encoding: "utf8", env: { ...process.env, KIOSK_HUB_SECRET: "", KIOSK_HUB_STAFF_PIN: "" } });
    expect(r.status).toBe(code);
    expect(r.stderr.trim().split("\n")).toHaveLength(1);
    expect(r.stderr).toMatch(message);
  });

  it("refuses a damaged hub database instead of starting a new one", () => {
    const dir = hubDir();
    writeFileSync(join(dir, "hub.sqlite"), "not a database at all ".repeat(20));
    const r = spawnSync(process.execPath, [KIOSK, "hub", "--data", dir, "--secret", "s", "--port", "0"], { cwd: ROOT, encoding: "utf8", timeout: 20_000 });
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(/the hub database .*hub\.sqlite cannot be used/);
  });
});
