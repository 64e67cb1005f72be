// One policy for every provider call (chat, speech-to-text, speech): one error type
// that says whether a failure can pass and how long the server asked us to wait,
// and one `withRetries` that runs the attempts. A customer at a kiosk will not wait
// for three 30-second timeouts: each attempt gets its own deadline, all attempts
// together get one budget, and the turn's AbortSignal ends everything at once
// (barge-in, new turn). Only failures that can pass are retried: timeouts, dropped
// connections, 408, 409, 429 and 5xx. Waits double from `backoffMs` with a little
// random jitter (kiosks that lost the network together do not return in step), and
// a server's Retry-After (seconds, HTTP date, or retry-after-ms) is the least we wait.
import { APIConnectionError, APIConnectionTimeoutError, APIError } from "openai";

export type ProviderFailureKind = "timeout" | "rate-limited" | "server-error" | "connection" | "stream-cut" | "bad-request" | "auth" | "bad-response" | "exhausted";

/** A provider call that failed. `retryable`: trying again may succeed. */
export class ProviderError extends Error {
  readonly retryable: boolean;
  /** How long the server asked us to wait before trying again. */
  readonly retryAfterMs: number | undefined;
  readonly status: number | undefined;

  constructor(
    readonly kind: ProviderFailureKind,
    message: string,
    opts: { retryable: boolean; retryAfterMs?: number; status?: number; cause?: unknown },
  ) {
    super(message, opts.cause === undefined ? undefined : { cause: opts.cause });
    this.name = "ProviderError";
    this.retryable = opts.retryable;
    this.retryAfterMs = opts.retryAfterMs;
    this.status = opts.status;
  }
}

/** Our own per-attempt deadline passed. */
export class AttemptTimeoutError extends ProviderError {
  constructor(readonly timeoutMs: number) {
    super("timeout", `no answer within ${timeoutMs} ms`, { retryable: true });
    this.name = "AttemptTimeoutError";
  }
}

/** All attempts failed (or the budget ran out); `lastError` is the last failure. */
export class RetriesExhaustedError extends ProviderError {
  constructor(
    readonly attempts: number,
    readonly elapsedMs: number,
    readonly lastError: ProviderError,
  ) {
    super("exhausted", `gave up after ${attempts} attempt(s) in ${Math.round(elapsedMs)} ms: ${lastError.message}`, {
      retryable: false,
      cause: lastError,
      ...(lastError.status !== undefined ? { status: lastError.status } : {}),
    });
    this.name = "RetriesExhaustedError";
  }
}

/** What an SDK (or any) failure means for the kiosk. */
export function toProviderError(err: unknown): ProviderError {
  if (err instanceof ProviderError) return err;
  if (err instanceof APIConnectionTimeoutError) return new ProviderError("timeout", "the request timed out", { retryable: true, cause: err });
  if (err instanceof APIConnectionError) return new ProviderError("connection", `cannot reach the server: ${err.message}`, { retryable: true, cause: err });
  if (err instanceof APIError) {
    const status = err.status;
    const retryAfterMs = parseRetryAfter(err.headers);
    const extra = { cause: err, ...(status !== undefined ? { status } : {}), ...(retryAfterMs !== undefined ? { retryAfterMs } : {}) };
    if (status === undefined) return new ProviderError("connection", `no answer: ${err.message}`, { retryable: true, ...extra });
    if (status === 429) return new ProviderError("rate-limited", `rate limited (429): ${err.message}`, { retryable: true, ...extra });
    if (status >= 500 || status === 408 || status === 409) return new ProviderError("server-error", `server error ${status}: ${err.message}`, { retryable: true, ...extra });
    if (status === 401 || status === 403) return new ProviderError("auth", `the server refused the key (${status})`, { retryable: false, ...extra });
    return new ProviderError("bad-request", `the server refused the request (${status}): ${err.message}`, { retryable: false, ...extra });
  }
  return new ProviderError("bad-response", `unexpected failure: ${err instanceof Error ? err.message : String(err)}`, { retryable: false, cause: err });
}

