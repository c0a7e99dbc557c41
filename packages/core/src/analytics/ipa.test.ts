import { test, describe } from 'node:test';
import assert from 'node:assert/strict';
import { analyzeImportancePerformance, attributesFromDriverWeights } from './ipa.ts';
import { dominanceFromCorrelation } from './drivers/dominance.ts';
import { driverInputFromRows } from './drivers/input.ts';
import { attitude } from './fixtures/attitude.ts';

// Hand-computed fixture: importance 1-7, performance 1-7.
// Means: importance (6.5 + 6 + 3 + 2.5 + 5) / 5 = 4.6; performance (3 + 6 + 2 + 6.5 + 4.5) / 5 = 4.4.
const attributes = [
  { id: 'wait_time', importance: 6.5, performance: 3 }, // high, low  -> concentrate here
  { id: 'staff_courtesy', importance: 6, performance: 6 }, // high, high -> keep up
  { id: 'parking', importance: 3, performance: 2 }, // low, low -> low priority
  { id: 'decor', importance: 2.5, performance: 6.5 }, // low, high -> possible overkill
  { id: 'follow_up', importance: 5, performance: 4.5 }, // 5 > 4.6, 4.5 > 4.4 -> keep up (data); scale 4/4 too
];

describe('importance-performance analysis', () => {
  test('data-centred crosshairs at the grand means', () => {
    const result = analyzeImportancePerformance(attributes);
    assert.ok(Math.abs(result.crosshairs.importance - 4.6) < 1e-12);
    assert.ok(Math.abs(result.crosshairs.performance - 4.4) < 1e-12);
    assert.deepEqual(
      result.points.map((p) => p.quadrant),
      [
        'concentrate_here',
        'keep_up_the_good_work',
        'low_priority',
        'possible_overkill',
        'keep_up_the_good_work',
      ],
    );
    assert.ok(Math.abs((result.points[0]?.importanceGap ?? NaN) - 1.9) < 1e-12);
  });

  test('scale-centred crosshairs, and a point on the crosshair counts as high', () => {
    const shifted = [...attributes, { id: 'signage', importance: 4, performance: 4 }];
    const result = analyzeImportancePerformance(shifted, { kind: 'scale', importance: 5, performance: 4 });
    assert.deepEqual(
      result.points.map((p) => p.quadrant),
      [
        'concentrate_here',
        'keep_up_the_good_work',
        'low_priority',
        'possible_overkill',
        'keep_up_the_good_work',
        'possible_overkill',
      ],
    );
  });

  test('derived importance from Shapley weights (attitude survey)', () => {
    const names = attitude.names.slice(1);
    const weights = dominanceFromCorrelation(driverInputFromRows(attitude.rows, 7, 0)).general;
    const performance = names.map((_, j) => attitude.rows.reduce((s, r) => s + (r[j + 1] as number), 0) / 30);
    const result = analyzeImportancePerformance(attributesFromDriverWeights(names, weights, performance));
    const byId = new Map(result.points.map((p) => [p.id, p.quadrant]));
    // complaints: largest weight (0.371) and mean 66.6 above the mean of the six means (about 59.7).
    assert.equal(byId.get('complaints'), 'keep_up_the_good_work');
    // critical: smallest weight, highest mean (74.8).
    assert.equal(byId.get('critical'), 'possible_overkill');
    assert.throws(
      () => analyzeImportancePerformance([{ id: 'x', importance: NaN, performance: 1 }]),
      /attributes\[0\]/,
    );
  });
});
