import { test, describe } from 'node:test';
import assert from 'node:assert/strict';
import { logisticDominance, logisticRelativeWeights } from './logistic-drivers.ts';
import { fitLogistic } from '../logistic.ts';
import { spector } from '../fixtures/spector.ts';

function near(actual: number | undefined, expected: number, tol: number): void {
  assert.ok(actual !== undefined && Math.abs(actual - expected) < tol, `${actual} vs ${expected}`);
}

const x = spector.rows.map((r) => [r[0], r[1], r[2]]);
const y = spector.rows.map((r) => r[3]);

/** Shapley value of McFadden's R² by the textbook permutation formula, refitting from scratch. */
function bruteForceShapley(): number[] {
  const r2 = (cols: number[]): number => {
    if (cols.length === 0) return 0;
    const fit = fitLogistic(
      x.map((row) => cols.map((c) => row[c] as number)),
      y,
    );
    return fit.mcFaddenR2;
  };
  const orders = [
    [0, 1, 2],
    [0, 2, 1],
    [1, 0, 2],
    [1, 2, 0],
    [2, 0, 1],
    [2, 1, 0],
  ];
  const out = [0, 0, 0];
  for (const order of orders) {
    order.forEach((j, at) => {
      const before = order.slice(0, at).sort();
      out[j] = (out[j] ?? 0) + (r2([...before, j].sort()) - r2(before)) / orders.length;
    });
  }
  return out;
}

describe('key drivers of a binary outcome', () => {
  test('McFadden dominance on Spector & Mazzeo equals the permutation Shapley value and sums to R²', () => {
    const d = logisticDominance(x, y);
    const full = fitLogistic(x, y);
    near(d.fit, full.mcFaddenR2, 1e-10);
    near(
      d.general.reduce((a, b) => a + b, 0),
      full.mcFaddenR2,
      1e-12,
    );
    bruteForceShapley().forEach((v, j) => near(d.general[j], v, 1e-9));
  });

  test('relative weights on the logit sum to R²_O and ignore the scale of a predictor', () => {
    const w = logisticRelativeWeights(x, y);
    near(
      w.raw.reduce((a, b) => a + b, 0),
      w.rSquared,
      1e-12,
    );
    assert.ok(w.rSquared > 0.2 && w.rSquared < 0.6);
    const rescaled = logisticRelativeWeights(
      x.map((r) => [(r[0] as number) * 10, (r[1] as number) / 3, r[2] as number]),
      y,
    );
    w.raw.forEach((v, j) => near(rescaled.raw[j], v, 1e-9));
    // gpa and psi drive improvement; tuce barely does.
    assert.ok((w.raw[1] as number) < (w.raw[0] as number) && (w.raw[1] as number) < (w.raw[2] as number));
  });

  test('relative weights name the bad cell or row instead of calling a predictor constant', () => {
    const withCell = (i: number, row: number[]) => x.map((r, at) => (at === i ? row : r));
    assert.throws(() => logisticRelativeWeights(withCell(2, [NaN, 3, 20]), y), /not_finite at x\[2\]\[0\]/);
    assert.throws(() => logisticRelativeWeights(withCell(4, [3, 20]), y), /width_mismatch at x\[4\]/);
    assert.throws(() => logisticRelativeWeights(withCell(4, [3, 3, 20, 1]), y), /width_mismatch at x\[4\]/);
  });

  test('relative weights name a bad case weight instead of calling a predictor constant', () => {
    const weights = (i: number, v: number) => y.map((_, at) => (at === i ? v : 1));
    assert.throws(() => logisticRelativeWeights(x, y, weights(3, NaN)), /not_finite at weights\[3\]/);
    assert.throws(() => logisticRelativeWeights(x, y, weights(1, -1)), /out_of_range at weights\[1\]/);
    assert.throws(() => logisticRelativeWeights(x, y, [1, 1]), /width_mismatch at weights/);
  });
});
