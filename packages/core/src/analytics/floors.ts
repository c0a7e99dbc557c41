/**
 * Tolerance-floor discovery: for a measure (e.g. hours to the repair visit) and an outcome (a satisfaction
 * rating, or a binary one such as churned), the value past which the outcome drops most, and whether that drop
 * is more than the search itself would find in noise.
 *
 * Method. The measure is cut at up to `maxBins` quantiles; every cut leaving at least `minGroupSize`
 * observations on each side is a candidate split, scored by its standardised drop (maximally selected
 * statistic, Lausen & Schumacher 1992; the two-group criterion of regression trees, Breiman et al. 1984).
 * Because the best of many splits is picked, its naive p-value would be far too small; the significance test
 * is a permutation test of the maximum over all candidates (Westfall & Young 1993, max-T): the outcomes are
 * reshuffled, the whole search is rerun, and p = (1 + #{null max >= observed}) / (1 + rounds) (Phipson &
 * Smyth 2010). A permutation test is preferred to Bonferroni because neighbouring splits are highly
 * correlated: Bonferroni over ~100 candidates would be needlessly conservative. Above
 * `exactPermutationLimit` observations the null is drawn from its Gaussian limit (see `floors-scan.ts`).
 * The best cut is then refined to an observed value among the two bins around it (`refineSplit`); the
 * p-value stays that of the quantile search, which is the test of whether there is a floor at all.
 * The interval of the drop is Welch's (continuous outcome, `means.ts`) or Newcombe's hybrid score interval
 * (binary outcome, `proportions.ts`); it is conditional on the chosen split, so somewhat optimistic.
 */
import type { TDirection } from '../domain/journey.ts';
import { AnalyticsInputError } from './errors.ts';
import { createRandom } from '../random.ts';
import {
  MAX_BINS,
  binByQuantiles,
  gaussianMaxima,
  permutationMaxima,
  refineSplit,
  scanSplits,
  sumByBin,
} from './floors-scan.ts';
import { summarizeSample, welchTestFromSummaries } from './means.ts';
import { newcombeDifference, normalCritical } from './proportions.ts';

/** How to search for a floor. */
export type TFindFloorOptions = {
  /** Direction of the measure; default `lower_is_better` (e.g. waiting hours). */
  direction?: TDirection;
  /** Whether a higher outcome is better (a rating) or worse (churned = 1); default `higher_is_better`. */
  outcomeDirection?: TDirection;
  /** Default: `binary` when every outcome is 0 or 1, else `continuous`. */
  outcomeKind?: 'continuous' | 'binary';
  /** Fewest observations on each side of a split; default max(30, 2% of n). */
  minGroupSize?: number;
  /** Quantile cuts tried; default 100 (percentiles). */
  maxBins?: number;
  /** Permutation rounds; default 999. */
  permutations?: number;
  /** Seed of the permutation generator; default 1 (results are reproducible). */
  seed?: number;
  /** Significance level of the max-statistic test; default 0.05. */
  alpha?: number;
  /** Smallest drop (outcome units) that counts as a floor; default 0. */
  minDrop?: number;
  /** Confidence level of the drop's interval; default 0.95. */
  confidence?: number;
  /** Largest n reshuffled exactly; above it the Gaussian limit is used; default 10,000. */
  exactPermutationLimit?: number;
};

/** One side of the best split. */
export type TFloorSide = { n: number; mean: number };

/** The best split found; `code` says whether it is a floor. */
export type TFloorFound = {
  code: 'floor' | 'no_floor';
  /** Measure value at the split: at or better than it is within the floor, worse is beyond. */
  threshold: number;
  /** How much worse the outcome is beyond the threshold (outcome units; positive = worse beyond). */
  drop: number;
  lower: number;
  upper: number;
  /** Permutation p-value of the max statistic (accounts for the search over thresholds). */
  p: number;
  /** Standardised drop at the threshold (after refinement, so at least the searched maximum). */
  statistic: number;
  within: TFloorSide;
  beyond: TFloorSide;
  candidates: number;
  permutations: number;
  nullMethod: 'exact_permutation' | 'gaussian_permutation';
  outcomeKind: 'continuous' | 'binary';
};

