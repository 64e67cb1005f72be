import { afterEach, describe, expect, it } from "vitest";
import { rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { DEFAULT_ADMIN_PIN, FIRST_LOCKOUT_MS, hashPin, MAX_LOCKOUT_MS, PinGate, pinMatchesHash } from "./pin.ts";
import { tempDir } from "../orders/test-fixtures.ts";

const dirs: string[] = [];
afterEach(() => dirs.splice(0).forEach((d) => rmSync(d, { recursive: true, force: true })));
function gate(source: { hash?: string; env?: string } = {}, clock = { now: 1_000_000 }) {
  const dir = tempDir("kiosk-pin-");
  dirs.push(dir);
  return { dir, clock, g: new PinGate(dir, { hash: () => source.hash, envPin: () => source.env }, () => clock.now) };
}

describe("PinGate", () => {
  it("uses the settings hash over KIOSK_ADMIN_PIN over the documented default", () => {
    expect(gate().g.matches(DEFAULT_ADMIN_PIN)).toBe(true);
    expect(gate().g.usingDefault).toBe(true);
    // Setting the public default in the environment does not make it private.
    expect(gate({ env: DEFAULT_ADMIN_PIN }).g.usingDefault).toBe(true);
    const env = gate({ env: "4321" }).g;
    expect([env.matches("4321"), env.matches(DEFAULT_ADMIN_PIN), env.usingDefault]).toEqual([true, false, false]);
    const hashed = gate({ hash: hashPin("987654"), env: "4321" }).g;
    expect([hashed.matches("987654"), hashed.matches("4321"), hashed.matches("98765")]).toEqual([true, false, false]);
  });

  it("hashes with a salt: the same PIN hashes differently and still verifies", () => {
    const a = hashPin("1234");
    const b = hashPin("1234");
    expect(a).not.toBe(b);
    expect(pinMatchesHash("1234", a) && pinMatchesHash("1234", b)).toBe(true);
    expect(pinMatchesHash("1235", a)).toBe(false);
    expect(pinMatchesHash("1234", "garbage")).toBe(false);
  });

  it("locks after 5 wrong PINs for 5 minutes, refuses even the right PIN then, and doubles the next lockout", () => {
    const { g, clock } = gate({ env: "2468" });
    const results = [1, 2, 3, 4].map(() => g.check("0000"));
    expect(results.map((r) => (r.ok ? "ok" : r.reason === "wrong-pin" ? r.attemptsLeft : r.reason))).toEqual([4, 3, 2, 1]);
    expect(g.check("0000")).toEqual({ ok: false, reason: "locked-out", lockedUntilMs: clock.now + FIRST_LOCKOUT_MS });
    expect(g.check("2468")).toMatchObject({ ok: false, reason: "locked-out" });
    clock.now += FIRST_LOCKOUT_MS - 1;
    expect(g.check("2468")).toMatchObject({ ok: false, reason: "locked-out" });
    clock.now += 1;
    for (let i = 0; i < 4; i++) g.check("1111");
    expect(g.check("1111")).toEqual({ ok: false, reason: "locked-out", lockedUntilMs: clock.now + 2 * FIRST_LOCKOUT_MS });
    clock.now += 2 * FIRST_LOCKOUT_MS;
    for (let i = 0; i < 4; i++) g.check("1111");
    // Doubling stops at the cap (15 minutes), however long the guessing goes on.
    expect(g.check("1111")).toEqual({ ok: false, reason: "locked-out", lockedUntilMs: clock.now + MAX_LOCKOUT_MS });
    clock.now += MAX_LOCKOUT_MS;
    // The right PIN resets everything: the next lockout is back to 5 minutes.
    expect(g.check("2468")).toEqual({ ok: true });
    for (let i = 0; i < 4; i++) g.check("1111");
    expect(g.check("1111")).toEqual({ ok: false, reason: "locked-out", lockedUntilMs: clock.now + FIRST_LOCKOUT_MS });
  });

  it("keeps the lockout across a restart", () => {
    const { dir, g, clock } = gate({ env: "2468" });
    for (let i = 0; i < 5; i++) g.check("0000");
    const again = new PinGate(dir, { hash: () => undefined, envPin: () => "2468" }, () => clock.now);
    expect(again.check("2468")).toMatchObject({ ok: false, reason: "locked-out" });
  });

  it("treats an unreadable lock file as a lockout, not as a fresh start", () => {
    const { dir, clock } = gate();
    writeFileSync(join(dir, "admin-lock.json"), "{broken");
    const g = new PinGate(dir, { hash: () => undefined, envPin: () => undefined }, () => clock.now);
    expect(g.check(DEFAULT_ADMIN_PIN)).toMatchObject({ ok: false, reason: "locked-out" });
  });

  it("cannot be stretched to a day: a day of wrong PINs never locks staff out for more than 15 minutes at a time", () => {
    const { g, clock } = gate({ env: "2468" });
    const start = clock.now;
    let longest = 0;
    while (clock.now < start + 24 * 60 * 60_000) {
      const r = g.check("1111", "customer-screen");
      if (!r.ok && r.reason === "locked-out") {
        longest = Math.max(longest, r.lockedUntilMs - clock.now);
        clock.now = r.lockedUntilMs;
      }
    }
    expect(longest).toBe(MAX_LOCKOUT_MS);
    expect(MAX_LOCKOUT_MS).toBeLessThanOrEqual(15 * 60_000);
    expect(g.check("2468", "customer-screen")).toEqual({ ok: true });
  });

  it("locks per source: one source's wrong PINs do not lock another", () => {
    const { dir, g, clock } = gate({ env: "2468" });
    for (let i = 0; i < 5; i++) g.check("0000", "127.0.0.1");
    expect(g.check("2468", "127.0.0.1")).toMatchObject({ ok: false, reason: "locked-out" });
    expect(g.check("2468", "screen")).toEqual({ ok: true });
    // Still locked for the first source, across a restart.
    const again = new PinGate(dir, { hash: () => undefined, envPin: () => "2468" }, () => clock.now);
    expect(again.lockedUntilMs("127.0.0.1")).toBe(clock.now + FIRST_LOCKOUT_MS);
  });

  it("reads a lock file from before sources existed as a lock on every source", () => {
    const { dir, clock } = gate();
    writeFileSync(join(dir, "admin-lock.json"), JSON.stringify({ wrongInARow: 0, lockouts: 3, lockedUntilMs: clock.now + 60_000 }));
    const g = new PinGate(dir, { hash: () => undefined, envPin: () => "2468" }, () => clock.now);
    expect(g.check("2468", "screen")).toMatchObject({ ok: false, reason: "locked-out", lockedUntilMs: clock.now + 60_000 });
  });
});
