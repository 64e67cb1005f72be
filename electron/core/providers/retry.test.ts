import { describe, expect, it } from "vitest";
import { APIError, APIConnectionTimeoutError } from "openai";
import { AttemptTimeoutError, isTransientError, parseRetryAfter, ProviderError, RetriesExhaustedError, retryWaitMs, toProviderError, withRetries } from "./retry.ts";

const http = (status: number, headers: Record<string, string> = {}) => APIError.generate(status, { error: { message: `status ${status}` } }, "x", new Headers(headers));

describe("isTransientError", () => {
  const rows: [string, unknown, boolean][] = [
    ["429", http(429), true],
    ["500", http(500), true],
    ["503", http(503), true],
    ["408", http(408), true],
    ["409", http(409), true],
    ["502", http(502), true],
    ["403", http(403), false],
    ["400", http(400), false],
    ["401", http(401), false],
    ["404", http(404), false],
    ["connection timeout", new APIConnectionTimeoutError(), true],
    ["our own deadline", new AttemptTimeoutError(100), true],
    ["a plain bug", new TypeError("x is undefined"), false],
  ];
  for (const [name, err, want] of rows) it(name, () => expect(isTransientError(err)).toBe(want));
});

/** A fake clock: sleeping advances it, nothing really waits; no jitter. */
function clock() {
  let t = 0;
  return {
    random: () => 0,
    now: () => t,
    sleep: async (ms: number) => {
      t += ms;
    },
    advance: (ms: number) => (t += ms),
  };
}

describe("withRetries", () => {
  it("retries 429 and 500, then succeeds", async () => {
    const c = clock();
    const seen: number[] = [];
    const failures = [http(429), http(500)];
    const r = await withRetries(
      async (_s, n) => {
        seen.push(n);
        const f = failures.shift();
        if (f) throw f;
        return "ok";
      },
      { budgetMs: 5000, attemptTimeoutMs: 1000, maxAttempts: 3, backoffMs: 100, now: c.now, sleep: c.sleep, random: c.random },
    );
    expect(r).toBe("ok");
    expect(seen).toEqual([1, 2, 3]);
    expect(c.now()).toBe(300); // waited 100 then 200
  });

  it("does not retry a 400", async () => {
    let calls = 0;
    await expect(
      withRetries(
        async () => {
          calls++;
          throw http(400);
        },
        { budgetMs: 5000, attemptTimeoutMs: 1000, maxAttempts: 3, backoffMs: 1 },
      ),
    ).rejects.toMatchObject({ status: 400 });
    expect(calls).toBe(1);
  });

  it("gives up when the next wait would overrun the budget", async () => {
    const c = clock();
    let calls = 0;
    const err = await withRetries(
      async () => {
        calls++;
        c.advance(400); // each attempt takes 400 ms and fails
        throw http(503);
      },
      { budgetMs: 1000, attemptTimeoutMs: 1000, maxAttempts: 5, backoffMs: 100, now: c.now, sleep: c.sleep, random: c.random },
    ).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(RetriesExhaustedError);
    expect(calls).toBe(2); // 400 + 100 + 400 = 900; another wait of 200 would pass 1000
    expect((err as RetriesExhaustedError).message).toMatch(/503/);
  });

  it("honours Retry-After when it fits the budget", async () => {
    const c = clock();
    let calls = 0;
    await withRetries(
      async () => {
        if (calls++ === 0) throw http(429, { "retry-after": "1" });
        return 1;
      },
      { budgetMs: 3000, attemptTimeoutMs: 1000, maxAttempts: 3, backoffMs: 50, now: c.now, sleep: c.sleep, random: c.random },
    );
    expect(c.now()).toBe(1000);
  });

  it("times out a hanging attempt on its own deadline and retries it", async () => {
    let calls = 0;
    const r = await withRetries(
      (signal) => {
        calls++;
        if (calls === 1) return new Promise((_r, reject) => signal.addEventListener("abort", () => reject(new Error("aborted by SDK"))));
        return Promise.resolve("second");
      },
      { budgetMs: 2000, attemptTimeoutMs: 50, maxAttempts: 3, backoffMs: 10 },
    );
    expect(r).toBe("second");
    expect(calls).toBe(2);
  });

  it("stops at once when the turn is aborted, with the turn's reason", async () => {
    const turn = new AbortController();
    const started = performance.now();
    const p = withRetries((signal) => new Promise((_r, reject) => signal.addEventListener("abort", () => reject(new Error("sdk abort")))), {
      budgetMs: 10_000,
      attemptTimeoutMs: 5000,
      maxAttempts: 3,
      backoffMs: 10,
      signal: turn.signal,
    });
    setTimeout(() => turn.abort(new Error("barge-in")), 20);
    await expect(p).rejects.toThrow("barge-in");
    expect(performance.now() - started).toBeLessThan(1000);
  });
});

