import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { bootstrapDriverWeights, generalDominanceStatistic } from '../analytics/drivers/bootstrap.ts';
import { AnalyticsInputError } from '../analytics/errors.ts';
import { scoreEpisode } from '../analytics/peak-end.ts';
import { fitPeakEndWeights } from '../analytics/peak-end-fit.ts';
import { KeyMomentAccumulator } from './accumulator.ts';
import { findKeyMoments } from './analyze.ts';
import { assertClose, journeyEpisodes, propertyPack } from './test-helpers.test.ts';
import type { TKeyMomentOptions } from './types.ts';

// 600 customers of the repair journey: about 1,100 episodes, a third with an overall answer.
const { episodes, options } = journeyEpisodes(propertyPack(), 'repair', { seed: 11, customers: 600 });
const withBootstrap: TKeyMomentOptions = { ...options, replicates: 30, reservoirSize: 200 };
const single = (): KeyMomentAccumulator => new KeyMomentAccumulator(withBootstrap).addEpisodes(episodes);

describe('KeyMomentAccumulator', () => {
  test('merging chunks in any order equals one pass', () => {
    const parts = [0, 1, 2].map(() => new KeyMomentAccumulator(withBootstrap));
    // Round-robin into three parts, the last one fed backwards: order and chunking both change.
    episodes.forEach((e, i) => {
      if (i % 3 !== 2) (parts[i % 3] as KeyMomentAccumulator).addEpisode(e);
    });
    for (let i = episodes.length - 1; i >= 0; i--) if (i % 3 === 2) parts[2]!.addEpisode(episodes[i]!);
    const merged = parts[2]!.merge(parts[0]!).merge(parts[1]!);
    assertClose(findKeyMoments(merged), findKeyMoments(single()), 1e-9);
    assert.deepEqual(merged.reservoirs[1]!.sample(), single().reservoirs[1]!.sample());
  });

  test('same input, same result (bootstrap and reservoirs are seeded)', () => {
    assert.deepEqual(findKeyMoments(single()), findKeyMoments(single()));
    const other = new KeyMomentAccumulator({ ...withBootstrap, seed: 2 }).addEpisodes(episodes);
    assert.notDeepEqual(
      findKeyMoments(other).touchpoints[0]!.importance,
      findKeyMoments(single()).touchpoints[0]!.importance,
    );
  });

  test('bucketed bootstrap intervals are as wide as the row-level Poisson bootstrap', (t) => {
    const keys = options.touchpoints.map((t) => t.key);
    const rows = episodes
      .filter((e) => e.outcome != null)
      .map((e) => [
        ...keys.map((k) => {
          const values = e.moments.filter((m) => m.touchpoint === k).map((m) => m.experience ?? NaN);
          return values.length > 0 ? values.reduce((a, b) => a + b, 0) / values.length : NaN;
        }),
        e.outcome as number,
      ]);
    const p = keys.length;
    const predictors = keys.map((_, j) => j);
    const rowLevel = bootstrapDriverWeights(rows, {
      width: p + 1,
      outcome: p,
      predictors,
      statistic: generalDominanceStatistic,
      replicates: 400,
    });
    // 64 buckets of about 6 episodes each: the grouped resampling, not the row-level one.
    const acc = new KeyMomentAccumulator({ ...options, replicates: 400, buckets: 64 }).addEpisodes(episodes);
    const result = findKeyMoments(acc);
    result.touchpoints.forEach((tp, j) => {
      const w = tp.importance!.weight;
      assertClose(w.estimate, rowLevel.estimate[j]!, 1e-9);
      const ratio = (w.upper - w.lower) / (rowLevel.upper[j]! - rowLevel.lower[j]!);
      t.diagnostic(`${tp.key} width ratio ${ratio.toFixed(2)}`);
      assert.ok(ratio > 0.75 && ratio < 1.33, `${tp.key}: width ratio ${ratio}`);
    });
  });

  test('merge refuses parts built with other options', () => {
    const a = new KeyMomentAccumulator(withBootstrap);
    const b = new KeyMomentAccumulator({ ...withBootstrap, seed: 9 });
    assert.throws(() => a.merge(b), { name: 'AnalyticsInputError', code: 'width_mismatch' } as object);
  });

  test('fromAggregates with the same parts gives the same result', () => {
    const acc = single();
    const rebuilt = KeyMomentAccumulator.fromAggregates(withBootstrap, {
      touchpoints: acc.touchpoints,
      episodes: acc.episodes,
      correlation: acc.correlation,
      buckets: acc.buckets,
      peakEnd: acc.peakEnd,
    });
    const a = findKeyMoments(acc);
    const b = findKeyMoments(rebuilt);
    assertClose(b.touchpoints, a.touchpoints);
    assert.deepEqual(b.floors, []);
    const none = KeyMomentAccumulator.fromAggregates(options, {
      touchpoints: acc.touchpoints,
      episodes: acc.episodes,
      correlation: acc.correlation,
    });
    const result = findKeyMoments(none);
    assert.equal(result.model.interval, 'none');
    assert.ok(Number.isNaN(result.touchpoints[0]!.importance!.weight.lower));
  });

  test('the streamed peak-end refit equals fitPeakEndWeights on the episodes', () => {
    const rated = episodes.filter((e) => e.outcome != null);
    const parts = rated.map((e) =>
      scoreEpisode(e.moments.map((m) => ({ value: m.experience ?? 0, breaches: m.breaches }))),
    );
    const direct = fitPeakEndWeights(
      parts,
      rated.map((e) => e.outcome as number),
    );
    const streamed = findKeyMoments(single()).peakEnd!;
    assert.equal(streamed.n, direct.n);
    assertClose(streamed.weights, direct.weights, 1e-6);
    assertClose(streamed.r2, direct.r2, 1e-6);
  });

  test('a bad episode is refused with its path and leaves no trace', () => {
    const acc = new KeyMomentAccumulator(options);
    const bad = (episode: Parameters<KeyMomentAccumulator['addEpisode']>[0], path: string) =>
      assert.throws(
        () => acc.addEpisode(episode),
        (e: unknown) => e instanceof AnalyticsInputError && e.path === path,
      );
    bad({ key: 'a', moments: [{ touchpoint: 'nope', experience: 0 }] }, 'episodes[0].moments[0].touchpoint');
    bad(
      {
        key: 'a',
        moments: [
          { touchpoint: 'repair_request', experience: 0 },
          { touchpoint: 'repair_request', experience: 2 },
        ],
      },
      'episodes[0].moments[1].experience',
    );
    bad({ key: 'a', moments: [], outcome: Infinity }, 'episodes[0].outcome');
    assert.equal(acc.episodes.episodes, 0);
    assert.equal(acc.touchpoints[0]!.moments, 0);
    const churn = new KeyMomentAccumulator({ ...options, outcome: { kind: 'binary' } });
    assert.throws(() => churn.addEpisode({ key: 'a', moments: [], outcome: 0.5 }), {
      code: 'not_binary',
    } as object);
  });

  test('options are checked with their path', () => {
    assert.throws(() => new KeyMomentAccumulator({ ...options, touchpoints: [{ key: 'a' }, { key: 'a' }] }), {
      path: 'options.touchpoints[1].key',
    } as object);
    assert.throws(() => new KeyMomentAccumulator({ ...options, replicates: 1 }), {
      path: 'options.replicates',
    } as object);
  });
});

