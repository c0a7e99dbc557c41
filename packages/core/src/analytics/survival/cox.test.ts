import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { rossiNames, rossiRows } from '../fixtures/rossi.ts';
import { fitCox } from './cox.ts';

const covariateNames = rossiNames.slice(2);

// Published vector (TEST_VECTORS.md): lifelines CoxPHFitter on datasets/rossi.csv = R coxph (Efron ties).
describe('fitCox on the Rossi recidivism data', () => {
  const fit = fitCox({
    times: rossiRows.map((r) => r[0] ?? NaN),
    events: rossiRows.map((r) => (r[1] === 1 ? 1 : 0)),
    covariates: rossiRows.map((r) => r.slice(2)),
    names: covariateNames,
  });

  test('the data are all there', () => {
    assert.equal(fit.n, 432);
    assert.equal(fit.events, 114);
  });

  test('coefficients to 7 decimals', () => {
    const expected = [-0.3794222, -0.0574377, 0.3138998, -0.1497957, -0.4337039, -0.0848711, 0.0914971];
    assert.deepEqual(
      fit.coefficients.map((b) => b.toFixed(7)),
      expected.map((b) => b.toFixed(7)),
    );
  });

  test('standard errors to 5 decimals', () => {
    const expected = ['0.19138', '0.02200', '0.30799', '0.21222', '0.38187', '0.19576', '0.02865'];
    assert.deepEqual(
      fit.standardErrors.map((s) => s.toFixed(5)),
      expected,
    );
  });

  test('likelihood-ratio test 33.27 on 7 df, concordance 0.64', () => {
    assert.equal(fit.likelihoodRatio.chiSquare.toFixed(2), '33.27');
    assert.equal(fit.likelihoodRatio.df, 7);
    assert.equal(fit.concordance.toFixed(2), '0.64');
    assert.ok(fit.converged);
  });
});

describe('fitCox input checks', () => {
  test('a constant covariate is reported, not crashed on', () => {
    assert.throws(
      () => fitCox({ times: [1, 2, 3, 4], events: [1, 1, 0, 1], covariates: [[1], [1], [1], [1]] }),
      /singular at covariates/,
    );
  });

  test('ragged rows and non-finite cells name the cell', () => {
    assert.throws(
      () => fitCox({ times: [1, 2], covariates: [[1, 2], [3]] }),
      /width_mismatch at covariates\[1\]/,
    );
    assert.throws(
      () => fitCox({ times: [1, 2], covariates: [[1], [Number.NaN]] }),
      /not_finite at covariates\[1\]\[0\]/,
    );
  });
});

describe('fitCox on a small tied data set', () => {
  // R survival's validation data "test1" (Therneau, survival package tests / validation vignette),
  // the row with missing status dropped: time 4 1 1 2 2 3, status 1 1 0 1 1 0, x 0 1 1 1 0 0.
  // Efron's beta-hat is 1.676857 (Breslow's would be 1.475285).
  const input = {
    times: [4, 1, 1, 2, 2, 3],
    events: [1, 1, 0, 1, 1, 0] as const,
    covariates: [[0], [1], [1], [1], [0], [0]],
  };

  test('Efron estimate', () => {
    assert.equal(fitCox(input).coefficients[0]?.toFixed(6), '1.676857');
  });

  test('an iteration cap is reported as not converged', () => {
    const capped = fitCox(input, { maxIterations: 1 });
    assert.equal(capped.converged, false);
    assert.equal(capped.iterations, 1);
  });
});

describe('fitCox with a separating covariate', () => {
  test('flags the coefficient that runs off to infinity, not the others', () => {
    // Everyone with x1 = 1 fails before everyone with x1 = 0: the likelihood rises for ever in beta1.
    const fit = fitCox({
      times: [1, 2, 3, 4, 5, 6],
      covariates: [
        [1, 0.3],
        [1, -1],
        [1, 2],
        [0, 0.5],
        [0, 1],
        [0, -0.2],
      ],
    });
    assert.deepEqual(fit.possiblyInfinite, [true, false]);
    assert.ok((fit.coefficients[0] ?? 0) > 10);
  });

  test('bad options name the option', () => {
    const input = { times: [1, 2, 3], covariates: [[0], [1], [0]] };
    assert.throws(() => fitCox(input, { maxIterations: 0 }), /bad_option at maxIterations/);
    assert.throws(() => fitCox(input, { confidenceLevel: 1 }), /bad_option at confidenceLevel/);
    assert.throws(() => fitCox({ ...input, events: [0, 0, 0] }), /too_few_rows at events/);
  });
});
