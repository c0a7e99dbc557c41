import assert from 'node:assert/strict';
import { test } from 'node:test';
import { alwaysOpenCalendar } from '@mot/core';
import type { TCaseState } from '@mot/core';
import { and, eq, sql } from 'drizzle-orm';
import { forEachDatabase } from '../testing/databases.ts';
import { createTestUser, setUpWorkspace } from '../testing/http.ts';
import { queryRows } from '../storage/database.ts';
import type { TDatabase } from '../storage/database.ts';
import { businessCalendars, departmentContacts, slaPolicies, slaRecords } from '../storage/sla-schema.ts';
import { handleSlaCheck } from './escalate.ts';
import { SLA_CHECK_JOB, onCaseTransition, startCaseSla } from './index.ts';
import type { TSlaCase } from './index.ts';
import { insertTestCase } from './test-cases.ts';

const at = (iso: string) => new Date(iso);
// Monday 2026-03-09 10:00 in Shanghai (the workspace's default zone).
const MONDAY_10 = at('2026-03-09T02:00:00Z');

async function records(db: TDatabase, c: TSlaCase) {
  const rows = await db.orm
    .select()
    .from(slaRecords)
    .where(and(eq(slaRecords.workspaceId, c.workspaceId), eq(slaRecords.caseId, c.id)));
  return Object.fromEntries(rows.map((r) => [r.target, r]));
}

async function dueOnCase(db: TDatabase, c: TSlaCase) {
  const [row] = await queryRows<{ fr: Date | string | null; res: Date | string | null }>(
    db.orm,
    sql`select first_response_due_at as fr, resolution_due_at as res from cases where workspace_id = ${c.workspaceId} and id = ${c.id}`,
  );
  const iso = (v: Date | string | null | undefined) => (v ? new Date(v).toISOString() : null);
  return { firstResponse: iso(row?.fr), resolution: iso(row?.res) };
}

async function checkKeys(db: TDatabase, c: TSlaCase) {
  const rows = await queryRows<{ key: string }>(
    db.orm,
    sql`select key from jobs where kind = ${SLA_CHECK_JOB} and workspace_id = ${c.workspaceId} and key like ${`${c.workspaceId}:${c.id}:%`} order by key`,
  );
  return rows.map((r) => r.key.split(':').slice(2).join(':'));
}

async function move(db: TDatabase, c: TSlaCase, from: TCaseState, to: TCaseState, when: Date) {
  await db.orm.transaction(async (tx) => {
    await tx.execute(
      sql`update cases set state = ${to} where workspace_id = ${c.workspaceId} and id = ${c.id}`,
    );
    await onCaseTransition(tx, { ...c, state: to }, from, to, when);
  });
}

async function runCheck(db: TDatabase, c: TSlaCase, target: 'first_response' | 'resolution') {
  await handleSlaCheck(
    {
      id: 0,
      workspaceId: c.workspaceId,
      kind: SLA_CHECK_JOB,
      key: 'test',
      payload: { caseId: c.id, target },
      attempt: 1,
    },
    db,
  );
}

