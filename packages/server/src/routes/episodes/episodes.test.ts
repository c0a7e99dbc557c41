import assert from 'node:assert/strict';
import { test } from 'node:test';
import { forEachDatabase } from '../../testing/databases.ts';
import { makeMoment } from '../../testing/factories.ts';
import { assertError, setUpWorkspace } from '../../testing/http.ts';

type TEpisode = {
  customer: string;
  startedAt: string;
  endedAt: string;
  moments: Array<{ eventId: string; touchpoint: string; experience: number | null; breaches: unknown[] }>;
};

forEachDatabase('GET /api/journeys/{journey}/episodes/{key}', (getDb) => {
  test('returns the moments in the order they occurred, with experience values and breaches', async () => {
    const { call } = await setUpWorkspace(getDb());
    const at = (minute: number) => new Date(Date.UTC(2026, 2, 1, 9, minute)).toISOString();
    const moments = [
      makeMoment({ eventId: 'late', occurredAt: at(30), touchpoint: 'callback', measures: {}, rating: 5 }),
      makeMoment({ eventId: 'early', occurredAt: at(0), measures: { wait_seconds: 400 } }),
      makeMoment({
        eventId: 'middle',
        occurredAt: at(10),
        touchpoint: 'visit',
        measures: { arrival_hours: 24 },
      }),
    ];
    assert.equal((await call('POST', '/api/moments', { moments })).status, 200);
    const res = await call('GET', '/api/journeys/repair/episodes/case-1');
    assert.equal(res.status, 200);
    const episode = res.body as TEpisode;
    assert.deepEqual(
      episode.moments.map((m) => [m.eventId, m.experience, m.breaches.length]),
      [
        ['early', -1, 1],
        ['middle', 0.5, 0],
        ['late', 1, 0],
      ],
    );
    assert.deepEqual([episode.startedAt, episode.endedAt], [at(0), at(30)]);
  });

  test('an unknown episode is a 404; a key shared by two customers needs ?customer=', async () => {
    const { call } = await setUpWorkspace(getDb());
    assertError(await call('GET', '/api/journeys/repair/episodes/none'), 404, 'not_found');
    const moments = [
      makeMoment({ customer: 'a', episode: 'k' }),
      makeMoment({ customer: 'b', episode: 'k' }),
    ];
    await call('POST', '/api/moments', { moments });
    assertError(await call('GET', '/api/journeys/repair/episodes/k'), 409, 'ambiguous', [
      'query',
      'customer',
    ]);
    const one = await call('GET', '/api/journeys/repair/episodes/k?customer=b');
    assert.equal((one.body as TEpisode).customer, 'b');
  });
});
