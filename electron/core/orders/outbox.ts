// Delivering placed orders to the kitchen/POS webhook. Runs beside ordering, never in
// its way: a webhook that is down, answers garbage or hangs only delays delivery.
// Each attempt has its own timeout; failures are retried with capped exponential
// backoff plus jitter, across restarts (the queue lives in the order database),
// until the webhook answers 2xx.
import { randomUUID } from "node:crypto";
import { OutboxQueue, webhookPayload } from "./outbox-queue.ts";
import { describeClockOffset, HEADER_ATTEMPT, HEADER_IDEMPOTENCY_KEY, HEADER_SIGNATURE, HEADER_TIMESTAMP, ReceiverClock, sign } from "./signing.ts";
import type { OrderStore } from "./store.ts";

export interface DeliveryOptions {
  url: string;
  secret: string;
  /** Per attempt, including reading the status line (default 5000). */
  attemptTimeoutMs?: number;
  /** First retry delay (default 1000); doubles each attempt up to maxDelayMs. */
  baseDelayMs?: number;
  /** Backoff cap (default 5 minutes). */
  maxDelayMs?: number;
  /** Deliveries in flight at once (default 2). */
  concurrency?: number;
  random?: () => number;
  fetch?: typeof globalThis.fetch;
  /** For logs and the admin screen; must not throw. */
  onEvent?: (e: DeliveryEvent) => void;
}

export type DeliveryEvent =
  | { type: "delivered"; orderId: string; attempts: number; ms: number }
  | { type: "failed"; orderId: string; attempts: number; error: string; retryInMs: number }
  | { type: "error"; error: string };

/** Delay before attempt n+1 after n failed attempts: half fixed, half random, capped. */
export function backoffDelayMs(failedAttempts: number, baseMs: number, maxMs: number, random: () => number): number {
  const exp = Math.min(maxMs, baseMs * 2 ** Math.max(0, failedAttempts - 1));
  return Math.round(exp / 2 + (exp / 2) * random());
}

export class OutboxDelivery {
  readonly queue: OutboxQueue;
  private readonly owner = randomUUID();
  private readonly timeoutMs: number;
  private readonly baseMs: number;
  private readonly maxMs: number;
  private readonly concurrency: number;
  private readonly random: () => number;
  private readonly fetchFn: typeof globalThis.fetch;
  private readonly stopController = new AbortController();
  private readonly receiverClock = new ReceiverClock();
  private readonly inFlight = new Map<string, Promise<void>>();
  private timer: NodeJS.Timeout | undefined;
  private timerAtMs = Infinity;
  private running = false;
  private settleWaiters = new Set<() => void>();
  private unsubscribe: (() => void) | undefined;

  constructor(
    readonly store: OrderStore,
    private readonly opts: DeliveryOptions,
  ) {
    this.queue = new OutboxQueue(store.db);
    this.timeoutMs = opts.attemptTimeoutMs ?? 5000;
    this.baseMs = opts.baseDelayMs ?? 1000;
    this.maxMs = opts.maxDelayMs ?? 300_000;
    this.concurrency = opts.concurrency ?? 2;
    this.random = opts.random ?? Math.random;
    this.fetchFn = opts.fetch ?? globalThis.fetch;
  }

  /** Pick up everything still pending (from this run or an earlier one) and start delivering. */
  start(): void {
    if (this.running) return;
    this.running = true;
    this.guard(() => this.queue.recover(this.store.nowMs()));
    this.unsubscribe = this.store.onPlaced(() => this.kick());
    this.kick();
  }

  /** Something became due (a new order, a resend): look at the queue now. */
  kick(): void {
    if (!this.running) return;
    setImmediate(() => this.pump());
  }

  /**
   * The receiver is back (e.g. the store hub reconnected): retry everything now instead
   * of at each order's backoff time (up to 5 minutes away).
   */
  retryNow(): number {
    const n = this.guard(() => this.queue.dueNow(this.store.nowMs())) ?? 0;
    this.kick();
    return n;
  }

  resend(orderId: string): boolean {
    const ok = this.guard(() => this.queue.resend(orderId, this.store.nowMs())) ?? false;
    this.kick();
    return ok;
  }

  pendingCount(): number {
    return this.guard(() => this.queue.pendingCount()) ?? 0;
  }

