import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { createRandom } from '../random.ts';
import { EpisodeAccumulator } from './peak-end.ts';
import type { TEpisodeScore } from './peak-end.ts';
import { fitPeakEndWeights } from './peak-end-fit.ts';

/** Episodes of 3..12 moments: a random walk on -1..+1, a breach when a moment falls below -0.8. */
function generateEpisodes(seed: number, count: number): TEpisodeScore[] {
  const random = createRandom(seed);
  const acc = new EpisodeAccumulator();
  return Array.from({ length: count }, () => {
    const length = 3 + random.below(10);
    let v = 2 * random.uniform() - 1;
    for (let i = 0; i < length; i++) {
      v = Math.max(-1, Math.min(1, v + 0.5 * random.normal()));
      acc.add(v, v < -0.8 ? 1 : 0);
    }
    return acc.finish();
  });
}

describe('fitPeakEndWeights', () => {
  test('recovers planted weights (seeded data, noise sd 0.3)', () => {
    const episodes = generateEpisodes(7, 3000);
    const random = createRandom(8);
    const overall = episodes.map(
      (e) => 6 + 1.5 * e.peak + 2 * e.end + 1 * e.mean - 0.6 * e.breaches + 0.3 * random.normal(),
    );
    const fit = fitPeakEndWeights(episodes, overall);
    const near = (actual: number, expected: number) =>
      assert.ok(Math.abs(actual - expected) < 0.12, `${actual} vs ${expected}`);
    near(fit.intercept, 6);
    near(fit.weights.peak, 1.5);
    near(fit.weights.end, 2);
    near(fit.weights.mean, 1);
    near(fit.weights.breaches, -0.6);
    assert.ok(fit.r2 > 0.9);
    assert.ok(fit.meanOnly.r2 < fit.r2 - 0.1, 'peak-end explains more than the mean here');
    assert.ok(fit.adjustedR2 <= fit.r2);
  });

  test('a weight that least squares would make negative is held at zero', () => {
    const episodes = generateEpisodes(9, 2000);
    const random = createRandom(10);
    const overall = episodes.map((e) => 2 * e.end - 0.8 * e.mean + 0.5 * e.breaches + 0.1 * random.normal());
    const fit = fitPeakEndWeights(episodes, overall);
    assert.equal(fit.weights.mean, 0);
    assert.equal(fit.weights.breaches, 0);
    assert.ok(fit.weights.end > 0);
  });

  test('when the mean is all there is, the mean-only model matches', () => {
    const episodes = generateEpisodes(11, 500);
    const overall = episodes.map((e) => 3 + 4 * e.mean);
    const fit = fitPeakEndWeights(episodes, overall);
    assert.ok(Math.abs(fit.meanOnly.slope - 4) < 1e-9);
    assert.ok(Math.abs(fit.meanOnly.r2 - 1) < 1e-9);
    assert.ok(Math.abs(fit.r2 - 1) < 1e-9);
  });

  test('bad input says where', () => {
    const episodes = generateEpisodes(12, 10);
    assert.throws(() => fitPeakEndWeights(episodes, [1, 2]), { code: 'width_mismatch', path: 'overall' });
    const overall = episodes.map(() => 1);
    overall[3] = NaN;
    assert.throws(() => fitPeakEndWeights(episodes, overall), { code: 'not_finite', path: 'overall[3]' });
  });
});
