import { AnalyticsInputError } from '../analytics/errors.ts';
import { bootstrapLogisticDrivers } from '../analytics/drivers/logistic-bootstrap.ts';
import { buildCovariateDesign } from './covariates.ts';
import type { TChurnDrivers, TChurnDriversOptions, TChurnSubject } from './types.ts';

/**
 * Largest cost (rows x 2^predictors x (replicates + 1)) of logistic dominance with its bootstrap before
 * relative weights are used: about 5 s on one core at the measured 1.7 s per 2^10-subset dominance on
 * 2,000 rows (bench/analytics/drivers.bench.ts).
 */
const DOMINANCE_BUDGET = 6e6;

/**
 * Which covariates drive churn, with seeded bootstrap intervals: dominance analysis on McFadden's
 * pseudo-R² (Azen & Traxel 2009) when the exhaustive subset fits are affordable, otherwise relative weights
 * on the logit (Tonidandel & LeBreton 2010); core's `bootstrapLogisticDrivers` (Poisson bootstrap,
 * percentile intervals). Constant, collinear and wholly missing covariates are dropped and listed.
 */
export function churnDrivers(
  subjects: readonly TChurnSubject[],
  covariateKeys: readonly string[],
  options: TChurnDriversOptions = {},
): TChurnDrivers {
  const replicates = options.replicates ?? 200;
  const confidenceLevel = options.confidenceLevel ?? 0.95;
  const design = buildCovariateDesign(subjects, covariateKeys);
  const p = design.keys.length;
  if (p === 0)
    throw new AnalyticsInputError('too_few_predictors', 'covariateKeys', 'every covariate was dropped');
  const y = design.rows.map((i) => (subjects[i]?.churned === true ? 1 : 0));
  const events = y.reduce<number>((s, v) => s + v, 0);
  if (events < 2 || y.length - events < 2) {
    throw new AnalyticsInputError(
      'too_few_events',
      'subjects',
      `${events} churners among ${y.length} customers`,
    );
  }
  const x = design.rows.map((_, r) => Array.from(design.values.subarray(r * p, (r + 1) * p)));
  const method = y.length * 2 ** p * (replicates + 1) <= DOMINANCE_BUDGET ? 'dominance' : 'relative_weights';
  const intervals = bootstrapLogisticDrivers(x, y, {
    method,
    replicates,
    seed: options.seed ?? 1,
    level: confidenceLevel,
  });
  const total = intervals.estimate.reduce((s, v) => s + v, 0);
  return {
    method,
    total,
    drivers: design.keys
      .map((key, j) => {
        const importance = intervals.estimate[j] ?? NaN;
        return {
          key,
          importance,
          lower: intervals.lower[j] ?? NaN,
          upper: intervals.upper[j] ?? NaN,
          share: total > 0 ? importance / total : NaN,
        };
      })
      .sort((a, b) => b.importance - a.importance),
    dropped: design.dropped,
    confidenceLevel,
    replicates: intervals.replicates,
  };
}
