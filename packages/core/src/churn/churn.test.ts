import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { freireich } from '../analytics/fixtures/freireich.ts';
import { rossiNames, rossiRows } from '../analytics/fixtures/rossi.ts';
import { AnalyticsInputError } from '../analytics/errors.ts';
import { aucWithInterval, fitChurnCox, survivalByExposure, survivalByGroup } from './index.ts';
import type { TChurnSubject } from './index.ts';

const covariateKeys = rossiNames.slice(2);

/** Rossi's prisoners as churn subjects, with a constant column and one that copies `prio` twice over. */
const rossi: TChurnSubject[] = rossiRows.map((r, i) => ({
  id: `r${i}`,
  durationDays: r[0] ?? NaN,
  churned: r[1] === 1,
  covariates: {
    ...Object.fromEntries(covariateKeys.map((key, j) => [key, r[j + 2] ?? NaN])),
    constant: 1,
    prio2: 2 * (r[8] ?? NaN),
  },
}));

describe('fitChurnCox reproduces R coxph on the Rossi recidivism data (TEST_VECTORS.md)', () => {
  const fit = fitChurnCox(rossi, [...covariateKeys, 'constant', 'prio2']);

  test('coefficients, standard errors, LR test and concordance as published', () => {
    const expected = [-0.3794222, -0.0574377, 0.3138998, -0.1497957, -0.4337039, -0.0848711, 0.0914971];
    assert.deepEqual(
      fit.covariates.map((c) => c.key),
      covariateKeys,
    );
    assert.deepEqual(
      fit.covariates.map((c) => c.coefficient.toFixed(7)),
      expected.map((b) => b.toFixed(7)),
    );
    assert.deepEqual(
      fit.covariates.map((c) => c.standardError.toFixed(5)),
      ['0.19138', '0.02200', '0.30799', '0.21222', '0.38187', '0.19576', '0.02865'],
    );
    assert.equal(fit.likelihoodRatio.chiSquare.toFixed(2), '33.27');
    assert.equal(fit.concordance.toFixed(2), '0.64');
    assert.equal(fit.n, 432);
    assert.equal(fit.events, 114);
  });

  test('hazard ratios are exp(β) with Wald intervals; fin (financial aid) HR 0.684', () => {
    const fin = fit.covariates[0];
    assert.ok(fin);
    assert.equal(fin.hazardRatio.toFixed(3), '0.684');
    assert.ok(Math.abs(fin.lower - Math.exp(fin.coefficient - 1.959964 * fin.standardError)) < 1e-6);
    assert.ok(fin.p > 0.04 && fin.p < 0.06, `${fin.p}`);
  });

  test('the constant and the collinear covariates are dropped and reported, not fatal', () => {
    assert.deepEqual(fit.dropped, [
      { key: 'constant', reason: 'constant' },
      { key: 'prio2', reason: 'collinear' },
    ]);
  });

  test('too few events is its own error code', () => {
    const one = rossi.map((s, i) => ({ ...s, churned: i === 0 }));
    assert.throws(
      () => fitChurnCox(one, covariateKeys),
      (e: unknown) => e instanceof AnalyticsInputError && e.code === 'too_few_events',
    );
  });

  test('a non-finite covariate names the subject and the key', () => {
    const bad = rossi.map((s, i) => (i === 3 ? { ...s, covariates: { ...s.covariates, age: NaN } } : s));
    assert.throws(() => fitChurnCox(bad, covariateKeys), /not_finite at subjects\[3\]\.covariates\.age/);
  });

  test('subjects missing a covariate are left out (complete cases)', () => {
    const missing = rossi.map((s, i) => {
      if (i >= 10) return s;
      const { age: _age, ...rest } = s.covariates;
      return { ...s, covariates: rest };
    });
    assert.equal(fitChurnCox(missing, covariateKeys).n, 422);
  });
});