/** No search was possible: too few observations, a constant outcome, or no allowed split (constant measure). */
export type TFloorNotSearched = { code: 'too_few' | 'constant_outcome' | 'no_candidate'; n: number };

/** Result of `findFloor`. */
export type TFloorResult = TFloorFound | TFloorNotSearched;

function positiveInteger(value: number | undefined, fallback: number, path: string, max = Infinity): number {
  const v = value ?? fallback;
  if (!(Number.isInteger(v) && v >= 1 && v <= max))
    throw new AnalyticsInputError('bad_option', path, `1..${max}`);
  return v;
}

/** Validates inputs and returns the oriented measure (larger is worse) and the outcomes' kind. */
function prepare(values: ArrayLike<number>, outcomes: ArrayLike<number>, options: TFindFloorOptions) {
  const n = values.length;
  if (outcomes.length !== n)
    throw new AnalyticsInputError('width_mismatch', 'outcomes', `needs ${n} entries`);
  const sign = options.direction === 'higher_is_better' ? -1 : 1;
  const oriented = new Float64Array(n);
  let binary = true;
  for (let i = 0; i < n; i++) {
    const v = values[i] as number;
    const y = outcomes[i] as number;
    if (!Number.isFinite(v)) throw new AnalyticsInputError('not_finite', `values[${i}]`);
    if (!Number.isFinite(y)) throw new AnalyticsInputError('not_finite', `outcomes[${i}]`);
    if (y !== 0 && y !== 1) {
      if (options.outcomeKind === 'binary') throw new AnalyticsInputError('not_binary', `outcomes[${i}]`);
      binary = false;
    }
    oriented[i] = sign * v;
  }
  const kind = options.outcomeKind ?? (binary ? 'binary' : 'continuous');
  return { n, sign, oriented, kind };
}

/** Options after defaults and checks. */
function resolveOptions(options: TFindFloorOptions, n: number) {
  const fallbackGroup = Math.max(30, Math.ceil(0.02 * n));
  const minGroup = positiveInteger(options.minGroupSize, fallbackGroup, 'options.minGroupSize');
  if (minGroup < 2) throw new AnalyticsInputError('bad_option', 'options.minGroupSize', 'must be >= 2');
  const alpha = options.alpha ?? 0.05;
  if (!(alpha > 0 && alpha < 1)) {
    throw new AnalyticsInputError('bad_option', 'options.alpha', 'must be in (0, 1)');
  }
  const minDrop = options.minDrop ?? 0;
  if (!(minDrop >= 0)) throw new AnalyticsInputError('bad_option', 'options.minDrop', 'must be >= 0');
  const seed = options.seed ?? 1;
  if (!Number.isInteger(seed))
    throw new AnalyticsInputError('bad_option', 'options.seed', 'must be an integer');
  normalCritical(options.confidence);
  return {
    minGroup,
    maxBins: positiveInteger(options.maxBins, 100, 'options.maxBins', MAX_BINS),
    rounds: positiveInteger(options.permutations, 999, 'options.permutations'),
    exactLimit: positiveInteger(options.exactPermutationLimit, 10_000, 'options.exactPermutationLimit'),
    alpha,
    minDrop,
    seed,
  };
}

/** Outcomes minus their mean (so bin sums and sums of squares keep their precision), the mean and the sd. */
function centre(outcomes: ArrayLike<number>): { y: Float64Array; mean: number; sd: number } {
  const { mean, sd } = summarizeSample(outcomes, 'outcomes');
  return { y: Float64Array.from(outcomes, (v) => v - mean), mean, sd };
}

/**
 * Finds the tolerance floor of a measure from outcomes (`outcomes[i]` belongs to `values[i]`); see the file
 * header for the method and its sources. Pure and reproducible: the same seed gives the same answer.
 */
