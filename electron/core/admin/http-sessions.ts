// Admin sessions for the web host's admin route, one per admin screen (a token in a
// header). A session that staff have unlocked is never pushed out to make room:
// someone sending requests without a PIN can fill only their own share of the
// table, opens at most a few sessions a minute, and gets "too many" answers, not
// staff's session.
import { randomUUID } from "node:crypto";
import type { AdminService, AdminSession } from "./service.ts";

export interface SessionLimits {
  /** Sessions one client (address) may hold; its oldest locked one makes room. */
  maxPerClient: number;
  /** Sessions in all. */
  maxTotal: number;
  /** New sessions one client may open per minute. */
  newPerMinute: number;
}

export const DEFAULT_SESSION_LIMITS: SessionLimits = { maxPerClient: 8, maxTotal: 64, newPerMinute: 12 };

interface Entry {
  id: string;
  client: string;
  session: AdminSession;
  lastMs: number;
}

export type OpenResult = { ok: true; id: string; session: AdminSession } | { ok: false; status: 429 | 503; message: string };

export class AdminSessionTable {
  private readonly entries = new Map<string, Entry>();
  private readonly opened = new Map<string, number[]>();

  constructor(
    private readonly admin: AdminService,
    private readonly limits: SessionLimits = DEFAULT_SESSION_LIMITS,
    private readonly now: () => number = Date.now,
  ) {}

  get size(): number {
    return this.entries.size;
  }

  /** The session behind a token, if it is still held. */
  get(token: string): AdminSession | undefined {
    const e = this.entries.get(token);
    if (e) e.lastMs = this.now();
    return e?.session;
  }

  open(client: string): OpenResult {
    const now = this.now();
    this.forgetIdle(now);
    const recent = (this.opened.get(client) ?? []).filter((t) => now - t < 60_000);
    if (recent.length >= this.limits.newPerMinute) {
      this.opened.set(client, recent);
      return { ok: false, status: 429, message: "too many new admin sessions from this address; wait a minute" };
    }
    const own = [...this.entries.values()].filter((e) => e.client === client);
    if (own.length >= this.limits.maxPerClient && !this.evictLocked(own)) {
      return { ok: false, status: 429, message: "too many admin sessions from this address; lock one first" };
    }
    if (this.entries.size >= this.limits.maxTotal && !this.evictLocked([...this.entries.values()])) {
      return { ok: false, status: 503, message: "too many admin sessions are open; try again later" };
    }
    recent.push(now);
    this.opened.set(client, recent);
    const entry: Entry = { id: randomUUID(), client, session: this.admin.openSession(client), lastMs: now };
    this.entries.set(entry.id, entry);
    return { ok: true, id: entry.id, session: entry.session };
  }

  /** Drop the least recently used locked session among `candidates`; false when every one is unlocked. */
  private evictLocked(candidates: Entry[]): boolean {
    const victim = candidates.filter((e) => !e.session.isUnlocked).sort((a, b) => a.lastMs - b.lastMs)[0];
    if (!victim) return false;
    this.entries.delete(victim.id);
    return true;
  }

  /** Sessions idle past the admin timeout are locked anyway: forget them, and old rate records. */
  private forgetIdle(now: number): void {
    for (const [id, e] of this.entries) if (!e.session.isUnlocked && now - e.lastMs > this.admin.idleTimeoutMs) this.entries.delete(id);
    for (const [client, times] of this.opened) if (times.every((t) => now - t >= 60_000)) this.opened.delete(client);
  }
}
