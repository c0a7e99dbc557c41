import { AnalyticsInputError } from '../analytics/errors.ts';
import { fitLogistic } from '../analytics/logistic.ts';
import { calibrationBins, calibrationSlope } from './calibration.ts';
import { buildCovariateDesign, valuesInOrder } from './covariates.ts';
import { aucWithInterval } from './roc.ts';
import { scoreAtRiskBatch } from './score-at-risk.ts';
import { isHeldOut } from './split.ts';
import type { TAtRiskModel, TAtRiskOptions, TChurnSubject } from './types.ts';

/**
 * The at-risk model: logistic regression (IRLS, core's `fitLogistic`) of churn on the covariates, fitted on
 * the customers outside a seeded hold-out (`isHeldOut`: by a hash of the id, so a customer stays on its
 * side) and judged on the held-out ones only: discrimination as the AUC with DeLong's interval
 * (`aucWithInterval`), accuracy as the Brier (1950) score, calibration as deciles of predicted risk and Cox's
 * (1958) recalibration slope and intercept. Steyerberg (2019, Clinical Prediction Models, 2nd ed., ch. 15)
 * is the model of this validation. With `horizonDays` the outcome is churn within that many days; customers
 * censored before it are left out (their outcome is unknown). Covariates are chosen on the training part
 * (constant and collinear ones dropped). Throws `too_few_events` when the training part has fewer than 2
 * churners or 2 stayers, or the hold-out lacks either.
 */
export function fitAtRiskModel(
  subjects: readonly TChurnSubject[],
  covariateKeys: readonly string[],
  options: TAtRiskOptions,
): TAtRiskModel {
  const { holdoutShare, seed } = options;
  const confidenceLevel = options.confidenceLevel ?? 0.95;
  if (!(holdoutShare > 0 && holdoutShare < 1)) {
    throw new AnalyticsInputError('bad_option', 'holdoutShare', 'must be between 0 and 1');
  }
  if (!Number.isInteger(seed)) throw new AnalyticsInputError('bad_option', 'seed', 'must be a whole number');
  const horizon = options.horizonDays ?? null;
  if (horizon !== null && !(horizon > 0))
    throw new AnalyticsInputError('bad_option', 'horizonDays', 'must be > 0');
  const outcomeOf = (s: TChurnSubject): number | null => {
    if (horizon === null) return s.churned ? 1 : 0;
    if (s.churned && s.durationDays <= horizon) return 1;
    return s.durationDays >= horizon ? 0 : null;
  };
  const heldOut = subjects.map((s) => isHeldOut(s.id, seed, holdoutShare));
  const train = buildCovariateDesign(
    subjects,
    covariateKeys,
    (s, i) => heldOut[i] !== true && outcomeOf(s) !== null,
  );
  const yTrain = train.rows.map((i) => outcomeOf(subjects[i] as TChurnSubject) as number);
  requireBoth(yTrain, 'training');
  const p = train.keys.length;
  if (p === 0)
    throw new AnalyticsInputError('too_few_predictors', 'covariateKeys', 'every covariate was dropped');
  const x = train.rows.map((_, r) => Array.from(train.values.subarray(r * p, (r + 1) * p)));
  const fit = fitLogistic(x, yTrain);
  const model: TAtRiskModel = {
    kind: 'logistic',
    keys: train.keys,
    dropped: train.dropped,
    intercept: fit.coefficients[0] ?? NaN,
    coefficients: fit.coefficients.slice(1),
    standardErrors: fit.standardErrors.slice(1),
    means: train.means,
    horizonDays: horizon,
    seed,
    holdoutShare,
    confidenceLevel,
    training: { n: yTrain.length, events: yTrain.filter((y) => y === 1).length },
    holdout: emptyValidation(),
  };
  return { ...model, holdout: validate(model, subjects, heldOut, outcomeOf) };
}

function validate(
  model: TAtRiskModel,
  subjects: readonly TChurnSubject[],
  heldOut: readonly boolean[],
  outcomeOf: (s: TChurnSubject) => number | null,
): TAtRiskModel['holdout'] {
  const test = buildCovariateDesign(
    subjects,
    model.keys,
    (s, i) => heldOut[i] === true && outcomeOf(s) !== null,
  );
  // Every key was kept on the training part; a key constant among the held-out customers is still scored.
  const values = valuesInOrder(subjects, test.rows, model.keys);
  const predicted = scoreAtRiskBatch(model, values, new Float64Array(test.rows.length));
  const outcomes = Float64Array.from(test.rows, (i) => outcomeOf(subjects[i] as TChurnSubject) as number);
  requireBoth(Array.from(outcomes), 'holdout');
  let brier = 0;
  for (let i = 0; i < predicted.length; i++)
    brier += ((predicted[i] as number) - (outcomes[i] as number)) ** 2;
  const recalibration = calibrationSlope(predicted, outcomes);
  return {
    n: outcomes.length,
    events: outcomes.reduce((s, y) => s + y, 0),
    auc: aucWithInterval(predicted, outcomes, model.confidenceLevel),
    brier: brier / outcomes.length,
    calibration: calibrationBins(predicted, outcomes, model.confidenceLevel),
    calibrationSlope: recalibration?.slope ?? null,
    calibrationIntercept: recalibration?.intercept ?? null,
  };
}

function requireBoth(outcomes: readonly number[], part: 'training' | 'holdout'): void {
  const events = outcomes.filter((y) => y === 1).length;
  const stayers = outcomes.length - events;
  const least = part === 'training' ? 2 : 1;
  if (events < least || stayers < least) {
    throw new AnalyticsInputError(
      'too_few_events',
      part,
      `${events} churners and ${stayers} stayers among ${outcomes.length} customers`,
    );
  }
}

function emptyValidation(): TAtRiskModel['holdout'] {
  return {
    n: 0,
    events: 0,
    auc: { estimate: NaN, lower: NaN, upper: NaN, standardError: NaN },
    brier: NaN,
    calibration: [],
    calibrationSlope: null,
    calibrationIntercept: null,
  };
}
