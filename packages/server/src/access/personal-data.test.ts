import assert from 'node:assert/strict';
import { test } from 'node:test';
import { ROLES } from '@mot/core';
import type { TRole } from '@mot/core';
import { sql } from 'drizzle-orm';
import { queryRows } from '../storage/database.ts';
import type { TDatabase } from '../storage/database.ts';
import { forEachDatabase } from '../testing/databases.ts';
import { makeMoment } from '../testing/factories.ts';
import { assertError, bearer, clientWith, mintKey, setUpWorkspace } from '../testing/http.ts';
import type { TTestClient } from '../testing/http.ts';

const PHONE = '13812341234';
const EMAIL = 'zhang.wei@example.com';

type TMomentOut = { eventId: string; attributes: Record<string, unknown> | null };

/** The internal id of a customer, or undefined. */
async function customerId(db: TDatabase, workspaceId: string, externalId: string) {
  const [row] = await queryRows<{ id: number }>(
    db.orm,
    sql`select id from customers where workspace_id = ${workspaceId} and external_id = ${externalId}`,
  );
  return row?.id;
}

/**
 * The rows of a customer in EVERY table with a customer_id column (found in the catalogue, so a table added
 * later is counted too), plus the customer row itself.
 */
async function countCustomerRows(db: TDatabase, workspaceId: string, id: number) {
  const tables = await queryRows<{ table_name: string }>(
    db.orm,
    sql`select table_name from information_schema.columns
        where table_schema = current_schema() and column_name = 'customer_id' order by table_name`,
  );
  const counts: Record<string, number> = {};
  for (const { table_name: table } of tables) {
    // The table name comes from the catalogue, not from input.
    const [row] = await queryRows<{ n: number }>(
      db.orm,
      sql`select count(*)::int as n from ${sql.identifier(table)}
          where workspace_id = ${workspaceId} and customer_id = ${id}`,
    );
    counts[table] = row?.n ?? 0;
  }
  const [customer] = await queryRows<{ n: number }>(
    db.orm,
    sql`select count(*)::int as n from customers where workspace_id = ${workspaceId} and id = ${id}`,
  );
  counts['customers'] = customer?.n ?? 0;
  return counts;
}

