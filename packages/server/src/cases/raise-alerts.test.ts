import assert from 'node:assert/strict';
import { before, test } from 'node:test';
import { sql } from 'drizzle-orm';
import { ingestMoments } from '../ingest/ingest-moments.ts';
import { queryRows } from '../storage/database.ts';
import type { TDatabase } from '../storage/database.ts';
import { forEachDatabase } from '../testing/databases.ts';
import { makeMoment } from '../testing/factories.ts';
import { setUpWorkspace } from '../testing/http.ts';
import type { TTestClient } from '../testing/http.ts';

async function rows<T>(db: TDatabase, query: ReturnType<typeof sql>) {
  return queryRows<T>(db.orm, query);
}

const count = async (db: TDatabase, query: ReturnType<typeof sql>) =>
  Number((await rows<{ n: number }>(db, query))[0]?.n ?? 0);

forEachDatabase('alerts in the ingestion transaction', (getDb) => {
  let call: TTestClient;
  let workspaceId: string;

  before(async () => {
    ({ call, workspaceId } = await setUpWorkspace(getDb()));
    for (const rule of [
      { key: 'floor', name: 'Floor', severity: 'high', condition: { kind: 'floor_breach' } },
      {
        key: 'repeat',
        name: 'Repeat',
        severity: 'medium',
        condition: { kind: 'repeat_contact', count: 3, days: 7 },
      },
      {
        key: 'systemic',
        name: 'Systemic',
        severity: 'critical',
        condition: { kind: 'systemic', breachRate: 0.5, windowHours: 24, minVolume: 4 },
      },
      {
        key: 'gold-comment',
        name: 'Gold customer unhappy',
        severity: 'low',
        scope: { segment: { tier: 'gold' } },
        condition: { kind: 'negative_comment', maxSentiment: -0.3, minConfidence: 0 },
      },
    ]) {
      const res = await call('POST', '/api/alert-rules', rule);
      assert.equal(res.status, 201, JSON.stringify(res.body));
    }
  });

  test('many concurrent batches for one customer and episode open exactly one case, every alert joins it', async () => {
    const db = getDb();
    const batches = Array.from({ length: 24 }, (_, b) =>
      Array.from({ length: 5 }, (_, i) =>
        makeMoment({
          customer: 'busy',
          episode: 'busy-1',
          occurredAt: new Date(Date.UTC(2026, 1, 1, 9, b, i)).toISOString(),
          measures: { wait_seconds: 301 + b },
        }),
      ),
    );
    const reports = await Promise.all(batches.map((batch) => ingestMoments(db, workspaceId, batch)));
    assert.ok(reports.every((r) => r.ok && r.created === 5));
    const cases = await rows<{ id: string; state: string }>(
      db,
      sql`select k.id, k.state from cases k join customers c on c.workspace_id = k.workspace_id and c.id = k.customer_id
          where k.workspace_id = ${workspaceId} and c.external_id = 'busy'`,
    );
    assert.equal(cases.length, 1);
    const id = Number(cases[0]?.id);
    const linked = await count(
      db,
      sql`select count(*)::int as n from alerts where workspace_id = ${workspaceId} and rule_key = 'floor' and case_id = ${id}`,
    );
    assert.equal(linked, 120);
    const events = await count(
      db,
      sql`select count(*)::int as n from case_events where workspace_id = ${workspaceId} and case_id = ${id}`,
    );
    assert.equal(events, 120);
    // Sending the batches again raises nothing (the moments are duplicates).
    await Promise.all(batches.slice(0, 4).map((batch) => ingestMoments(db, workspaceId, batch)));
    assert.equal(
      await count(
        db,
        sql`select count(*)::int as n from alerts where workspace_id = ${workspaceId} and rule_key = 'floor'`,
      ),
      120,
    );
  });

  test('concurrent batches of many customers open one case each, whatever the order', async () => {
    const db = getDb();
    const customers = Array.from({ length: 12 }, (_, i) => `crowd-${i}`);
    const batch = (order: string[]) =>
      order.map((customer) =>
        makeMoment({ customer, episode: `${customer}-e`, measures: { wait_seconds: 999 } }),
      );
    await Promise.all(
      Array.from({ length: 8 }, (_, b) =>
        ingestMoments(db, workspaceId, batch(b % 2 ? [...customers].reverse() : customers)),
      ),
    );
    const perCustomer = await rows<{ n: number }>(
      db,
      sql`select count(*)::int as n from cases k join customers c on c.workspace_id = k.workspace_id and c.id = k.customer_id
          where k.workspace_id = ${workspaceId} and c.external_id like 'crowd-%' group by c.external_id`,
    );
    assert.equal(perCustomer.length, 12);
    assert.ok(perCustomer.every((r) => Number(r.n) === 1));
  });

  test('repeat contact: the third episode of a journey within the days opens a case on that episode, once', async () => {
    const db = getDb();
    const at = (day: number) => new Date(Date.UTC(2026, 2, day, 10)).toISOString();
    for (const [episode, day] of [
      ['r-1', 1],
      ['r-2', 3],
    ] as const) {
      await ingestMoments(db, workspaceId, [makeMoment({ customer: 'again', episode, occurredAt: at(day) })]);
    }
    const repeatAlerts = () =>
      count(
        db,
        sql`select count(*)::int as n from alerts where workspace_id = ${workspaceId} and rule_key = 'repeat'`,
      );
    assert.equal(await repeatAlerts(), 0);
    await ingestMoments(db, workspaceId, [
      makeMoment({ customer: 'again', episode: 'r-3', occurredAt: at(5) }),
      makeMoment({ customer: 'again', episode: 'r-3', occurredAt: at(5), touchpoint: 'visit', measures: {} }),
    ]);
    assert.equal(await repeatAlerts(), 1);
    await ingestMoments(db, workspaceId, [
      makeMoment({ customer: 'again', episode: 'r-3', occurredAt: at(6) }),
    ]);
    assert.equal(await repeatAlerts(), 1);
    // Episodes more than 7 days apart are no repeat.
    await ingestMoments(db, workspaceId, [
      makeMoment({ customer: 'again', episode: 'r-4', occurredAt: at(20) }),
    ]);
    assert.equal(await repeatAlerts(), 1);
    const [opened] = await rows<{ key: string; severity: string }>(
      db,
      sql`select e.key, k.severity from cases k join episodes e on e.workspace_id = k.workspace_id
            and e.customer_id = k.customer_id and e.id = k.episode_id
          join customers c on c.workspace_id = k.workspace_id and c.id = k.customer_id
          where k.workspace_id = ${workspaceId} and c.external_id = 'again'`,
    );
    assert.deepEqual(opened, { key: 'r-3', severity: 'medium' });
  });

  test('systemic: one alert per touchpoint and window once the breach rate passes, and no case for it', async () => {
    const db = getDb();
    const at = (hour: number, minute: number) => new Date(Date.UTC(2026, 3, 2, hour, minute)).toISOString();
    const visit = (customer: string, arrival: number, minute: number) =>
      makeMoment({
        customer,
        episode: `${customer}-e`,
        touchpoint: 'visit',
        occurredAt: at(10, minute),
        measures: { arrival_hours: arrival, fixed: 1 },
      });
    const systemicAlerts = () =>
      rows<{ touchpoint_id: string; details: { reason: { moments: number; breaching: number } } }>(
        db,
        sql`select touchpoint_id, details from alerts where workspace_id = ${workspaceId} and rule_key = 'systemic'
              and occurred_at = '2026-04-02T00:00:00Z'`,
      );
    await ingestMoments(db, workspaceId, [visit('s-1', 10, 1), visit('s-2', 60, 2), visit('s-3', 10, 3)]);
    assert.equal((await systemicAlerts()).length, 0);
    // Four moments, two breaching: 50% is not above the threshold.
    await ingestMoments(db, workspaceId, [visit('s-4', 60, 4)]);
    assert.equal((await systemicAlerts()).length, 0);
    await Promise.all([
      ingestMoments(db, workspaceId, [visit('s-5', 70, 5)]),
      ingestMoments(db, workspaceId, [visit('s-6', 80, 6)]),
    ]);
    const fired = await systemicAlerts();
    assert.equal(fired.length, 1);
    // Fired by whichever of the two batches committed first: 3 of 5 moments breaching, 60%.
    assert.equal(fired[0]?.details.reason.moments, 5);
    await ingestMoments(db, workspaceId, [visit('s-7', 90, 7)]);
    assert.equal((await systemicAlerts()).length, 1);
    assert.equal(
      await count(
        db,
        sql`select count(*)::int as n from alerts where workspace_id = ${workspaceId} and rule_key = 'systemic' and case_id is not null`,
      ),
      0,
    );
  });

  test('a more severe trigger raises the open case’s severity and brings its SLA deadlines forward', async () => {
    const db = getDb();
    const comment = 'terrible service, very rude and slow, never again';
    const at = (minute: number) => new Date(Date.UTC(2026, 2, 3, 2, minute)).toISOString();
    const read = async () =>
      (
        await rows<{ id: string; severity: string; first: Date | string; due: Date | string }>(
          db,
          sql`select k.id, k.severity, k.first_response_due_at as first, k.resolution_due_at as due
              from cases k join episodes e on e.workspace_id = k.workspace_id and e.id = k.episode_id
              where k.workspace_id = ${workspaceId} and e.key = 'sev-1'`,
        )
      )[0];
    // A gold customer's angry comment opens a low case.
    await ingestMoments(db, workspaceId, [
      makeMoment({
        customer: 'sev',
        episode: 'sev-1',
        comment,
        attributes: { tier: 'gold' },
        occurredAt: at(0),
      }),
    ]);
    const low = await read();
    assert.equal(low?.severity, 'low');
    // A floor breach in the same episode joins it and raises it to high: both deadlines come earlier.
    await ingestMoments(db, workspaceId, [
      makeMoment({ customer: 'sev', episode: 'sev-1', measures: { wait_seconds: 999 }, occurredAt: at(5) }),
    ]);
    const high = await read();
    assert.equal(high?.id, low?.id);
    assert.equal(high?.severity, 'high');
    assert.ok(new Date(high?.first ?? 0) < new Date(low?.first ?? 0), `${high?.first} < ${low?.first}`);
    assert.ok(new Date(high?.due ?? 0) < new Date(low?.due ?? 0), `${high?.due} < ${low?.due}`);
    const records = await rows<{ target: string; due_at: Date | string }>(
      db,
      sql`select target, due_at from sla_records where workspace_id = ${workspaceId} and case_id = ${high?.id}
          order by target`,
    );
    assert.deepEqual(
      records.map((r) => new Date(r.due_at).getTime()),
      [new Date(high?.first ?? 0).getTime(), new Date(high?.due ?? 0).getTime()],
    );
    // A later, milder trigger joins without lowering it; the raise is in the activity log once.
    await ingestMoments(db, workspaceId, [
      makeMoment({
        customer: 'sev',
        episode: 'sev-1',
        comment,
        attributes: { tier: 'gold' },
        occurredAt: at(9),
      }),
    ]);
    assert.equal((await read())?.severity, 'high');
    const events = await rows<{ kind: string; data: { from: string; to: string; rule: string } }>(
      db,
      sql`select kind, data from case_events where workspace_id = ${workspaceId} and case_id = ${high?.id}
          and kind = 'severity_raised'`,
    );
    assert.deepEqual(
      events.map((e) => [e.data.from, e.data.to, e.data.rule]),
      [['low', 'high', 'floor']],
    );
  });

  test('segment scopes read the moment’s attributes; no enabled rule, no alert', async () => {
    const db = getDb();
    const comment = 'terrible service, very rude and slow, never again';
    await ingestMoments(db, workspaceId, [
      makeMoment({ customer: 'g-1', episode: 'g-1', comment, attributes: { tier: 'gold' } }),
      makeMoment({ customer: 'g-2', episode: 'g-2', comment, attributes: { tier: 'silver' } }),
    ]);
    const gold = await rows<{ c: string }>(
      db,
      sql`select c.external_id as c from alerts a join customers c on c.workspace_id = a.workspace_id and c.id = a.customer_id
          where a.workspace_id = ${workspaceId} and a.rule_key = 'gold-comment'
            and c.external_id like 'g-%'`,
    );
    assert.deepEqual(
      gold.map((g) => g.c),
      ['g-1'],
    );
    for (const key of ['floor', 'repeat', 'systemic', 'gold-comment']) {
      const rule = (await call('GET', `/api/alert-rules/${key}`)).body as Record<string, unknown>;
      const { key: _key, id: _id, origin: _o, createdAt: _c, updatedAt: _u, ...body } = rule;
      assert.equal((await call('PUT', `/api/alert-rules/${key}`, { ...body, enabled: false })).status, 200);
    }
    const before = await count(
      db,
      sql`select count(*)::int as n from alerts where workspace_id = ${workspaceId}`,
    );
    await ingestMoments(db, workspaceId, [
      makeMoment({ customer: 'off', episode: 'off', measures: { wait_seconds: 999 } }),
    ]);
    assert.equal(
      await count(db, sql`select count(*)::int as n from alerts where workspace_id = ${workspaceId}`),
      before,
    );
  });
});
