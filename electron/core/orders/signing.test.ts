// The sender's view of a receiver's clock (ReceiverClock): when it moves the signing
// time and when it leaves it alone.
import { describe, expect, it } from "vitest";
import { describeClockOffset, ReceiverClock } from "./signing.ts";

const LOCAL = Date.parse("2026-12-04T12:00:00Z");
const at = (offsetMs: number) => new Date(LOCAL + offsetMs).toUTCString();

describe("ReceiverClock", () => {
  it.each([
    // offset already learnt, the answer's Date header, → the change (undefined: none), signing time after
    [0, at(0), undefined, 0],
    [0, at(20_000), undefined, 0],
    [0, at(-29_000), undefined, 0],
    [0, at(7 * 60_000), 7 * 60_000, 7 * 60_000],
    [0, at(-12 * 60_000), -12 * 60_000, -12 * 60_000],
    [7 * 60_000, at(7 * 60_000 + 10_000), undefined, 7 * 60_000],
    [7 * 60_000, at(9 * 60_000), 9 * 60_000, 9 * 60_000],
    [7 * 60_000, at(5_000), 0, 0],
    [0, null, undefined, 0],
    [0, "not a date", undefined, 0],
  ] as const)("with %i learnt, Date %s changes it to %s", (learnt, header, change, after) => {
    const clock = new ReceiverClock();
    if (learnt) clock.learn(at(learnt), LOCAL);
    expect(clock.learn(header, LOCAL)).toBe(change);
    expect(clock.now(LOCAL) - LOCAL).toBe(after);
  });
});

describe("describeClockOffset", () => {
  it.each([
    [0, "in step with"],
    [7 * 60_000, "7 min ahead of"],
    [-12 * 60_000 - 20_000, "12 min behind"],
    [40_000, "1 min ahead of"],
  ])("%i ms → %s", (ms, words) => {
    expect(describeClockOffset(ms)).toBe(words);
  });
});
