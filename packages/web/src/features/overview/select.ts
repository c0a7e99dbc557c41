/** Readings of the overview's data, kept out of the components. */
import type { TJourneyOverview } from './api.ts';

/**
 * The change of the breach rate across the period: the rate of the second half of the buckets minus the
 * first half's (pooled over moments); null with fewer than two buckets or no moments in a half.
 */
export function breachRateChange(overview: TJourneyOverview): number | null {
  const buckets = overview.buckets;
  if (buckets.length < 2) return null;
  const half = Math.floor(buckets.length / 2);
  const rate = (part: typeof buckets) => {
    const moments = part.reduce((sum, b) => sum + b.moments, 0);
    return moments > 0 ? part.reduce((sum, b) => sum + b.breachingMoments, 0) / moments : null;
  };
  const first = rate(buckets.slice(0, half));
  const second = rate(buckets.slice(half));
  return first === null || second === null ? null : second - first;
}
