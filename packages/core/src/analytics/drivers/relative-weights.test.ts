import { test, describe } from 'node:test';
import assert from 'node:assert/strict';
import { relativeWeightsFromCorrelation } from './relative-weights.ts';
import { driverInputFromRows, selectDriverInput } from './input.ts';
import { mtcars } from '../fixtures/mtcars.ts';
import { iris } from '../fixtures/iris.ts';

function near(actual: number | undefined, expected: number, tol: number): void {
  assert.ok(actual !== undefined && Math.abs(actual - expected) < tol, `${actual} vs ${expected}`);
}

const col = (name: string): number => (mtcars.names as readonly string[]).indexOf(name);
const mtcarsInput = (names: string[]) => driverInputFromRows(mtcars.rows, 11, col('mpg'), names.map(col));

describe("Johnson's relative weights", () => {
  test('martinctc/rwa README: mtcars mpg ~ cyl + disp + hp + gear', () => {
    const w = relativeWeightsFromCorrelation(mtcarsInput(['cyl', 'disp', 'hp', 'gear']));
    near(w.rSquared, 0.7791896, 5e-8);
    [0.2284797, 0.2221469, 0.2321744, 0.0963886].forEach((v, j) => near(w.raw[j], v, 5e-8));
    [29.32274, 28.50999, 29.79691, 12.37037].forEach((v, j) => near(w.rescaled[j], v, 5e-6));
    assert.deepEqual(w.signs, [-1, -1, -1, 1]);
  });

  test('rwa regression-methods article: mtcars mpg ~ cyl + disp + hp + wt', () => {
    const w = relativeWeightsFromCorrelation(mtcarsInput(['cyl', 'disp', 'hp', 'wt']));
    near(w.rSquared, 0.8486, 5e-5);
    [0.2096904, 0.1883043, 0.179959, 0.2706812].forEach((v, j) => near(w.raw[j], v, 5e-8));
    [24.70914, 22.18908, 21.2057, 31.89607].forEach((v, j) => near(w.rescaled[j], v, 5e-6));
  });

  test('rwa regression-methods article: iris Petal.Length ~ Sepal.Length + Sepal.Width + Petal.Width', () => {
    const w = relativeWeightsFromCorrelation(driverInputFromRows(iris.rows, 5, 2, [0, 1, 3]));
    near(w.rSquared, 0.968, 5e-4);
    [0.39393902, 0.09741133, 0.47666141].forEach((v, j) => near(w.raw[j], v, 5e-9));
  });

  test('iopsych relWt example: correlation matrix only', () => {
    const r = [
      [1, 0.2, 0.3, 0.4, -0.4],
      [0.2, 1, 0.5, 0.1, 0.1],
      [0.3, 0.5, 1, 0.2, -0.3],
      [0.4, 0.1, 0.2, 1, 0.4],
      [-0.4, 0.1, -0.3, 0.4, 1],
    ];
    const w = relativeWeightsFromCorrelation(selectDriverInput(r, 4));
    [0.24066119, 0.05492664, 0.12143476, 0.28158189].forEach((v, j) => near(w.raw[j], v, 5e-9));
    near(
      w.raw.reduce((a, b) => a + b, 0),
      w.rSquared,
      1e-12,
    );
  });
});
