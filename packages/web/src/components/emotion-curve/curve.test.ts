/// <reference types="node" />
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { episodeCurve } from './curve.ts';

const moment = (eventId: string, occurredAt: string, experience: number | null, breaches = 0) => ({
  eventId,
  occurredAt,
  touchpoint: `tp-${eventId}`,
  experience,
  breaches: Array.from({ length: breaches }, () => ({})),
});

test('points in time order, numbered from 1, moments without a value counted apart', () => {
  const curve = episodeCurve([
    moment('c', '2026-03-01T10:00:00Z', 0.5),
    moment('a', '2026-03-01T08:00:00Z', -0.2, 1),
    moment('b', '2026-03-01T09:00:00Z', null),
    moment('d', '2026-03-01T10:00:00Z', 0.8),
  ]);
  assert.deepEqual(
    curve.points.map((p) => [p.step, p.eventId, p.value, p.breaches]),
    [
      [1, 'a', -0.2, 1],
      [2, 'c', 0.5, 0],
      [3, 'd', 0.8, 0],
    ],
  );
  assert.equal(curve.withoutValue, 1);
  assert.equal(curve.lowest?.eventId, 'a');
  assert.equal(curve.last?.eventId, 'd');
});

test('an episode without any value has an empty curve, no lowest and no last point', () => {
  const curve = episodeCurve([moment('a', '2026-03-01T08:00:00Z', null)]);
  assert.deepEqual(curve, { points: [], lowest: null, last: null, withoutValue: 1 });
});

test('the first of equally low points is the lowest', () => {
  const curve = episodeCurve([
    moment('a', '2026-03-01T08:00:00Z', -0.5),
    moment('b', '2026-03-01T09:00:00Z', -0.5),
  ]);
  assert.equal(curve.lowest?.eventId, 'a');
});
