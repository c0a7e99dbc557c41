import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { mulberry32 } from '../random.ts';
import { KeyMomentAccumulator } from './accumulator.ts';
import { findKeyMoments } from './analyze.ts';
import { keyMomentInputOf } from './journey.ts';
import { journeyEpisodes, propertyPack } from './test-helpers.test.ts';
import type { TKeyMomentEpisode } from './types.ts';

/** Episodes over `p` touchpoints whose experiences drive the outcome with weights 1..p (seeded). */
function synthetic(p: number, count: number, seed: number): TKeyMomentEpisode[] {
  const u = mulberry32(seed);
  return Array.from({ length: count }, (_, i) => {
    const values = Array.from({ length: p }, () => 2 * u() - 1);
    const outcome = values.reduce((s, v, j) => s + (j + 1) * v, 0) + (u() - 0.5);
    return { key: `e${i}`, moments: values.map((v, j) => ({ touchpoint: `t${j}`, experience: v })), outcome };
  });
}

describe('findKeyMoments methods', () => {
  test('more than 15 touchpoints use relative weights, which add up to R²', () => {
    const p = 16;
    const acc = new KeyMomentAccumulator({
      touchpoints: Array.from({ length: p }, (_, j) => ({ key: `t${j}` })),
      outcome: { kind: 'continuous' },
      replicates: 0,
    }).addEpisodes(synthetic(p, 400, 3));
    const result = findKeyMoments(acc);
    assert.equal(result.model.method, 'relative_weights');
    const total = result.touchpoints.reduce((s, t) => s + (t.importance?.weight.estimate ?? 0), 0);
    assert.ok(Math.abs(total - result.model.r2) < 1e-9);
    assert.equal(result.ranking[0], 't15');
    assert.throws(() => findKeyMoments(acc, { method: 'dominance' }), {
      code: 'too_many_predictors',
    } as object);
  });

  test('dominance and relative weights agree closely on independent touchpoints', () => {
    const options = {
      touchpoints: [0, 1, 2].map((j) => ({ key: `t${j}` })),
      outcome: { kind: 'continuous' as const },
    };
    const acc = new KeyMomentAccumulator({ ...options, replicates: 0 }).addEpisodes(synthetic(3, 500, 5));
    const d = findKeyMoments(acc).touchpoints.map((t) => t.importance!.weight.estimate);
    const r = findKeyMoments(acc, { method: 'relative_weights' }).touchpoints.map(
      (t) => t.importance!.weight.estimate,
    );
    d.forEach((w, j) => assert.ok(Math.abs(w - r[j]!) < 0.01, `${w} vs ${r[j]}`));
  });

  test('churn (binary, lower is better) gives oriented lifts: meeting standards lowers churn', () => {
    const { episodes, options } = journeyEpisodes(
      propertyPack(),
      'repair',
      { seed: 5, customers: 1500 },
      'churned',
    );
    const acc = new KeyMomentAccumulator({ ...options, replicates: 20 }).addEpisodes(episodes);
    const result = findKeyMoments(acc);
    assert.equal(result.outcome.kind, 'binary');
    assert.equal(result.episodes.withOutcome, result.episodes.total);
    const completion = result.touchpoints.find((t) => t.key === 'repair_completion')!;
    assert.ok(completion.lift!.estimate > 0, `lift ${completion.lift!.estimate}`);
    assert.ok(completion.importance!.slope.estimate > 0);
  });

  test('promoters (binary, higher is better) rank the strongest planted driver first by weight', () => {
    const { episodes, options } = journeyEpisodes(
      propertyPack(),
      'repair',
      { seed: 5, customers: 1500 },
      'promoter',
    );
    const result = findKeyMoments(
      new KeyMomentAccumulator({ ...options, replicates: 0 }).addEpisodes(episodes),
    );
    assert.equal(result.outcome.kind, 'binary');
    assert.ok(result.outcome.mean > 0 && result.outcome.mean < 1);
    const byWeight = [...result.touchpoints].sort(
      (a, b) => b.importance!.weight.estimate - a.importance!.weight.estimate,
    );
    assert.equal(byWeight[0]!.key, 'repair_completion');
  });

  test('floors from aggregated samples', () => {
    const u = mulberry32(9);
    const values = Array.from({ length: 600 }, () => 100 * u());
    const outcomes = values.map((v) => (v > 70 ? 4 : 8) + u());
    const options = {
      touchpoints: [{ key: 'visit' }],
      outcome: { kind: 'continuous' as const },
      measures: [{ key: 'wait', direction: 'lower_is_better' as const }],
    };
    // Nothing but the sampled pairs: no moments, no correlations.
    const blank = new KeyMomentAccumulator(options);
    const acc = KeyMomentAccumulator.fromAggregates(options, {
      touchpoints: blank.touchpoints,
      episodes: blank.episodes,
      correlation: blank.correlation,
      samples: { wait: { values, outcomes } },
    });
    const [floor] = findKeyMoments(acc, { floors: { permutations: 199 } }).floors;
    assert.ok(floor && Math.abs(floor.threshold - 70) < 2, `threshold ${floor?.threshold}`);
    assert.equal(floor.n, 600);
  });
});

describe('keyMomentInputOf', () => {
  const touchpoint = {
    key: 'visit',
    measures: [
      {
        key: 'hours',
        unit: 'hours',
        direction: 'lower_is_better' as const,
        standard: { target: 24, floor: 48 },
      },
    ],
  };

  test('a rating decides the experience; measures decide breaches and the standard', () => {
    const m = keyMomentInputOf({ measures: { hours: 50 }, rating: 5 }, touchpoint);
    assert.deepEqual(m, {
      touchpoint: 'visit',
      experience: 1,
      rating: 5,
      meetsStandard: false,
      breaches: 1,
      measures: { hours: 50 },
    });
    const n = keyMomentInputOf({ measures: { hours: 12 } }, touchpoint);
    assert.equal(n.experience, 0.5);
    assert.equal(n.meetsStandard, true);
    assert.equal(keyMomentInputOf({ measures: {} }, touchpoint).meetsStandard, undefined);
  });
});

describe('findKeyMoments without enough data', () => {
  test('an empty accumulator gives codes and NaN, not an error', () => {
    const acc = new KeyMomentAccumulator({
      touchpoints: [{ key: 'a' }, { key: 'b' }],
      outcome: { kind: 'continuous' },
    });
    const result = findKeyMoments(acc);
    assert.equal(result.model.method, null);
    assert.deepEqual(result.ranking, []);
    assert.deepEqual(
      result.touchpoints.map((t) => [t.code, t.importance, t.lift, t.rank, t.quadrant]),
      [
        ['no_outcome_pairs', null, null, null, null],
        ['no_outcome_pairs', null, null, null, null],
      ],
    );
    assert.equal(result.ipa, null);
    assert.equal(result.peakEnd, null);
    assert.ok(Number.isNaN(result.outcome.mean));
  });

  test('episodes without outcomes still give volume and performance', () => {
    const acc = new KeyMomentAccumulator({ touchpoints: [{ key: 'a' }], outcome: { kind: 'continuous' } });
    acc.addEpisode({
      key: 'x',
      moments: [
        { touchpoint: 'a', experience: 0.5 },
        { touchpoint: 'a', experience: -0.5 },
      ],
    });
    const [a] = findKeyMoments(acc).touchpoints;
    assert.equal(a!.volume.episodes, 1);
    assert.equal(a!.performance.experience.estimate, 0);
    assert.equal(a!.shortfall.mean, 0.5);
    assert.equal(a!.code, 'no_outcome_pairs');
  });
});
