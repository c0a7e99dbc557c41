import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { createRandom } from '../random.ts';
import {
  churnAvoided,
  churnDrivers,
  fitAtRiskModel,
  fitChurnCox,
  scoreAtRisk,
  scoreAtRiskBatch,
} from './index.ts';
import type { TChurnSubject } from './index.ts';

/** Poisson draw by inversion (Knuth), for breach counts. */
function poisson(uniform: () => number, mean: number): number {
  const limit = Math.exp(-mean);
  let k = 0;
  for (let p = uniform(); p > limit; p *= uniform()) k++;
  return k;
}

// Planted logistic model: logit P(churn) = -2 + 0.8 breaches + 0.5 wait - 0.4 gold.
const PLANTED = { intercept: -2, breaches: 0.8, wait: 0.5, gold: -0.4 };
function logisticSubjects(n: number, seed: number): TChurnSubject[] {
  const random = createRandom(seed);
  return Array.from({ length: n }, (_, i) => {
    const covariates = {
      breaches: poisson(random.uniform, 0.6),
      wait: random.normal(),
      gold: random.uniform() < 0.3 ? 1 : 0,
    };
    const eta =
      PLANTED.intercept +
      PLANTED.breaches * covariates.breaches +
      PLANTED.wait * covariates.wait +
      PLANTED.gold * covariates.gold;
    return {
      id: `c${i}`,
      durationDays: 30 + random.below(700),
      churned: random.uniform() < 1 / (1 + Math.exp(-eta)),
      covariates,
    };
  });
}

const keys = ['breaches', 'wait', 'gold'];

describe('fitAtRiskModel on a planted logistic model', () => {
  const subjects = logisticSubjects(8000, 11);
  const model = fitAtRiskModel(subjects, keys, { holdoutShare: 0.3, seed: 5 });

  test('the planted coefficients are recovered within 3 standard errors', () => {
    assert.deepEqual(model.keys, keys);
    assert.ok(Math.abs(model.intercept - PLANTED.intercept) < 0.2, `${model.intercept}`);
    model.keys.forEach((key, j) => {
      const planted = PLANTED[key as 'breaches' | 'wait' | 'gold'];
      const se = model.standardErrors[j] ?? NaN;
      assert.ok(
        Math.abs((model.coefficients[j] ?? NaN) - planted) < 3 * se,
        `${key}: ${model.coefficients[j]}`,
      );
    });
  });

  test('validated on the held-out 30% only: AUC with DeLong interval, calibrated deciles, slope near 1', () => {
    assert.equal(model.training.n + model.holdout.n, 8000);
    assert.ok(Math.abs(model.holdout.n / 8000 - 0.3) < 0.03, `${model.holdout.n}`);
    const { auc } = model.holdout;
    assert.ok(auc.estimate > 0.7 && auc.estimate < 0.85, `${auc.estimate}`);
    assert.ok(auc.lower < auc.estimate && auc.estimate < auc.upper);
    assert.ok(auc.upper - auc.lower < 0.07);
    assert.equal(model.holdout.calibration.length, 10);
    const inside = model.holdout.calibration.filter(
      (b) => b.meanPredicted >= b.observedLower && b.meanPredicted <= b.observedUpper,
    ).length;
    assert.ok(inside >= 8, `${inside} of 10 deciles`);
    assert.ok(
      Math.abs((model.holdout.calibrationSlope ?? NaN) - 1) < 0.2,
      `${model.holdout.calibrationSlope}`,
    );
    assert.ok(Math.abs(model.holdout.calibrationIntercept ?? NaN) < 0.2);
    const share = model.holdout.events / model.holdout.n;
    assert.ok(model.holdout.brier < share * (1 - share), 'beats predicting the base rate');
  });

  test('the split follows each customer’s id, not the order of the data', () => {
    const reversed = fitAtRiskModel([...subjects].reverse(), keys, { holdoutShare: 0.3, seed: 5 });
    assert.equal(reversed.holdout.n, model.holdout.n);
    assert.ok(Math.abs(reversed.coefficients[0]! - model.coefficients[0]!) < 1e-9);
    const other = fitAtRiskModel(subjects, keys, { holdoutShare: 0.3, seed: 6 });
    assert.notEqual(other.holdout.n, model.holdout.n);
  });

  test('a horizon makes churn within it the outcome and leaves out those censored before it', () => {
    const horizon = fitAtRiskModel(subjects, keys, { holdoutShare: 0.3, seed: 5, horizonDays: 365 });
    const known = subjects.filter((s) => s.durationDays >= 365 || s.churned).length;
    assert.equal(horizon.training.n + horizon.holdout.n, known);
    assert.equal(horizon.horizonDays, 365);
  });

  test('scoreAtRisk: the risk, and contributions from the mean that add up to the linear predictor', () => {
    const customer = { breaches: 3, wait: -1, gold: 1 };
    const score = scoreAtRisk(model, customer);
    const eta =
      model.intercept + model.keys.reduce((s, k, j) => s + model.coefficients[j]! * customer[k as 'wait'], 0);
    assert.ok(Math.abs(score.risk - 1 / (1 + Math.exp(-eta))) < 1e-12);
    assert.deepEqual(
      score.contributions.map((c) => c.key),
      ['breaches', 'gold', 'wait'],
    );
    const atMean = model.intercept + model.coefficients.reduce((s, b, j) => s + b * model.means[j]!, 0);
    const total = score.contributions.reduce((s, c) => s + c.contribution, atMean);
    assert.ok(Math.abs(total - eta) < 1e-9);
    const missing = scoreAtRisk(model, { breaches: 3, wait: -1 });
    assert.equal(missing.contributions.find((c) => c.key === 'gold')?.contribution, 0);
  });

  test('the batch scorer gives the same risks, writes into the given array, NaN scoring as the mean', () => {
    const values = Float64Array.from([0, 0, 0, 3, -1, 1, 1, Number.NaN, 0]);
    const out = new Float64Array(3);
    assert.equal(scoreAtRiskBatch(model, values, out), out);
    assert.ok(Math.abs(out[1]! - scoreAtRisk(model, { breaches: 3, wait: -1, gold: 1 }).risk) < 1e-12);
    assert.ok(Math.abs(out[2]! - scoreAtRisk(model, { breaches: 1, gold: 0 }).risk) < 1e-12);
    assert.throws(() => scoreAtRiskBatch(model, new Float64Array(4)), /width_mismatch/);
  });

  test('model options and too few churners are refused with their codes', () => {
    assert.throws(
      () => fitAtRiskModel(subjects, keys, { holdoutShare: 1, seed: 1 }),
      /bad_option at holdoutShare/,
    );
    const none = subjects.map((s) => ({ ...s, churned: false }));
    assert.throws(
      () => fitAtRiskModel(none, keys, { holdoutShare: 0.3, seed: 1 }),
      /too_few_events at training/,
    );
  });
});

