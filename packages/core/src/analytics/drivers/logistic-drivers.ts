/**
 * Key drivers of a binary outcome (e.g. churned / stayed).
 *
 * - Dominance / Shapley on McFadden's pseudo-R² (1 - LL/LL0; McFadden 1974), the measure Azen & Traxel
 *   (2009, J. Educational and Behavioral Statistics 34:319) recommend for logistic dominance analysis.
 *   It refits the model on every subset of predictors, so it needs the rows: cost about
 *   2^p x (IRLS iterations, ~3-5 with warm starts) x n x p² / 2; measured 1.7 s for 10 predictors on
 *   2,000 rows (bench/analytics/drivers.bench.ts). Limit: 15 predictors, practical up to about 12 on a
 *   few thousand rows; beyond that use relative weights on the logit (one fit) instead.
 * - Relative weights on the logit (Tonidandel & LeBreton 2010, J. Business and Psychology 25:767):
 *   regress y on the orthogonal counterparts Z = X_s R^-1/2 by logistic regression, standardize the
 *   coefficients as Menard (2004, American Statistician 58:218): b_k sqrt(R²_O) / sd(logit ŷ), with
 *   R²_O = cor(y, ŷ)², then eps_j = sum_k Λ_jk² beta_k² as in the linear case (they sum to R²_O).
 */
import { AnalyticsInputError } from '../errors.ts';
import { dominanceFromSubsetFits, type DominanceResult } from './dominance.ts';
import { inverseSqrt, spectralFunction, symmetricEigen, multiply } from './eigen.ts';
import { weightsFromLoadings, type RelativeWeightsResult } from './relative-weights.ts';
import { checkPredictorRows, checkWeights, fitLogistic, fitLogisticDesign } from '../logistic.ts';

/** Largest predictor count for the exhaustive logistic subset fits. */
export const MAX_LOGISTIC_DOMINANCE_PREDICTORS = 15;

/**
 * Dominance analysis of a logistic model on McFadden's pseudo-R²; `fit` is the full model's.
 * `weights` are optional frequency weights per row (used by the bootstrap).
 */
export function logisticDominance(
  x: readonly (readonly number[])[],
  y: readonly number[],
  weights?: readonly number[],
): DominanceResult {
  const full = fitLogistic(x, y, weights === undefined ? {} : { weights }); // validates, gives LL0
  const n = x.length;
  const p = x[0]?.length ?? 0;
  if (p < 1) throw new AnalyticsInputError('too_few_predictors', 'x[0]');
  if (p > MAX_LOGISTIC_DOMINANCE_PREDICTORS)
    throw new AnalyticsInputError('too_many_predictors', 'x[0]', `${p}`);
  const outcome = Float64Array.from(y);
  const count = 1 << p;
  const fits = new Float64Array(count);
  const coefficients = new Float64Array(count * (p + 1));
  const design = new Float64Array(n * (p + 1));
  // The empty model is the intercept-only fit (pseudo-R² 0); its intercept seeds the one-predictor fits.
  coefficients[0] = nullIntercept(y, weights);
  const columns: number[] = [];
  for (let mask = 1; mask < count; mask++) {
    columns.length = 0;
    for (let j = 0; j < p; j++) if ((mask & (1 << j)) !== 0) columns.push(j);
    const k = columns.length + 1;
    for (let i = 0, at = 0; i < n; i++, at += k) {
      const row = x[i] as readonly number[];
      design[at] = 1;
      for (let c = 0; c < k - 1; c++) design[at + c + 1] = row[columns[c] as number] as number;
    }
    // Warm start from the subset without the highest predictor (its columns come first, in order).
    const parent = mask & ~(1 << (columns[columns.length - 1] as number));
    const start = Array.from(coefficients.subarray(parent * (p + 1), parent * (p + 1) + k - 1));
    start.push(0);
    const fit = fitLogisticDesign(design.subarray(0, n * k), n, k, outcome, { start, weights });
    coefficients.set(fit.coefficients, mask * (p + 1));
    fits[mask] = 1 - fit.logLikelihood / full.nullLogLikelihood;
  }
  return dominanceFromSubsetFits(p, fits);
}

