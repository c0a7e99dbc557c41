import assert from 'node:assert/strict';
import { test } from 'node:test';
import { scoreEpisode } from '@mot/core';
import { CurveSample, quantile } from './curve-sample.ts';

test('an episode is scored and drawn from its moments with an experience, by their shown names', () => {
  const curves = new CurveSample(1);
  const names: Record<string, string> = { call: 'Hotline', visit: 'Visit' };
  curves.addEpisode(
    'e1',
    [
      { touchpoint: 'call', experience: -0.5, breaches: 1 },
      { touchpoint: 'wait', experience: null },
      { touchpoint: 'visit', experience: 0.75 },
    ],
    (key) => names[key] ?? key,
  );
  // Nothing to draw or score: left out of the scores as well.
  curves.addEpisode('e2', [{ touchpoint: 'wait', experience: null }], (key) => key);
  const { score10 } = scoreEpisode([
    { value: -0.5, breaches: 1 },
    { value: 0.75, breaches: undefined },
  ]);
  assert.deepEqual(Array.from(curves.sortedScores()), [score10]);
  assert.deepEqual(curves.nearestTo(0.5), {
    episode: 'e1',
    score10,
    points: [
      { touchpoint: 'Hotline', value: -0.5 },
      { touchpoint: 'Visit', value: 0.75 },
    ],
  });
});

test('quantiles are type 7 (R: quantile(c(1, 2, 4, 8), c(0, 0.2, 0.5, 0.8, 1)))', () => {
  const sorted = Float64Array.from([1, 2, 4, 8]);
  const expected = [1, 1.6, 3, 5.6, 8];
  [0, 0.2, 0.5, 0.8, 1].forEach((q, i) =>
    assert.ok(Math.abs(quantile(sorted, q) - (expected[i] as number)) < 1e-12),
  );
  assert.ok(Number.isNaN(quantile([], 0.5)));
});
