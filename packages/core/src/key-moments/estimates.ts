/** Estimates with intervals from sums: Student-t intervals of means, Wilson intervals of proportions. */
import { studentTQuantile } from '../analytics/distributions.ts';
import { wilsonInterval } from '../analytics/proportions.ts';
import type { TEstimate } from './result-types.ts';

/** Mean of n values from their sum and sum of squares, with a t interval (NaN bounds when n < 2). */
export function meanEstimate(n: number, sum: number, sumSq: number, confidence: number): TEstimate {
  if (n === 0) return { n, estimate: NaN, lower: NaN, upper: NaN };
  const mean = sum / n;
  if (n < 2) return { n, estimate: mean, lower: NaN, upper: NaN };
  // Sum-of-squares form; the clamp guards the tiny negative rounding of a constant sample.
  const variance = Math.max(0, (sumSq - n * mean * mean) / (n - 1));
  const half = studentTQuantile(1 - (1 - confidence) / 2, n - 1) * Math.sqrt(variance / n);
  return { n, estimate: mean, lower: mean - half, upper: mean + half };
}

/** Share k / n with the Wilson score interval (Wilson 1927; Newcombe 1998); null when n is 0. */
export function shareEstimate(k: number, n: number, confidence: number): TEstimate | null {
  if (n === 0) return null;
  const w = wilsonInterval(k, n, { confidence });
  return { n, estimate: w.estimate, lower: w.lower, upper: w.upper };
}

/** Standard deviation from sums (n - 1 denominator); NaN when n < 2. */
export function sdFromSums(n: number, sum: number, sumSq: number): number {
  if (n < 2) return NaN;
  const mean = sum / n;
  return Math.sqrt(Math.max(0, (sumSq - n * mean * mean) / (n - 1)));
}
