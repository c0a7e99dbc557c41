/// <reference types="node" />
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { customerStatus, latestEpisodeMoments, newestFirst, worstMoment } from './status.ts';

const m = (eventId: string, day: number, experience: number | null, breaches = 0, episode = 'e1') => ({
  eventId,
  occurredAt: new Date(Date.UTC(2026, 2, day)).toISOString(),
  journey: 'repair',
  episode,
  experience,
  breaches: Array.from({ length: breaches }, () => ({})),
});

test('the status reads the latest episode only: an old breach does not make today bad', () => {
  const old = [m('a', 1, -0.9, 1, 'old'), m('b', 2, 0.1, 0, 'old')];
  assert.equal(customerStatus([...old, m('c', 10, 0.8, 0, 'new'), m('d', 11, 0.6, 0, 'new')]), 'good');
  assert.equal(customerStatus([...old, m('c', 10, 0.8, 0, 'new'), m('d', 11, 0.1, 0, 'new')]), 'mixed');
  assert.equal(customerStatus([...old, m('c', 10, 0.8, 1, 'new')]), 'bad');
  assert.equal(customerStatus([m('c', 10, -0.5)]), 'bad');
  assert.equal(customerStatus([]), 'none');
  assert.deepEqual(
    latestEpisodeMoments([...old, m('c', 10, 0.8, 0, 'new')]).map((x) => x.eventId),
    ['c'],
  );
});

test('the worst moment: a breach beats a low value; moments without value or breach are skipped', () => {
  assert.equal(worstMoment([m('a', 1, -0.8), m('b', 2, 0.3, 1), m('c', 3, null)])?.eventId, 'b');
  assert.equal(worstMoment([m('a', 1, -0.2), m('b', 2, -0.6)])?.eventId, 'b');
  assert.equal(worstMoment([m('a', 1, -0.6), m('b', 2, -0.6)])?.eventId, 'b', 'the latest of ties');
  assert.equal(worstMoment([m('c', 3, null)]), null);
});

test('newest first, ties in reverse of arrival', () => {
  assert.deepEqual(
    newestFirst([m('a', 1, 0), m('b', 3, 0), m('c', 3, 0), m('d', 2, 0)]).map((x) => x.eventId),
    ['c', 'b', 'd', 'a'],
  );
});
