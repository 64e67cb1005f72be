import { describe, expect, it } from "vitest";
import { isNumberPlan, NumberPlanError, orderNumber, planForSlot, slotCapacity } from "./number-plan.ts";

describe("number plan", () => {
  it.each([
    // slot, block size, first, last
    [0, 200, 101, 299],
    [1, 200, 301, 499],
    [2, 200, 501, 699],
    [5, 200, 1101, 1299],
    [0, 100, 101, 199],
    [3, 100, 401, 499],
  ])("slot %i with blocks of %i numbers: %i–%i", (slot, size, first, last) => {
    expect(planForSlot(slot, size)).toEqual({ slot, first, last });
  });

  it("never gives two slots overlapping blocks", () => {
    for (const size of [100, 200, 1000]) {
      const seen = new Set<number>();
      for (let slot = 0; slot < slotCapacity(size); slot++) {
        const p = planForSlot(slot, size);
        for (let n = 1; n <= 3 * (p.last - p.first + 1); n++) {
          const num = orderNumber(p, n);
          expect(seen.has(num)).toBe(false);
          seen.add(num);
        }
      }
    }
  });

  it.each([
    // order count of the day → number, for slot 1 (301–499)
    [1, 301],
    [2, 302],
    [199, 499],
    [200, 10301],
    [398, 10499],
    [399, 20301],
  ])("the %i-th order of the day at slot 1 is number %i", (n, number) => {
    expect(orderNumber(planForSlot(1), n)).toBe(number);
  });

  it("numbers 1, 2, 3 ... without a plan (a kiosk that never paired)", () => {
    expect([1, 2, 3, 150].map((n) => orderNumber(undefined, n))).toEqual([1, 2, 3, 150]);
  });

  it.each([
    ["a negative slot", () => planForSlot(-1)],
    ["a slot past the capacity", () => planForSlot(slotCapacity(200))],
    ["a block too small to call", () => planForSlot(0, 5)],
    ["a fractional block", () => planForSlot(0, 150.5)],
    ["order count 0", () => orderNumber(planForSlot(0), 0)],
  ])("refuses %s with a clear error", (_what, fn) => {
    expect(fn).toThrow(NumberPlanError);
  });

  it.each([
    [{ slot: 0, first: 101, last: 299 }, true],
    [{ slot: 0, first: 50, last: 99 }, false],
    [{ slot: -1, first: 101, last: 299 }, false],
    [{ slot: 0, first: 300, last: 200 }, false],
    ["101-299", false],
    [null, false],
  ])("isNumberPlan(%j) is %s", (v, ok) => {
    expect(isNumberPlan(v)).toBe(ok);
  });
});
