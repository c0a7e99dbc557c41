/**
 * Peak-end weights refitted from streamed co-moments: the same model as `fitPeakEndWeights` (overall on
 * peak, end, mean and breaches, free intercept, weights pushing the expected way, NNLS by Lawson & Hanson
 * 1974 on centred cross-products), but from the accumulated covariance instead of the episodes, so it
 * needs no episode in memory. Centred cross-products = covariance x (n - 1).
 */
import type { CorrelationAccumulator } from '../analytics/correlation.ts';
import { nnlsGram } from '../analytics/nnls.ts';
import type { TPeakEndRefit } from './result-types.ts';

const PARTS = 4;

/** The refit, or null with fewer than 6 episodes or a constant outcome. */
export function refitPeakEnd(acc: CorrelationAccumulator): TPeakEndRefit | null {
  const c = acc.result();
  const n = c.n[PARTS]?.[PARTS] ?? 0;
  if (n < PARTS + 2) return null;
  const cross = (i: number, j: number): number => (c.covariance[i]?.[j] ?? NaN) * (n - 1);
  const syy = cross(PARTS, PARTS);
  if (!(syy > 0)) return null;
  const idx = [0, 1, 2, 3];
  // A part that never varies gets weight 0 (its column of zeros makes the Gram matrix singular otherwise).
  const gram = idx.map((i) => idx.map((j) => (Number.isFinite(cross(i, j)) ? cross(i, j) : 0)));
  const rhs = idx.map((i) => (Number.isFinite(cross(i, PARTS)) ? cross(i, PARTS) : 0));
  const { x: w } = nnlsGram(gram, rhs);
  let quad = 0;
  w.forEach((wi, i) => w.forEach((wj, j) => (quad += wi * wj * (gram[i]?.[j] ?? 0))));
  const sse = syy - 2 * w.reduce((s, wi, i) => s + wi * (rhs[i] ?? 0), 0) + quad;
  const [peak = 0, end = 0, mean = 0, breaches = 0] = w;
  const intercept = (c.means[PARTS] ?? 0) - w.reduce((s, wi, i) => s + wi * (c.means[i] ?? 0), 0);
  return {
    n,
    intercept,
    weights: { peak, end, mean, breaches: breaches === 0 ? 0 : -breaches },
    r2: Math.max(0, 1 - sse / syy),
  };
}
