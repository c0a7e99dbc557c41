import assert from 'node:assert/strict';
import { test } from 'node:test';
import { forEachDatabase } from '../../testing/databases.ts';
import { makeMoment } from '../../testing/factories.ts';
import { assertError, setUpWorkspace } from '../../testing/http.ts';

type TTimeline = { episodes: Array<{ key: string }>; moments: Array<{ eventId: string; episode: string }> };

forEachDatabase('GET /api/customers/{customer}/timeline', (getDb) => {
  test("lists the customer's episodes and moments in order, and only theirs", async () => {
    const { call } = await setUpWorkspace(getDb());
    const at = (day: number) => new Date(Date.UTC(2026, 3, day)).toISOString();
    await call('POST', '/api/moments', {
      moments: [
        makeMoment({ eventId: 'b', customer: 'zhang', episode: 'case-2', occurredAt: at(5) }),
        makeMoment({ eventId: 'a', customer: 'zhang', episode: 'case-1', occurredAt: at(1) }),
        makeMoment({ eventId: 'x', customer: 'li', episode: 'case-3', occurredAt: at(2) }),
      ],
    });
    const res = await call('GET', '/api/customers/zhang/timeline');
    assert.equal(res.status, 200);
    const timeline = res.body as TTimeline;
    assert.deepEqual(
      timeline.moments.map((m) => [m.eventId, m.episode]),
      [
        ['a', 'case-1'],
        ['b', 'case-2'],
      ],
    );
    assert.deepEqual(timeline.episodes.map((e) => e.key).sort(), ['case-1', 'case-2']);
    const latest = (await call('GET', '/api/customers/zhang/timeline?limit=1')).body as TTimeline;
    assert.deepEqual(
      latest.moments.map((m) => m.eventId),
      ['b'],
    );
  });

  test('an unknown customer is a 404; a bad limit is a 400 naming it', async () => {
    const { call } = await setUpWorkspace(getDb());
    assertError(await call('GET', '/api/customers/nobody/timeline'), 404, 'not_found', [
      'params',
      'customer',
    ]);
    assertError(await call('GET', '/api/customers/nobody/timeline?limit=0'), 400, 'invalid_input', [
      'query',
      'limit',
    ]);
  });
});
