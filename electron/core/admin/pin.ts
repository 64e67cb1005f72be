// The staff PIN: kept hashed (scrypt), checked in constant time, and guarded
// against guessing, per source (the kiosk's own screen, a browser's address):
// after 5 wrong PINs in a row that source is locked for 5 minutes, each further
// lockout twice as long but never past 15 minutes, so someone at the customer
// screen can delay staff by minutes, not a day (guessing stays slow: at most 5
// tries per 15 minutes). The lock state is kept on disk, so restarting the kiosk
// does not reset it; README "Installing in a store" says how staff clear it.
import { randomBytes, scryptSync, timingSafeEqual } from "node:crypto";
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { writeFileAtomic } from "../orders/db.ts";

/** Used when neither the admin screen nor KIOSK_ADMIN_PIN set one. Change it. */
export const DEFAULT_ADMIN_PIN = "0000";
export const MAX_WRONG_PINS = 5;
export const FIRST_LOCKOUT_MS = 5 * 60_000;
export const MAX_LOCKOUT_MS = 15 * 60_000;
/** Sources remembered at most (the oldest unlocked ones are forgotten first). */
const MAX_SOURCES = 200;
/** The source of every check that names none, and of a lock state from before sources existed. */
export const ANY_SOURCE = "*";

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
  private states: Record<string, LockState> = {};

  constructor(
    dataDir: string,
    private readonly source: PinSource,
    private readonly now: () => number = Date.now,
  ) {
    this.file = join(dataDir, "admin-lock.json");
    if (existsSync(this.file)) {
      try {
        const raw = JSON.parse(readFileSync(this.file, "utf8")) as Record<string, unknown>;
        // Before sources existed the file held one state: it applies to every source.
        const bySource = (raw.sources ?? { [ANY_SOURCE]: raw }) as Record<string, Partial<LockState>>;
        for (const [src, st] of Object.entries(bySource)) this.states[src] = toLockState(st);
      } catch {
        // An unreadable lock file counts as one lockout in force: guessing must not get easier by breaking it.
        this.states = { [ANY_SOURCE]: { wrongInARow: 0, lockouts: 1, lockedUntilMs: this.now() + FIRST_LOCKOUT_MS } };
      }
    }
  }

  /** True while staff still use the documented default PIN (also when KIOSK_ADMIN_PIN names it). */
  get usingDefault(): boolean {
    if (this.source.hash()) return false;
    const env = this.source.envPin();
    return !env || env === DEFAULT_ADMIN_PIN;
  }

  /** Until when `source` is locked out (a lock on every source counts too). */
  lockedUntilMs(source = ANY_SOURCE): number | undefined {
    const until = Math.max(this.states[source]?.lockedUntilMs ?? 0, this.states[ANY_SOURCE]?.lockedUntilMs ?? 0);
    return until > this.now() ? until : undefined;
  }

  matches(pin: string): boolean {
    const hash = this.source.hash();
    if (hash) return pinMatchesHash(pin, hash);
    return plainMatches(pin, this.source.envPin() || DEFAULT_ADMIN_PIN);
  }

  check(pin: string, source = ANY_SOURCE): PinCheck {
    const until = this.lockedUntilMs(source);
    // While locked, even the right PIN is refused (and not even compared).
    if (until !== undefined) return { ok: false, reason: "locked-out", lockedUntilMs: until };
    const state = this.states[source] ?? { wrongInARow: 0, lockouts: 0, lockedUntilMs: 0 };
    if (this.matches(pin)) {
      // The right PIN clears this source, and a lock state from before sources existed.
      delete this.states[source];
      delete this.states[ANY_SOURCE];
      this.save();
      return { ok: true };
    }
    const wrong = state.wrongInARow + 1;
    if (wrong >= MAX_WRONG_PINS) {
      const lockMs = Math.min(MAX_LOCKOUT_MS, FIRST_LOCKOUT_MS * 2 ** Math.min(state.lockouts, 16));
      const lockedUntilMs = this.now() + lockMs;
      this.put(source, { wrongInARow: 0, lockouts: state.lockouts + 1, lockedUntilMs });
      return { ok: false, reason: "locked-out", lockedUntilMs };
    }
    this.put(source, { ...state, wrongInARow: wrong });
    return { ok: false, reason: "wrong-pin", attemptsLeft: MAX_WRONG_PINS - wrong };
  }

  private put(source: string, next: LockState): void {
    this.states[source] = next;
    const names = Object.keys(this.states);
    if (names.length > MAX_SOURCES) {
      // Forget the source whose lock ended longest ago (never one that is locked now).
      const now = this.now();
      const oldest = names.filter((n) => n !== source && this.states[n]!.lockedUntilMs <= now).sort((a, b) => this.states[a]!.lockedUntilMs - this.states[b]!.lockedUntilMs)[0];
      if (oldest !== undefined) delete this.states[oldest];
    }
    this.save();
  }

  private save(): void {
    writeFileAtomic(this.file, JSON.stringify({ sources: this.states }));
  }
}

function toLockState(s: Partial<LockState> | undefined): LockState {
  return { wrongInARow: Number(s?.wrongInARow) || 0, lockouts: Number(s?.lockouts) || 0, lockedUntilMs: Number(s?.lockedUntilMs) || 0 };
}
