import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { AnalyticsInputError } from './errors.ts';
import { EpisodeAccumulator, scoreEpisode, scoreEpisodes, toTenPointScale } from './peak-end.ts';

const close = (actual: number, expected: number, tol = 1e-12) =>
  assert.ok(Math.abs(actual - expected) <= tol, `${actual} != ${expected}`);

/** Pain on 0..10 as an experience value: no pain 0, worst pain -1. */
const pain = (levels: number[]) => levels.map((p) => ({ value: -p / 10 }));

describe('scoreEpisode, snapshot mode (Fredrickson & Kahneman 1993)', () => {
  test("Kahneman's patients: A peak 8 end 7 -> 7.5; B peak 8 end 1 -> 4.5", () => {
    const a = scoreEpisode(pain([2, 5, 8, 7]), { mode: 'snapshot' });
    const b = scoreEpisode(pain([2, 5, 8, 6, 4, 3, 1]), { mode: 'snapshot' });
    assert.equal(Math.round(-10 * a.score * 10) / 10, 7.5);
    assert.equal(Math.round(-10 * b.score * 10) / 10, 4.5);
    // Duration neglect: B suffered more in total yet remembers less.
    assert.ok(b.mean * b.count < a.mean * a.count);
  });

  test('takes no weights or penalty', () => {
    assert.throws(
      () => scoreEpisode([{ value: 0 }], { mode: 'snapshot', breachPenalty: 1 }),
      AnalyticsInputError,
    );
  });
});

describe('scoreEpisode, peak-end-floor', () => {
  test('parts and default score (1/3 peak + 1/3 end + 1/3 mean - 0.25 per breach)', () => {
    const r = scoreEpisode([{ value: 0.5 }, { value: -0.9, breaches: 2 }, { value: 0.2 }, { value: 0.6 }]);
    assert.equal(r.count, 4);
    assert.equal(r.first, 0.5);
    assert.equal(r.end, 0.6);
    assert.equal(r.peak, -0.9);
    assert.equal(r.peakIndex, 1);
    assert.equal(r.positivePeak, 0.6);
    assert.equal(r.trough, -0.9);
    assert.equal(r.breaches, 2);
    close(r.mean, 0.1);
    close(r.score, (-0.9 + 0.6 + 0.1) / 3 - 0.5);
    close(r.score10, (r.score + 1) * 5);
  });

  test('a tie between a positive and a negative peak goes to the negative one', () => {
    assert.equal(scoreEpisode([{ value: 0.7 }, { value: -0.7 }, { value: 0 }]).peak, -0.7);
    assert.equal(scoreEpisode([{ value: -0.7 }, { value: 0.7 }]).peakIndex, 0);
  });

  test('breaches count booleans as 1, clamp to -1 and show as 0 on the 0..10 scale', () => {
    const r = scoreEpisode([
      { value: -0.8, breaches: true },
      { value: -0.9, breaches: 3 },
    ]);
    assert.equal(r.breaches, 4);
    assert.equal(r.score, -1);
    assert.equal(r.score10, 0);
    assert.equal(toTenPointScale(1), 10);
  });

  test('weights are normalised to sum to 1', () => {
    const r = scoreEpisode([{ value: 0.2 }, { value: 0.8 }], { weights: { peak: 2, end: 0, mean: 2 } });
    close(r.score, 0.5 * 0.8 + 0.5 * 0.5);
  });

  test('bad input says what and where', () => {
    assert.throws(() => scoreEpisode([]), { code: 'too_few_rows', path: 'moments' });
    assert.throws(() => scoreEpisode([{ value: 0 }, { value: 1.5 }]), { path: 'moments[1].value' });
    assert.throws(() => scoreEpisode([{ value: NaN }]), { code: 'not_finite', path: 'moments[0].value' });
    assert.throws(() => scoreEpisode([{ value: 0, breaches: -1 }]), { path: 'moments[0].breaches' });
    assert.throws(() => scoreEpisode([{ value: 0 }], { weights: { peak: -1, end: 1, mean: 1 } }), {
      path: 'options.weights.peak',
    });
  });
});

describe('streaming and batch scoring agree with scoreEpisode', () => {
  const episodes = [[0.1, -0.4, 0.9, 0.3], [-1, 1], [0.25], [0.5, 0.5, -0.2, -0.6, 0.1]];
  const breaches = [[0, 1, 0, 0], [1, 0], [0], [0, 0, 0, 2, 0]];

  test('EpisodeAccumulator.finish resets for the next episode', () => {
    const acc = new EpisodeAccumulator();
    episodes.forEach((values, e) => {
      values.forEach((v, i) => acc.add(v, breaches[e]?.[i] ?? 0));
      const expected = scoreEpisode(values.map((value, i) => ({ value, breaches: breaches[e]?.[i] ?? 0 })));
      assert.equal(acc.score(), expected.score);
      assert.deepEqual(acc.finish(), expected);
      assert.equal(acc.count, 0);
    });
  });

  test('scoreEpisodes over flat typed arrays', () => {
    const values = Float64Array.from(episodes.flat());
    const flags = Uint8Array.from(breaches.flat());
    const offsets = Uint32Array.from([0, 4, 6, 7, 12]);
    const scores = scoreEpisodes(values, flags, offsets);
    episodes.forEach((v, e) => {
      const expected = scoreEpisode(v.map((value, i) => ({ value, breaches: breaches[e]?.[i] ?? 0 })));
      assert.equal(scores[e], expected.score);
    });
    assert.throws(() => scoreEpisodes(values, flags, [0, 4, 4]), { path: 'offsets[2]' });
  });
});
