// Latency per stage of recent turns (e.g. stt, engine, first-audio, turn), for the
// admin screen: p50/p95 over the last N records of each stage. Hosts call
// record({stage, ms}) wherever they time a stage.

export interface LatencyRecord {
  stage: string;
  ms: number;
}

export interface StageSummary {
  stage: string;
  p50Ms: number;
  p95Ms: number;
  n: number;
}

function percentile(sorted: readonly number[], p: number): number {
  if (sorted.length === 0) return NaN;
  const idx = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return sorted[idx]!;
}

export class LatencyStats {
  private readonly rings = new Map<string, { values: number[]; next: number }>();

  constructor(private readonly keep = 200) {}

  record(r: LatencyRecord): void {
    if (!r.stage || !Number.isFinite(r.ms) || r.ms < 0) return;
    let ring = this.rings.get(r.stage);
    if (!ring) {
      ring = { values: [], next: 0 };
      this.rings.set(r.stage, ring);
    }
    if (ring.values.length < this.keep) ring.values.push(r.ms);
    else ring.values[ring.next] = r.ms;
    ring.next = (ring.next + 1) % this.keep;
  }

  summary(): StageSummary[] {
    return [...this.rings.entries()]
      .map(([stage, ring]) => {
        const sorted = [...ring.values].sort((a, b) => a - b);
        const round = (x: number) => Math.round(x * 10) / 10;
        return { stage, p50Ms: round(percentile(sorted, 50)), p95Ms: round(percentile(sorted, 95)), n: sorted.length };
      })
      .sort((a, b) => a.stage.localeCompare(b.stage));
  }
}
