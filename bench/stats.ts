// Percentiles over repeated measurements (milliseconds).
export function percentile(samples: readonly number[], p: number): number {
  if (samples.length === 0) return NaN;
  const sorted = [...samples].sort((a, b) => a - b);
  const idx = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return sorted[idx]!;
}

export const median = (s: readonly number[]) => percentile(s, 50);

export function summarize(samples: readonly number[], digits = 3): { medianMs: number; p95Ms: number; p99Ms: number; n: number } {
  const r = (x: number) => Number(x.toFixed(digits));
  return { medianMs: r(median(samples)), p95Ms: r(percentile(samples, 95)), p99Ms: r(percentile(samples, 99)), n: samples.length };
}