describe('churnDrivers', () => {
  test('ranks the planted drivers by their strength, with intervals', () => {
    const result = churnDrivers(logisticSubjects(1500, 3), keys, { replicates: 40, seed: 2 });
    assert.equal(result.method, 'dominance');
    assert.deepEqual(
      result.drivers.map((d) => d.key),
      ['breaches', 'wait', 'gold'],
    );
    for (const d of result.drivers) assert.ok(d.lower <= d.importance && d.importance <= d.upper);
    assert.ok(Math.abs(result.drivers.reduce((s, d) => s + d.share, 0) - 1) < 1e-9);
  });
});

describe('churnAvoided on planted exponential churn', () => {
  // Churn hazard per day 0.002 · exp(0.7 breaches + 0.3 wait), everybody followed for a year.
  const base = 0.002;
  const beta = { breaches: 0.7, wait: 0.3 };
  const random = createRandom(21);
  const subjects: TChurnSubject[] = Array.from({ length: 5000 }, (_, i) => {
    const covariates = { breaches: poisson(random.uniform, 0.5), wait: random.normal() };
    const hazard = base * Math.exp(beta.breaches * covariates.breaches + beta.wait * covariates.wait);
    const time = -Math.log(1 - random.uniform()) / hazard;
    return { id: `s${i}`, durationDays: Math.min(time, 365), churned: time < 365, covariates };
  });
  const fit = fitChurnCox(subjects, ['breaches', 'wait']);
  const result = churnAvoided(fit, subjects, {
    covariate: 'breaches',
    horizonDays: 180,
    draws: 300,
    seed: 4,
  });

  test('the true number avoided lies in the interval, and the estimate is near it', () => {
    const risk = (h: number) => 1 - Math.exp(-base * 180 * Math.exp(h));
    const exposed = subjects.filter((s) => s.covariates['breaches']! > 0);
    const truth = exposed.reduce(
      (s, c) =>
        s +
        risk(beta.breaches * c.covariates['breaches']! + beta.wait * c.covariates['wait']!) -
        risk(beta.wait * c.covariates['wait']!),
      0,
    );
    assert.equal(result.exposed, exposed.length);
    assert.ok(
      result.avoided.lower < truth && truth < result.avoided.upper,
      `${truth} vs ${JSON.stringify(result.avoided)}`,
    );
    assert.ok(
      Math.abs(result.avoided.estimate - truth) / truth < 0.15,
      `${result.avoided.estimate} vs ${truth}`,
    );
    assert.ok(Math.abs(result.expectedChurn - result.expectedChurnIfMet - result.avoided.estimate) < 1e-9);
    assert.ok(Math.abs(result.avoidedShare.estimate - result.avoided.estimate / exposed.length) < 1e-12);
  });

  test('the delta-method interval agrees with the drawn one', () => {
    const delta = churnAvoided(fit, subjects, { covariate: 'breaches', horizonDays: 180, interval: 'delta' });
    assert.equal(delta.interval, 'delta');
    assert.equal(delta.draws, 0);
    assert.ok(Math.abs(delta.avoided.estimate - result.avoided.estimate) < 1e-9);
    const width = (a: { lower: number; upper: number }) => a.upper - a.lower;
    const ratio = width(delta.avoided) / width(result.avoided);
    assert.ok(
      ratio > 0.8 && ratio < 1.25,
      `delta ${JSON.stringify(delta.avoided)} vs ${JSON.stringify(result.avoided)}`,
    );
    assert.equal(result.interval, 'draws');
  });

  test('a covariate outside the model is refused', () => {
    assert.throws(
      () => churnAvoided(fit, subjects, { covariate: 'nope', horizonDays: 180 }),
      /bad_option at covariate/,
    );
  });
});
