import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { createRandom } from '../random.ts';
import { findFloor } from './floors.ts';
import type { TFloorFound, TFloorResult } from './floors.ts';

function found(r: TFloorResult): TFloorFound {
  assert.ok(r.code === 'floor' || r.code === 'no_floor', r.code);
  return r;
}

/** Hours to a repair visit (0..72) and a 1..5 rating that drops by 1.2 past `floor` hours. */
function plantedRatings(seed: number, n: number, floor: number, whole = false) {
  const random = createRandom(seed);
  const hours = new Float64Array(n);
  const rating = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    const h = whole ? Math.floor(73 * random.uniform()) : 72 * random.uniform();
    hours[i] = h;
    rating[i] = (h <= floor ? 4.3 : 3.1) + 0.8 * random.normal();
  }
  return { hours, rating };
}

describe('findFloor', () => {
  test('recovers a planted floor at 24 h within 2% (continuous outcome, exact permutations)', () => {
    const { hours, rating } = plantedRatings(1, 4000, 24);
    const r = found(findFloor(hours, rating));
    assert.equal(r.code, 'floor');
    assert.equal(r.nullMethod, 'exact_permutation');
    assert.ok(Math.abs(r.threshold - 24) / 24 < 0.02, String(r.threshold));
    assert.ok(r.lower < 1.2 && 1.2 < r.upper, `${r.lower}..${r.upper}`);
    assert.ok(Math.abs(r.drop - (r.within.mean - r.beyond.mean)) < 1e-12);
    assert.equal(r.p, 1 / 1000);
    assert.equal(r.within.n + r.beyond.n, 4000);
  });

  test('on whole hours the floor is found exactly', () => {
    const { hours, rating } = plantedRatings(5, 3000, 24, true);
    assert.equal(found(findFloor(hours, rating, { permutations: 99 })).threshold, 24);
  });

  test('higher-is-better measure and a binary outcome where 1 is bad (churn)', () => {
    const random = createRandom(2);
    const n = 6000;
    const score = new Float64Array(n);
    const churned = new Uint8Array(n);
    for (let i = 0; i < n; i++) {
      score[i] = 100 * random.uniform();
      churned[i] = random.uniform() < ((score[i] as number) >= 60 ? 0.08 : 0.25) ? 1 : 0;
    }
    const r = found(
      findFloor(score, churned, { direction: 'higher_is_better', outcomeDirection: 'lower_is_better' }),
    );
    assert.equal(r.code, 'floor');
    assert.equal(r.outcomeKind, 'binary');
    assert.ok(Math.abs(r.threshold - 60) / 60 < 0.02, String(r.threshold));
    assert.ok(r.beyond.mean > r.within.mean);
    assert.ok(r.lower < 0.17 && 0.17 < r.upper, `${r.lower}..${r.upper}`);
  });

  test('no floor in noise: at most 2 false floors over 20 seeded datasets', () => {
    let floors = 0;
    for (let seed = 100; seed < 120; seed++) {
      const random = createRandom(seed);
      const values = Array.from({ length: 400 }, () => random.uniform() * 50);
      const outcomes = values.map(() => 3 + random.normal());
      const r = found(findFloor(values, outcomes, { permutations: 199, seed }));
      if (r.code === 'floor') floors++;
    }
    assert.ok(floors <= 2, `${floors} false floors`);
  });

  test('large input: 200,000 typed values with the Gaussian null, planted floor recovered', () => {
    const { hours, rating } = plantedRatings(3, 200_000, 36);
    const r = found(findFloor(hours, rating, { maxBins: 200 }));
    assert.equal(r.nullMethod, 'gaussian_permutation');
    assert.equal(r.code, 'floor');
    assert.ok(Math.abs(r.threshold - 36) / 36 < 0.01, String(r.threshold));
  });

  test('large noise gives no floor with the Gaussian null', () => {
    const random = createRandom(4);
    const n = 50_000;
    const values = new Float64Array(n).map(() => random.uniform());
    const outcomes = new Float64Array(n).map(() => random.normal());
    assert.equal(findFloor(values, outcomes, { permutations: 199 }).code, 'no_floor');
  });

  test('the Gaussian null agrees with exact permutations (weak floors, p within Monte Carlo error)', () => {
    for (const [step, seed] of [
      [0.05, 1],
      [0.08, 2],
    ] as const) {
      const random = createRandom(seed);
      const values = new Float64Array(3000).map(() => 10 * random.uniform());
      const outcomes = values.map((v) => (v <= 6 ? step : 0) + random.normal());
      const exact = found(findFloor(values, outcomes, { exactPermutationLimit: 1e6 }));
      const gaussian = found(findFloor(values, outcomes, { exactPermutationLimit: 10 }));
      assert.equal(gaussian.nullMethod, 'gaussian_permutation');
      assert.ok(Math.abs(exact.p - gaussian.p) < 0.04, `${exact.p} vs ${gaussian.p}`);
    }
  });

  test('nothing to search', () => {
    assert.deepEqual(findFloor([1, 2, 3], [1, 2, 3]), { code: 'too_few', n: 3 });
    const many = Array.from({ length: 100 }, (_, i) => i);
    assert.equal(
      findFloor(
        many,
        many.map(() => 4),
      ).code,
      'constant_outcome',
    );
    assert.equal(
      findFloor(
        many.map(() => 7),
        many,
      ).code,
      'no_candidate',
    );
  });

  test('bad input says where', () => {
    assert.throws(() => findFloor([1, 2], [1]), { code: 'width_mismatch', path: 'outcomes' });
    assert.throws(() => findFloor([1, NaN], [1, 2]), { code: 'not_finite', path: 'values[1]' });
    assert.throws(() => findFloor([1, 2], [0, 2], { outcomeKind: 'binary' }), { path: 'outcomes[1]' });
    assert.throws(() => findFloor([1, 2], [0, 1], { minGroupSize: 1 }), { path: 'options.minGroupSize' });
  });
});
