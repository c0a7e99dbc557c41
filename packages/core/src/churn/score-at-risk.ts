import { AnalyticsInputError } from '../analytics/errors.ts';
import type { TAtRiskModel, TAtRiskScore, TRiskContribution } from './types.ts';

/**
 * A customer's churn risk under the at-risk model, with each covariate's contribution on the logit scale,
 * coefficient x (value - training mean), highest (most risk-raising) first. A covariate the customer has no
 * value for scores as the training mean (contribution 0).
 */
export function scoreAtRisk(model: TAtRiskModel, covariates: Readonly<Record<string, number>>): TAtRiskScore {
  let eta = model.intercept;
  const contributions: TRiskContribution[] = [];
  model.keys.forEach((key, j) => {
    const mean = model.means[j] as number;
    const given = covariates[key];
    const value = given === undefined ? mean : given;
    if (!Number.isFinite(value)) throw new AnalyticsInputError('not_finite', `covariates.${key}`);
    const coefficient = model.coefficients[j] as number;
    eta += coefficient * value;
    contributions.push({ key, value, contribution: given === undefined ? 0 : coefficient * (value - mean) });
  });
  contributions.sort((a, b) => b.contribution - a.contribution);
  return { risk: logistic(eta), contributions };
}

/**
 * Risks of many customers at once: `values` holds n rows of `model.keys.length` covariates, row-major, in
 * the order of `model.keys` (NaN = no value: scored as the training mean). Writes into `out` when given (no
 * allocation), else into a new array. A tight loop over typed arrays: millions of customers a second.
 */
export function scoreAtRiskBatch(
  model: TAtRiskModel,
  values: Float64Array,
  out?: Float64Array,
): Float64Array {
  const p = model.keys.length;
  const n = p === 0 ? (out?.length ?? 0) : Math.floor(values.length / p);
  if (p > 0 && values.length !== n * p) {
    throw new AnalyticsInputError('width_mismatch', 'values', `${values.length} is not a multiple of ${p}`);
  }
  const result = out ?? new Float64Array(n);
  if (result.length < n) throw new AnalyticsInputError('width_mismatch', 'out', `${result.length} < ${n}`);
  const coefficients = Float64Array.from(model.coefficients);
  const means = Float64Array.from(model.means);
  const intercept = model.intercept;
  for (let i = 0, at = 0; i < n; i++, at += p) {
    let eta = intercept;
    for (let j = 0; j < p; j++) {
      const v = values[at + j] as number;
      eta += (coefficients[j] as number) * (v === v ? v : (means[j] as number));
    }
    result[i] = 1 / (1 + Math.exp(-eta));
  }
  return result;
}

function logistic(eta: number): number {
  return 1 / (1 + Math.exp(-eta));
}
