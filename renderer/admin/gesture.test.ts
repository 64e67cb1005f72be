import { describe, expect, it } from "vitest";
import { AdminGestureDetector } from "./gesture.ts";

describe("AdminGestureDetector", () => {
  it("opens after a 3 second hold, not before", () => {
    const g = new AdminGestureDetector();
    expect(g.down(0)).toBe(3000);
    expect(g.holdElapsed(2999)).toBe(false);
    expect(g.holdElapsed(3000)).toBe(true);
    expect(g.up(3100)).toBe(false); // the hold already opened it; lifting does not count again
  });

  it("a hold that is cancelled or let go early does not open", () => {
    const g = new AdminGestureDetector();
    g.down(0);
    g.cancel();
    expect(g.holdElapsed(3000)).toBe(false);
    g.down(5000);
    expect(g.up(6000)).toBe(false);
    expect(g.holdElapsed(8000)).toBe(false);
  });

  it("opens on the 5th tap within 2 seconds", () => {
    const g = new AdminGestureDetector();
    const taps = [0, 300, 600, 900, 1200].map((t) => (g.down(t), g.up(t + 50)));
    expect(taps).toEqual([false, false, false, false, true]);
  });

  it("slow taps never add up", () => {
    const g = new AdminGestureDetector();
    const taps = [0, 700, 1400, 2100, 2800, 3500, 4200].map((t) => (g.down(t), g.up(t + 50)));
    expect(taps.every((t) => !t)).toBe(true);
  });

  it("starts counting afresh after opening", () => {
    const g = new AdminGestureDetector();
    for (const t of [0, 100, 200, 300, 400]) {
      g.down(t);
      g.up(t + 10);
    }
    expect([500, 600, 700, 800].map((t) => (g.down(t), g.up(t + 10)))).toEqual([false, false, false, false]);
  });
});
