import assert from 'node:assert/strict';
import { test } from 'node:test';
import { forEachDatabase } from '../../testing/databases.ts';
import { makeMoment } from '../../testing/factories.ts';
import { assertError, setUpWorkspace } from '../../testing/http.ts';
import { histogramOf } from './histogram.ts';

type TStats = {
  bucket: string;
  moments: number;
  breachingMoments: number;
  breachRate: number | null;
  buckets: Array<{ start: string; moments: number; breachingMoments: number; experience: number | null }>;
  measures: Array<{
    key: string;
    n: number;
    mean: number | null;
    meetsTarget: number | null;
    beyondFloor: number | null;
    histogram: Array<{ from: number; to: number; count: number }>;
  }>;
  comments: Array<{
    customer: string;
    episode: string;
    comment: string;
    sentiment: { label: string } | null;
  }>;
};

const at = (day: number, hour = 8) => new Date(Date.UTC(2026, 3, day, hour)).toISOString();
const base = '/api/journeys/repair/touchpoints/hotline/stats';
const period = `from=${at(1, 0)}&to=${at(10, 0)}`;

forEachDatabase('GET /api/journeys/{journey}/touchpoints/{touchpoint}/stats', (getDb) => {
  test('per day: volume, breaching moments and experience; per measure: distribution and shares; comments', async () => {
    const { call } = await setUpWorkspace(getDb(), 'viewer');
    const { call: owner } = await setUpWorkspace(getDb());
    await owner('POST', '/api/moments', {
      moments: [
        makeMoment({ customer: 'zhang', episode: 'k1', occurredAt: at(2), measures: { wait_seconds: 400 } }),
        makeMoment({
          customer: 'li',
          episode: 'k2',
          occurredAt: at(2, 9),
          measures: { wait_seconds: 30 },
          comment: 'Quick and friendly, thank you',
        }),
        makeMoment({ customer: 'li', episode: 'k2', occurredAt: at(3), measures: { wait_seconds: 120 } }),
        makeMoment({ customer: 'wang', episode: 'k3', occurredAt: at(20), measures: { wait_seconds: 50 } }),
        makeMoment({
          customer: 'wang',
          episode: 'k3',
          touchpoint: 'visit',
          occurredAt: at(3),
          measures: { arrival_hours: 5, fixed: 1 },
        }),
      ],
    });
    const res = await owner('GET', `${base}?${period}`);
    assert.equal(res.status, 200, JSON.stringify(res.body));
    const stats = res.body as TStats;
    assert.equal(stats.bucket, 'day');
    assert.equal(stats.moments, 3, 'the moment outside the period and the other touchpoint are not counted');
    assert.equal(stats.breachingMoments, 1);
    assert.equal(stats.breachRate, 1 / 3);
    assert.deepEqual(
      stats.buckets.map((b) => [b.start.slice(0, 10), b.moments, b.breachingMoments]),
      [
        ['2026-04-02', 2, 1],
        ['2026-04-03', 1, 0],
      ],
    );
    const wait = stats.measures.find((m) => m.key === 'wait_seconds');
    assert.ok(wait);
    assert.equal(wait.n, 3);
    assert.equal(wait.mean, (400 + 30 + 120) / 3);
    assert.equal(wait.meetsTarget, 1 / 3, 'at or under the 60 s target');
    assert.equal(wait.beyondFloor, 1 / 3, 'over the 300 s floor');
    assert.equal(
      wait.histogram.reduce((s, b) => s + b.count, 0),
      3,
    );
    assert.ok(
      wait.histogram[0]!.from <= 30 && wait.histogram.at(-1)!.to >= 400,
      'the range holds the values',
    );
    assert.deepEqual(
      stats.comments.map((c) => [c.customer, c.episode, c.comment]),
      [['li', 'k2', 'Quick and friendly, thank you']],
    );
    assert.ok(stats.comments[0]?.sentiment, 'the comment carries its sentiment');
    // A viewer of another workspace sees nothing of this one: the journey there has no moments.
    const empty = (await call('GET', `${base}?${period}`)).body as TStats;
    assert.equal(empty.moments, 0);
    assert.deepEqual(empty.comments, []);
  });

  test('an unknown journey or touchpoint is 404; a backwards period is 400', async () => {
    const { call } = await setUpWorkspace(getDb(), 'viewer');
    assertError(await call('GET', '/api/journeys/nope/touchpoints/hotline/stats'), 404, 'not_found');
    assertError(await call('GET', '/api/journeys/repair/touchpoints/nope/stats'), 404, 'not_found', [
      'params',
      'touchpoint',
    ]);
    assertError(await call('GET', `${base}?from=${at(5)}&to=${at(1)}`), 400, 'invalid_input', [
      'query',
      'from',
    ]);
  });

  test('an ingest key may not read it', async () => {
    const { call } = await setUpWorkspace(getDb(), 'ingest');
    assert.equal((await call('GET', base)).status, 403);
  });
});

test('histogram: integer measures get a bin per value; others equal bins whose range holds target and floor', () => {
  assert.deepEqual(histogramOf([0, 1, 1], [1, 1]), [
    { from: -0.5, to: 0.5, count: 1 },
    { from: 0.5, to: 1.5, count: 2 },
  ]);
  const bins = histogramOf([10.5, 20.25, 30], [60, 300], 10);
  assert.equal(bins.length, 10);
  assert.equal(bins[0]!.from, 10.5);
  assert.equal(bins.at(-1)!.to, 300);
  assert.equal(
    bins.reduce((s, b) => s + b.count, 0),
    3,
  );
  assert.deepEqual(histogramOf([], [1]), []);
});
