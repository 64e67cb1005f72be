// The staff PIN: kept hashed (scrypt), checked in constant time, and guarded
// against guessing: after 5 wrong PINs in a row the admin screen locks for 5
// minutes, each further lockout twice as long (capped at a day). The lock state is
// kept on disk, so restarting the kiosk does not reset it.
import { randomBytes, scryptSync, timingSafeEqual } from "node:crypto";
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { writeFileAtomic } from "../orders/db.ts";

/** Used when neither the admin screen nor KIOSK_ADMIN_PIN set one. Change it. */
export const DEFAULT_ADMIN_PIN = "0000";
export const MAX_WRONG_PINS = 5;
export const FIRST_LOCKOUT_MS = 5 * 60_000;
export const MAX_LOCKOUT_MS = 24 * 60 * 60_000;

export function hashPin(pin: string, salt = randomBytes(16)): string {
  return `scrypt$${salt.toString("hex")}$${scryptSync(pin, salt, 32).toString("hex")}`;
}

export function pinMatchesHash(pin: string, hash: string): boolean {
  const [kind, saltHex, keyHex] = hash.split("$");
  if (kind !== "scrypt" || !saltHex || !keyHex) return false;
  const expected = Buffer.from(keyHex, "hex");
  const got = scryptSync(pin, Buffer.from(saltHex, "hex"), expected.length);
  return timingSafeEqual(expected, got);
}

function plainMatches(pin: string, expected: string): boolean {
  const a = Buffer.from(pin.padEnd(16, "\0").slice(0, 16));
  const b = Buffer.from(expected.padEnd(16, "\0").slice(0, 16));
  return timingSafeEqual(a, b) && pin.length === expected.length;
}

interface LockState {
  wrongInARow: number;
  lockouts: number;
  lockedUntilMs: number;
}

export type PinCheck =
  | { ok: true }
  | { ok: false; reason: "wrong-pin"; attemptsLeft: number }
  | { ok: false; reason: "locked-out"; lockedUntilMs: number };

export interface PinSource {
  /** Hash set on the admin screen (wins). */
  hash: () => string | undefined;
  /** KIOSK_ADMIN_PIN from the environment. */
  envPin: () => string | undefined;
}

export class PinGate {
  private readonly file: string;
  private state: LockState;

  constructor(
    dataDir: string,
    private readonly source: PinSource,
    private readonly now: () => number = Date.now,
  ) {
    this.file = join(dataDir, "admin-lock.json");
    this.state = { wrongInARow: 0, lockouts: 0, lockedUntilMs: 0 };
    if (existsSync(this.file)) {
      try {
        const s = JSON.parse(readFileSync(this.file, "utf8")) as Partial<LockState>;
        this.state = { wrongInARow: Number(s.wrongInARow) || 0, lockouts: Number(s.lockouts) || 0, lockedUntilMs: Number(s.lockedUntilMs) || 0 };
      } catch {
        // An unreadable lock file counts as one lockout in force: guessing must not get easier by breaking it.
        this.state = { wrongInARow: 0, lockouts: 1, lockedUntilMs: this.now() + FIRST_LOCKOUT_MS };
      }
    }
  }

  /** True while staff still use the documented default PIN. */
  get usingDefault(): boolean {
    return !this.source.hash() && !this.source.envPin();
  }

  lockedUntilMs(): number | undefined {
    return this.state.lockedUntilMs > this.now() ? this.state.lockedUntilMs : undefined;
  }

  matches(pin: string): boolean {
    const hash = this.source.hash();
    if (hash) return pinMatchesHash(pin, hash);
    return plainMatches(pin, this.source.envPin() || DEFAULT_ADMIN_PIN);
  }

  check(pin: string): PinCheck {
    const until = this.lockedUntilMs();
    // While locked, even the right PIN is refused (and not even compared).
    if (until !== undefined) return { ok: false, reason: "locked-out", lockedUntilMs: until };
    if (this.matches(pin)) {
      this.save({ wrongInARow: 0, lockouts: 0, lockedUntilMs: 0 });
      return { ok: true };
    }
    const wrong = this.state.wrongInARow + 1;
    if (wrong >= MAX_WRONG_PINS) {
      const lockMs = Math.min(MAX_LOCKOUT_MS, FIRST_LOCKOUT_MS * 2 ** this.state.lockouts);
      const lockedUntilMs = this.now() + lockMs;
      this.save({ wrongInARow: 0, lockouts: this.state.lockouts + 1, lockedUntilMs });
      return { ok: false, reason: "locked-out", lockedUntilMs };
    }
    this.save({ ...this.state, wrongInARow: wrong });
    return { ok: false, reason: "wrong-pin", attemptsLeft: MAX_WRONG_PINS - wrong };
  }

  private save(next: LockState): void {
    this.state = next;
    writeFileAtomic(this.file, JSON.stringify(next));
  }
}
