// The outbox table: which placed orders still have to reach the kitchen, and when
// to try next. Rows are claimed by one delivering process at a time (a lease with
// the claimer's pid); a claim left by a process that died is released at start.
import type { Database as Db, Statement } from "better-sqlite3";
import type { StoredOrder } from "./store.ts";

export interface OutboxRow {
  orderId: string;
  attempts: number;
}

export interface ClaimOptions {
  nowMs: number;
  limit: number;
  owner: string;
  leaseMs: number;
}

/**
 * The JSON body delivered to the kitchen webhook. Same bytes on every attempt.
 * `kioskId` (this kiosk's order database id) tells a store hub which kiosk sent it.
 */
export function webhookPayload(order: StoredOrder, kioskId?: string): Record<string, unknown> {
  return {
    event: "order.placed",
    version: 1,
    id: order.id,
    ...(kioskId ? { kioskId } : {}),
    number: order.number,
    businessDay: order.businessDay,
    placedAtMs: order.placedAtMs,
    lang: order.lang,
    store: order.store,
    currency: order.currency,
    total: order.total,
    itemCount: order.itemCount,
    lines: order.lines,
    orderOptions: order.orderOptions,
  };
}

function isAlive(pid: number): boolean {
  if (pid === process.pid) return true;
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    return (err as NodeJS.ErrnoException).code === "EPERM";
  }
}

export class OutboxQueue {
  private readonly st: Record<"due" | "claim" | "markSent" | "done" | "ack" | "retry" | "fail" | "nextDue" | "pendingCount" | "release" | "enqueue" | "resend", Statement>;

  constructor(readonly db: Db) {
    this.st = {
      due: db.prepare(
        `SELECT order_id, attempts FROM outbox
         WHERE state = 'pending' AND next_attempt_at_ms <= @now AND (claimed_until_ms IS NULL OR claimed_until_ms < @now)
         ORDER BY next_attempt_at_ms LIMIT @limit`,
      ),
      claim: db.prepare(
        "UPDATE outbox SET claimed_by = ?, claimed_pid = ?, claimed_until_ms = ?, attempts = attempts + 1, last_attempt_at_ms = ? WHERE order_id = ?",
      ),
      markSent: db.prepare("UPDATE orders SET status = 'sent', sent_at_ms = COALESCE(sent_at_ms, ?) WHERE id = ? AND status <> 'acknowledged'"),
      done: db.prepare(
        "UPDATE outbox SET state = 'done', delivered_at_ms = ?, claimed_by = NULL, claimed_pid = NULL, claimed_until_ms = NULL, last_error = NULL WHERE order_id = ?",
      ),
      ack: db.prepare("UPDATE orders SET status = 'acknowledged', acknowledged_at_ms = ? WHERE id = ?"),
      retry: db.prepare(
        "UPDATE outbox SET next_attempt_at_ms = ?, last_error = ?, claimed_by = NULL, claimed_pid = NULL, claimed_until_ms = NULL WHERE order_id = ? AND state = 'pending'",
      ),
      fail: db.prepare("UPDATE orders SET status = 'failed', failed_at_ms = ? WHERE id = ? AND status <> 'acknowledged'"),
      nextDue: db.prepare(
        "SELECT MIN(MAX(next_attempt_at_ms, COALESCE(claimed_until_ms, 0))) AS at FROM outbox WHERE state = 'pending'",
      ),
      pendingCount: db.prepare("SELECT COUNT(*) AS n FROM outbox WHERE state = 'pending'"),
      release: db.prepare(
        "UPDATE outbox SET claimed_by = NULL, claimed_pid = NULL, claimed_until_ms = NULL, next_attempt_at_ms = MIN(next_attempt_at_ms, ?) WHERE order_id = ?",
      ),
      enqueue: db.prepare(
        "INSERT INTO outbox (order_id, state, attempts, next_attempt_at_ms, created_at_ms) VALUES (?, 'pending', 0, ?, ?) ON CONFLICT (order_id) DO NOTHING",
      ),
      resend: db.prepare(
        "UPDATE outbox SET state = 'pending', next_attempt_at_ms = ?, delivered_at_ms = NULL WHERE order_id = ? AND (claimed_until_ms IS NULL OR claimed_until_ms < ?)",
      ),
    };
  }

