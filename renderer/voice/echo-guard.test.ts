import { describe, expect, it } from "vitest";
import { EchoGuard, pearson } from "./echo-guard.ts";

/** A speech-like loudness envelope: syllables of varying loudness with short gaps. */
function envelope(samples: number, seed: number): number[] {
  let s = seed;
  const rnd = () => ((s = (s * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
  return Array.from({ length: samples }, (_, i) => (i % 9 === 8 ? 0.002 : 0.02 + 0.2 * rnd()));
}

const STEP_MS = 20;

/**
 * Envelope samples every 20 ms (mic, out); a VAD frame with `prob` at each step from
 * `speakingFrom` on. Returns the verdicts with the step they came at.
 */
function feed(guard: EchoGuard, mic: number[], out: number[], opts: { prob?: number; speakingFrom?: number; jitterMs?: number } = {}) {
  const verdicts: { v: string; i: number }[] = [];
  let t = 0;
  for (let i = 0; i < mic.length; i++) {
    t += STEP_MS + (opts.jitterMs ? ((i * 7919) % opts.jitterMs) - opts.jitterMs / 2 : 0);
    guard.envelope(mic[i]!, out[i] ?? 0, t);
    const v = guard.frame(opts.prob ?? 0.95, i >= (opts.speakingFrom ?? 0));
    if (v) verdicts.push({ v, i });
  }
  return verdicts;
}

const silence = (n: number, level = 0) => Array<number>(n).fill(level);

describe("EchoGuard", () => {
  it("the kiosk's own voice through the mic (delayed, quieter) is echo, never a barge-in", () => {
    const out = [...silence(40), ...envelope(150, 1)];
    const lag = 5; // 100 ms through speaker, room and buffers
    const mic = out.map((_, i) => 0.3 * (out[i - lag] ?? 0) + 0.001);
    const verdicts = feed(new EchoGuard(), mic, out, { speakingFrom: 40 }).map((x) => x.v);
    expect(verdicts).not.toContain("barge-in");
    expect(verdicts).toContain("echo");
  });

  it("still echo when the samples come irregularly (a busy main thread)", () => {
    const out = [...silence(40), ...envelope(150, 2)];
    const mic = out.map((_, i) => 0.5 * (out[i - 2] ?? 0) + 0.001);
    const verdicts = feed(new EchoGuard(), mic, out, { speakingFrom: 40, jitterMs: 16 }).map((x) => x.v);
    expect(verdicts).not.toContain("barge-in");
  });

  it("a customer talking over the kiosk (mid-reply) is a barge-in within half a second", () => {
    const out = [...silence(40), ...envelope(200, 1)];
    const customerFrom = 100;
    const mic = out.map((_, i) => 0.1 * (out[i - 3] ?? 0) + (i < customerFrom ? 0.0005 : envelope(200, 99)[i - customerFrom]!));
    const verdicts = feed(new EchoGuard(), mic, out, { speakingFrom: 40 });
    const first = verdicts.find((x) => x.v === "barge-in");
    expect(first).toBeDefined();
    expect(first!.i).toBeGreaterThanOrEqual(customerFrom);
    expect((first!.i - customerFrom) * STEP_MS).toBeLessThanOrEqual(600);
  });

  it("needs confident speech while the kiosk talks", () => {
    const out = [...silence(40), ...envelope(100, 1)];
    const customer = [...silence(40, 0.0005), ...envelope(100, 7)];
    expect(feed(new EchoGuard(), customer, out, { prob: 0.7, speakingFrom: 40 })).toEqual([]);
  });

  it("waits while there is too little history to tell", () => {
    const g = new EchoGuard();
    const customer = envelope(6, 5);
    expect(feed(g, customer, silence(6))).toEqual([]);
  });

  it("speech while the output is silent is a barge-in (nothing to echo)", () => {
    const customer = envelope(60, 5);
    expect(feed(new EchoGuard(), customer, silence(60))[0]?.v).toBe("barge-in");
  });

  it("pearson", () => {
    expect(pearson([1, 2, 3, 4], [2, 4, 6, 8])).toBeCloseTo(1);
    expect(pearson([1, 2, 3, 4], [8, 6, 4, 2])).toBeCloseTo(-1);
    expect(pearson([1, 1, 1], [1, 2, 3])).toBe(0);
  });
});
