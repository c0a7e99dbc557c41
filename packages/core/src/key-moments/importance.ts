/**
 * Importance of each touchpoint for the outcome, from the correlations of the per-episode experience vector
 * with the outcome (key driver analysis on a correlation matrix, so it works from streamed or SQL summaries):
 * - up to 15 touchpoints: general dominance = Shapley value = LMG share of R² (Budescu 1993; Lindeman,
 *   Merenda & Gold 1980; Lipovetsky & Conklin 2001), `dominanceFromCorrelation`;
 * - more: Johnson's (2000) relative weights, `relativeWeightsFromCorrelation`, which approximate it closely
 *   (Johnson 2000; LeBreton, Ployhart & Ladd 2004) at the cost of one eigen-decomposition.
 * A binary outcome (churn) is treated by the same linear decomposition (linear probability model on
 * point-biserial correlations), so it streams too; the weights are then shares of R² of the 0/1 outcome.
 * The slope, points of outcome per unit of experience with the other touchpoints held fixed, is the
 * full-model standardized coefficient rescaled: b_j = beta_j sd(y) / sd(x_j), beta = R_xx^-1 r_xy.
 * Intervals: bootstrap percentiles (Efron & Tibshirani 1993, ch. 13) by a bucketed Poisson bootstrap. Episodes
 * are hashed into G buckets (random groups, Wolter 2007, Introduction to Variance Estimation, ch. 2); a
 * replicate gives every bucket a Poisson(1) frequency weight (Hanley & MacGibbon 2006; Chamandy et al. 2012)
 * and merges the buckets' co-moments that many times (Chan, Golub & LeVeque 1979), which is the Poisson
 * bootstrap with whole buckets as the resampled units. With at most one episode per bucket it is exactly
 * the row-level Poisson bootstrap; with many episodes per bucket it resamples G i.i.d. groups, which for
 * statistics that are smooth functions of means (correlations, R², slopes) has the same limit. Each replicate
 * costs G merges of (p + 1)² numbers instead of a pass over the episodes. Without buckets there is no
 * interval (`interval: 'none'`).
 */
import { CorrelationAccumulator } from '../analytics/correlation.ts';
import type { CorrelationResult } from '../analytics/correlation.ts';
import { percentileIntervals } from '../analytics/drivers/bootstrap.ts';
import { dominanceFromCorrelation } from '../analytics/drivers/dominance.ts';
import { AnalyticsInputError } from '../analytics/errors.ts';
import type { DriverInput } from '../analytics/drivers/input.ts';
import { relativeWeightsFromCorrelation } from '../analytics/drivers/relative-weights.ts';
import { mulberry32, poissonOne } from '../random.ts';
import { mix32 } from './hash.ts';

/** Importance method actually used. */
export type TImportanceMethod = 'dominance' | 'relative_weights';

/** Importance of the touchpoints in the model, in the order of `predictors`. */
export type TImportanceFit = {
  method: TImportanceMethod;
  /** Touchpoint indices in the model (touchpoints without usable correlations are left out). */
  predictors: number[];
  /** R² of the full model. */
  fit: number;
  weight: number[];
  slope: number[];
  /** Correlation of each touchpoint's episode experience with the oriented outcome, and its pair count. */
  correlation: number[];
  n: number[];
  interval: 'bootstrap' | 'none';
  replicates: number;
  failed: number;
  weightLower: number[];
  weightUpper: number[];
  slopeLower: number[];
  slopeUpper: number[];
};

type TPoint = { fit: number; weight: number[]; slope: number[] };

/** Touchpoints whose correlations with the outcome and with each other are all defined. */
function usablePredictors(c: CorrelationResult, p: number): number[] {
  const finite = (i: number, j: number): boolean => Number.isFinite(c.correlation[i]?.[j]);
  let chosen = Array.from({ length: p }, (_, j) => j).filter((j) => finite(j, p) && (c.n[j]?.[p] ?? 0) >= 3);
  // Drop the touchpoint with the most undefined correlations (e.g. never in the same episode) until none is left.
  for (;;) {
    const bad = chosen.map((j) => chosen.filter((k) => !finite(j, k)).length);
    const worst = Math.max(0, ...bad);
    if (worst === 0) return chosen;
    const at = bad.indexOf(worst);
    chosen = chosen.filter((_, i) => i !== at);
  }
}

