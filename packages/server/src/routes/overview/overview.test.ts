import assert from 'node:assert/strict';
import { test } from 'node:test';
import { forEachDatabase } from '../../testing/databases.ts';
import { makeMoment } from '../../testing/factories.ts';
import { assertError, setUpWorkspace } from '../../testing/http.ts';

type TOverview = {
  moments: number;
  episodes: number;
  customers: number;
  breachingMoments: number;
  breachRate: number | null;
  bucket: string;
  buckets: Array<{ start: string; moments: number; breachingMoments: number; breachRate: number | null }>;
};

const at = (day: number, hour = 8) => new Date(Date.UTC(2026, 3, day, hour)).toISOString();

forEachDatabase('GET /api/journeys/{journey}/overview', (getDb) => {
  test('counts moments, episodes and breaching moments in the period, per day and in total', async () => {
    const { call } = await setUpWorkspace(getDb());
    const res = await call('POST', '/api/moments', {
      moments: [
        makeMoment({ customer: 'a', episode: 'e1', occurredAt: at(1), measures: { wait_seconds: 30 } }),
        makeMoment({ customer: 'a', episode: 'e1', occurredAt: at(1, 9), measures: { wait_seconds: 400 } }),
        makeMoment({ customer: 'b', episode: 'e2', occurredAt: at(2), measures: { wait_seconds: 500 } }),
        makeMoment({ customer: 'b', episode: 'e3', occurredAt: at(3), measures: { wait_seconds: 10 } }),
        // Outside the period:
        makeMoment({ customer: 'c', episode: 'e4', occurredAt: at(20), measures: { wait_seconds: 900 } }),
      ],
    });
    assert.equal(res.status, 200, JSON.stringify(res.body));
    const overview = await call('GET', `/api/journeys/repair/overview?from=${at(1, 0)}&to=${at(10, 0)}`);
    assert.equal(overview.status, 200, JSON.stringify(overview.body));
    const body = overview.body as TOverview;
    assert.deepEqual(
      [body.moments, body.episodes, body.customers, body.breachingMoments, body.bucket],
      [4, 3, 2, 2, 'day'],
    );
    assert.equal(body.breachRate, 0.5);
    assert.deepEqual(
      body.buckets.map((b) => [b.start.slice(0, 10), b.moments, b.breachingMoments, b.breachRate]),
      [
        ['2026-04-01', 2, 1, 0.5],
        ['2026-04-02', 1, 1, 1],
        ['2026-04-03', 1, 0, 0],
      ],
    );
  });

  test('an empty period has no rate; a long one is in weeks; bad input names its field', async () => {
    const { call } = await setUpWorkspace(getDb());
    const empty = (await call('GET', `/api/journeys/repair/overview?from=${at(1)}&to=${at(2)}`))
      .body as TOverview;
    assert.deepEqual([empty.moments, empty.breachRate, empty.buckets], [0, null, []]);
    const long = (await call('GET', `/api/journeys/repair/overview?from=2025-01-01T00:00:00Z&to=${at(2)}`))
      .body as TOverview;
    assert.equal(long.bucket, 'week');
    assertError(
      await call('GET', `/api/journeys/repair/overview?from=${at(2)}&to=${at(1)}`),
      400,
      'invalid_input',
      ['query', 'from'],
    );
    assertError(await call('GET', '/api/journeys/nope/overview'), 404, 'not_found', ['params', 'journey']);
  });

  test('needs analyses:read: an agent is refused', async () => {
    const { call } = await setUpWorkspace(getDb(), 'agent');
    assert.equal((await call('GET', '/api/journeys/repair/overview')).status, 403);
  });
});
