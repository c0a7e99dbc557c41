import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import { test } from 'node:test';
import { sql } from 'drizzle-orm';
import { queryRows } from '../storage/database.ts';
import { createSignInApp } from '../testing/auth-requests.ts';
import { forEachDatabase } from '../testing/databases.ts';
import { createTestWorkspace, makeJourney, makeMoment } from '../testing/factories.ts';
import { assertError, bearer, clientWith, createTestUser, signIn } from '../testing/http.ts';
import type { TTestClient } from '../testing/http.ts';
import { putJourney } from '../storage/put-journey.ts';
import { createApiKey } from './api-keys.ts';

type TEntry = {
  id: number;
  action: string;
  entityType: string;
  entityId: string | null;
  actor: { kind: string; id: string | null; credentialId: string | null };
  summary: Record<string, unknown>;
};

/** The entries of the caller's workspace written after entry `after`, oldest first. */
async function entriesAfter(call: TTestClient, after: number): Promise<TEntry[]> {
  const res = await call('GET', '/api/audit?limit=100');
  assert.equal(res.status, 200, JSON.stringify(res.body));
  return (res.body as { entries: TEntry[] }).entries.filter((e) => e.id > after).reverse();
}

async function lastId(call: TTestClient): Promise<number> {
  const res = await call('GET', '/api/audit?limit=1');
  return (res.body as { entries: TEntry[] }).entries[0]?.id ?? 0;
}

/**
 * A workspace with an admin user signed in (a session) and an admin API key, each a client; `expectOne`
 * runs a write and asserts it left exactly one entry, of this action and by this caller.
 */
async function setUp(getDb: () => Parameters<typeof createSignInApp>[0]) {
  const db = getDb();
  const app = createSignInApp(db);
  const workspace = await createTestWorkspace(db);
  await putJourney(db, workspace.id, makeJourney());
  const admin = await createTestUser(db, app, { workspaceId: workspace.id, role: 'admin' });
  const { cookie } = await signIn(app, admin.email, admin.password);
  assert.ok(cookie);
  const byUser = clientWith(app, { cookie, origin: 'http://localhost' });
  const [session] = await queryRows<{ id: string }>(
    db.orm,
    sql`select id from auth_sessions where user_id = ${admin.id}`,
  );
  assert.ok(session);
  const { key, secret } = await createApiKey(db, { workspaceId: workspace.id, name: 'ops', role: 'admin' });
  const byKey = clientWith(app, bearer(secret));
  const userActor = { kind: 'user', id: admin.id, credentialId: `session:${session.id}` };
  const keyActor = { kind: 'key', id: key.id, credentialId: `key:${key.id}` };
  async function expectOne(
    actor: typeof userActor,
    action: string,
    write: () => Promise<{ status: number; body: unknown }>,
  ): Promise<TEntry> {
    const before = await lastId(byKey);
    const res = await write();
    assert.ok(res.status < 300, `${action}: ${res.status} ${JSON.stringify(res.body)}`);
    const entries = await entriesAfter(byKey, before);
    assert.deepEqual(
      entries.map((e) => e.action),
      [action],
      `${action} leaves one entry`,
    );
    const [entry] = entries as [TEntry];
    assert.deepEqual(entry.actor, actor, `${action} names its caller`);
    return entry;
  }
  return { db, app, workspace, admin, byUser, byKey, userActor, keyActor, expectOne };
}