  /**
   * Wait until the given orders (default: everything pending) are delivered, or
   * `timeoutMs` passes. Returns how many are still undelivered.
   */
  async flush(timeoutMs: number, orderIds?: readonly string[]): Promise<number> {
    const remaining = () =>
      this.guard(() => (orderIds ? orderIds.filter((id) => this.queue.isPending(id)).length : this.queue.pendingCount())) ?? 0;
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const left = remaining();
      if (left === 0 || !this.running) return left;
      const wait = deadline - Date.now();
      if (wait <= 0) return left;
      await new Promise<void>((resolve) => {
        const t = setTimeout(done, Math.min(wait, 250));
        const waiter = () => done();
        this.settleWaiters.add(waiter);
        function done() {
          clearTimeout(t);
          resolve();
        }
      });
    }
  }

  /** Stop delivering: attempts in flight are aborted and their claims given back. */
  async stop(): Promise<void> {
    if (!this.running) return;
    this.running = false;
    this.unsubscribe?.();
    if (this.timer) clearTimeout(this.timer);
    this.stopController.abort(new Error("delivery stopped"));
    await Promise.allSettled([...this.inFlight.values()]);
  }

  private guard<T>(fn: () => T): T | undefined {
    try {
      return fn();
    } catch (err) {
      this.emit({ type: "error", error: (err as Error).message });
      return undefined;
    }
  }

  private emit(e: DeliveryEvent): void {
    try {
      this.opts.onEvent?.(e);
    } catch {
      // Logging must never stop delivery.
    }
  }

  private pump(): void {
    if (!this.running || this.store.isClosed) return;
    const free = this.concurrency - this.inFlight.size;
    if (free > 0) {
      const now = this.store.nowMs();
      const rows = this.guard(() => this.queue.claimDue({ nowMs: now, limit: free, owner: this.owner, leaseMs: this.timeoutMs + 2000 })) ?? [];
      for (const row of rows) {
        const p = this.attempt(row.orderId, row.attempts).finally(() => {
          this.inFlight.delete(row.orderId);
          for (const w of this.settleWaiters) w();
          this.settleWaiters.clear();
          this.pump();
        });
        this.inFlight.set(row.orderId, p);
      }
    }
    // When every slot is busy, the next finished attempt pumps again; no timer needed.
    if (this.inFlight.size < this.concurrency) this.schedule();
  }

  /** Sleep until the earliest pending row is due (a new order kicks us sooner). */
  private schedule(): void {
    if (!this.running) return;
    const next = this.guard(() => this.queue.nextDueAtMs());
    if (next === undefined) return;
    const now = this.store.nowMs();
    const at = Math.max(next, now + 10);
    if (this.timer && at >= this.timerAtMs) return;
    if (this.timer) clearTimeout(this.timer);
    this.timerAtMs = at;
    this.timer = setTimeout(() => {
      this.timer = undefined;
      this.timerAtMs = Infinity;
      this.pump();
    }, Math.min(at - now, this.maxMs));
    this.timer.unref?.();
  }

  private async attempt(orderId: string, attempts: number): Promise<void> {
    const started = Date.now();
    const order = this.guard(() => this.store.get(orderId));
    if (!order) {
      this.emit({ type: "error", error: `outbox row ${orderId} has no order` });
      return;
    }
    const body = JSON.stringify(webhookPayload(order, this.store.storeId));
    const timestampMs = this.receiverClock.now(this.store.nowMs());
    let error: string;
    try {
      const res = await this.fetchFn(this.opts.url, {
        method: "POST",
        headers: {
          "content-type": "application/json",
          [HEADER_IDEMPOTENCY_KEY]: order.id,
          [HEADER_TIMESTAMP]: String(timestampMs),
          [HEADER_SIGNATURE]: sign(this.opts.secret, timestampMs, body),
          [HEADER_ATTEMPT]: String(attempts),
        },
        body,
        signal: AbortSignal.any([AbortSignal.timeout(this.timeoutMs), this.stopController.signal]),
      });
      // Only the status matters; never wait on (or trust) the body.
      res.body?.cancel().catch(() => {});
      const offset = this.receiverClock.learn(res.headers.get("date"), this.store.nowMs());
      if (res.status >= 200 && res.status < 300) {
        this.guard(() => this.queue.markDelivered(orderId, this.store.nowMs()));
        this.emit({ type: "delivered", orderId, attempts, ms: Date.now() - started });
        return;
      }
      error = `HTTP ${res.status}`;
      if (offset !== undefined) error += ` (the receiver's clock is ${describeClockOffset(offset)} this machine's: the next attempts sign with its time)`;
    } catch (err) {
      if (this.stopController.signal.aborted) {
        this.guard(() => this.queue.release(orderId, this.store.nowMs()));
        return;
      }
      const e = err as Error & { cause?: { code?: string; message?: string } };
      error = e.name === "TimeoutError" ? `no answer within ${this.timeoutMs} ms` : `${e.message}${e.cause?.code ? ` (${e.cause.code})` : e.cause?.message ? ` (${e.cause.message})` : ""}`;
    }
    const delay = backoffDelayMs(attempts, this.baseMs, this.maxMs, this.random);
    const now = this.store.nowMs();
    this.guard(() => this.queue.markFailed(orderId, now, now + delay, error));
    this.emit({ type: "failed", orderId, attempts, error, retryInMs: delay });
  }
}
