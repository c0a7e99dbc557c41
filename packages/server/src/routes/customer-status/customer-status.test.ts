import assert from 'node:assert/strict';
import { test } from 'node:test';
import { sql } from 'drizzle-orm';
import { queryRows } from '../../storage/database.ts';
import { forEachDatabase } from '../../testing/databases.ts';
import { makeMoment } from '../../testing/factories.ts';
import { assertError, setUpWorkspace } from '../../testing/http.ts';
import type { TCustomerStatusReport } from './schema.ts';

const event = (overrides: Record<string, unknown> = {}) => ({
  customer: 'cust-1',
  status: 'churned',
  at: '2026-03-02T10:00:00+08:00',
  reason: 'moved to a competitor',
  eventId: 'st-1',
  ...overrides,
});

const countEvents = async (db: Parameters<typeof queryRows>[0], workspaceId: string) =>
  Number(
    (
      await queryRows<{ n: number | string }>(
        db,
        sql`select count(*) as n from customer_status_events where workspace_id = ${workspaceId}`,
      )
    )[0]?.n,
  );

forEachDatabase('POST /api/customer-status', (getDb) => {
  test('stores events once: the same event again is unchanged, a changed one is updated', async () => {
    const { call, workspaceId } = await setUpWorkspace(getDb());
    const first = await call('POST', '/api/customer-status', {
      events: [
        event({
          status: 'started',
          at: '2025-01-01',
          eventId: 'st-0',
          reason: null,
          contractEnd: '2026-01-01',
        }),
        event(),
      ],
    });
    assert.equal(first.status, 200, JSON.stringify(first.body));
    assert.deepEqual(
      (first.body as TCustomerStatusReport).items.map((i) => i.status),
      ['created', 'created'],
    );
    // The same instant written with another offset is the same event.
    const again = await call('POST', '/api/customer-status', {
      events: [event({ at: '2026-03-02T02:00:00Z' })],
    });
    assert.deepEqual((again.body as TCustomerStatusReport).items, [
      { index: 0, eventId: 'st-1', status: 'unchanged' },
    ]);
    const changed = await call('POST', '/api/customer-status', { events: [event({ reason: 'price' })] });
    assert.equal((changed.body as TCustomerStatusReport).updated, 1);
    assert.equal(await countEvents(getDb().orm, workspaceId), 2);
    const history = await call('GET', '/api/customers/cust-1/status');
    assert.equal(history.status, 200);
    assert.deepEqual(history.body, {
      customer: 'cust-1',
      current: 'churned',
      contractEnd: '2026-01-01',
      events: [
        {
          eventId: 'st-0',
          status: 'started',
          at: '2025-01-01T00:00:00.000Z',
          reason: null,
          contractEnd: '2026-01-01',
        },
        {
          eventId: 'st-1',
          status: 'churned',
          at: '2026-03-02T02:00:00.000Z',
          reason: 'price',
          contractEnd: null,
        },
      ],
    });
  });

  test('without an event id the same event sent twice is stored once', async () => {
    const { call, workspaceId } = await setUpWorkspace(getDb());
    const bare = { customer: 'c-9', status: 'churned', at: '2026-04-01' };
    assert.equal((await call('POST', '/api/customer-status', { events: [bare] })).status, 200);
    const again = await call('POST', '/api/customer-status', { events: [bare] });
    assert.equal((again.body as TCustomerStatusReport).unchanged, 1);
    assert.equal(await countEvents(getDb().orm, workspaceId), 1);
  });

  test('bad items are rejected by index and field, and nothing is written', async () => {
    const { call, workspaceId } = await setUpWorkspace(getDb());
    const res = await call('POST', '/api/customer-status', {
      events: [
        event({ eventId: 'ok' }),
        event({ status: 'gone', eventId: 'a' }),
        event({ at: '2026-02-30', eventId: 'b' }),
        event({ contractEnd: 'soon', eventId: 'c' }),
        event({ reason: 'x\u0000y', eventId: 'd' }),
        event({ eventId: 'ok' }),
        event({ eventId: 'e', extra: 1 }),
      ],
    });
    assertError(res, 422, 'batch_rejected', ['events']);
    const { items } = res.body as TCustomerStatusReport;
    assert.deepEqual(
      items.map((i) => [i.index, i.errors?.map((e) => e.path.join('.'))]),
      [
        [1, ['status']],
        [2, ['at']],
        [3, ['contractEnd']],
        [4, ['reason']],
        [5, ['eventId']],
        [6, ['']],
      ],
    );
    assert.equal(await countEvents(getDb().orm, workspaceId), 0);
  });

  test("the timeline shows a customer's churn and contract end; erasure deletes their events", async () => {
    const { call, workspaceId } = await setUpWorkspace(getDb());
    assert.equal(
      (await call('POST', '/api/moments', { moments: [makeMoment({ customer: 'cust-1' })] })).status,
      200,
    );
    const events = [event({ contractEnd: '2026-06-30' }), event({ customer: 'cust-2', eventId: 'st-2' })];
    assert.equal((await call('POST', '/api/customer-status', { events })).status, 200);
    const timeline = await call('GET', '/api/customers/cust-1/timeline');
    const status = (timeline.body as { status: { current: string; contractEnd: string; events: unknown[] } })
      .status;
    assert.deepEqual(
      [status.current, status.contractEnd, status.events.length],
      ['churned', '2026-06-30', 1],
    );
    assert.equal((await call('DELETE', '/api/customers/cust-1')).status, 200);
    assert.equal(await countEvents(getDb().orm, workspaceId), 1);
    assert.equal((await call('GET', '/api/customers/cust-1/status')).status, 404);
  });

  test('a reactivation makes the customer active again; another workspace sees none of it', async () => {
    const { call } = await setUpWorkspace(getDb());
    const events = [event(), event({ status: 'reactivated', at: '2026-05-01', eventId: 'st-3' })];
    assert.equal((await call('POST', '/api/customer-status', { events })).status, 200);
    assert.equal(
      ((await call('GET', '/api/customers/cust-1/status')).body as { current: string }).current,
      'active',
    );
    const other = await setUpWorkspace(getDb());
    assert.equal((await other.call('GET', '/api/customers/cust-1/status')).status, 404);
    const ingest = await setUpWorkspace(getDb(), 'ingest');
    assert.equal((await ingest.call('POST', '/api/customer-status', { events })).status, 200);
    assert.equal((await ingest.call('GET', '/api/customers/cust-1/status')).status, 403);
    const viewer = await setUpWorkspace(getDb(), 'viewer');
    assert.equal((await viewer.call('POST', '/api/customer-status', { events })).status, 403);
  });
});
