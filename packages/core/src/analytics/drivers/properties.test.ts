import { test, describe } from 'node:test';
import assert from 'node:assert/strict';
import { dominanceFromCorrelation } from './dominance.ts';
import { relativeWeightsFromCorrelation } from './relative-weights.ts';
import { driverInputFromRows, type DriverInput } from './input.ts';
import { mulberry32, normalDraw } from '../../random.ts';

/** n rows of p correlated predictors (shared factor) and an outcome in the last column. */
function generate(seed: number, n: number, p: number): number[][] {
  const uniform = mulberry32(seed);
  const slopes = Array.from({ length: p }, (_, j) => (j % 3) - 0.5 + 0.1 * j);
  return Array.from({ length: n }, () => {
    const shared = normalDraw(uniform);
    const x = Array.from({ length: p }, (_, j) => 0.6 * shared + normalDraw(uniform) + j);
    const y = x.reduce((s, v, j) => s + (slopes[j] as number) * v, 0) + 2 * normalDraw(uniform);
    return [...x, y];
  });
}

const methods: [string, (input: DriverInput) => { total: number; weights: number[] }][] = [
  [
    'dominance',
    (i) => ({ total: dominanceFromCorrelation(i).fit, weights: dominanceFromCorrelation(i).general }),
  ],
  [
    'relative weights',
    (i) => ({
      total: relativeWeightsFromCorrelation(i).rSquared,
      weights: relativeWeightsFromCorrelation(i).raw,
    }),
  ],
];

const close = (a: number | undefined, b: number | undefined, tol = 1e-10): void =>
  assert.ok(a !== undefined && b !== undefined && Math.abs(a - b) < tol, `${a} vs ${b}`);

for (const seed of [1, 2, 3]) {
  const p = 4 + seed * 2;
  const rows = generate(seed, 300, p);
  const input = driverInputFromRows(rows, p + 1, p);
  describe(`driver weight properties (seed ${seed}, ${p} predictors)`, () => {
    test('both methods give the same full-model R², and each method`s weights sum to it', () => {
      const [dominance, weights] = methods.map(([, run]) => run(input));
      close(dominance?.total, weights?.total);
      for (const result of [dominance, weights]) {
        close(
          result?.weights.reduce((a, b) => a + b, 0),
          result?.total,
        );
      }
    });

    for (const [name, run] of methods) {
      test(`${name}: permuting predictors permutes the weights`, () => {
        const order = Array.from({ length: p }, (_, j) => (p - 1 - j + seed) % p);
        assert.equal(new Set(order).size, p);
        const permuted = run(driverInputFromRows(rows, p + 1, p, order)).weights;
        const original = run(input).weights;
        order.forEach((from, to) => close(permuted[to], original[from]));
      });

      test(`${name}: rescaling a predictor leaves the weights unchanged`, () => {
        const scaled = rows.map((r) => r.map((v, j) => (j === 0 ? v * 1000 : j === 1 ? v * -0.01 : v)));
        const after = run(driverInputFromRows(scaled, p + 1, p)).weights;
        run(input).weights.forEach((w, j) => close(after[j], w, 1e-9));
      });
    }
  });
}