  /** At start: every pending order is due now; claims of processes that are gone are dropped. */
  recover(nowMs: number): number {
    const rows = this.db.prepare("SELECT order_id, claimed_pid, claimed_until_ms FROM outbox WHERE state = 'pending'").all() as {
      order_id: string;
      claimed_pid: number | null;
      claimed_until_ms: number | null;
    }[];
    let n = 0;
    this.db.transaction(() => {
      for (const r of rows) {
        const heldByLiveOther = r.claimed_pid !== null && r.claimed_pid !== process.pid && (r.claimed_until_ms ?? 0) > nowMs && isAlive(r.claimed_pid);
        if (heldByLiveOther) continue;
        this.st.release.run(nowMs, r.order_id);
        n++;
      }
    })();
    return n;
  }

  /** Claim up to `limit` due rows for this process, marking their orders as sent. */
  claimDue(o: ClaimOptions): OutboxRow[] {
    return this.db.transaction(() => {
      const rows = this.st.due.all({ now: o.nowMs, limit: o.limit }) as { order_id: string; attempts: number }[];
      for (const r of rows) {
        this.st.claim.run(o.owner, process.pid, o.nowMs + o.leaseMs, o.nowMs, r.order_id);
        this.st.markSent.run(o.nowMs, r.order_id);
      }
      return rows.map((r) => ({ orderId: r.order_id, attempts: r.attempts + 1 }));
    })();
  }

  markDelivered(orderId: string, nowMs: number): void {
    this.db.transaction(() => {
      this.st.done.run(nowMs, orderId);
      this.st.ack.run(nowMs, orderId);
    })();
  }

  markFailed(orderId: string, nowMs: number, nextAttemptAtMs: number, error: string): void {
    this.db.transaction(() => {
      this.st.retry.run(nextAttemptAtMs, error.slice(0, 500), orderId);
      this.st.fail.run(nowMs, orderId);
    })();
  }

  /** Give a claim back without counting it as a failure (the process is stopping). */
  release(orderId: string, nowMs: number): void {
    this.st.release.run(nowMs, orderId);
  }

  /** When the earliest pending row can be tried (ms), or undefined when none is pending. */
  nextDueAtMs(): number | undefined {
    const r = this.st.nextDue.get() as { at: number | null };
    return r.at ?? undefined;
  }

  pendingCount(): number {
    return (this.st.pendingCount.get() as { n: number }).n;
  }

  isPending(orderId: string): boolean {
    const r = this.db.prepare("SELECT state FROM outbox WHERE order_id = ?").get(orderId) as { state: string } | undefined;
    return r?.state === "pending";
  }

  /** Everything waiting for a retry is due now (the receiver is known to be back). Returns how many. */
  dueNow(nowMs: number): number {
    return this.db
      .prepare("UPDATE outbox SET next_attempt_at_ms = ? WHERE state = 'pending' AND next_attempt_at_ms > ? AND (claimed_until_ms IS NULL OR claimed_until_ms < ?)")
      .run(nowMs, nowMs, nowMs).changes;
  }

  /** Staff asked to send an order (again): queue it, due now, even if it was delivered before. */
  resend(orderId: string, nowMs: number): boolean {
    const exists = this.db.prepare("SELECT 1 FROM orders WHERE id = ?").get(orderId);
    if (!exists) return false;
    this.db.transaction(() => {
      this.st.enqueue.run(orderId, nowMs, nowMs);
      this.st.resend.run(nowMs, orderId, nowMs);
    })();
    return true;
  }
}
