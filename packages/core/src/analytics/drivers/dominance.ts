/**
 * Dominance analysis (Budescu 1993; Azen & Budescu 2003) from the fit of every predictor subset.
 *
 * General dominance equals the LMG decomposition (Lindeman, Merenda & Gold 1980) and the Shapley value
 * of the fit (Shapley 1953; Lipovetsky & Conklin 2001, "Shapley value regression"):
 * GD_j = sum over S in P\{j} of |S|! (p-|S|-1)! / p! [F(S+j) - F(S)], which is the mean over subset sizes
 * k = 1..p of the conditional dominance C_j(k), the average increment of j over subsets of size k - 1.
 * The GD_j add up to F(P). Checked against jluchman/domir and clbustos/dominanceAnalysis (TEST_VECTORS.md).
 */
import { allSubsetRSquared } from './subset-r2.ts';
import type { DriverInput } from './input.ts';

/** Dominance statistics of p predictors; `fit` is R² (or a pseudo-R² for logistic models). */
export interface DominanceResult {
  /** Fit of the full model; equals the sum of `general`. */
  readonly fit: number;
  /** General dominance (Shapley value, LMG) per predictor. */
  readonly general: number[];
  /** General dominance as a share of the full fit (sums to 1). */
  readonly standardized: number[];
  /** `conditional[j][k - 1]`: mean increment of predictor j over subsets of size k - 1. */
  readonly conditional: number[][];
  /** `complete[j][k]`: 1 if j completely dominates k, -1 if k dominates j, 0 if undetermined. */
  readonly complete: number[][];
}

/** Shapley value regression / LMG / dominance analysis of a linear model given its correlations. */
export function dominanceFromCorrelation(input: DriverInput): DominanceResult {
  return dominanceFromSubsetFits(input.rxy.length, allSubsetRSquared(input));
}

/** Dominance statistics from the fit of every subset, `fits[mask]` (bit j = predictor j). */
export function dominanceFromSubsetFits(p: number, fits: Float64Array): DominanceResult {
  const count = 1 << p;
  const size = new Uint8Array(count);
  for (let m = 1; m < count; m++) size[m] = (size[m >> 1] as number) + (m & 1);
  const sums = new Float64Array(p * p);
  for (let mask = 0; mask < count; mask++) {
    const base = fits[mask] as number;
    const s = size[mask] as number;
    for (let j = 0; j < p; j++) {
      const bit = 1 << j;
      if ((mask & bit) === 0)
        sums[j * p + s] = (sums[j * p + s] as number) + (fits[mask | bit] as number) - base;
    }
  }
  const conditional: number[][] = [];
  const general: number[] = [];
  for (let j = 0; j < p; j++) {
    const row: number[] = [];
    for (let s = 0; s < p; s++) row.push((sums[j * p + s] as number) / binomial(p - 1, s));
    conditional.push(row);
    general.push(row.reduce((a, b) => a + b, 0) / p);
  }
  const fit = fits[count - 1] as number;
  return {
    fit,
    general,
    standardized: general.map((g) => g / fit),
    conditional,
    complete: completeDominance(p, fits),
  };
}

/** Azen & Budescu (2003) complete dominance: j beats k in every subset holding neither. */
function completeDominance(p: number, fits: Float64Array): number[][] {
  const out = Array.from({ length: p }, () => new Array<number>(p).fill(0));
  for (let j = 0; j < p; j++) {
    for (let k = j + 1; k < p; k++) {
      const bj = 1 << j;
      const bk = 1 << k;
      let wins = 0;
      let losses = 0;
      for (let mask = 0; mask < 1 << p; mask++) {
        if ((mask & (bj | bk)) !== 0) continue;
        const diff = (fits[mask | bj] as number) - (fits[mask | bk] as number);
        if (diff > 0) wins++;
        else if (diff < 0) losses++;
        else {
          wins = -Infinity;
          break;
        }
      }
      const total = 1 << (p - 2);
      const verdict = wins === total ? 1 : losses === total ? -1 : 0;
      (out[j] as number[])[k] = verdict;
      (out[k] as number[])[j] = -verdict;
    }
  }
  return out;
}

function binomial(n: number, k: number): number {
  let c = 1;
  for (let i = 1; i <= k; i++) c = (c * (n - k + i)) / i;
  return c;
}
