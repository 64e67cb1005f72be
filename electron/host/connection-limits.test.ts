import { describe, expect, it } from "vitest";
import { ConnectionBudget, isCostlyCommand, TokenBucket, type ConnectionLimits } from "./connection-limits.ts";

const limits: ConnectionLimits = {
  messagesPerSecond: 10,
  messageBurst: 20,
  turnsPerMinute: 6,
  turnBurst: 3,
  bytesPerMinute: 1000,
  maxConnections: 8,
  maxConnectionsPerRemoteAddress: 2,
};

describe("TokenBucket", () => {
  it("allows a burst, then refills at its rate", () => {
    const clock = { now: 0 };
    const b = new TokenBucket(3, 1 / 1000, () => clock.now);
    expect([1, 2, 3, 4].map(() => b.take())).toEqual([true, true, true, false]);
    clock.now += 1000;
    expect([b.take(), b.take()]).toEqual([true, false]);
  });
});

describe("ConnectionBudget", () => {
  it.each([
    ['{"type":"say","text":"hi"}', true],
    ['{ "type" : "audio", "data": "" }', true],
    ['{"type":"touch","action":{"type":"addItem","item":"a","qty":1}}', false],
    ['{"type":"hello"}', false],
    [`{"type":"touch","x":"${"a".repeat(5000)}"}`, true],
  ])("classifies %s as costly: %s", (text, costly) => {
    expect(isCostlyCommand(text)).toBe(costly);
  });

  it("refuses a flood of turns but lets touches through, and recovers with time", () => {
    const clock = { now: 0 };
    const budget = new ConnectionBudget(limits, () => clock.now);
    const say = '{"type":"say","text":"coffee"}';
    expect([1, 2, 3, 4].map(() => budget.admit(say).ok)).toEqual([true, true, true, false]);
    expect(budget.admit('{"type":"hello"}').ok).toBe(true);
    clock.now += 10_000;
    expect(budget.admit(say).ok).toBe(true);
  });

  it("refuses a flood of messages and of bytes", () => {
    const clock = { now: 0 };
    const budget = new ConnectionBudget(limits, () => clock.now);
    const results = Array.from({ length: 25 }, () => budget.admit('{"type":"hello"}').ok);
    expect(results.filter(Boolean)).toHaveLength(20);
    clock.now += 60_000;
    const big = `{"type":"touch","pad":"${"x".repeat(900)}"}`;
    expect([budget.admit(big).ok, budget.admit(big).ok]).toEqual([true, false]);
  });
});
