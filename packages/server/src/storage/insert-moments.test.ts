import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { sql } from 'drizzle-orm';
import { ingestMoments } from '../ingest/ingest-moments.ts';
import { forEachDatabase, testDatabaseKinds } from '../testing/databases.ts';
import { createTestWorkspace, makeJourney, makeMoment } from '../testing/factories.ts';
import { createScratchDatabase } from '../testing/scratch-database.ts';
import { openDatabase, queryRows } from './database.ts';
import type { TDatabase } from './database.ts';
import { deleteMoment, eraseCustomer } from './erase-customer.ts';
import { migrate, readMigrations } from './migrate.ts';
import { putJourney } from './put-journey.ts';

/** The migration that adds the flag. */
const FLAG_MIGRATION = '0021_moment_breached';

// wait_seconds has its floor at 300 at the hotline of makeJourney(): 900 breaches it, 30 does not.
const BREACHING = { wait_seconds: 900 };
const CLEAN = { wait_seconds: 30 };

type TFlag = { breached: boolean; breaches: number };

/** Each stored moment of the workspace by event id: its flag and how many breaches are stored for it. */
async function flagsOf(db: TDatabase, workspaceId: string): Promise<Map<string, TFlag>> {
  const rows = await queryRows<{ event_id: string; breached: boolean; breaches: number }>(
    db.orm,
    sql`select m.event_id, m.breached,
               (select count(*)::int from breaches b where b.workspace_id = m.workspace_id
                  and b.customer_id = m.customer_id and b.moment_id = m.id) as breaches
        from moments m where m.workspace_id = ${workspaceId}`,
  );
  return new Map(rows.map((r) => [r.event_id, { breached: r.breached, breaches: r.breaches }]));
}

/**
 * What would be stale in the workspace: moments whose flag disagrees with their stored breaches, and breaches
 * whose moment is gone. Both must be zero at all times.
 */
async function staleIn(db: TDatabase, workspaceId: string): Promise<{ flags: number; orphans: number }> {
  const [row] = await queryRows<{ flags: number; orphans: number }>(
    db.orm,
    sql`select
          (select count(*)::int from moments m where m.workspace_id = ${workspaceId}
             and m.breached <> exists (select 1 from breaches b where b.workspace_id = m.workspace_id
                                         and b.customer_id = m.customer_id and b.moment_id = m.id)) as flags,
          (select count(*)::int from breaches b where b.workspace_id = ${workspaceId}
             and not exists (select 1 from moments m where m.workspace_id = b.workspace_id
                               and m.customer_id = b.customer_id and m.id = b.moment_id)) as orphans`,
  );
  return row as { flags: number; orphans: number };
}

forEachDatabase('a moment is stored breached exactly when it has stored breaches', (getDb) => {
  let workspaceId: string;

  before(async () => {
    workspaceId = (await createTestWorkspace(getDb(), 'Breached flag')).id;
    await putJourney(getDb(), workspaceId, makeJourney());
  });

  test('ingestion flags the moment with a breach, not the one without, and a re-sent moment keeps its flag', async () => {
    const breaching = makeMoment({ customer: 'f-1', episode: 'f-1-a', measures: BREACHING });
    const clean = makeMoment({ customer: 'f-1', episode: 'f-1-a', measures: CLEAN });
    const first = await ingestMoments(getDb(), workspaceId, [breaching, clean]);
    assert.deepEqual([first.created, first.breaches], [2, 1]);
    let flags = await flagsOf(getDb(), workspaceId);
    assert.deepEqual(flags.get(breaching.eventId), { breached: true, breaches: 1 });
    assert.deepEqual(flags.get(clean.eventId), { breached: false, breaches: 0 });

    // The same batch again changes nothing; each event id sent with the other's measures is a conflict.
    const again = await ingestMoments(getDb(), workspaceId, [breaching, clean]);
    assert.deepEqual([again.created, again.duplicates], [0, 2]);
    const swapped = await ingestMoments(getDb(), workspaceId, [
      { ...breaching, measures: CLEAN },
      { ...clean, measures: BREACHING },
    ]);
    assert.deepEqual([swapped.created, swapped.conflicts], [0, 2]);
    flags = await flagsOf(getDb(), workspaceId);
    assert.deepEqual(flags.get(breaching.eventId), { breached: true, breaches: 1 });
    assert.deepEqual(flags.get(clean.eventId), { breached: false, breaches: 0 });
    assert.deepEqual(await staleIn(getDb(), workspaceId), { flags: 0, orphans: 0 });
  });

  test('deleting a moment or erasing a customer leaves no flag and no breach behind', async () => {
    const kept = makeMoment({ customer: 'e-1', episode: 'e-1-a', measures: BREACHING });
    const deleted = makeMoment({ customer: 'e-1', episode: 'e-1-a', measures: BREACHING });
    const erased = [
      makeMoment({ customer: 'e-2', episode: 'e-2-a', measures: BREACHING }),
      makeMoment({ customer: 'e-2', episode: 'e-2-a', measures: CLEAN }),
    ];
    const report = await ingestMoments(getDb(), workspaceId, [kept, deleted, ...erased]);
    assert.equal(report.created, 4);

    assert.deepEqual(await deleteMoment(getDb(), workspaceId, deleted.eventId), { breaches: 1 });
    assert.ok(await eraseCustomer(getDb(), workspaceId, 'e-2'));
    let flags = await flagsOf(getDb(), workspaceId);
    assert.deepEqual(flags.get(kept.eventId), { breached: true, breaches: 1 });
    for (const gone of [deleted, ...erased]) assert.equal(flags.get(gone.eventId), undefined);
    assert.deepEqual(await staleIn(getDb(), workspaceId), { flags: 0, orphans: 0 });

    // The event ids are free again, and what is sent now decides the flag, not what was there before.
    const resent = await ingestMoments(getDb(), workspaceId, [
      { ...deleted, measures: CLEAN },
      { ...(erased[0] ?? deleted), measures: CLEAN },
      { ...(erased[1] ?? deleted), measures: BREACHING },
    ]);
    assert.equal(resent.created, 3);
    flags = await flagsOf(getDb(), workspaceId);
    assert.deepEqual(flags.get(deleted.eventId), { breached: false, breaches: 0 });
    assert.deepEqual(flags.get(erased[0]?.eventId ?? ''), { breached: false, breaches: 0 });
    assert.deepEqual(flags.get(erased[1]?.eventId ?? ''), { breached: true, breaches: 1 });
    assert.deepEqual(await staleIn(getDb(), workspaceId), { flags: 0, orphans: 0 });
  });
});

