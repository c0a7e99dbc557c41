/**
 * Seeded bootstrap percentile intervals for the binary-outcome drivers. Rows must be in memory (every
 * replicate refits the model); each replicate draws a Poisson(1) frequency weight per row (Hanley &
 * MacGibbon 2006), like the streaming bootstrap in `bootstrap.ts`, and refits with those weights.
 * Cost: B times one driver computation, i.e. B x 2^p IRLS fits for dominance (keep p small, or use
 * relative weights, B single fits).
 */
import { AnalyticsInputError } from '../errors.ts';
import { percentileIntervals, type DriverIntervals } from './bootstrap.ts';
import { logisticDominance, logisticRelativeWeights } from './logistic-drivers.ts';
import { mulberry32, poissonOne } from '../../random.ts';

/** Which binary-outcome driver weights to bootstrap. */
export type LogisticDriverMethod = 'dominance' | 'relative_weights';

/** Settings; defaults: 200 replicates, seed 1, 95% intervals. */
export interface LogisticBootstrapOptions {
  readonly method: LogisticDriverMethod;
  readonly replicates?: number;
  readonly seed?: number;
  readonly level?: number;
}

/** Percentile intervals for McFadden general dominance or logit relative weights (raw). */
export function bootstrapLogisticDrivers(
  x: readonly (readonly number[])[],
  y: readonly number[],
  options: LogisticBootstrapOptions,
): DriverIntervals {
  const replicates = options.replicates ?? 200;
  const level = options.level ?? 0.95;
  if (!Number.isInteger(replicates) || replicates < 2)
    throw new AnalyticsInputError('bad_option', 'replicates');
  if (!(level > 0 && level < 1)) throw new AnalyticsInputError('bad_option', 'level');
  const statistic = (weights?: readonly number[]): number[] =>
    options.method === 'dominance'
      ? logisticDominance(x, y, weights).general
      : logisticRelativeWeights(x, y, weights).raw;
  const estimate = statistic();
  const uniform = mulberry32(options.seed ?? 1);
  const draws: number[][] = estimate.map(() => []);
  let failed = 0;
  for (let b = 0; b < replicates; b++) {
    const weights = x.map(() => poissonOne(uniform));
    try {
      statistic(weights).forEach((v, j) => draws[j]?.push(v));
    } catch (error) {
      // A resample can make a predictor constant or collinear; it is left out and counted.
      if (!(error instanceof AnalyticsInputError)) throw error;
      failed++;
    }
  }
  return percentileIntervals(estimate, draws, level, failed);
}
