import { describe, expect, it } from "vitest";
import { LatencyStats } from "./stats.ts";

describe("LatencyStats", () => {
  it("reports p50/p95 per stage over the most recent records only", () => {
    const s = new LatencyStats(100);
    for (let i = 1; i <= 100; i++) s.record({ stage: "stt", ms: i });
    s.record({ stage: "engine", ms: 12.34 });
    expect(s.summary()).toEqual([
      { stage: "engine", p50Ms: 12.3, p95Ms: 12.3, n: 1 },
      { stage: "stt", p50Ms: 50, p95Ms: 95, n: 100 },
    ]);
    for (let i = 0; i < 100; i++) s.record({ stage: "stt", ms: 1000 }); // the old values roll out
    expect(s.summary().find((x) => x.stage === "stt")).toEqual({ stage: "stt", p50Ms: 1000, p95Ms: 1000, n: 100 });
  });

  it.each([
    [{ stage: "", ms: 1 }],
    [{ stage: "x", ms: -1 }],
    [{ stage: "x", ms: Number.NaN }],
  ])("ignores a bad record %j", (r) => {
    const s = new LatencyStats();
    s.record(r);
    expect(s.summary()).toEqual([]);
  });
});