/** Timeouts, connection failures, 408/409/429 and 5xx can pass; anything else will not. */
export function isTransientError(err: unknown): boolean {
  return toProviderError(err).retryable;
}

export function describeError(err: unknown): string {
  if (err instanceof APIError && err.status) return `HTTP ${err.status} ${err.message}`;
  return err instanceof Error ? err.message : String(err);
}

/** Retry-After as milliseconds: `retry-after-ms`, or `retry-after` in seconds or as an HTTP date. */
export function parseRetryAfter(headers: Headers | undefined, nowEpochMs = Date.now()): number | undefined {
  const ms = Number.parseFloat(headers?.get("retry-after-ms") ?? "");
  if (Number.isFinite(ms) && ms >= 0) return ms;
  const raw = headers?.get("retry-after")?.trim();
  if (!raw) return undefined;
  if (/^\d+(\.\d+)?$/.test(raw)) return Number(raw) * 1000;
  const at = Date.parse(raw);
  return Number.isFinite(at) ? Math.max(0, at - nowEpochMs) : undefined;
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

/** How patient one kind of provider call is (each OpenAI implementation has its defaults). */
export interface RetryPolicy {
  /** All attempts and waits together. */
  budgetMs: number;
  /** One attempt's deadline (cut to what is left of the budget). */
  attemptTimeoutMs: number;
  maxAttempts: number;
  /** First wait between attempts; doubles each time. */
  backoffMs: number;
  /** A server asking for a longer wait than this counts as down (default: the budget decides). */
  maxWaitMs?: number;
  /** Up to this fraction is added to each backoff at random (default 0.2). */
  jitter?: number;
}

export interface RetryOptions extends RetryPolicy {
  signal?: AbortSignal;
  now?: () => number;
  sleep?: (ms: number, signal?: AbortSignal) => Promise<void>;
  /** A number in [0, 1) (default Math.random): the jitter's dice. */
  random?: () => number;
  /** Told about every failed attempt (for logs and tests). */
  onAttemptFailed?: (info: { attempt: number; error: ProviderError; willRetry: boolean }) => void;
}

/** The wait before attempt `n + 1` after `error` failed attempt `n`. */
export function retryWaitMs(n: number, error: ProviderError, opts: Pick<RetryOptions, "backoffMs" | "jitter" | "random">): number {
  const backoff = opts.backoffMs * 2 ** (n - 1) * (1 + (opts.jitter ?? 0.2) * (opts.random ?? Math.random)());
  return Math.max(backoff, error.retryAfterMs ?? 0);
}

/**
 * Run `attempt(signal)` until it succeeds, a failure is not retryable, the attempts
 * or the budget run out, or `opts.signal` aborts (then its reason is thrown as is).
 * Failures come out as ProviderError: the attempt's own when it cannot pass,
 * RetriesExhaustedError when the retries ran out.
 */
export async function withRetries<T>(attempt: (signal: AbortSignal, attemptNo: number) => Promise<T>, opts: RetryOptions): Promise<T> {
  const now = opts.now ?? (() => performance.now());
  const sleep = opts.sleep ?? abortableSleep;
  const started = now();
  let lastError: ProviderError | undefined;
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
      lastError = ctl.signal.aborted && ctl.signal.reason === timeout ? timeout : toProviderError(err);
      if (!lastError.retryable) {
        opts.onAttemptFailed?.({ attempt: n, error: lastError, willRetry: false });
        throw lastError;
      }
      const wait = retryWaitMs(n, lastError, opts);
      const willRetry = n < opts.maxAttempts && wait <= (opts.maxWaitMs ?? Infinity) && now() - started + wait < opts.budgetMs;
      opts.onAttemptFailed?.({ attempt: n, error: lastError, willRetry });
      if (!willRetry) throw new RetriesExhaustedError(n, now() - started, lastError);
      await sleep(wait, opts.signal);
    } finally {
      clearTimeout(timer);
      opts.signal?.removeEventListener("abort", onOuterAbort);
    }
  }
  throw new RetriesExhaustedError(opts.maxAttempts, now() - started, lastError ?? new ProviderError("timeout", "the time budget ran out before an attempt", { retryable: false }));
}
