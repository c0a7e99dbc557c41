/**
 * What the floor search alone does not show (pure): the mean review by band of days late, and how stable
 * the suggested floor is over bootstrap resamples of the (days late, review) pairs.
 */
import { findFloor } from '@mot/core';
import { mulberry32, quantile } from '@mot/core';

/** Upper bounds (days late, inclusive) of the bands; the last band is open. */
export const LATENESS_BANDS = [-7, -3, 0, 1, 3, 7] as const;

/** One band of days late: (from, to], its order count and mean review. */
export type TBand = { from: number; to: number; n: number; mean: number };

/** Mean outcome per band of days late, bands (-inf, -7], (-7, -3], ..., (7, inf). */
export function lateBands(values: readonly number[], outcomes: readonly number[]): TBand[] {
  const edges = [-Infinity, ...LATENESS_BANDS, Infinity];
  const bands = edges.slice(1).map((to, i) => ({ from: edges[i] ?? -Infinity, to, n: 0, sum: 0 }));
  values.forEach((v, i) => {
    const band = bands.find((b) => v > b.from && v <= b.to);
    if (band === undefined) return;
    band.n++;
    band.sum += outcomes[i] ?? NaN;
  });
  return bands.map(({ from, to, n, sum }) => ({ from, to, n, mean: n > 0 ? sum / n : NaN }));
}

/** Percentile interval of the floor found on resamples, and how many resamples found one. */
export type TFloorStability = {
  resamples: number;
  found: number;
  lower: number;
  median: number;
  upper: number;
};

/**
 * Percentile bootstrap (Efron & Tibshirani 1993, ch. 13) of the threshold `findFloor` picks for a
 * lower-is-better measure: the pairs are resampled with replacement and the search rerun. Only the
 * threshold is kept, so each search runs one permutation round (its p-value is not used).
 */
export function floorStability(
  values: readonly number[],
  outcomes: readonly number[],
  resamples: number,
  seed: number,
  confidence = 0.95,
): TFloorStability {
  const n = values.length;
  const uniform = mulberry32(seed);
  const x = new Float64Array(n);
  const y = new Float64Array(n);
  const found: number[] = [];
  for (let b = 0; b < resamples; b++) {
    for (let i = 0; i < n; i++) {
      const k = Math.floor(uniform() * n);
      x[i] = values[k] ?? NaN;
      y[i] = outcomes[k] ?? NaN;
    }
    const r = findFloor(x, y, { direction: 'lower_is_better', permutations: 1 });
    if ('threshold' in r) found.push(r.threshold);
  }
  found.sort((a, b) => a - b);
  const at = (q: number): number => quantile(found, q);
  const tail = (1 - confidence) / 2;
  return { resamples, found: found.length, lower: at(tail), median: at(0.5), upper: at(1 - tail) };
}