function pointFor(c: CorrelationResult, predictors: readonly number[], method: TImportanceMethod): TPoint {
  const p = c.means.length - 1;
  const input: DriverInput = {
    rxx: predictors.map((i) => predictors.map((j) => c.correlation[i]?.[j] ?? NaN)),
    rxy: predictors.map((i) => c.correlation[i]?.[p] ?? NaN),
  };
  const rw = relativeWeightsFromCorrelation(input);
  const dominance = method === 'dominance' ? dominanceFromCorrelation(input) : undefined;
  const sdY = c.sds[p] ?? NaN;
  const slope = predictors.map((j, k) => ((rw.beta[k] ?? NaN) * sdY) / (c.sds[j] ?? NaN));
  const weight = dominance?.general ?? rw.raw;
  const fit = dominance?.fit ?? rw.rSquared;
  if (![fit, ...weight, ...slope].every(Number.isFinite))
    throw new AnalyticsInputError('singular', 'correlation', 'weights not finite');
  return { fit, weight, slope };
}

/** Bootstrap settings: the buckets' co-moments, how many replicates, and the seed of their weights. */
export type TBucketBootstrap = {
  buckets: readonly CorrelationAccumulator[];
  replicates: number;
  seed: number;
};

/** Replicate `b`: every bucket merged Poisson(1) times, from a generator seeded by (seed, b). */
function replicateOf(boot: TBucketBootstrap, b: number, width: number): CorrelationAccumulator {
  const uniform = mulberry32(mix32(mix32(boot.seed >>> 0) ^ (b + 1)));
  const acc = new CorrelationAccumulator(width, 'pairwise');
  for (const bucket of boot.buckets) {
    for (let w = poissonOne(uniform); w > 0; w--) acc.merge(bucket);
  }
  return acc;
}

/** Weights, slopes and (with buckets and replicates) their percentile intervals at `confidence`. */
export function fitImportance(
  full: CorrelationAccumulator,
  boot: TBucketBootstrap,
  method: TImportanceMethod,
  confidence: number,
): TImportanceFit | null {
  const c = full.result();
  const p = full.width - 1;
  const predictors = usablePredictors(c, p);
  if (predictors.length === 0) return null;
  const point = pointFor(c, predictors, method);
  const weightDraws: number[][] = predictors.map(() => []);
  const slopeDraws: number[][] = predictors.map(() => []);
  let failed = 0;
  const replicates = boot.buckets.length > 0 ? boot.replicates : 0;
  for (let b = 0; b < replicates; b++) {
    try {
      const draw = pointFor(replicateOf(boot, b, full.width).result(), predictors, method);
      draw.weight.forEach((v, k) => weightDraws[k]?.push(v));
      draw.slope.forEach((v, k) => slopeDraws[k]?.push(v));
    } catch (error) {
      // A resample can leave a touchpoint constant or the matrix singular; it is counted, not used.
      if (!(error instanceof AnalyticsInputError)) throw error;
      failed++;
    }
  }
  const used = replicates - failed;
  const none = predictors.map(() => NaN);
  const weights = used >= 2 ? percentileIntervals(point.weight, weightDraws, confidence, failed) : null;
  const slopes = used >= 2 ? percentileIntervals(point.slope, slopeDraws, confidence, failed) : null;
  return {
    method,
    predictors,
    fit: point.fit,
    weight: point.weight,
    slope: point.slope,
    correlation: predictors.map((j) => c.correlation[j]?.[p] ?? NaN),
    n: predictors.map((j) => c.n[j]?.[p] ?? 0),
    interval: used >= 2 ? 'bootstrap' : 'none',
    replicates: used,
    failed,
    weightLower: weights?.lower ?? none,
    weightUpper: weights?.upper ?? none,
    slopeLower: slopes?.lower ?? none,
    slopeUpper: slopes?.upper ?? none,
  };
}
