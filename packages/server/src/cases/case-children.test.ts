import assert from 'node:assert/strict';
import { before, test } from 'node:test';
import { DEFAULT_SLA_TARGETS } from '@mot/core';
import { sql } from 'drizzle-orm';
import { ingestMoments } from '../ingest/ingest-moments.ts';
import { createPolicy, deletePolicy } from '../sla/policies-store.ts';
import { queryRows } from '../storage/database.ts';
import type { TDatabase } from '../storage/database.ts';
import { eraseCustomer } from '../storage/erase-customer.ts';
import { forEachDatabase } from '../testing/databases.ts';
import { makeMoment } from '../testing/factories.ts';
import { setUpWorkspace } from '../testing/http.ts';

/** The case a breaching moment of `customer` opened, with how many log entries and SLA records it has. */
async function caseOf(db: TDatabase, workspaceId: string, customer: string) {
  const [row] = await queryRows<{ id: string | number; events: number; records: number }>(
    db.orm,
    sql`select k.id,
          (select count(*)::int from case_events e where e.workspace_id = k.workspace_id and e.case_id = k.id) as events,
          (select count(*)::int from sla_records r where r.workspace_id = k.workspace_id and r.case_id = k.id) as records
        from cases k join customers c on c.workspace_id = k.workspace_id and c.id = k.customer_id
        where k.workspace_id = ${workspaceId} and c.external_id = ${customer}`,
  );
  return row && { id: Number(row.id), events: Number(row.events), records: Number(row.records) };
}

async function orphans(db: TDatabase, workspaceId: string, caseId: number): Promise<number> {
  const [row] = await queryRows<{ n: number }>(
    db.orm,
    sql`select (select count(*)::int from case_events where workspace_id = ${workspaceId} and case_id = ${caseId})
          + (select count(*)::int from sla_records where workspace_id = ${workspaceId} and case_id = ${caseId}) as n`,
  );
  return Number(row?.n ?? -1);
}

// A case's log and SLA records are kept with their case by triggers, not foreign keys (migration 0022).
forEachDatabase("a case's log and SLA records", (getDb) => {
  let workspaceId: string;

  before(async () => {
    const set = await setUpWorkspace(getDb());
    workspaceId = set.workspaceId;
    const rule = { key: 'floor', name: 'Floor', severity: 'high', condition: { kind: 'floor_breach' } };
    const res = await set.call('POST', '/api/alert-rules', rule);
    assert.equal(res.status, 201, JSON.stringify(res.body));
  });

  const breach = (customer: string) =>
    ingestMoments(getDb(), workspaceId, [
      makeMoment({ customer, episode: `${customer}-1`, measures: { wait_seconds: 999 } }),
    ]);

  test("erasing a customer deletes their cases' logs and SLA records with the cases", async () => {
    const db = getDb();
    await breach('erased');
    const opened = await caseOf(db, workspaceId, 'erased');
    assert.ok(opened, 'the breach opened a case');
    assert.equal(opened.events, 1);
    assert.equal(opened.records, 2);
    await breach('stays');
    assert.ok(await eraseCustomer(db, workspaceId, 'erased'));
    assert.equal(await caseOf(db, workspaceId, 'erased'), undefined);
    assert.equal(await orphans(db, workspaceId, opened.id), 0);
    // Another customer's case keeps its own.
    const other = await caseOf(db, workspaceId, 'stays');
    assert.deepEqual(other && [other.events, other.records], [1, 2]);
  });

  test('deleting a policy clears it from the records it applied, which keep their minutes', async () => {
    const db = getDb();
    const [calendar] = await queryRows<{ id: string }>(
      db.orm,
      sql`select id from business_calendars where workspace_id = ${workspaceId} and is_default`,
    );
    assert.ok(calendar, 'the first case created the default calendar');
    const policy = await createPolicy(db, workspaceId, {
      name: 'Repair',
      isDefault: false,
      calendarId: calendar.id,
      targets: DEFAULT_SLA_TARGETS,
      journeys: ['repair'],
      departments: [],
    });
    await breach('narrowed');
    const opened = await caseOf(db, workspaceId, 'narrowed');
    assert.ok(opened);
    const named = async () =>
      queryRows<{ policy_id: string | null; minutes: number }>(
        db.orm,
        sql`select policy_id, minutes from sla_records where workspace_id = ${workspaceId} and case_id = ${opened.id}
            order by target`,
      );
    const before = await named();
    assert.deepEqual(
      before.map((r) => r.policy_id),
      [policy.id, policy.id],
    );
    await deletePolicy(db, workspaceId, policy.id);
    const after = await named();
    assert.deepEqual(
      after.map((r) => r.policy_id),
      [null, null],
    );
    assert.deepEqual(
      after.map((r) => r.minutes),
      before.map((r) => r.minutes),
    );
  });
});