/**
 * Relative weights for a logistic model (Tonidandel & LeBreton 2010); `rSquared` is R²_O.
 * `weights` are optional frequency weights per row (used by the bootstrap).
 */
export function logisticRelativeWeights(
  x: readonly (readonly number[])[],
  y: readonly number[],
  weights?: readonly number[],
): RelativeWeightsResult {
  const n = x.length;
  const p = checkPredictorRows(x);
  if (n < 3) throw new AnalyticsInputError('too_few_rows', 'x');
  if (p < 1) throw new AnalyticsInputError('too_few_predictors', 'x[0]');
  const w = weights ?? new Array<number>(n).fill(1);
  // The weights enter the standardisation below before any fit: checked here, as fitLogistic does.
  checkWeights(w, n);
  const total = w.reduce((a, b) => a + b, 0);
  const means = new Array<number>(p).fill(0);
  x.forEach((row, i) =>
    row.forEach((v, j) => (means[j] = (means[j] as number) + ((w[i] as number) * v) / total)),
  );
  const sds = means.map((m, j) =>
    Math.sqrt(x.reduce((s, row, i) => s + (w[i] as number) * ((row[j] as number) - m) ** 2, 0) / (total - 1)),
  );
  sds.forEach((sd, j) => {
    if (!(sd > 0)) throw new AnalyticsInputError('singular', `x[*][${j}]`, 'constant predictor');
  });
  const standardized = x.map((row) => row.map((v, j) => (v - (means[j] as number)) / (sds[j] as number)));
  const rxx = means.map((_, a) =>
    means.map(
      (__, b) =>
        standardized.reduce(
          (s, row, i) => s + (w[i] as number) * (row[a] as number) * (row[b] as number),
          0,
        ) /
        (total - 1),
    ),
  );
  const eigen = symmetricEigen(rxx);
  const lambda = spectralFunction(eigen, Math.sqrt);
  const rootInverse = spectralFunction(eigen, inverseSqrt);
  const z = standardized.map((row) => multiply(rootInverse, row));
  const fit = fitLogistic(z, y, { weights: w });
  const b = fit.coefficients.slice(1);
  const eta = Array.from(fit.linearPredictor);
  const fitted = eta.map((e) => 1 / (1 + Math.exp(-e)));
  const rSquaredO = weightedCorrelation(y, fitted, w) ** 2;
  const scale = Math.sqrt(rSquaredO) / Math.sqrt(weightedCorrelationParts(eta, eta, w).sab / (total - 1));
  const betaStar = b.map((v) => v * scale);
  // Coefficients on the standardized X (eta = Z b = X_s R^-1/2 b), standardized the same way.
  const beta = multiply(rootInverse, b).map((v) => v * scale);
  return weightsFromLoadings(lambda, betaStar, beta);
}

/** Intercept of the intercept-only model, logit of the (weighted) share of ones: the warm start. */
function nullIntercept(y: readonly number[], weights?: readonly number[]): number {
  let total = 0;
  let ones = 0;
  y.forEach((v, i) => {
    const w = weights?.[i] ?? 1;
    total += w;
    ones += w * v;
  });
  const share = ones / total;
  return share > 0 && share < 1 ? Math.log(share / (1 - share)) : 0;
}

/** Weighted centred cross-products of a and b. */
function weightedCorrelationParts(
  a: readonly number[],
  b: readonly number[],
  w: readonly number[],
): { sab: number; saa: number; sbb: number } {
  const total = w.reduce((s, v) => s + v, 0);
  const ma = a.reduce((s, v, i) => s + (w[i] as number) * v, 0) / total;
  const mb = b.reduce((s, v, i) => s + (w[i] as number) * v, 0) / total;
  let sab = 0;
  let saa = 0;
  let sbb = 0;
  for (let i = 0; i < a.length; i++) {
    const wi = w[i] as number;
    const da = (a[i] as number) - ma;
    const db = (b[i] as number) - mb;
    sab += wi * da * db;
    saa += wi * da * da;
    sbb += wi * db * db;
  }
  return { sab, saa, sbb };
}

function weightedCorrelation(a: readonly number[], b: readonly number[], w: readonly number[]): number {
  const { sab, saa, sbb } = weightedCorrelationParts(a, b, w);
  return sab / Math.sqrt(saa * sbb);
}
