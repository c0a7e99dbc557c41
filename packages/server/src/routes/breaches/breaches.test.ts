import assert from 'node:assert/strict';
import { test } from 'node:test';
import { forEachDatabase } from '../../testing/databases.ts';
import { makeMoment } from '../../testing/factories.ts';
import { assertError, setUpWorkspace } from '../../testing/http.ts';

type TPage = {
  breaches: Array<{
    touchpoint: string;
    measure: string | null;
    value: number;
    floor: number;
    customer: string;
    episode: string;
  }>;
  next: string | null;
};

const at = (minute: number) => new Date(Date.UTC(2026, 3, 1, 8, minute)).toISOString();

forEachDatabase('GET /api/breaches', (getDb) => {
  test('lists breaches newest first with their customer, filters them, and pages with a cursor', async () => {
    const { call } = await setUpWorkspace(getDb());
    await call('POST', '/api/moments', {
      moments: [
        makeMoment({ customer: 'zhang', episode: 'k1', occurredAt: at(1), measures: { wait_seconds: 400 } }),
        makeMoment({ customer: 'li', episode: 'k2', occurredAt: at(2), measures: { wait_seconds: 30 } }),
        makeMoment({ customer: 'li', episode: 'k2', occurredAt: at(3), measures: { wait_seconds: 600 } }),
        makeMoment({
          customer: 'wang',
          episode: 'k3',
          touchpoint: 'visit',
          occurredAt: at(4),
          measures: { arrival_hours: 72, fixed: 1 },
        }),
      ],
    });
    const all = (await call('GET', '/api/breaches')).body as TPage;
    assert.deepEqual(
      all.breaches.map((b) => [b.customer, b.episode, b.touchpoint, b.measure, b.value, b.floor]),
      [
        ['wang', 'k3', 'visit', 'arrival_hours', 72, 48],
        ['li', 'k2', 'hotline', 'wait_seconds', 600, 300],
        ['zhang', 'k1', 'hotline', 'wait_seconds', 400, 300],
      ],
    );
    assert.equal(all.next, null);
    const hotline = (await call('GET', '/api/breaches?touchpoint=hotline&customer=li')).body as TPage;
    assert.deepEqual(
      hotline.breaches.map((b) => b.customer),
      ['li'],
    );
    const first = (await call('GET', '/api/breaches?limit=2')).body as TPage;
    assert.equal(first.breaches.length, 2);
    assert.ok(first.next);
    const second = (await call('GET', `/api/breaches?limit=2&before=${encodeURIComponent(first.next)}`))
      .body as TPage;
    assert.deepEqual(
      second.breaches.map((b) => b.customer),
      ['zhang'],
    );
    assert.equal(second.next, null);
  });

  test('a period keeps the breaches from its start (inclusive) to its end (exclusive), with paging', async () => {
    const { call } = await setUpWorkspace(getDb());
    await call('POST', '/api/moments', {
      moments: [1, 2, 3, 4].map((minute) =>
        makeMoment({
          customer: `c${minute}`,
          episode: `p${minute}`,
          occurredAt: at(minute),
          measures: { wait_seconds: 400 },
        }),
      ),
    });
    const period = `from=${encodeURIComponent(at(2))}&to=${encodeURIComponent(at(4))}`;
    const within = (await call('GET', `/api/breaches?${period}`)).body as TPage;
    assert.deepEqual(
      within.breaches.map((b) => b.customer),
      ['c3', 'c2'],
    );
    const first = (await call('GET', `/api/breaches?${period}&limit=1`)).body as TPage;
    assert.ok(first.next);
    const second = (
      await call('GET', `/api/breaches?${period}&limit=1&before=${encodeURIComponent(first.next)}`)
    ).body as TPage;
    assert.deepEqual(
      [...first.breaches, ...second.breaches].map((b) => b.customer),
      ['c3', 'c2'],
    );
    assert.equal(second.next, null);
    const measure = (await call('GET', `/api/breaches?${period}&measure=arrival_hours`)).body as TPage;
    assert.deepEqual(measure.breaches, []);
    assertError(await call('GET', '/api/breaches?from=0000-01-01T00:00:00Z'), 400, 'invalid_input', [
      'query',
      'from',
    ]);
    assertError(await call('GET', '/api/breaches?to=tomorrow'), 400, 'invalid_input', ['query', 'to']);
  });

  test('a bad cursor or limit is a 400 naming it; ingest keys may not read the feed', async () => {
    const { call, workspaceId } = await setUpWorkspace(getDb());
    assertError(await call('GET', '/api/breaches?before=yesterday'), 400, 'invalid_input', [
      'query',
      'before',
    ]);
    assertError(await call('GET', '/api/breaches?limit=0'), 400, 'invalid_input', ['query', 'limit']);
    assert.ok(workspaceId);
    const ingest = await setUpWorkspace(getDb(), 'ingest');
    assert.equal((await ingest.call('GET', '/api/breaches')).status, 403);
  });
});
