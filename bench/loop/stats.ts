/** Order statistics of latency samples (nearest-rank percentiles, as latency reports usually give them). */

/** p50, p99 and max of `samples` in milliseconds; nulls when there are none. */
export function latencySummary(samples: readonly number[]): {
  n: number;
  p50: number | null;
  p99: number | null;
  max: number | null;
} {
  if (samples.length === 0) return { n: 0, p50: null, p99: null, max: null };
  const sorted = [...samples].sort((a, b) => a - b);
  return {
    n: sorted.length,
    p50: nearestRank(sorted, 0.5),
    p99: nearestRank(sorted, 0.99),
    max: sorted[sorted.length - 1] ?? null,
  };
}

/** The nearest-rank percentile of sorted values: the smallest value with at least `p` of them at or below it. */
export function nearestRank(sorted: readonly number[], p: number): number {
  const rank = Math.max(1, Math.ceil(p * sorted.length));
  return sorted[rank - 1] ?? Number.NaN;
}