forEachDatabase('personal data', (getDb) => {
  test('personal attributes are masked for roles without pii in the timeline and the episode', async () => {
    const { call, app, workspaceId } = await setUpWorkspace(getDb(), 'admin');
    const settings = await call('PATCH', '/api/settings', { personalFields: ['phone', 'email'] });
    assert.equal(settings.status, 200, JSON.stringify(settings.body));
    const moment = makeMoment({
      customer: 'c-pii',
      episode: 'e-pii',
      attributes: { phone: PHONE, email: EMAIL, region: 'north' },
    });
    assert.equal((await call('POST', '/api/moments', { moments: [moment] })).status, 200);
    // Customer attributes, as a CRM sends them.
    const set = await call('POST', '/api/customers', {
      customers: [{ customer: 'c-pii', attributes: { phone: PHONE, tier: 'gold' } }],
    });
    assert.equal(set.status, 200, JSON.stringify(set.body));

    const masked = { phone: '138****1234', email: 'z***@example.com', region: 'north' };
    const clear = { phone: PHONE, email: EMAIL, region: 'north' };
    const expected: Record<TRole, 'masked' | 'clear' | 'refused'> = {
      admin: 'clear',
      agent: 'clear',
      analyst: 'masked',
      owner: 'masked',
      viewer: 'masked',
      ingest: 'refused',
    };
    for (const role of ROLES) {
      const client: TTestClient = clientWith(app, bearer(await mintKey(getDb(), workspaceId, role)));
      const timeline = await client('GET', '/api/customers/c-pii/timeline');
      const episode = await client('GET', '/api/journeys/repair/episodes/e-pii');
      if (expected[role] === 'refused') {
        assertError(timeline, 403, 'forbidden');
        assertError(episode, 403, 'forbidden');
        continue;
      }
      assert.equal(timeline.status, 200, `${role}: ${JSON.stringify(timeline.body)}`);
      assert.equal(episode.status, 200, `${role}: ${JSON.stringify(episode.body)}`);
      const want = expected[role] === 'masked' ? masked : clear;
      const body = timeline.body as { customer: { attributes: unknown }; moments: TMomentOut[] };
      assert.deepEqual(body.moments[0]?.attributes, want, `${role} timeline`);
      assert.deepEqual(
        body.customer.attributes,
        expected[role] === 'masked' ? { phone: '138****1234', tier: 'gold' } : { phone: PHONE, tier: 'gold' },
        `${role} customer`,
      );
      assert.deepEqual(
        (episode.body as { moments: TMomentOut[] }).moments[0]?.attributes,
        want,
        `${role} episode`,
      );
      if (expected[role] === 'masked') {
        for (const text of [JSON.stringify(timeline.body), JSON.stringify(episode.body)]) {
          assert.ok(!text.includes(PHONE) && !text.includes(EMAIL), `${role} sees personal data`);
        }
      }
    }
  });

  test('without settings, the default personal fields are masked', async () => {
    const { call, app, workspaceId } = await setUpWorkspace(getDb(), 'admin');
    const moment = makeMoment({ customer: 'c-default', attributes: { name: '张伟', mobile: PHONE } });
    assert.equal((await call('POST', '/api/moments', { moments: [moment] })).status, 200);
    const viewer = clientWith(app, bearer(await mintKey(getDb(), workspaceId, 'viewer')));
    const body = (await viewer('GET', '/api/customers/c-default/timeline')).body as { moments: TMomentOut[] };
    assert.deepEqual(body.moments[0]?.attributes, { name: '张*', mobile: '138****1234' });
  });

  test('a role without pii cannot filter an analysis by a personal field (it would tell the value)', async () => {
    const { call, app, workspaceId } = await setUpWorkspace(getDb(), 'admin');
    await call('PATCH', '/api/settings', { personalFields: ['phone'] });
    const moment = makeMoment({ customer: 'c-seg', attributes: { phone: PHONE, region: 'north' } });
    assert.equal((await call('POST', '/api/moments', { moments: [moment] })).status, 200);
    const viewer = clientWith(app, bearer(await mintKey(getDb(), workspaceId, 'viewer')));
    const byPhone = await viewer('GET', `/api/journeys/repair/key-moments?segment.phone=${PHONE}`);
    assertError(byPhone, 403, 'forbidden', ['query', 'segment.phone']);
    const byRegion = await viewer('GET', '/api/journeys/repair/key-moments?segment.region=north');
    assert.equal(byRegion.status, 200, JSON.stringify(byRegion.body));
    const admin = await call('GET', `/api/journeys/repair/key-moments?segment.phone=${PHONE}`);
    assert.equal(admin.status, 200, JSON.stringify(admin.body));
  });

  test('erasing a customer removes every row of theirs, reports the counts, and spares others', async () => {
    const { call, workspaceId } = await setUpWorkspace(getDb(), 'admin');
    const mine = [
      makeMoment({ customer: 'c-erase', episode: 'e-1', measures: { wait_seconds: 400 } }),
      makeMoment({ customer: 'c-erase', episode: 'e-1', measures: { wait_seconds: 30 } }),
      makeMoment({ customer: 'c-erase', episode: 'e-2', measures: { wait_seconds: 500 } }),
    ];
    const theirs = makeMoment({ customer: 'c-stay', episode: 'e-1', measures: { wait_seconds: 400 } });
    assert.equal((await call('POST', '/api/moments', { moments: [...mine, theirs] })).status, 200);
    const outcomes = await call('POST', '/api/outcomes', {
      outcomes: [
        { journey: 'repair', customer: 'c-erase', episode: 'e-1', overall: 3, nps: 2 },
        { journey: 'repair', customer: 'c-stay', episode: 'e-1', overall: 9 },
      ],
    });
    assert.equal(outcomes.status, 200, JSON.stringify(outcomes.body));
    const id = await customerId(getDb(), workspaceId, 'c-erase');
    const other = await customerId(getDb(), workspaceId, 'c-stay');
    assert.ok(id !== undefined && other !== undefined);
    const before = await countCustomerRows(getDb(), workspaceId, id);
    const otherBefore = await countCustomerRows(getDb(), workspaceId, other);
    assert.deepEqual(
      [before['moments'], before['breaches'], before['episodes'], before['episode_outcomes']],
      [3, 2, 2, 1],
    );

    const res = await call('DELETE', '/api/customers/c-erase');
    assert.equal(res.status, 200, JSON.stringify(res.body));
    const erased = (res.body as { erased: Record<string, number> }).erased;
    assert.deepEqual(erased, {
      customers: 1,
      episodes: before['episodes'],
      moments: before['moments'],
      breaches: before['breaches'],
      outcomes: before['episode_outcomes'],
      surveyLinks: 0,
      surveyAnswers: 0,
      invitations: 0,
      invitationDeliveries: 0,
    });
    const after = await countCustomerRows(getDb(), workspaceId, id);
    for (const [table, n] of Object.entries(after)) assert.equal(n, 0, `${table} still holds ${n} rows`);
    assert.deepEqual(await countCustomerRows(getDb(), workspaceId, other), otherBefore);
    assertError(await call('GET', '/api/customers/c-erase/timeline'), 404, 'not_found');
    assertError(await call('DELETE', '/api/customers/c-erase'), 404, 'not_found');
    // Nothing of the customer's own id stays anywhere in the audit log.
    const [audit] = await queryRows<{ n: number }>(
      getDb().orm,
      sql`select count(*)::int as n from audit_log where workspace_id = ${workspaceId}
          and (summary::text like '%c-erase%' or entity_id = 'c-erase')`,
    );
    assert.equal(audit?.n, 0);
  });

  test('a moment deleted by its event id takes its breaches with it, and nothing else', async () => {
    const { call, workspaceId } = await setUpWorkspace(getDb(), 'admin');
    const bad = makeMoment({ customer: 'c-del', episode: 'e-1', measures: { wait_seconds: 900 } });
    const alsoBad = makeMoment({ customer: 'c-del', episode: 'e-1', measures: { wait_seconds: 800 } });
    assert.equal((await call('POST', '/api/moments', { moments: [bad, alsoBad] })).status, 200);
    const breachesOf = async (eventId: string) =>
      (
        await queryRows<{ n: number }>(
          getDb().orm,
          sql`select count(*)::int as n from breaches b join moments m
                on m.workspace_id = b.workspace_id and m.customer_id = b.customer_id and m.id = b.moment_id
              where b.workspace_id = ${workspaceId} and m.event_id = ${eventId}`,
        )
      )[0]?.n ?? 0;
    const [total] = await queryRows<{ n: number }>(
      getDb().orm,
      sql`select count(*)::int as n from breaches where workspace_id = ${workspaceId}`,
    );
    assert.equal(await breachesOf(bad.eventId), 1);
    const res = await call('DELETE', `/api/moments/${bad.eventId}`);
    assert.equal(res.status, 200, JSON.stringify(res.body));
    assert.deepEqual(res.body, { deleted: { moments: 1, breaches: 1 } });
    const [left] = await queryRows<{ n: number }>(
      getDb().orm,
      sql`select count(*)::int as n from breaches where workspace_id = ${workspaceId}`,
    );
    assert.equal(left?.n, (total?.n ?? 0) - 1, 'no orphan breach, no other breach removed');
    assert.equal(await breachesOf(alsoBad.eventId), 1);
    assertError(await call('DELETE', `/api/moments/${bad.eventId}`), 404, 'not_found');
    const viewer = clientWith(
      (await setUpWorkspace(getDb(), 'viewer')).app,
      bearer(await mintKey(getDb(), workspaceId, 'viewer')),
    );
    assertError(await viewer('DELETE', `/api/moments/${alsoBad.eventId}`), 403, 'forbidden');
  });
});
