import { describe, expect, it } from "vitest";
import { APIError, APIConnectionTimeoutError } from "openai";
import { AttemptTimeoutError, isTransientError, RetriesExhaustedError, withRetries } from "./retry.ts";

const http = (status: number, headers: Record<string, string> = {}) => APIError.generate(status, { error: { message: `status ${status}` } }, "x", new Headers(headers));

describe("isTransientError", () => {
  const rows: [string, unknown, boolean][] = [
    ["429", http(429), true],
    ["500", http(500), true],
    ["503", http(503), true],
    ["408", http(408), true],
    ["400", http(400), false],
    ["401", http(401), false],
    ["404", http(404), false],
    ["connection timeout", new APIConnectionTimeoutError(), true],
    ["our own deadline", new AttemptTimeoutError(100), true],
    ["a plain bug", new TypeError("x is undefined"), false],
  ];
  for (const [name, err, want] of rows) it(name, () => expect(isTransientError(err)).toBe(want));
});

/** A fake clock: sleeping advances it, nothing really waits. */
function clock() {
  let t = 0;
  return {
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
      { budgetMs: 5000, attemptTimeoutMs: 1000, maxAttempts: 3, backoffMs: 100, now: c.now, sleep: c.sleep },
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
      { budgetMs: 1000, attemptTimeoutMs: 1000, maxAttempts: 5, backoffMs: 100, now: c.now, sleep: c.sleep },
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
      { budgetMs: 3000, attemptTimeoutMs: 1000, maxAttempts: 3, backoffMs: 50, now: c.now, sleep: c.sleep },
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
