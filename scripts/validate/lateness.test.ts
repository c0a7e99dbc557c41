import assert from 'node:assert/strict';
import { test } from 'node:test';
import { floorStability, lateBands } from './lateness.ts';

test('bands are half-open on the left and the ends are open', () => {
  const bands = lateBands([-10, -7, -5, 0, 0.5, 1, 2, 3, 5, 7, 8], [5, 4, 4, 3, 2, 2, 1, 1, 1, 1, 1]);
  assert.deepEqual(
    bands.map((b) => [b.from, b.to, b.n, b.mean]),
    [
      [-Infinity, -7, 2, 4.5],
      [-7, -3, 1, 4],
      [-3, 0, 1, 3],
      [0, 1, 2, 2],
      [1, 3, 2, 1],
      [3, 7, 2, 1],
      [7, Infinity, 1, 1],
    ],
  );
});

test('a planted floor is found again on resamples, at the same place', () => {
  // Outcome 4 up to 2 days late, 2 beyond, with a little noise that does not depend on lateness.
  const values: number[] = [];
  const outcomes: number[] = [];
  for (let i = 0; i < 600; i++) {
    const v = -10 + (i % 150) / 10;
    values.push(v);
    outcomes.push((v <= 2 ? 4 : 2) + ((i * 7919) % 11) / 20 - 0.25);
  }
  const s = floorStability(values, outcomes, 40, 7);
  assert.equal(s.found, 40);
  assert.ok(s.lower >= 1.8 && s.upper <= 2.2, `interval ${s.lower}..${s.upper}`);
  assert.deepEqual(floorStability(values, outcomes, 40, 7), s, 'the same seed gives the same interval');
});
