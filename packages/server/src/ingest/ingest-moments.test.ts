import assert from 'node:assert/strict';
import { test } from 'node:test';
import { sql } from 'drizzle-orm';
import { queryRows } from '../storage/database.ts';
import { putJourney } from '../storage/put-journey.ts';
import { forEachDatabase } from '../testing/databases.ts';
import { createTestWorkspace, makeJourney, makeMoment } from '../testing/factories.ts';
import { forgetIds } from './id-cache.ts';
import { ingestMoments } from './ingest-moments.ts';

forEachDatabase('ingestMoments', (getDb) => {
  const setUpWorkspace = async () => {
    const db = getDb();
    const ws = await createTestWorkspace(db);
    await putJourney(db, ws.id, makeJourney());
    return { db, ws };
  };
  const count = async (table: 'moments' | 'breaches' | 'customers' | 'episodes', workspaceId: string) => {
    const rows = await queryRows<{ n: number | string }>(
      getDb().orm,
      sql`select count(*) as n from ${sql.identifier(table)} where workspace_id = ${workspaceId}`,
    );
    return Number(rows[0]?.n);
  };

  test('creates moments, customers and episodes, and records floor breaches', async () => {
    const { db, ws } = await setUpWorkspace();
    const report = await ingestMoments(db, ws.id, [
      makeMoment({ measures: { wait_seconds: 30 } }),
      makeMoment({ measures: { wait_seconds: 400 } }),
      makeMoment({
        touchpoint: 'visit',
        customer: 'c-2',
        episode: 'case-2',
        measures: { arrival_hours: 50, fixed: false },
      }),
      makeMoment({ touchpoint: 'callback', customer: 'c-2', episode: 'case-2', measures: {}, rating: 1 }),
    ]);
    assert.equal(report.ok, true);
    assert.deepEqual([report.created, report.duplicates, report.rejected, report.breaches], [4, 0, 0, 4]);
    assert.equal(await count('moments', ws.id), 4);
    assert.equal(await count('breaches', ws.id), 4);
    assert.equal(await count('customers', ws.id), 2);
    assert.equal(await count('episodes', ws.id), 2);
  });

  test('re-sending a batch changes nothing and says so per item', async () => {
    const { db, ws } = await setUpWorkspace();
    const batch = [makeMoment({ measures: { wait_seconds: 400 } }), makeMoment({ customer: 'c-9' })];
    await ingestMoments(db, ws.id, batch);
    const again = await ingestMoments(db, ws.id, batch);
    assert.deepEqual([again.created, again.duplicates, again.breaches], [0, 2, 0]);
    assert.deepEqual(
      again.items.map((i) => i.status),
      ['duplicate', 'duplicate'],
    );
    assert.equal(await count('moments', ws.id), 2);
    assert.equal(await count('breaches', ws.id), 1);
  });

  test('a batch sent again after a restart (no id cached) keeps its customers, episodes and their cases', async () => {
    const { db, ws } = await setUpWorkspace();
    const batch = [
      makeMoment({ customer: 'c-restart', episode: 'e-restart', measures: { wait_seconds: 400 } }),
    ];
    await ingestMoments(db, ws.id, batch);
    forgetIds(db, 'customers', ws.id);
    forgetIds(db, 'episodes', ws.id);
    const again = await ingestMoments(db, ws.id, batch);
    assert.deepEqual([again.created, again.duplicates], [0, 1]);
    assert.equal(await count('customers', ws.id), 1);
    assert.equal(await count('episodes', ws.id), 1);
    const [orphans] = await queryRows<{ n: number | string }>(
      db.orm,
      sql`select count(*) as n from moments m where m.workspace_id = ${ws.id} and not exists (
            select 1 from customers c where c.workspace_id = m.workspace_id and c.id = m.customer_id)`,
    );
    assert.equal(Number(orphans?.n), 0);
  });

  test('one bad item rejects the whole batch, with what and where', async () => {
    const { db, ws } = await setUpWorkspace();
    const dup = makeMoment();
    const report = await ingestMoments(db, ws.id, [
      dup,
      makeMoment({ touchpoint: 'nowhere' }),
      { ...dup },
      makeMoment({ occurredAt: 'yesterday' }),
      makeMoment({ measures: { nope: 1 } }),
      makeMoment({ touchpoint: 'callback', measures: {}, rating: 9 }),
    ]);
    assert.equal(report.ok, false);
    assert.equal(report.rejected, 5);
    const codes = report.items.map((i) => [i.index, i.errors?.[0]?.code, i.errors?.[0]?.path.join('.')]);
    assert.deepEqual(codes, [
      [1, 'unknown_touchpoint', 'touchpoint'],
      [2, 'duplicate_event_id', 'eventId'],
      [3, 'invalid_input', 'occurredAt'],
      [4, 'unknown_measure', 'measures.nope'],
      [5, 'rating_out_of_range', 'rating'],
    ]);
    assert.equal(await count('moments', ws.id), 0);
  });

  test('a journey edit is seen by the next batch', async () => {
    const { db, ws } = await setUpWorkspace();
    await ingestMoments(db, ws.id, [makeMoment()]);
    const journey = makeJourney();
    journey.touchpoints = [
      ...(journey.touchpoints ?? []),
      { key: 'survey', name: 'Survey', stage: 'fix', channel: 'sms', owner: 'CX' },
    ];
    await putJourney(db, ws.id, journey);
    const report = await ingestMoments(db, ws.id, [
      makeMoment({ touchpoint: 'survey', measures: {}, rating: 5 }),
    ]);
    assert.equal(report.created, 1);
  });

  test('values the database cannot store are rejected per item, not as a server error', async () => {
    const { db, ws } = await setUpWorkspace();
    const report = await ingestMoments(db, ws.id, [
      makeMoment({ occurredAt: '0000-01-01T00:00:00Z' }),
      makeMoment({ comment: 'a\u0000b' }),
    ]);
    assert.deepEqual(
      report.items.map((i) => i.errors?.[0]?.code),
      ['out_of_range', 'invalid_character'],
    );
  });

  test('a rejected batch caches no ids: the same customer is created by the next good batch', async () => {
    const { db, ws } = await setUpWorkspace();
    const rejected = await ingestMoments(db, ws.id, [
      makeMoment({ customer: 'new-c' }),
      { eventId: 'broken' },
    ]);
    assert.equal(rejected.ok, false);
    const accepted = await ingestMoments(db, ws.id, [makeMoment({ customer: 'new-c', episode: 'e-new' })]);
    assert.equal(accepted.created, 1);
    assert.equal(await count('customers', ws.id), 1);
    assert.equal(await count('episodes', ws.id), 1);
  });

  test('a batch whose transaction rolls back caches no ids', async () => {
    const { db, ws } = await setUpWorkspace();
    const real = db.orm.transaction.bind(db.orm);
    const failing = { ...db, orm: Object.create(db.orm) as typeof db.orm };
    failing.orm.transaction = ((fn: Parameters<typeof real>[0]) =>
      real(async (tx) => {
        await fn(tx);
        throw new Error('commit refused');
      })) as typeof real;
    await assert.rejects(
      ingestMoments(failing, ws.id, [makeMoment({ customer: 'ghost' })]),
      /commit refused/,
    );
    assert.equal(await count('customers', ws.id), 0);
    const report = await ingestMoments(db, ws.id, [makeMoment({ customer: 'ghost' })]);
    assert.equal(report.created, 1);
    assert.equal(await count('customers', ws.id), 1);
  });

  test('concurrent batches that share new customers and episodes all land, each customer once', async () => {
    const { db, ws } = await setUpWorkspace();
    const batch = () =>
      Array.from({ length: 200 }, (_, i) =>
        makeMoment({ customer: `shared-${i % 40}`, episode: `case-${i % 40}` }),
      );
    const reports = await Promise.all(
      [batch(), batch(), batch(), batch()].map((b) => ingestMoments(db, ws.id, b)),
    );
    assert.deepEqual(
      reports.map((r) => r.created),
      [200, 200, 200, 200],
    );
    assert.equal(await count('customers', ws.id), 40);
    assert.equal(await count('episodes', ws.id), 40);
    assert.equal(await count('moments', ws.id), 800);
  });

  test('an event id sent again with other data is a conflict that creates nothing; the same data a duplicate', async () => {
    const { db, ws } = await setUpWorkspace();
    const first = makeMoment({
      occurredAt: '2026-03-01T08:00:00.123456Z',
      measures: { wait_seconds: 30 },
      rating: 4,
      comment: 'ok',
      attributes: { region: 'n' },
    });
    await ingestMoments(db, ws.id, [first]);
    const other = makeMoment({ customer: 'c-2', episode: 'case-2' });
    const report = await ingestMoments(db, ws.id, [
      { ...first, customer: 'phantom', episode: 'phantom-case', measures: { wait_seconds: 31 } },
      other,
    ]);
    assert.equal(report.ok, true);
    assert.deepEqual([report.created, report.duplicates, report.conflicts, report.breaches], [1, 0, 1, 0]);
    assert.deepEqual(report.items[0], {
      index: 0,
      eventId: first.eventId,
      status: 'conflict',
      errors: [
        {
          code: 'conflict',
          message: `event id "${first.eventId}" is already stored with other data (customer, measures); nothing was written for it`,
          path: ['eventId'],
        },
      ],
    });
    assert.equal(report.items[1]?.status, 'created');
    // No phantom customer or episode was left, and later batches still find the real ones.
    assert.equal(await count('customers', ws.id), 2);
    assert.equal(await count('episodes', ws.id), 2);
    const changes: Array<Partial<typeof first>> = [
      { occurredAt: '2026-03-01T08:00:00.123457Z' },
      { touchpoint: 'callback', measures: {} },
      { rating: 5 },
      { comment: 'ok ' },
      { employee: 'e-1' },
      { attributes: { region: 's' } },
      { episode: 'case-9' },
    ];
    for (const change of changes) {
      const again = await ingestMoments(db, ws.id, [{ ...first, ...change }]);
      assert.deepEqual([again.conflicts, again.items[0]?.status], [1, 'conflict'], JSON.stringify(change));
    }
    assert.equal(await count('episodes', ws.id), 2);
    // The same data, the instant in another offset and the measure as a boolean-free number: a duplicate.
    const same = await ingestMoments(db, ws.id, [
      { ...first, occurredAt: '2026-03-01T16:00:00.123456+08:00', measures: { wait_seconds: 30.0 } },
      other,
    ]);
    assert.deepEqual([same.created, same.duplicates, same.conflicts], [0, 2, 0]);
    assert.equal(await count('moments', ws.id), 2);
    assert.equal(await count('customers', ws.id), 2);
  });
});
