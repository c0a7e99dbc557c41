import { test, describe } from 'node:test';
import assert from 'node:assert/strict';
import { bootstrapLogisticDrivers } from './logistic-bootstrap.ts';
import { logisticRelativeWeights } from './logistic-drivers.ts';
import { spector } from '../fixtures/spector.ts';

const x = spector.rows.map((r) => [r[0], r[1], r[2]]);
const y = spector.rows.map((r) => r[3]);

describe('bootstrap of binary-outcome drivers', () => {
  test('seeded and reproducible; intervals bracket the estimate', () => {
    for (const method of ['dominance', 'relative_weights'] as const) {
      const a = bootstrapLogisticDrivers(x, y, { method, replicates: 40, seed: 5 });
      const b = bootstrapLogisticDrivers(x, y, { method, replicates: 40, seed: 5 });
      assert.deepEqual(a, b);
      assert.equal(a.replicates + a.failed, 40);
      a.estimate.forEach((e, j) => assert.ok((a.lower[j] ?? NaN) <= e && e <= (a.upper[j] ?? NaN), method));
    }
  });

  test('integer weights equal repeated rows', () => {
    const weights = y.map((_, i) => i % 3);
    const weighted = logisticRelativeWeights(x, y, weights);
    const keep = (i: number): number[] => new Array<number>(i % 3).fill(i);
    const index = y.flatMap((_, i) => keep(i));
    const repeated = logisticRelativeWeights(
      index.map((i) => x[i] as number[]),
      index.map((i) => y[i] as number),
    );
    weighted.raw.forEach((v, j) => assert.ok(Math.abs(v - (repeated.raw[j] ?? NaN)) < 1e-9));
  });
});
