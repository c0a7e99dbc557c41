import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { AnalyticsInputError } from '../analytics/errors.ts';
import { suggestComparisons } from './suggest-comparisons.ts';

describe('suggestComparisons', () => {
  const treated = { id: 'repair', preVolume: 1000, preLevel: 0.5 };
  const candidates = [
    { id: 'repair', preVolume: 1000, preLevel: 0.5 },
    { id: 'booking', preVolume: 1100, preLevel: 0.625 },
    { id: 'billing', preVolume: 10_000, preLevel: 0.5 },
    { id: 'handover', preVolume: 900, preLevel: 1 },
    { id: 'empty', preVolume: 0, preLevel: 0.3 },
    { id: 'visit', preVolume: 1100, preLevel: 0.375 },
  ];

  test('nearest in standardised log volume and level, ties by id; the treated one and empty ones left out', () => {
    const picked = suggestComparisons(treated, candidates, 3);
    assert.deepEqual(
      picked.map((c) => c.id),
      ['booking', 'visit', 'handover'],
    );
    // Hand computation: SDs over the treated group and the four eligible candidates.
    const logs = [1000, 1100, 10_000, 900, 1100].map(Math.log);
    const levels = [0.5, 0.625, 0.5, 1, 0.375];
    const sd = (xs: number[]): number => {
      const m = xs.reduce((a, b) => a + b, 0) / xs.length;
      return Math.sqrt(xs.reduce((a, x) => a + (x - m) ** 2, 0) / (xs.length - 1));
    };
    const expected = Math.hypot(Math.log(1.1) / sd(logs), 0.125 / sd(levels));
    assert.ok(Math.abs(picked[0]!.distance - expected) < 1e-12);
    assert.equal(picked[0]!.distance, picked[1]!.distance);
  });

  test('a dimension without spread counts for nothing', () => {
    const same = [
      { id: 'b', preVolume: 100, preLevel: 1 },
      { id: 'a', preVolume: 400, preLevel: 1 },
    ];
    const picked = suggestComparisons({ preVolume: 100, preLevel: 1 }, same, 5);
    // Log volumes ln 100, ln 100, ln 400: SD ln(4)/sqrt(3), so a is sqrt(3) SDs away.
    assert.deepEqual(
      picked.map((c) => c.id),
      ['b', 'a'],
    );
    assert.equal(picked[0]!.distance, 0);
    assert.ok(Math.abs(picked[1]!.distance - Math.sqrt(3)) < 1e-12);
  });

  test('bad input names the argument', () => {
    assert.throws(() => suggestComparisons(treated, candidates, 0), AnalyticsInputError);
    assert.throws(
      () => suggestComparisons({ preVolume: 0, preLevel: 1 }, candidates, 1),
      (e: unknown) => e instanceof AnalyticsInputError && e.path === 'treated.preVolume',
    );
  });
});