forEachDatabase('audit log', (getDb) => {
  test('every kind of write leaves one entry naming the user or the key and its credential', async () => {
    const { app, byUser, byKey, userActor, keyActor, expectOne } = await setUp(getDb);

    const changed = await expectOne(userActor, 'journey.change', () =>
      byUser('PUT', '/api/journeys/repair', makeJourney({ name: 'Repair and returns' })),
    );
    assert.equal(changed.entityId, 'repair');
    assert.equal(changed.summary['name'], 'Repair and returns');
    await expectOne(keyActor, 'journey.change', () =>
      byKey('POST', '/api/journeys', makeJourney({ key: 'second', name: 'Second' })),
    );
    await expectOne(keyActor, 'journey.change', () =>
      byKey('DELETE', '/api/journeys/second/touchpoints/callback'),
    );
    const deleted = await expectOne(userActor, 'journey.delete', () =>
      byUser('DELETE', '/api/journeys/second'),
    );
    assert.equal(deleted.entityId, 'second');

    const email = `member-${randomBytes(4).toString('hex')}@example.com`;
    const added = await byUser('POST', '/api/members', { email, role: 'viewer', password: 'long enough pw' });
    assert.equal(added.status, 201, JSON.stringify(added.body));
    const userId = (added.body as { member: { userId: string } }).member.userId;
    const [addEntry] = (await entriesAfter(byKey, 0)).filter((e) => e.action === 'member.add');
    assert.deepEqual(addEntry?.actor, userActor);
    assert.equal(addEntry?.entityId, userId);
    await expectOne(userActor, 'member.update', () =>
      byUser('PATCH', `/api/members/${userId}`, { role: 'analyst' }),
    );
    await expectOne(keyActor, 'member.remove', () => byKey('DELETE', `/api/members/${userId}`));

    const createdKey = await expectOne(userActor, 'key.create', () =>
      byUser('POST', '/api/keys', { name: 'CRM', role: 'ingest' }),
    );
    assert.ok(!JSON.stringify(createdKey.summary).includes('mot_'), 'no secret in the log');
    await expectOne(userActor, 'key.revoke', () =>
      byUser('DELETE', `/api/keys/${createdKey.entityId ?? ''}`),
    );
    const settings = await expectOne(keyActor, 'settings.update', () =>
      byKey('PATCH', '/api/settings', { personalFields: ['phone', 'email'] }),
    );
    assert.deepEqual(settings.summary, { personalFields: ['phone', 'email'] });

    const kept = makeMoment({ customer: 'c-audit', episode: 'e-audit' });
    const gone = makeMoment({ customer: 'c-audit', episode: 'e-audit' });
    assert.equal((await byKey('POST', '/api/moments', { moments: [kept, gone] })).status, 200);
    await expectOne(userActor, 'moment.delete', () => byUser('DELETE', `/api/moments/${gone.eventId}`));
    const erased = await expectOne(keyActor, 'customer.erase', () =>
      byKey('DELETE', '/api/customers/c-audit'),
    );
    assert.equal(erased.summary['moments'], 1);
    assert.ok(!JSON.stringify(erased).includes('c-audit'), 'the erased customer’s id is not kept');

    // A write that fails leaves nothing.
    const before = await lastId(byKey);
    assertError(await byKey('PATCH', '/api/settings', { timeZone: 'Mars/Olympus' }), 400, 'invalid_input');
    assertError(await byKey('DELETE', '/api/customers/nobody'), 404, 'not_found');
    assert.deepEqual(await entriesAfter(byKey, before), []);

    // A workspace made by an instance admin: the entry is in the new workspace's log.
    const root = await createTestUser(getDb(), app, { instanceAdmin: true });
    const rootCookie = (await signIn(app, root.email, root.password)).cookie ?? '';
    const byRoot = clientWith(app, { cookie: rootCookie, origin: 'http://localhost' });
    const key = `w-${randomBytes(4).toString('hex')}`;
    assert.equal((await byRoot('POST', '/api/workspaces', { key, name: 'New' })).status, 201);
    const log = await clientWith(app, { cookie: rootCookie, 'x-workspace': key })('GET', '/api/audit');
    const entries = (log.body as { entries: TEntry[] }).entries;
    assert.deepEqual(
      entries.map((e) => [e.action, e.actor.kind, e.actor.id]),
      [['workspace.create', 'user', root.id]],
    );
    // And none of it leaks into another workspace's log.
    assert.ok(!(await entriesAfter(byKey, 0)).some((e) => e.action === 'workspace.create'));
  });

  test('ingestion is audited once per batch, not per moment', async () => {
    const { byKey, keyActor, expectOne } = await setUp(getDb);
    const moments = Array.from({ length: 25 }, (_, i) => makeMoment({ customer: `c-${i % 5}` }));
    const entry = await expectOne(keyActor, 'moments.ingest', () =>
      byKey('POST', '/api/moments', { moments }),
    );
    assert.equal(entry.summary['created'], 25);
    // A batch refused as a whole wrote nothing, so it leaves nothing.
    const before = await lastId(byKey);
    const refused = await byKey('POST', '/api/moments', { moments: [makeMoment({ touchpoint: 'nowhere' })] });
    assert.equal(refused.status, 422, JSON.stringify(refused.body));
    assert.deepEqual(await entriesAfter(byKey, before), []);
    await expectOne(keyActor, 'outcomes.ingest', () =>
      byKey('POST', '/api/outcomes', {
        outcomes: [{ journey: 'repair', customer: 'c-1', episode: 'case-1', overall: 6 }],
      }),
    );
  });

  test('the log cannot be changed through the API, and the database refuses to change it', async () => {
    const { byKey, byUser } = await setUp(getDb);
    await byKey('PATCH', '/api/settings', { language: 'en' });
    const entries = await entriesAfter(byKey, 0);
    const target = entries[0];
    assert.ok(target);
    for (const call of [byKey, byUser]) {
      for (const method of ['POST', 'PUT', 'PATCH', 'DELETE']) {
        for (const path of ['/api/audit', `/api/audit/${target.id}`]) {
          const res = await call(method, path, method === 'DELETE' ? undefined : { action: 'nothing' });
          assert.ok(res.status === 404 || res.status === 405, `${method} ${path}: ${res.status}`);
        }
      }
    }
    assert.deepEqual(await entriesAfter(byKey, 0), entries);

    const db = getDb();
    // The database's message is on the driver's error, the query wrapper's cause.
    const appendOnly = (error: unknown) =>
      /append-only/.test(String((error as Error).cause ?? '') + String((error as Error).message));
    await assert.rejects(
      db.orm.execute(sql`update audit_log set action = 'nothing' where id = ${target.id}`),
      appendOnly,
    );
    await assert.rejects(db.orm.execute(sql`delete from audit_log where id = ${target.id}`), appendOnly);
    await assert.rejects(db.orm.execute(sql`truncate audit_log`), appendOnly);
    const [row] = await queryRows<{ action: string }>(
      db.orm,
      sql`select action from audit_log where id = ${target.id}`,
    );
    assert.equal(row?.action, target.action);
  });

  test('only admins read the log', async () => {
    const { db, app, workspace, byKey } = await setUp(getDb);
    assert.equal((await byKey('GET', '/api/audit')).status, 200);
    for (const role of ['analyst', 'owner', 'agent', 'viewer', 'ingest'] as const) {
      const { secret } = await createApiKey(db, { workspaceId: workspace.id, name: role, role });
      assertError(await clientWith(app, bearer(secret))('GET', '/api/audit'), 403, 'forbidden');
      const user = await createTestUser(db, app, { workspaceId: workspace.id, role });
      const { cookie } = await signIn(app, user.email, user.password);
      assertError(await clientWith(app, { cookie: cookie ?? '' })('GET', '/api/audit'), 403, 'forbidden');
    }
    assertError(await clientWith(app, {})('GET', '/api/audit'), 401, 'unauthenticated');
  });
});
