import { test, describe } from 'node:test';
import assert from 'node:assert/strict';
import { dominanceFromCorrelation } from './dominance.ts';
import { driverInputFromRows } from './input.ts';
import { mtcars } from '../fixtures/mtcars.ts';
import { attitude } from '../fixtures/attitude.ts';
import { swiss } from '../fixtures/swiss.ts';
import { iris } from '../fixtures/iris.ts';
import { spector } from '../fixtures/spector.ts';

const columnMean = (rows: readonly (readonly number[])[], j: number): number =>
  rows.reduce((s, r) => s + (r[j] as number), 0) / rows.length;

function near(actual: number | undefined, expected: number, tol: number): void {
  assert.ok(actual !== undefined && Math.abs(actual - expected) < tol, `${actual} vs ${expected}`);
}

const col = (name: string): number => (mtcars.names as readonly string[]).indexOf(name);

describe('dominance analysis (Shapley value regression, LMG)', () => {
  test('jluchman/domir README: mtcars mpg ~ am + vs + cyl', () => {
    const input = driverInputFromRows(mtcars.rows, 11, col('mpg'), [col('am'), col('vs'), col('cyl')]);
    const d = dominanceFromCorrelation(input);
    near(d.fit, 0.7619773, 5e-8);
    [0.1774892, 0.2027032, 0.3817849].forEach((v, j) => near(d.general[j], v, 5e-8));
    [0.2329324, 0.2660226, 0.501045].forEach((v, j) => near(d.standardized[j], v, 5e-8));
    const conditional = [
      [0.3597989, 0.1389842, 0.033684441],
      [0.4409477, 0.1641982, 0.002963748],
      [0.72618, 0.3432799, 0.075894823],
    ];
    conditional.forEach((row, j) =>
      row.forEach((v, k) => near(d.conditional[j]?.[k], v, k === 2 ? 5e-10 : 5e-8)),
    );
    // cyl beats am and vs in every subset; am vs vs is not decided (vs wins alone, am wins with cyl).
    assert.deepEqual(d.complete[2], [1, 1, 0]);
    assert.equal(d.complete[0]?.[1], 0);
  });

  test('clbustos/dominanceAnalysis README: attitude rating ~ all six', () => {
    const input = driverInputFromRows(attitude.rows, 7, 0);
    const d = dominanceFromCorrelation(input);
    near(d.fit, 0.732602, 5e-8);
    // complaints, privileges, learning, raises, critical, advance
    const expected = [0.3708162, 0.0509038, 0.155766, 0.1203451, 0.0065887, 0.0281822];
    expected.forEach((v, j) => near(d.general[j], v, 5e-8));
  });

  test('cross-check: mtcars mpg ~ cyl + disp + hp + gear', () => {
    const input = driverInputFromRows(mtcars.rows, 11, col('mpg'), ['cyl', 'disp', 'hp', 'gear'].map(col));
    const d = dominanceFromCorrelation(input);
    [0.24705, 0.2435, 0.21091, 0.07773].forEach((v, j) => near(d.general[j], v, 5e-6));
    near(
      d.general.reduce((a, b) => a + b, 0),
      0.77919,
      5e-6,
    );
  });

  test('swiss: Fertility ~ all five, R² as summary(lm) (0.7067); GD sums to it', () => {
    const d = dominanceFromCorrelation(driverInputFromRows(swiss.rows, 6, 0));
    near(d.fit, 0.7067, 5e-5);
    near(
      d.general.reduce((a, b) => a + b, 0),
      d.fit,
      1e-12,
    );
  });

  test("the typed-in fixtures match R's documented means", () => {
    near(columnMean(mtcars.rows, 0), 20.090625, 1e-9);
    near(columnMean(attitude.rows, 0), 64.633333, 5e-7);
    near(columnMean(swiss.rows, 0), 70.142553, 5e-7);
    [5.843333, 3.057333, 3.758, 1.199333].forEach((m, j) => near(columnMean(iris.rows, j), m, 5e-7));
    // Spector & Mazzeo: mean GPA 3.117188, TUCE 21.9375, 14 PSI students, 11 improved.
    [3.1171875, 21.9375, 14 / 32, 11 / 32].forEach((m, j) => near(columnMean(spector.rows, j), m, 1e-9));
  });

  test('a predictor that duplicates another splits its share and leaves R² unchanged', () => {
    const rows = mtcars.rows.map((r) => [r[0], r[1], r[3], r[1]] as number[]);
    const d = dominanceFromCorrelation(driverInputFromRows(rows, 4, 0));
    const single = dominanceFromCorrelation(driverInputFromRows(rows, 4, 0, [1, 2]));
    near(d.fit, single.fit, 1e-12);
    near(d.general[0], d.general[2] ?? NaN, 1e-12);
  });
});
