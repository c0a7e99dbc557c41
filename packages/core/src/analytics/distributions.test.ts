import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import {
  chiSquareSf,
  fSf,
  lnGamma,
  normalCdf,
  normalQuantile,
  studentTCdf,
  studentTQuantile,
  studentTTwoSidedP,
} from './distributions.ts';

function near(actual: number, expected: number, tolerance: number): void {
  assert.ok(Math.abs(actual - expected) <= tolerance, `${actual} is not within ${tolerance} of ${expected}`);
}

// Reference values computed with scipy.stats (norm, t, chi2, f) and math.lgamma.
describe('distributions', () => {
  test('lnGamma matches factorials and Γ(1/2) = √π', () => {
    near(lnGamma(1), 0, 1e-14);
    near(lnGamma(5), Math.log(24), 1e-13);
    near(lnGamma(0.5), 0.5 * Math.log(Math.PI), 1e-14);
    near(lnGamma(100), 359.1342053695754, 1e-10);
  });

  test('normal cdf and quantile', () => {
    near(normalCdf(1.96), 0.9750021048517795, 1e-15);
    near(normalCdf(-1.96), 0.024997895148220435, 1e-15);
    near(normalCdf(0), 0.5, 1e-16);
    near(normalCdf(-8), 6.22096057427178e-16, 1e-28);
    near(normalQuantile(0.975), 1.959963984540054, 1e-14);
    near(normalQuantile(0.05), -1.6448536269514729, 1e-14);
    near(normalQuantile(1e-10), -6.361340902404056, 1e-12);
    assert.equal(normalQuantile(0.5), 0);
  });

  test('Student t cdf, two-sided p and quantile', () => {
    near(studentTCdf(2.228138851986274, 10), 0.975, 1e-14);
    near(studentTQuantile(0.975, 10), 2.228138851986274, 1e-12);
    near(studentTQuantile(0.025, 3), -3.182446305284263, 1e-12);
    near(studentTQuantile(0.975, 1), 12.70620473617471, 1e-10);
    near(studentTTwoSidedP(2, 5.5), 0.09675439023118504, 1e-13);
    near(studentTCdf(-1, 2.5), 0.20203051363913682, 1e-13);
  });

  test('chi-square and F upper tails', () => {
    near(chiSquareSf(3.841458820694124, 1), 0.05, 1e-15);
    near(chiSquareSf(33.27, 7), 2.357936006015829e-5, 1e-16);
    near(chiSquareSf(0.254237, 1), 0.614107350816934, 1e-13);
    near(fSf(4.964603, 1, 10), 0.04999999512509324, 1e-13);
  });
});