describe('survival by group on Freireich et al. (1963)', () => {
  const subjects: TChurnSubject[] = [
    ...freireich.sixMp.weeks.map((w, i) => ({
      id: `m${i}`,
      durationDays: w,
      churned: freireich.sixMp.relapse[i] === 1,
      covariates: { placebo: 0 },
    })),
    ...freireich.placebo.weeks.map((w, i) => ({
      id: `p${i}`,
      durationDays: w,
      churned: freireich.placebo.relapse[i] === 1,
      covariates: { placebo: 1 },
    })),
  ];

  test('log-rank chi-square 16.8, p 4.17e-05 (TEST_VECTORS.md); medians 23 and 8 weeks', () => {
    const result = survivalByGroup(subjects, (s) => (s.covariates['placebo'] === 1 ? 'placebo' : '6-MP'));
    assert.deepEqual(
      result.curves.map((c) => c.group),
      ['6-MP', 'placebo'],
    );
    assert.equal(result.logRank?.chiSquare.toFixed(1), '16.8');
    assert.equal(result.logRank?.p.toExponential(2), '4.17e-5');
    assert.deepEqual(
      result.curves.map((c) => c.median.estimate),
      [23, 8],
    );
    assert.deepEqual(
      result.curves.map((c) => [c.n, c.events]),
      [
        [21, 9],
        [21, 21],
      ],
    );
  });

  test('survivalByExposure lists the unexposed first and keeps the test', () => {
    const result = survivalByExposure(subjects, (s) => s.covariates['placebo'] === 1);
    assert.deepEqual(
      result.curves.map((c) => c.group),
      ['unexposed', 'exposed'],
    );
    assert.deepEqual(result.logRank?.observed, [9, 21]);
    assert.equal(result.logRank?.chiSquare.toFixed(1), '16.8');
  });

  test('one group only: curves without a test', () => {
    const result = survivalByExposure(subjects, () => false);
    assert.equal(result.curves.length, 1);
    assert.equal(result.logRank, null);
  });
});

describe('aucWithInterval', () => {
  // Hanley & McNeil (1982, Radiology 143:29), Table 1: CT ratings 1..5 of 58 normal and 51 abnormal patients.
  const scores: number[] = [];
  const outcomes: number[] = [];
  [33, 6, 6, 11, 2].forEach((count, r) => {
    for (let i = 0; i < count; i++) {
      scores.push(r + 1);
      outcomes.push(0);
    }
  });
  [3, 2, 2, 11, 33].forEach((count, r) => {
    for (let i = 0; i < count; i++) {
      scores.push(r + 1);
      outcomes.push(1);
    }
  });

  test('the published area 0.893 on the Hanley & McNeil ratings', () => {
    const auc = aucWithInterval(scores, outcomes);
    assert.equal(auc.estimate.toFixed(3), '0.893');
    // Hanley & McNeil's exponential approximation gives 0.032; DeLong's nonparametric one is close to it.
    assert.ok(Math.abs(auc.standardError - 0.032) < 0.003, `${auc.standardError}`);
  });

  test("DeLong's variance equals its definition over all pairs", () => {
    const pos = scores.filter((_, i) => outcomes[i] === 1);
    const neg = scores.filter((_, i) => outcomes[i] === 0);
    const psi = (x: number, y: number) => (x > y ? 1 : x === y ? 0.5 : 0);
    const v10 = pos.map((x) => neg.reduce((s, y) => s + psi(x, y), 0) / neg.length);
    const v01 = neg.map((y) => pos.reduce((s, x) => s + psi(x, y), 0) / pos.length);
    const auc = v10.reduce((s, v) => s + v, 0) / pos.length;
    const s10 = v10.reduce((s, v) => s + (v - auc) ** 2, 0) / (pos.length - 1);
    const s01 = v01.reduce((s, v) => s + (v - auc) ** 2, 0) / (neg.length - 1);
    const se = Math.sqrt(s10 / pos.length + s01 / neg.length);
    const result = aucWithInterval(scores, outcomes);
    assert.ok(Math.abs(result.estimate - auc) < 1e-12);
    assert.ok(Math.abs(result.standardError - se) < 1e-12);
    assert.ok(Math.abs(result.upper - (auc + 1.959964 * se)) < 1e-5);
  });

  test('needs both outcomes', () => {
    assert.throws(() => aucWithInterval([1, 2], [1, 1]), /too_few_events/);
  });
});