forEachDatabase('case SLA', (getDb) => {
  test('opening a case creates the defaults, records both targets, writes the deadlines and queues their checks', async () => {
    const db = getDb();
    const { workspaceId } = await setUpWorkspace(db);
    const c = await insertTestCase(db, workspaceId, { openedAt: MONDAY_10, severity: 'high' });
    await db.orm.transaction((tx) => startCaseSla(tx, c));
    await db.orm.transaction((tx) => startCaseSla(tx, c));
    const policies = await db.orm.select().from(slaPolicies).where(eq(slaPolicies.workspaceId, workspaceId));
    assert.deepEqual(
      policies.map((p) => [p.name, p.isDefault, p.targets.high]),
      [['Default', true, { firstResponseMinutes: 60, resolutionMinutes: 1440 }]],
    );
    const [calendar] = await db.orm
      .select()
      .from(businessCalendars)
      .where(eq(businessCalendars.workspaceId, workspaceId));
    assert.equal(calendar?.calendar.timeZone, 'Asia/Shanghai');
    // High: first response 1 h -> Monday 11:00; resolution 24 working hours -> Wednesday 16:00 (8 + 9 + 7).
    const due = { firstResponse: '2026-03-09T03:00:00.000Z', resolution: '2026-03-11T08:00:00.000Z' };
    assert.deepEqual(await dueOnCase(db, c), due);
    const r = await records(db, c);
    assert.equal(r['first_response']?.status, 'active');
    assert.equal(r['resolution']?.dueAt?.toISOString(), due.resolution);
    assert.deepEqual(await checkKeys(db, c), [
      `first_response:${due.firstResponse}`,
      `resolution:${due.resolution}`,
    ]);
  });

  test('first response and resolution are hit in time; the clock stops awaiting the callback and a reopening moves the deadline', async () => {
    const db = getDb();
    const { workspaceId } = await setUpWorkspace(db);
    const c = await insertTestCase(db, workspaceId, { openedAt: MONDAY_10, severity: 'high' });
    await db.orm.transaction((tx) => startCaseSla(tx, c));
    await move(db, c, 'new', 'acknowledged', at('2026-03-09T02:30:00Z'));
    await move(db, c, 'acknowledged', 'in_progress', at('2026-03-09T03:30:00Z'));
    // Resolved Tuesday 10:00 (due Wednesday 16:00): hit, and the clock stops.
    await move(db, c, 'in_progress', 'awaiting_callback', at('2026-03-10T02:00:00Z'));
    let r = await records(db, c);
    assert.equal(r['first_response']?.status, 'hit');
    assert.equal(r['first_response']?.metAt?.toISOString(), '2026-03-09T02:30:00.000Z');
    assert.equal(r['resolution']?.status, 'hit');
    // The callback says not solved on Thursday 10:00: 8 + 9 + 1 = 18 working hours stood still, so the
    // 24 h run from Monday 10:00 over 42 working hours: Friday 16:00.
    await move(db, c, 'awaiting_callback', 'reopened', at('2026-03-12T02:00:00Z'));
    r = await records(db, c);
    assert.equal(r['resolution']?.status, 'active');
    assert.equal(r['resolution']?.metAt, null);
    assert.equal(r['resolution']?.pausedMinutes, 18 * 60);
    assert.equal((await dueOnCase(db, c)).resolution, '2026-03-13T08:00:00.000Z');
    assert.ok((await checkKeys(db, c)).includes('resolution:2026-03-13T08:00:00.000Z'));
    // Resolved again after the new deadline: missed.
    await move(db, c, 'reopened', 'awaiting_callback', at('2026-03-13T09:00:00Z'));
    r = await records(db, c);
    assert.equal(r['resolution']?.status, 'missed');
    assert.equal(r['first_response']?.status, 'hit');
  });

  test('a missed first response escalates once to the team lead, who is assigned; a missed resolution to the head', async () => {
    const db = getDb();
    const { workspaceId, app } = await setUpWorkspace(db);
    const lead = await createTestUser(db, app, { workspaceId, role: 'owner' });
    const head = await createTestUser(db, app, { workspaceId, role: 'owner' });
    await db.orm.insert(departmentContacts).values({
      workspaceId,
      department: 'Call centre',
      teamLeadUserId: lead.id,
      headUserId: head.id,
    });
    const c = await insertTestCase(db, workspaceId, { openedAt: MONDAY_10, severity: 'critical' });
    await db.orm.transaction((tx) => startCaseSla(tx, c));
    await runCheck(db, c, 'first_response');
    await runCheck(db, c, 'first_response');
    await runCheck(db, c, 'resolution');
    await runCheck(db, c, 'resolution');
    const r = await records(db, c);
    assert.equal(r['first_response']?.status, 'missed');
    assert.equal(r['resolution']?.status, 'missed');
    const events = await queryRows<{
      kind: string;
      data: { target: string; userId: string; assigned: boolean };
    }>(
      db.orm,
      sql`select kind, data from case_events where workspace_id = ${workspaceId} and case_id = ${c.id} order by id`,
    );
    assert.deepEqual(
      events.map((e) => [e.kind, e.data.target, e.data.userId, e.data.assigned]),
      [
        ['escalated', 'first_response', lead.id, true],
        ['escalated', 'resolution', head.id, false],
      ],
    );
    const [assignee] = await queryRows<{ assignee_user_id: string }>(
      db.orm,
      sql`select assignee_user_id from cases where workspace_id = ${workspaceId} and id = ${c.id}`,
    );
    assert.equal(assignee?.assignee_user_id, lead.id);
    // Met late after the miss: still missed.
    await move(db, c, 'new', 'acknowledged', at('2026-03-10T02:00:00Z'));
    assert.equal((await records(db, c))['first_response']?.status, 'missed');
  });

  test('a check before the deadline, or after the target was met, does nothing', async () => {
    const db = getDb();
    const { workspaceId } = await setUpWorkspace(db);
    const future = await insertTestCase(db, workspaceId, { openedAt: new Date(Date.now() + 86_400_000) });
    await db.orm.transaction((tx) => startCaseSla(tx, future));
    await runCheck(db, future, 'first_response');
    assert.equal((await records(db, future))['first_response']?.status, 'active');
    const met = await insertTestCase(db, workspaceId, { openedAt: MONDAY_10 });
    await db.orm.transaction((tx) => startCaseSla(tx, met));
    await move(db, met, 'new', 'acknowledged', at('2026-03-09T02:10:00Z'));
    await runCheck(db, met, 'first_response');
    assert.equal((await records(db, met))['first_response']?.status, 'hit');
    const [count] = await queryRows<{ n: number }>(
      db.orm,
      sql`select count(*)::int as n from sla_escalations where workspace_id = ${workspaceId}`,
    );
    assert.equal(count?.n, 0);
  });

  test('a policy narrowed to the department wins over the default, with its own calendar', async () => {
    const db = getDb();
    const { workspaceId } = await setUpWorkspace(db);
    const c0 = await insertTestCase(db, workspaceId, { openedAt: MONDAY_10, department: 'Field service' });
    await db.orm.transaction((tx) => startCaseSla(tx, c0));
    const [calendar] = await db.orm
      .insert(businessCalendars)
      .values({ workspaceId, name: 'Always', calendar: alwaysOpenCalendar('Asia/Shanghai') })
      .returning();
    const targets = Object.fromEntries(
      (['low', 'medium', 'high', 'critical'] as const).map((s) => [
        s,
        { firstResponseMinutes: 15, resolutionMinutes: 120 },
      ]),
    ) as never;
    await db.orm.insert(slaPolicies).values({
      workspaceId,
      name: 'Hotline',
      calendarId: calendar?.id ?? '',
      targets,
      departments: ['Call centre'],
    });
    // Saturday 2026-03-07 10:00: the 24x7 calendar counts the weekend.
    const c = await insertTestCase(db, workspaceId, { openedAt: at('2026-03-07T02:00:00Z') });
    await db.orm.transaction((tx) => startCaseSla(tx, c));
    assert.deepEqual(await dueOnCase(db, c), {
      firstResponse: '2026-03-07T02:15:00.000Z',
      resolution: '2026-03-07T04:00:00.000Z',
    });
    const other = await insertTestCase(db, workspaceId, {
      openedAt: at('2026-03-07T02:00:00Z'),
      department: 'Field service',
    });
    await db.orm.transaction((tx) => startCaseSla(tx, other));
    // The default: Monday 9:00 + 1 h.
    assert.equal((await dueOnCase(db, other)).firstResponse, '2026-03-09T02:00:00.000Z');
  });
});
