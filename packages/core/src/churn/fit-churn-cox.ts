import { fitCox } from '../analytics/survival/cox.ts';
import { AnalyticsInputError } from '../analytics/errors.ts';
import { buildCovariateDesign } from './covariates.ts';
import type { TChurnCoxFit, TChurnCoxOptions, TChurnSubject } from './types.ts';

/** Fewest churn events a Cox model of churn is fitted on. */
export const MIN_COX_EVENTS = 2;

/**
 * Cox proportional-hazards model of churn (Cox 1972, JRSS B 34:187; Efron ties; core's `fitCox`, checked
 * against R coxph on the Rossi data) on the named covariates: hazard ratios exp(β) with Wald intervals and
 * p, Harrell's concordance (Harrell et al. 1982), the likelihood-ratio test. Constant, collinear and wholly
 * missing covariates are dropped and listed; subjects missing a covariate are left out (complete cases).
 * Throws `too_few_events` below 2 churn events, `too_few_predictors` when no covariate is left.
 */
export function fitChurnCox(
  subjects: readonly TChurnSubject[],
  covariateKeys: readonly string[],
  options: TChurnCoxOptions = {},
): TChurnCoxFit {
  const confidenceLevel = options.confidenceLevel ?? 0.95;
  const design = buildCovariateDesign(subjects, covariateKeys);
  const n = design.rows.length;
  const times = design.rows.map((i) => subjects[i]?.durationDays ?? 0);
  const events = design.rows.map((i) => subjects[i]?.churned === true);
  const eventCount = events.filter(Boolean).length;
  if (eventCount < MIN_COX_EVENTS) {
    throw new AnalyticsInputError(
      'too_few_events',
      'subjects',
      `${eventCount} churn events among ${n} subjects`,
    );
  }
  const p = design.keys.length;
  if (p === 0)
    throw new AnalyticsInputError('too_few_predictors', 'covariateKeys', 'every covariate was dropped');
  const covariates = design.rows.map((_, r) => Array.from(design.values.subarray(r * p, (r + 1) * p)));
  const fit = fitCox(
    { times, events, covariates, names: design.keys },
    {
      confidenceLevel,
      ...(options.maxIterations === undefined ? {} : { maxIterations: options.maxIterations }),
    },
  );
  return {
    confidenceLevel,
    covariates: design.keys.map((key, j) => ({
      key,
      coefficient: fit.coefficients[j] ?? NaN,
      standardError: fit.standardErrors[j] ?? NaN,
      hazardRatio: fit.hazardRatios[j] ?? NaN,
      lower: fit.hazardRatioLower[j] ?? NaN,
      upper: fit.hazardRatioUpper[j] ?? NaN,
      z: fit.z[j] ?? NaN,
      p: fit.p[j] ?? NaN,
      possiblyInfinite: fit.possiblyInfinite[j] ?? false,
      mean: design.means[j] ?? NaN,
    })),
    dropped: design.dropped,
    concordance: fit.concordance,
    n: fit.n,
    events: fit.events,
    logLikelihood: fit.logLikelihood,
    likelihoodRatio: fit.likelihoodRatio,
    converged: fit.converged,
    covariance: fit.covariance.map((row) => [...row]),
  };
}