/** A fresh database of `kind` with the migrations before `name` applied, as `migrate` records them. */
async function openMigratedBefore(
  kind: 'pglite' | 'postgres',
  name: string,
): Promise<{ db: TDatabase; drop: () => Promise<void> }> {
  let drop = async () => {};
  let db: TDatabase;
  if (kind === 'pglite') {
    db = await openDatabase({ dataDir: 'memory://' });
  } else {
    const scratch = await createScratchDatabase(process.env['MOT_TEST_DATABASE_URL'] ?? '');
    drop = scratch.drop;
    db = await openDatabase({ url: scratch.url });
  }
  await db.orm.execute(
    sql`create table mot_migrations (name text primary key, hash text not null, applied_at timestamptz not null default now())`,
  );
  const migrations = readMigrations();
  const at = migrations.findIndex((m) => m.name === name);
  assert.ok(at > 0, `migration ${name} is in the journal`);
  for (const migration of migrations.slice(0, at)) {
    await db.orm.transaction(async (tx) => {
      for (const statement of migration.statements) await tx.execute(sql.raw(statement));
      await tx.execute(
        sql`insert into mot_migrations (name, hash) values (${migration.name}, ${migration.hash})`,
      );
    });
  }
  return { db, drop };
}

for (const kind of testDatabaseKinds()) {
  describe(`migration ${FLAG_MIGRATION} [${kind}]`, () => {
    let opened: { db: TDatabase; drop: () => Promise<void> } | undefined;
    before(async () => {
      opened = await openMigratedBefore(kind, FLAG_MIGRATION);
    });
    after(async () => {
      await opened?.db.close();
      await opened?.drop();
    });

    test('flags the moments stored with breaches before it, and only those', async () => {
      const db = opened?.db;
      assert.ok(db);
      // Two workspaces: the backfill covers every workspace.
      const stored: Array<{ workspaceId: string; events: string[] }> = [];
      for (const name of ['Before the flag', 'Also before the flag']) {
        const workspaceId = (await createTestWorkspace(db, name)).id;
        await putJourney(db, workspaceId, makeJourney());
        // Written as the ingestion before the migration wrote them: moments without the column, breaches.
        const [ids] = await queryRows<{ customer: number; episode: number; touchpoint: number }>(
          db.orm,
          sql`with c as (insert into customers (workspace_id, external_id) values (${workspaceId}, 'b-1')
                         returning id),
                   j as (select id from journeys where workspace_id = ${workspaceId} and key = 'repair'),
                   e as (insert into episodes (workspace_id, customer_id, journey_id, key)
                         select ${workspaceId}, c.id, j.id, 'b-1-a' from c, j returning id, customer_id)
              select e.customer_id as customer, e.id as episode,
                     (select t.id from touchpoints t join j on t.journey_id = j.id
                      where t.workspace_id = ${workspaceId} and t.key = 'hotline') as touchpoint
              from e`,
        );
        assert.ok(ids);
        const events = ['twice', 'once', 'none'].map((e) => `${e}-${workspaceId}`);
        const moments = await queryRows<{ id: number; event_id: string }>(
          db.orm,
          sql`insert into moments (workspace_id, customer_id, episode_id, touchpoint_id, occurred_at, event_id,
                measures)
              select ${workspaceId}, ${ids.customer}, ${ids.episode}, ${ids.touchpoint},
                '2026-01-01T08:00:00Z', ev, '{"wait_seconds": 900}'::jsonb
              from jsonb_array_elements_text(${JSON.stringify(events)}::jsonb) ev
              returning id, event_id`,
        );
        const breaching = moments.flatMap((m) =>
          m.event_id.startsWith('twice') ? [m.id, m.id] : m.event_id.startsWith('once') ? [m.id] : [],
        );
        await db.orm.execute(
          sql`insert into breaches (workspace_id, customer_id, moment_id, touchpoint_id, kind, measure, value,
                floor, occurred_at)
              select ${workspaceId}, ${ids.customer}, id::int8, ${ids.touchpoint}, 'measure', 'wait_seconds', 900, 300,
                '2026-01-01T08:00:00Z'
              from jsonb_array_elements_text(${JSON.stringify(breaching)}::jsonb) id`,
        );
        stored.push({ workspaceId, events });
      }

      // The flag's migration first, then any that came after it.
      assert.equal((await migrate(db)).applied[0], FLAG_MIGRATION);
      for (const { workspaceId, events } of stored) {
        const flags = await flagsOf(db, workspaceId);
        assert.deepEqual(
          events.map((e) => flags.get(e)),
          [
            { breached: true, breaches: 2 },
            { breached: true, breaches: 1 },
            { breached: false, breaches: 0 },
          ],
        );
        assert.deepEqual(await staleIn(db, workspaceId), { flags: 0, orphans: 0 });
      }
    });
  });
}