export function findFloor(
  values: ArrayLike<number>,
  outcomes: ArrayLike<number>,
  options: TFindFloorOptions = {},
): TFloorResult {
  const { n, sign, oriented, kind } = prepare(values, outcomes, options);
  const { minGroup, maxBins, rounds, exactLimit, alpha, minDrop, seed } = resolveOptions(options, n);
  const outcomeSign = options.outcomeDirection === 'lower_is_better' ? -1 : 1;
  if (n < 2 * minGroup) return { code: 'too_few', n };
  const { y, mean, sd } = centre(outcomes);
  if (!(sd > 0)) return { code: 'constant_outcome', n };

  const bins = binByQuantiles(oriented, maxBins);
  const sums = new Float64Array(bins.counts.length);
  sumByBin(bins.binOf, y, sums);
  const best = scanSplits(bins.counts, sums, minGroup, sd, outcomeSign);
  if (best.index < 0) return { code: 'no_candidate', n };

  const random = createRandom(seed);
  const exact = n <= exactLimit;
  const maxima = exact
    ? permutationMaxima(bins, y.slice(), minGroup, sd, outcomeSign, rounds, random)
    : gaussianMaxima(bins, minGroup, outcomeSign, rounds, random);
  let atLeast = 0;
  // A relative tolerance keeps ties (equal maxima up to rounding) counted as at least as extreme.
  const bar = best.statistic - 1e-9 * Math.abs(best.statistic);
  for (const m of maxima) if (m >= bar) atLeast++;
  const p = (1 + atLeast) / (1 + rounds);

  const refined = refineSplit(oriented, y, bins, best.index, minGroup, sd, outcomeSign);
  const side = describeSides(oriented, y, refined.threshold, mean);
  const drop = outcomeSign * (side.within.mean - side.beyond.mean);
  const interval = dropInterval(kind, side, outcomeSign, options.confidence);
  return {
    code: p <= alpha && drop > minDrop ? 'floor' : 'no_floor',
    threshold: sign * refined.threshold,
    drop,
    lower: interval.lower,
    upper: interval.upper,
    p,
    statistic: refined.statistic,
    within: { n: side.within.n, mean: side.within.mean },
    beyond: { n: side.beyond.n, mean: side.beyond.mean },
    candidates: best.candidates,
    permutations: rounds,
    nullMethod: exact ? 'exact_permutation' : 'gaussian_permutation',
    outcomeKind: kind,
  };
}

type TSides = { within: TFloorSide & { sd: number }; beyond: TFloorSide & { sd: number } };

/** Size, mean and sd of the outcome on each side of the oriented threshold (at or below it is within). */
function describeSides(oriented: Float64Array, y: Float64Array, threshold: number, shift: number): TSides {
  const n = [0, 0];
  const s = [0, 0];
  const s2 = [0, 0];
  for (let i = 0; i < y.length; i++) {
    const k = (oriented[i] as number) <= threshold ? 0 : 1;
    const v = y[i] as number;
    n[k] = (n[k] as number) + 1;
    s[k] = (s[k] as number) + v;
    s2[k] = (s2[k] as number) + v * v;
  }
  const side = (k: number) => {
    const nk = n[k] as number;
    const m = (s[k] as number) / nk;
    const variance = Math.max(0, ((s2[k] as number) - nk * m * m) / (nk - 1));
    return { n: nk, mean: m + shift, sd: Math.sqrt(variance) };
  };
  return { within: side(0), beyond: side(1) };
}

/** Interval of the drop: Welch for a continuous outcome, Newcombe 1998b for a binary one. */
function dropInterval(kind: 'continuous' | 'binary', side: TSides, outcomeSign: number, confidence?: number) {
  // drop = first - second: within - beyond when a higher outcome is better, beyond - within otherwise.
  const [first, second] = outcomeSign > 0 ? [side.within, side.beyond] : [side.beyond, side.within];
  if (kind === 'binary') {
    const x1 = Math.round(first.mean * first.n);
    const x2 = Math.round(second.mean * second.n);
    return newcombeDifference(x1, first.n, x2, second.n, { confidence: confidence ?? 0.95 });
  }
  return welchTestFromSummaries(first, second, confidence);
}