describe('findKeyMoments on a hand-made journey', () => {
  const tps = { touchpoints: [{ key: 'call' }, { key: 'visit' }], outcome: { kind: 'continuous' as const } };
  const acc = new KeyMomentAccumulator({ ...tps, replicates: 0 });
  // Visit quality drives the outcome; the call is noise. The visit is always the end.
  const calls = [0.5, 0.5, -0.5, 0.5, 0, 0.5, 0.5, -0.5];
  const visits = [0.5, -1, 0.5, 0, 0.5, -1, 0.5, 0.25];
  calls.forEach((c, i) => {
    const v = visits[i]!;
    acc.addEpisode({
      key: `e${i}`,
      moments: [
        { touchpoint: 'call', experience: c, meetsStandard: c >= 0.5 },
        { touchpoint: 'visit', experience: v, breaches: v === -1 ? 1 : 0, rating: 3 + 2 * v },
      ],
      outcome: 7 + 2 * v + (i % 2 === 0 ? 0.1 : -0.1),
    });
  });
  const result = findKeyMoments(acc);
  const [call, visit] = result.touchpoints;

  test('volume, performance and breach rate come from the sums', () => {
    assert.deepEqual(call!.volume, { moments: 8, episodes: 8, episodeShare: 1 });
    assert.equal(call!.performance.meetsStandard!.estimate, 5 / 8);
    assert.equal(call!.performance.rating, null);
    assert.equal(visit!.performance.rating!.n, 8);
    assertClose(visit!.performance.experience.estimate, 0.03125);
    assert.equal(visit!.breachRate!.estimate, 2 / 8);
    assertClose(visit!.shortfall.mean, (1.5 + 0.5 + 1.5 + 0.25) / 8);
  });

  test('the driver ranks first, with a lift of slope x shortfall', () => {
    assert.deepEqual(result.ranking, ['visit', 'call']);
    assert.equal(visit!.rank, 1);
    assert.ok(visit!.importance!.weight.estimate > 0.9);
    assertClose(visit!.lift!.estimate, visit!.importance!.slope.estimate * visit!.shortfall.mean, 1e-12);
    assert.equal(visit!.quadrant, 'concentrate_here');
    assert.equal(result.model.method, 'dominance');
  });

  test('peak, trough, end and the score histogram', () => {
    assert.equal(visit!.end.count, 8);
    assert.equal(call!.end.count, 0);
    assert.equal(visit!.trough.count + call!.trough.count, 8);
    assert.equal(result.episodeScores.n, 8);
    assert.equal(
      result.episodeScores.histogram.reduce((s, h) => s + h.count, 0),
      8,
    );
    assert.deepEqual(
      result.episodeScores.histogram.map((h) => h.from),
      [0, 1, 2, 3, 4, 5, 6, 7, 8, 9],
    );
  });
});
