import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { adjustBenjaminiHochberg } from './multiple-testing.ts';

describe('adjustBenjaminiHochberg', () => {
  test('hand-computed: [0.01, 0.04, 0.03, 0.005] -> [0.02, 0.04, 0.04, 0.02]', () => {
    const r = Array.from(adjustBenjaminiHochberg([0.01, 0.04, 0.03, 0.005]));
    [0.02, 0.04, 0.04, 0.02].forEach((e, i) => assert.ok(Math.abs((r[i] as number) - e) < 1e-15));
  });

  test('Benjamini & Hochberg 1995, section 4: 15 p-values, FDR 0.05 rejects the smallest four', () => {
    const p = [
      0.0001, 0.0004, 0.0019, 0.0095, 0.0201, 0.0278, 0.0298, 0.0344, 0.0459, 0.324, 0.4262, 0.5719, 0.6528,
      0.759, 1,
    ];
    const adjusted = adjustBenjaminiHochberg(p);
    assert.equal(adjusted.filter((q) => q <= 0.05).length, 4);
    assert.ok(Math.abs((adjusted[3] as number) - (0.0095 * 15) / 4) < 1e-15);
    assert.equal(adjusted[14], 1);
  });

  test('equal p-values and an empty list', () => {
    assert.deepEqual(Array.from(adjustBenjaminiHochberg([0.05, 0.05, 0.05])), [0.05, 0.05, 0.05]);
    assert.equal(adjustBenjaminiHochberg([]).length, 0);
    assert.throws(() => adjustBenjaminiHochberg([0.1, 1.2]), { path: 'pValues[1]' });
  });
});
