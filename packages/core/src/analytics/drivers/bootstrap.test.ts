import { test, describe } from 'node:test';
import assert from 'node:assert/strict';
import {
  DriverBootstrap,
  bootstrapDriverWeights,
  generalDominanceStatistic,
  relativeWeightStatistic,
  quantile,
} from './bootstrap.ts';
import { attitude } from '../fixtures/attitude.ts';

const base = { width: 7, outcome: 0, predictors: [1, 2, 3, 4, 5, 6], replicates: 100 };

describe('seeded bootstrap intervals for driver weights', () => {
  test('the same seed gives the same intervals; another seed does not', () => {
    const a = bootstrapDriverWeights(attitude.rows, {
      ...base,
      statistic: generalDominanceStatistic,
      seed: 42,
    });
    const b = bootstrapDriverWeights(attitude.rows, {
      ...base,
      statistic: generalDominanceStatistic,
      seed: 42,
    });
    const c = bootstrapDriverWeights(attitude.rows, {
      ...base,
      statistic: generalDominanceStatistic,
      seed: 43,
    });
    assert.deepEqual(a, b);
    assert.notDeepEqual(a.lower, c.lower);
    // clbustos/dominanceAnalysis: complaints 0.3708162 is the point estimate.
    assert.ok(Math.abs((a.estimate[0] ?? NaN) - 0.3708162) < 5e-8);
    a.estimate.forEach((e, j) => assert.ok((a.lower[j] ?? NaN) <= e && e <= (a.upper[j] ?? NaN)));
    assert.equal(a.replicates + a.failed, 100);
  });

  test('chunking does not change the result', () => {
    const options = { ...base, statistic: relativeWeightStatistic, seed: 7 };
    const whole = bootstrapDriverWeights(attitude.rows, options, 0.9);
    const streamed = new DriverBootstrap(options);
    streamed.addChunk(attitude.rows.slice(0, 11));
    streamed.addChunk(attitude.rows.slice(11));
    assert.deepEqual(streamed.intervals(0.9), whole);
  });

  test('type-7 quantiles of a typed array as R, NaN of none', () => {
    // R: quantile(c(1, 2, 4, 8), c(0, 0.2, 0.5, 0.8, 1)) = 1, 1.6, 3, 5.6, 8
    const sorted = Float64Array.from([1, 2, 4, 8]);
    const expected = [1, 1.6, 3, 5.6, 8];
    [0, 0.2, 0.5, 0.8, 1].forEach((q, i) =>
      assert.ok(Math.abs(quantile(sorted, q) - (expected[i] as number)) < 1e-12),
    );
    assert.ok(Number.isNaN(quantile([], 0.5)));
  });

  test('type-7 quantiles as R', () => {
    // R: quantile(c(1, 2, 3, 4, 10), c(0.025, 0.975)) = 1.1, 9.4
    assert.ok(Math.abs(quantile([1, 2, 3, 4, 10], 0.025) - 1.1) < 1e-12);
    assert.ok(Math.abs(quantile([1, 2, 3, 4, 10], 0.975) - 9.4) < 1e-12);
    assert.throws(() => new DriverBootstrap({ ...base, statistic: relativeWeightStatistic, replicates: 1 }));
  });
});
