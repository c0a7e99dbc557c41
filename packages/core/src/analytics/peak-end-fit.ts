/**
 * Refits the peak-end-floor weights where episodes have an overall rating: least squares of the overall
 * rating on peak, end, mean and breaches with a free intercept, every weight constrained to push the
 * rating the expected way (peak, end, mean >= 0; breaches <= 0, fitted as a non-negative weight on
 * -breaches). Solved with NNLS (Lawson & Hanson 1974, see `nnls.ts`) on centred data: centring first is the
 * exact way to leave the intercept free (Frisch-Waugh-Lovell theorem), intercept = ȳ - Σ w x̄.
 * The mean-only model is fitted beside it so the user sees whether peak-end explains more than the average
 * (Alaybek et al. 2022 found them about equally strong).
 */
import { AnalyticsInputError } from './errors.ts';
import { nnlsGram } from './nnls.ts';
import type { TEpisodeScore } from './peak-end-options.ts';

/** What the fit needs of each episode (a `TEpisodeScore` has it). */
export type TPeakEndFeatures = Pick<TEpisodeScore, 'peak' | 'end' | 'mean' | 'breaches'>;

/** A fitted linear model of the overall rating. */
export type TPeakEndFit = {
  n: number;
  intercept: number;
  /** Change in the overall rating per unit of each part; `breaches` is <= 0 (per breach). */
  weights: { peak: number; end: number; mean: number; breaches: number };
  r2: number;
  /** R² adjusted for the 4 candidate predictors (Wherry 1931), comparable with the mean-only model's. */
  adjustedR2: number;
  /** Ordinary least squares of the overall rating on the mean alone. */
  meanOnly: { intercept: number; slope: number; r2: number; adjustedR2: number };
};

const PREDICTORS = 4;

function adjust(r2: number, n: number, p: number): number {
  return 1 - ((1 - r2) * (n - 1)) / (n - p - 1);
}

function featuresOf(e: TPeakEndFeatures): [number, number, number, number] {
  return [e.peak, e.end, e.mean, -e.breaches];
}

const at = (a: ArrayLike<number>, i: number): number => a[i] as number;

/**
 * Fits the overall rating (any scale) on the parts of each episode; `overall[i]` belongs to `episodes[i]`.
 * Parts that coincide in the data (one-moment episodes: peak = end = mean) cannot be told apart; NNLS then
 * gives their joint weight to the first of them in the order peak, end, mean.
 */
export function fitPeakEndWeights(
  episodes: readonly TPeakEndFeatures[],
  overall: ArrayLike<number>,
): TPeakEndFit {
  const n = episodes.length;
  if (overall.length !== n) throw new AnalyticsInputError('width_mismatch', 'overall', `needs ${n} entries`);
  if (n < PREDICTORS + 2)
    throw new AnalyticsInputError('too_few_rows', 'episodes', `needs >= ${PREDICTORS + 2}`);
  const xBar = new Float64Array(PREDICTORS);
  let yBar = 0;
  episodes.forEach((e, i) => {
    const y = at(overall, i);
    if (!Number.isFinite(y)) throw new AnalyticsInputError('not_finite', `overall[${i}]`);
    featuresOf(e).forEach((v, j) => {
      if (!Number.isFinite(v)) throw new AnalyticsInputError('not_finite', `episodes[${i}]`);
      xBar[j] = at(xBar, j) + v / n;
    });
    yBar += y / n;
  });
  // Centred cross-products: G = XᵀX, c = Xᵀy, syy = yᵀy.
  const g = Array.from({ length: PREDICTORS }, () => new Array<number>(PREDICTORS).fill(0));
  const c = new Array<number>(PREDICTORS).fill(0);
  let syy = 0;
  episodes.forEach((e, i) => {
    const x = featuresOf(e).map((v, j) => v - at(xBar, j));
    const y = at(overall, i) - yBar;
    syy += y * y;
    x.forEach((xj, j) => {
      c[j] = at(c, j) + xj * y;
      const row = g[j] as number[];
      x.forEach((xk, k) => (row[k] = at(row, k) + xj * xk));
    });
  });
  const { x: w } = nnlsGram(g, c);
  // SSE = syy - 2 wᵀc + wᵀ G w for the centred problem.
  let quad = 0;
  w.forEach((wj, j) => w.forEach((wk, k) => (quad += wj * wk * at(g[j] as number[], k))));
  const sse = syy - 2 * w.reduce((s, wj, j) => s + wj * at(c, j), 0) + quad;
  const r2 = syy > 0 ? Math.max(0, 1 - sse / syy) : 0;
  const sxx = at(g[2] as number[], 2);
  const sxy = at(c, 2);
  const slope = sxx > 0 ? sxy / sxx : 0;
  const meanR2 = sxx > 0 && syy > 0 ? (sxy * sxy) / (sxx * syy) : 0;
  const [peak, end, mean, breaches] = w as [number, number, number, number];
  return {
    n,
    intercept: yBar - w.reduce((s, wj, j) => s + wj * at(xBar, j), 0),
    weights: { peak, end, mean, breaches: breaches === 0 ? 0 : -breaches },
    r2,
    adjustedR2: adjust(r2, n, PREDICTORS),
    meanOnly: { intercept: yBar - slope * at(xBar, 2), slope, r2: meanR2, adjustedR2: adjust(meanR2, n, 1) },
  };
}