describe("toProviderError", () => {
  it.each([
    [http(429, { "retry-after": "2" }), { kind: "rate-limited", retryable: true, retryAfterMs: 2000, status: 429 }],
    [http(503), { kind: "server-error", retryable: true, status: 503 }],
    [http(409), { kind: "server-error", retryable: true, status: 409 }],
    [http(401), { kind: "auth", retryable: false, status: 401 }],
    [http(422), { kind: "bad-request", retryable: false, status: 422 }],
    [new APIConnectionTimeoutError(), { kind: "timeout", retryable: true }],
    [new Error("no audio"), { kind: "bad-response", retryable: false }],
  ])("%s", (err, want) => {
    const e = toProviderError(err);
    expect(e).toBeInstanceOf(ProviderError);
    expect(e).toMatchObject(want);
  });
});

describe("parseRetryAfter", () => {
  const now = Date.parse("2026-01-01T00:00:00Z");
  it.each([
    [{ "retry-after-ms": "150" }, 150],
    [{ "retry-after": "3" }, 3000],
    [{ "retry-after": "0.5" }, 500],
    [{ "retry-after": "Thu, 01 Jan 2026 00:00:04 GMT" }, 4000],
    [{ "retry-after": "Wed, 31 Dec 2025 23:59:00 GMT" }, 0], // a date already past: no wait
    [{ "retry-after": "soon" }, undefined],
    [{}, undefined],
  ])("%j → %s", (headers, want) => expect(parseRetryAfter(new Headers(headers), now)).toBe(want));
});

describe("retry waits", () => {
  const err = (retryAfterMs?: number) => new ProviderError("server-error", "x", { retryable: true, ...(retryAfterMs !== undefined ? { retryAfterMs } : {}) });
  it.each([
    [1, 0, undefined, 100],
    [2, 0, undefined, 200],
    [3, 0, undefined, 400],
    [1, 0.999, undefined, 119.98], // at most 20 % jitter
    [1, 0, 1000, 1000], // Retry-After is the least we wait
    [3, 0.5, 50, 440],
  ])("attempt %s, dice %s, retry-after %s → %s ms", (n, dice, retryAfter, want) => {
    expect(retryWaitMs(n, err(retryAfter), { backoffMs: 100, random: () => dice })).toBeCloseTo(want, 5);
  });

  it("treats a Retry-After past maxWaitMs as down: no second attempt", async () => {
    const c = clock();
    let calls = 0;
    const e = await withRetries(
      async () => {
        calls++;
        throw http(429, { "retry-after": "30" });
      },
      { budgetMs: 60_000, attemptTimeoutMs: 1000, maxAttempts: 3, backoffMs: 10, maxWaitMs: 5000, now: c.now, sleep: c.sleep, random: c.random },
    ).catch((x: unknown) => x);
    expect(e).toBeInstanceOf(RetriesExhaustedError);
    expect((e as RetriesExhaustedError).lastError.kind).toBe("rate-limited");
    expect(calls).toBe(1);
    expect(c.now()).toBe(0);
  });

  it("waits out an HTTP-date Retry-After", async () => {
    const c = clock();
    let calls = 0;
    const inTwoSeconds = new Date(Date.now() + 2000).toUTCString();
    await withRetries(
      async () => {
        if (calls++ === 0) throw http(503, { "retry-after": inTwoSeconds });
        return 1;
      },
      { budgetMs: 10_000, attemptTimeoutMs: 1000, maxAttempts: 2, backoffMs: 10, now: c.now, sleep: c.sleep, random: c.random },
    );
    // HTTP dates have whole seconds: between one and two seconds from now.
    expect(c.now()).toBeGreaterThan(900);
    expect(c.now()).toBeLessThanOrEqual(2000);
  });
});
