import { test, describe } from 'node:test';
import assert from 'node:assert/strict';
import { fitLogistic } from './logistic.ts';
import { spector } from './fixtures/spector.ts';

function near(actual: number | undefined, expected: number, tol: number): void {
  assert.ok(actual !== undefined && Math.abs(actual - expected) < tol, `${actual} vs ${expected}`);
}

const x = spector.rows.map((r) => [r[0], r[1], r[2]]);
const y = spector.rows.map((r) => r[3]);

describe('logistic regression (IRLS)', () => {
  test('Spector & Mazzeo: Stata glm / statsmodels Logit', () => {
    const fit = fitLogistic(x, y);
    assert.ok(fit.converged);
    // intercept, gpa, tuce, psi. The published digits come from Stata's IRLS stopping rule: its score
    // X'(y - mu) is about 3e-6 there, ours about 1e-9, so they agree to about 7 significant digits.
    [-13.021345913, 2.8261124216999, 0.09515765001, 2.3786875041].forEach((v, j) =>
      near(fit.coefficients[j], v, 2e-6),
    );
    const score = [0, 0, 0, 0];
    x.forEach((row, i) => {
      const mu = 1 / (1 + Math.exp(-(fit.linearPredictor[i] ?? NaN)));
      [1, ...row].forEach((v, j) => (score[j] = (score[j] ?? 0) + v * ((y[i] ?? NaN) - mu)));
    });
    score.forEach((g) => assert.ok(Math.abs(g) < 1e-8, `score ${g}`));
    [4.9313239, 1.262941, 0.1415542, 1.0645642].forEach((v, j) => near(fit.standardErrors[j], v, 5e-7));
    near(fit.logLikelihood, -12.889634, 5e-7);
    near(fit.deviance, 25.779268, 5e-7);
    // 11 of 32 improved: LL0 = 11 ln(11/32) + 21 ln(21/32).
    near(fit.nullLogLikelihood, 11 * Math.log(11 / 32) + 21 * Math.log(21 / 32), 1e-12);
    near(fit.mcFaddenR2, 1 - fit.logLikelihood / fit.nullLogLikelihood, 1e-15);
  });

  test('frequency weights equal repeated rows', () => {
    const weights = y.map((_, i) => (i % 2) + 1);
    const weighted = fitLogistic(x, y, { weights });
    const repeatedX = x.flatMap((r, i) => (i % 2 === 1 ? [r, r] : [r]));
    const repeatedY = y.flatMap((v, i) => (i % 2 === 1 ? [v, v] : [v]));
    const repeated = fitLogistic(repeatedX, repeatedY);
    weighted.coefficients.forEach((b, j) => near(b, repeated.coefficients[j] ?? NaN, 1e-9));
  });

  test('separation does not crash: it reports no convergence', () => {
    const fit = fitLogistic([[1], [2], [3], [4]], [0, 0, 1, 1], { maxIterations: 25 });
    assert.equal(fit.converged, false);
    assert.ok(fit.logLikelihood > -1e-3);
  });

  test('bad input names the place', () => {
    assert.throws(() => fitLogistic([[1], [2]], [0, 2]), /not_binary at y\[1\]/);
    assert.throws(() => fitLogistic([[1], [NaN]], [0, 1]), /not_finite at x\[1\]\[0\]/);
    assert.throws(
      () =>
        fitLogistic(
          [
            [1, 1],
            [2, 2],
            [3, 3],
          ],
          [0, 1, 0],
        ),
      /singular/,
    );
  });

  test('bad weights name the row; a zero weight leaves the row out', () => {
    const bad = (weights: number[]) => () => fitLogistic(x, y, { weights });
    const ones = () => y.map(() => 1);
    const at = (i: number, w: number) => ones().map((v, j) => (j === i ? w : v));
    assert.throws(bad(at(3, -1)), { name: 'AnalyticsInputError', code: 'out_of_range', path: 'weights[3]' });
    assert.throws(bad(at(5, NaN)), { code: 'not_finite', path: 'weights[5]' });
    assert.throws(bad(at(0, Infinity)), { code: 'not_finite', path: 'weights[0]' });
    assert.throws(bad(at(7, -Infinity)), { code: 'not_finite', path: 'weights[7]' });
    assert.throws(bad(ones().slice(1)), { code: 'width_mismatch', path: 'weights' });
    assert.throws(bad([...ones(), 1]), { code: 'width_mismatch', path: 'weights' });
    const dropped = fitLogistic(x, y, { weights: at(4, 0) });
    const without = fitLogistic(
      x.filter((_, i) => i !== 4),
      y.filter((_, i) => i !== 4),
    );
    dropped.coefficients.forEach((b, j) =>
      assert.ok(Math.abs(b - (without.coefficients[j] as number)) < 1e-8),
    );
  });
});
