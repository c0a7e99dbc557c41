import assert from 'node:assert/strict';
import { test } from 'node:test';
import { latencySummary, nearestRank } from './stats.ts';

test('nearest-rank percentiles: the 99th of 1..100 is 99, the median of 1..4 is 2', () => {
  const hundred = Array.from({ length: 100 }, (_, i) => i + 1);
  assert.equal(nearestRank(hundred, 0.99), 99);
  assert.equal(nearestRank(hundred, 0.5), 50);
  assert.equal(nearestRank([1, 2, 3, 4], 0.5), 2);
  assert.equal(nearestRank([7], 0.99), 7);
});

test('a summary sorts its samples and says when there are none', () => {
  assert.deepEqual(latencySummary([30, 10, 20]), { n: 3, p50: 20, p99: 30, max: 30 });
  assert.deepEqual(latencySummary([]), { n: 0, p50: null, p99: null, max: null });
});
