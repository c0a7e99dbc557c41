/**
 * Seeded bootstrap percentile intervals (Efron & Tibshirani 1993, ch. 13) for correlation-based driver
 * weights, computed in one streaming pass.
 *
 * Resampling is the Poisson bootstrap (Hanley & MacGibbon 2006; Chamandy, Muralidharan, Najmi & Naidu
 * 2012, "Estimating uncertainty for massive data streams"): each row enters replicate b with a Poisson(1)
 * frequency weight instead of a multinomial draw, so rows can stream from chunks or a database cursor
 * and are never stored. For n in the hundreds or more it matches the multinomial bootstrap.
 * Cost: one correlation accumulator per replicate, so B replicates cost about B + 1 single passes
 * (p² / 2 multiply-adds per row each), plus B driver computations at the end.
 * Determinism: the same seed, rows and row order give the same intervals, whatever the chunking.
 */
import { CorrelationAccumulator, type Cell, type MissingPolicy } from '../correlation.ts';
import { AnalyticsInputError } from '../errors.ts';
import { selectDriverInput, type DriverInput } from './input.ts';
import { mulberry32, poissonOne } from '../../random.ts';
import { dominanceFromCorrelation } from './dominance.ts';
import { relativeWeightsFromCorrelation } from './relative-weights.ts';

/** A weight vector computed from driver input, e.g. general dominance or raw relative weights. */
export type DriverStatistic = (input: DriverInput) => readonly number[];

/** Statistic: general dominance (Shapley value) per predictor. */
export const generalDominanceStatistic: DriverStatistic = (input) => dominanceFromCorrelation(input).general;

/** Statistic: Johnson's raw relative weights per predictor. */
export const relativeWeightStatistic: DriverStatistic = (input) => relativeWeightsFromCorrelation(input).raw;

/** Bootstrap settings; columns are indices into each row. */
export interface DriverBootstrapOptions {
  readonly width: number;
  readonly outcome: number;
  readonly predictors: readonly number[];
  readonly statistic: DriverStatistic;
  /** Number of replicates (default 200). */
  readonly replicates?: number;
  /** PRNG seed (default 1). */
  readonly seed?: number;
  /** Missing-value policy of the accumulators (default pairwise). */
  readonly missing?: MissingPolicy;
}

/** Point estimates and percentile intervals per predictor. */
export interface DriverIntervals {
  readonly estimate: number[];
  readonly lower: number[];
  readonly upper: number[];
  readonly level: number;
  /** Replicates used; replicates whose statistic failed (e.g. a constant column) are left out. */
  readonly replicates: number;
  readonly failed: number;
}

/** Streaming bootstrap of driver weights: `add` rows (or `addChunk`), then `intervals()`. */
export class DriverBootstrap {
  private readonly options: DriverBootstrapOptions;
  private readonly full: CorrelationAccumulator;
  private readonly samples: CorrelationAccumulator[];
  private readonly uniform: () => number;

  constructor(options: DriverBootstrapOptions) {
    const replicates = options.replicates ?? 200;
    if (!Number.isInteger(replicates) || replicates < 2)
      throw new AnalyticsInputError('bad_option', 'replicates');
    this.options = options;
    const missing = options.missing ?? 'pairwise';
    this.full = new CorrelationAccumulator(options.width, missing);
    this.samples = Array.from(
      { length: replicates },
      () => new CorrelationAccumulator(options.width, missing),
    );
    this.uniform = mulberry32(options.seed ?? 1);
  }

  /** Adds one row to the full data and, with a Poisson(1) weight, to every replicate. */
  add(row: ArrayLike<Cell>): void {
    this.full.add(row);
    for (const sample of this.samples) {
      const w = poissonOne(this.uniform);
      if (w > 0) sample.add(row, w);
    }
  }

  /** Adds a chunk of rows. */
  addChunk(rows: Iterable<ArrayLike<Cell>>): void {
    for (const row of rows) this.add(row);
  }

  /** Percentile intervals at `level` (default 0.95), quantiles by R's type 7 (Hyndman & Fan 1996). */
  intervals(level = 0.95): DriverIntervals {
    if (!(level > 0 && level < 1)) throw new AnalyticsInputError('bad_option', 'level');
    const { outcome, predictors, statistic } = this.options;
    const estimate = [...statistic(selectDriverInput(this.full.result().correlation, outcome, predictors))];
    const draws: number[][] = predictors.map(() => []);
    let failed = 0;
    for (const sample of this.samples) {
      try {
        const weights = statistic(selectDriverInput(sample.result().correlation, outcome, predictors));
        weights.forEach((v, j) => draws[j]?.push(v));
      } catch (error) {
        if (!(error instanceof AnalyticsInputError)) throw error;
        failed++;
      }
    }
    return percentileIntervals(estimate, draws, level, failed);
  }
}

/** Percentile intervals from replicate draws per predictor (`draws[j]` is sorted in place). */
export function percentileIntervals(
  estimate: number[],
  draws: number[][],
  level: number,
  failed: number,
): DriverIntervals {
  const tail = (1 - level) / 2;
  const sorted = draws.map((d) => d.sort((a, b) => a - b));
  return {
    estimate,
    lower: sorted.map((d) => quantile(d, tail)),
    upper: sorted.map((d) => quantile(d, 1 - tail)),
    level,
    replicates: draws[0]?.length ?? 0,
    failed,
  };
}

/** Bootstraps `rows` in one call; for chunks or a database cursor use `DriverBootstrap.addChunk`. */
export function bootstrapDriverWeights(
  rows: Iterable<ArrayLike<Cell>>,
  options: DriverBootstrapOptions,
  level = 0.95,
): DriverIntervals {
  const boot = new DriverBootstrap(options);
  boot.addChunk(rows);
  return boot.intervals(level);
}

/**
 * The `q` quantile of sorted values, linear between the order statistics around (n - 1) q: Hyndman & Fan
 * (1996), "Sample quantiles in statistical packages", type 7, R's default. NaN when there are none.
 */
export function quantile(sorted: ArrayLike<number>, q: number): number {
  if (sorted.length === 0) return NaN;
  const h = (sorted.length - 1) * q;
  const lo = Math.floor(h);
  const a = sorted[lo] as number;
  const b = sorted[Math.min(lo + 1, sorted.length - 1)] as number;
  return a + (h - lo) * (b - a);
}
