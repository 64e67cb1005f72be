import { describe, expect, it } from "vitest";
import { EchoGuard, pearson } from "./echo-guard.ts";

/** A speech-like loudness envelope: syllables of varying loudness with short gaps. */
function envelope(frames: number, seed: number): number[] {
  let s = seed;
  const rnd = () => ((s = (s * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
  return Array.from({ length: frames }, (_, i) => (i % 7 === 6 ? 0.002 : 0.02 + 0.2 * rnd()));
}

/** Frames before `speakingFrom` are room noise with the kiosk silent (history only). */
function feed(guard: EchoGuard, mic: number[], out: number[], prob = 0.95, speakingFrom = 0) {
  const verdicts: string[] = [];
  for (let i = 0; i < mic.length; i++) {
    const v = guard.frame(prob, mic[i]!, out[i] ?? 0, i >= speakingFrom);
    if (v) verdicts.push(v);
  }
  return verdicts;
}

describe("EchoGuard", () => {
  it("the kiosk's own voice through the mic (delayed, quieter) is echo, never a barge-in", () => {
    const out = [...Array(30).fill(0), ...envelope(80, 1)];
    const lag = 4; // 128 ms through speaker, room and buffers
    const mic = out.map((_, i) => 0.3 * (out[i - lag] ?? 0) + 0.001);
    const verdicts = feed(new EchoGuard(), mic, out, 0.95, 30);
    expect(verdicts).not.toContain("barge-in");
    expect(verdicts).toContain("echo");
  });

  it("a customer talking over the kiosk (mid-reply) is a barge-in within half a second", () => {
    const out = [...Array(30).fill(0), ...envelope(100, 1)];
    const echo = out.map((_, i) => 0.1 * (out[i - 3] ?? 0));
    const customerFrom = 60;
    const customer = out.map((_, i) => (i < customerFrom ? 0.0005 : envelope(100, 99)[i - customerFrom]!));
    const mic = echo.map((e, i) => e + customer[i]!);
    const guard = new EchoGuard();
    let firstBargeIn = -1;
    for (let i = 0; i < mic.length; i++) {
      // The VAD hears speech in the echo too, all along the reply.
      const v = guard.frame(0.95, mic[i]!, out[i]!, i >= 30);
      if (v === "barge-in" && firstBargeIn < 0) firstBargeIn = i;
    }
    expect(firstBargeIn).toBeGreaterThanOrEqual(customerFrom);
    expect(firstBargeIn - customerFrom).toBeLessThanOrEqual(16); // 16 frames = 512 ms
  });

  it("needs sustained, confident speech while the kiosk talks", () => {
    const out = envelope(40, 1);
    const customer = envelope(40, 7);
    expect(feed(new EchoGuard(), customer, out, 0.7)).toEqual([]); // below the raised threshold
    const g = new EchoGuard();
    const short = customer.slice(0, 6);
    expect(feed(g, short, out)).toEqual([]); // 6 frames < 8
  });

  it("at the very start of a reply, echo is still recognised (history reaches back)", () => {
    const out = [...Array(40).fill(0), ...envelope(12, 3)];
    const mic = out.map((_, i) => 0.5 * (out[i - 2] ?? 0) + 0.0005);
    expect(feed(new EchoGuard(), mic, out, 0.95, 40)).not.toContain("barge-in");
  });

  it("speech while the output is silent is not echo", () => {
    const customer = envelope(40, 5);
    const silence = customer.map(() => 0);
    expect(feed(new EchoGuard(), customer, silence)[0]).toBe("barge-in");
  });

  it("pearson", () => {
    expect(pearson([1, 2, 3, 4], [2, 4, 6, 8])).toBeCloseTo(1);
    expect(pearson([1, 2, 3, 4], [8, 6, 4, 2])).toBeCloseTo(-1);
    expect(pearson([1, 1, 1], [1, 2, 3])).toBe(0);
  });
});
