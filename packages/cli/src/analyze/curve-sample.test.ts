import assert from 'node:assert/strict';
import { test } from 'node:test';
import { scoreEpisode } from '@mot/core';
import { CurveSample } from './curve-sample.ts';

test('an episode is scored and drawn from its moments with an experience, by their keys and shown names', () => {
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
      { key: 'call', touchpoint: 'Hotline', value: -0.5 },
      { key: 'visit', touchpoint: 'Visit', value: 0.75 },
    ],
  });
});
