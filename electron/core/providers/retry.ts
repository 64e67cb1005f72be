// Retries of provider calls within a time budget. A customer waiting at a kiosk
// will not wait for three 30-second timeouts: each attempt gets its own deadline,
// all attempts together get one budget, and the turn's AbortSignal ends everything
// at once (barge-in, new turn). Only failures that can pass are retried: timeouts,
// dropped connections, 429 and 5xx.
import { APIConnectionError, APIError } from "openai";

export interface RetryOptions {
  /** All attempts and waits together. */
  budgetMs: number;
  /** One attempt's deadline (cut to what is left of the budget). */
  attemptTimeoutMs: number;
  maxAttempts: number;
  /** First wait between attempts; doubles each time. */
  backoffMs: number;
  signal?: AbortSignal;
  isRetryable?: (err: unknown) => boolean;
  now?: () => number;
  sleep?: (ms: number, signal?: AbortSignal) => Promise<void>;
  /** Told about every failed attempt (for logs and tests). */
  onAttemptFailed?: (info: { attempt: number; error: unknown; willRetry: boolean }) => void;
}

export class AttemptTimeoutError extends Error {
  constructor(readonly timeoutMs: number) {
    super(`no answer within ${timeoutMs} ms`);
    this.name = "AttemptTimeoutError";
  }
}

/** All attempts failed (or the budget ran out); `cause` is the last failure. */
export class RetriesExhaustedError extends Error {
  constructor(
    readonly attempts: number,
    readonly elapsedMs: number,
    readonly lastError: unknown,
  ) {
    super(`gave up after ${attempts} attempt(s) in ${Math.round(elapsedMs)} ms: ${describeError(lastError)}`, { cause: lastError });
    this.name = "RetriesExhaustedError";
  }
}

export function describeError(err: unknown): string {
  if (err instanceof APIError && err.status) return `HTTP ${err.status} ${err.message}`;
  return err instanceof Error ? err.message : String(err);
}

/** Timeouts, connection failures, 408/409/429 and 5xx can pass; anything else will not. */
export function isTransientError(err: unknown): boolean {
  if (err instanceof AttemptTimeoutError) return true;
  if (err instanceof APIConnectionError) return true; // includes APIConnectionTimeoutError
  if (err instanceof APIError) {
    const s = err.status;
    return s === undefined || s === 408 || s === 409 || s === 429 || s >= 500;
  }
  return false;
}

export function abortableSleep(ms: number, signal?: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    if (signal?.aborted) return reject(signal.reason);
    const timer = setTimeout(() => {
      signal?.removeEventListener("abort", onAbort);
      resolve();
    }, ms);
    const onAbort = () => {
      clearTimeout(timer);
      reject(signal?.reason);
    };
    signal?.addEventListener("abort", onAbort, { once: true });
  });
}

/** A provider's Retry-After (seconds), when it sent one. */
function retryAfterMs(err: unknown): number | undefined {
  if (!(err instanceof APIError) || !err.headers) return undefined;
  const v = err.headers.get("retry-after-ms") ?? undefined;
  if (v && Number.isFinite(Number(v))) return Number(v);
  const s = err.headers.get("retry-after");
  if (s && Number.isFinite(Number(s))) return Number(s) * 1000;
  return undefined;
}

/**
 * Run `attempt(signal)` until it succeeds, a failure is not retryable, the attempts
 * or the budget run out, or `opts.signal` aborts (then its reason is thrown as is).
 */
export async function withRetries<T>(attempt: (signal: AbortSignal, attemptNo: number) => Promise<T>, opts: RetryOptions): Promise<T> {
  const now = opts.now ?? (() => performance.now());
  const sleep = opts.sleep ?? abortableSleep;
  const retryable = opts.isRetryable ?? isTransientError;
  const started = now();
  let lastError: unknown;
  for (let n = 1; n <= opts.maxAttempts; n++) {
    if (opts.signal?.aborted) throw opts.signal.reason;
    const left = opts.budgetMs - (now() - started);
    if (left <= 0) break;
    const deadline = Math.min(opts.attemptTimeoutMs, left);
    const ctl = new AbortController();
    const timeout = new AttemptTimeoutError(deadline);
    const timer = setTimeout(() => ctl.abort(timeout), deadline);
    const onOuterAbort = () => ctl.abort(opts.signal?.reason);
    opts.signal?.addEventListener("abort", onOuterAbort, { once: true });
    try {
      return await attempt(ctl.signal, n);
    } catch (err) {
      if (opts.signal?.aborted) throw opts.signal.reason;
      // Our own deadline aborted the request: the SDK reports an abort; call it a timeout.
      lastError = ctl.signal.aborted && ctl.signal.reason === timeout ? timeout : err;
      const canRetry = retryable(lastError) && n < opts.maxAttempts;
      const wait = Math.max(opts.backoffMs * 2 ** (n - 1), retryAfterMs(lastError) ?? 0);
      const willRetry = canRetry && now() - started + wait < opts.budgetMs;
      opts.onAttemptFailed?.({ attempt: n, error: lastError, willRetry });
      if (!retryable(lastError)) throw lastError;
      if (!willRetry) return Promise.reject(new RetriesExhaustedError(n, now() - started, lastError));
      await sleep(wait, opts.signal);
    } finally {
      clearTimeout(timer);
      opts.signal?.removeEventListener("abort", onOuterAbort);
    }
  }
  throw new RetriesExhaustedError(opts.maxAttempts, now() - started, lastError);
}
