import assert from 'node:assert/strict';
import { test } from 'node:test';
import { LIMITS } from '@mot/core';
import { queryRows } from '../../storage/database.ts';
import { forEachDatabase } from '../../testing/databases.ts';
import { makeJourney, makeMoment } from '../../testing/factories.ts';
import { putJourney } from '../../storage/put-journey.ts';
import { assertError, setUpWorkspace } from '../../testing/http.ts';
import { sql } from 'drizzle-orm';
import type { TOutcomeReport } from './schema.ts';

const outcome = (overrides: Record<string, unknown> = {}) => ({
  journey: 'repair',
  customer: 'cust-1',
  episode: 'case-1',
  eventId: 'out-1',
  overall: 8,
  nps: 9,
  churned: false,
  surveyedAt: '2026-03-02T10:00:00+08:00',
  ...overrides,
});

forEachDatabase('POST /api/outcomes', (getDb) => {
  test('stores an outcome, re-sending changes nothing, a changed one updates', async () => {
    const { call, workspaceId } = await setUpWorkspace(getDb());
    assert.equal((await call('POST', '/api/moments', { moments: [makeMoment()] })).status, 200);
    const first = await call('POST', '/api/outcomes', { outcomes: [outcome()] });
    assert.equal(first.status, 200, JSON.stringify(first.body));
    assert.deepEqual((first.body as TOutcomeReport).items, [{ index: 0, status: 'created' }]);
    // The same instant written with another offset is the same outcome.
    const again = await call('POST', '/api/outcomes', {
      outcomes: [outcome({ surveyedAt: '2026-03-02T02:00:00Z' })],
    });
    assert.deepEqual((again.body as TOutcomeReport).items, [{ index: 0, status: 'unchanged' }]);
    const changed = await call('POST', '/api/outcomes', { outcomes: [outcome({ overall: 3 })] });
    assert.deepEqual((changed.body as TOutcomeReport).items, [{ index: 0, status: 'updated' }]);
    const rows = await queryRows<{ overall: number; n: number | string }>(
      getDb().orm,
      sql`select max(overall) as overall, count(*) as n from episode_outcomes where workspace_id = ${workspaceId}`,
    );
    assert.deepEqual([rows[0]?.overall, Number(rows[0]?.n)], [3, 1]);
  });

  test('creates the customer and the episode when they are not known yet', async () => {
    const { call, workspaceId } = await setUpWorkspace(getDb());
    const res = await call('POST', '/api/outcomes', {
      outcomes: [outcome({ customer: 'new', episode: 'e-new' }), outcome({ episode: 'e-2', churned: true })],
    });
    assert.equal((res.body as TOutcomeReport).created, 2);
    const episodes = await queryRows<{ key: string }>(
      getDb().orm,
      sql`select key from episodes where workspace_id = ${workspaceId} order by key`,
    );
    assert.deepEqual(
      episodes.map((e) => e.key),
      ['e-2', 'e-new'],
    );
    // Moments sent afterwards land in the same episode.
    const moments = [makeMoment({ customer: 'new', episode: 'e-new' })];
    assert.equal((await call('POST', '/api/moments', { moments })).status, 200);
    const again = await queryRows<{ n: number | string }>(
      getDb().orm,
      sql`select count(*) as n from episodes where workspace_id = ${workspaceId}`,
    );
    assert.equal(Number(again[0]?.n), 2);
  });

  test('deleting a journey deletes its episodes and their outcomes, leaving none behind', async () => {
    const { call, workspaceId } = await setUpWorkspace(getDb());
    // Outcomes alone create episodes without moments, so the journey can still be deleted.
    assert.equal((await call('POST', '/api/outcomes', { outcomes: [outcome()] })).status, 200);
    assert.equal((await call('DELETE', '/api/journeys/repair')).status, 204);
    const rows = await queryRows<{ episodes: number | string; outcomes: number | string }>(
      getDb().orm,
      sql`select (select count(*) from episodes where workspace_id = ${workspaceId}) as episodes,
            (select count(*) from episode_outcomes where workspace_id = ${workspaceId}) as outcomes`,
    );
    assert.deepEqual([Number(rows[0]?.episodes), Number(rows[0]?.outcomes)], [0, 0]);
  });

  test('a journey deleted while its outcomes arrive leaves no outcome behind; they are rejected by name', async () => {
    const db = getDb();
    const seen = new Set<number>();
    // The delete and the batch start a varying number of event-loop turns apart, so that the delete lands
    // before, between and after the steps of the batch (each request first authenticates: queries of its own).
    for (let round = 0; round < 24; round += 1) {
      const { call, workspaceId } = await setUpWorkspace(db);
      await putJourney(db, workspaceId, makeJourney({ key: 'gone', name: 'Gone' }));
      const batch = {
        outcomes: [
          outcome({ journey: 'gone', episode: 'g-1' }),
          outcome({ journey: 'repair', episode: 'r-1' }),
          outcome({ journey: 'gone', episode: 'g-2' }),
        ],
      };
      // Rounds 0-11 hold the batch back, rounds 13-23 the delete, by up to 12 turns of the event loop.
      const turns = async (n: number) => {
        for (let tick = 0; tick < n; tick += 1) await new Promise((resolve) => setImmediate(resolve));
      };
      const [posted, deleted] = await Promise.all([
        turns(Math.max(0, 12 - round)).then(() => call('POST', '/api/outcomes', batch)),
        turns(Math.max(0, round - 12)).then(() => call('DELETE', '/api/journeys/gone')),
      ]);
      assert.equal(deleted.status, 204, JSON.stringify(deleted.body));
      seen.add(posted.status);
      const stray = await queryRows<{ episodes: number | string; outcomes: number | string }>(
        db.orm,
        sql`select
              (select count(*) from episodes e where e.workspace_id = ${workspaceId} and not exists
                (select 1 from journeys j where j.workspace_id = e.workspace_id and j.id = e.journey_id))
                as episodes,
              (select count(*) from episode_outcomes o where o.workspace_id = ${workspaceId} and not exists
                (select 1 from episodes e where e.workspace_id = o.workspace_id and e.id = o.episode_id
                  and e.customer_id = o.customer_id)) as outcomes`,
      );
      assert.deepEqual([Number(stray[0]?.episodes), Number(stray[0]?.outcomes)], [0, 0], `round ${round}`);
      const stored = await queryRows<{ n: number | string }>(
        db.orm,
        sql`select count(*) as n from episode_outcomes where workspace_id = ${workspaceId}`,
      );
      if (posted.status === 200) {
        // Written before the delete: the delete took the journey's outcomes with it.
        assert.equal((posted.body as TOutcomeReport).created, 3);
        assert.equal(Number(stored[0]?.n), 1);
      } else {
        assertError(posted, 422, 'batch_rejected', ['outcomes']);
        const { items } = posted.body as TOutcomeReport;
        assert.deepEqual(
          items.map((i) => [i.index, i.errors?.map((e) => [e.code, e.path.join('.'), e.message])]),
          [
            [0, [['not_found', 'journey', 'journey "gone" not found']]],
            [2, [['not_found', 'journey', 'journey "gone" not found']]],
          ],
        );
        assert.equal(Number(stored[0]?.n), 0);
      }
    }
    // Both orders happened, or the test says nothing about the race.
    assert.deepEqual([...seen].sort(), [200, 422]);
  });

  test('bad items are rejected with their paths and nothing is written', async () => {
    const { call, workspaceId } = await setUpWorkspace(getDb());
    const res = await call('POST', '/api/outcomes', {
      outcomes: [
        outcome({ episode: 'ok' }),
        outcome({ overall: 11 }),
        outcome({ journey: 'nope' }),
        outcome({ nps: 'high', extra: 1 }),
        outcome({ episode: 'ok' }),
      ],
    });
    assertError(res, 422, 'batch_rejected', ['outcomes']);
    // The report rides along beside the error, as for moments.
    const { items, ok } = res.body as TOutcomeReport;
    assert.equal(ok, false);
    assert.deepEqual(
      items.map((i) => [i.index, i.errors?.map((e) => [e.code, e.path.join('.')])]),
      [
        [1, [['invalid_input', 'overall']]],
        [2, [['not_found', 'journey']]],
        [
          3,
          [
            ['invalid_input', 'nps'],
            ['invalid_input', ''],
          ],
        ],
        [4, [['duplicate_episode', 'episode']]],
      ],
    );
    const rows = await queryRows<{ n: number | string }>(
      getDb().orm,
      sql`select count(*) as n from episode_outcomes where workspace_id = ${workspaceId}`,
    );
    assert.equal(Number(rows[0]?.n), 0);
  });

  test('a batch over the limit and a body without outcomes are 400', async () => {
    const { call } = await setUpWorkspace(getDb());
    const many = Array.from({ length: LIMITS.maxBatchSize + 1 }, (_, i) => outcome({ episode: `e${i}` }));
    assertError(await call('POST', '/api/outcomes', { outcomes: many }), 400, 'batch_too_large', [
      'outcomes',
    ]);
    assertError(await call('POST', '/api/outcomes', { moments: [] }), 400, 'invalid_input');
  });

  test('dates, ids and offsets the database cannot store are refused per item with their path', async () => {
    const { call } = await setUpWorkspace(getDb());
    const res = await call('POST', '/api/outcomes', {
      outcomes: [
        outcome({ episode: 'e-1', churnedAt: '2026-03-02T10:00:00+23:59' }),
        outcome({ episode: 'e-2', surveyedAt: '0000-01-01T00:00:00Z' }),
        outcome({ episode: 'e-3', surveyedAt: '3000-01-01T00:00:00Z' }),
        outcome({ episode: 'e-\ud800' }),
        outcome({ episode: 'e-5', customer: 'c\u0000' }),
        outcome({ episode: 'e-6' }),
      ],
    });
    assertError(res, 422, 'batch_rejected', ['outcomes']);
    assert.deepEqual(
      (res.body as TOutcomeReport).items.map((i) => [i.index, i.errors?.[0]?.code, i.errors?.[0]?.path]),
      [
        [0, 'out_of_range', ['churnedAt']],
        [1, 'out_of_range', ['surveyedAt']],
        [2, 'out_of_range', ['surveyedAt']],
        [3, 'invalid_character', ['episode']],
        [4, 'invalid_character', ['customer']],
      ],
    );
  });
});
