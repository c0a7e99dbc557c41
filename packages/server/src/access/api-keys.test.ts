import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { test } from 'node:test';
import { sql } from 'drizzle-orm';
import { queryRows } from '../storage/database.ts';
import { forEachDatabase } from '../testing/databases.ts';
import { makeMoment } from '../testing/factories.ts';
import { assertError, bearer, clientWith, setUpWorkspace } from '../testing/http.ts';
import type { TTestClient } from '../testing/http.ts';
import { ACCESS_EXTENSION } from './authorize.ts';

type TKey = { id: string; name: string; role: string; last4: string; lastUsedAt: string | null };

async function createKey(
  call: TTestClient,
  body: Record<string, unknown>,
): Promise<{ key: TKey; secret: string }> {
  const res = await call('POST', '/api/keys', body);
  assert.equal(res.status, 201, JSON.stringify(res.body));
  return res.body as { key: TKey; secret: string };
}

forEachDatabase('API keys', (getDb) => {
  test('an admin creates a key: its secret is shown once, prefixed, and only its hash is stored', async () => {
    const { call, app, workspaceId } = await setUpWorkspace(getDb(), 'admin');
    const { key, secret } = await createKey(call, { name: 'CRM', role: 'ingest' });
    assert.match(secret, /^mot_[A-Za-z0-9_-]{43}$/);
    assert.equal(key.last4, secret.slice(-4));
    assert.equal(key.role, 'ingest');

    const listed = await call('GET', '/api/keys');
    assert.equal(listed.status, 200);
    const text = JSON.stringify(listed.body);
    assert.ok(!text.includes(secret), 'the list never shows a secret');
    assert.ok(!text.includes(secret.slice(4, 20)));
    const found = (listed.body as { keys: Array<TKey & Record<string, unknown>> }).keys.find(
      (k) => k.id === key.id,
    );
    assert.ok(found);
    assert.equal(found.name, 'CRM');
    assert.ok(!('secret' in found) && !('lookupHash' in found));

    const [row] = await queryRows<Record<string, unknown>>(
      getDb().orm,
      sql`select * from api_keys where id = ${key.id} and workspace_id = ${workspaceId}`,
    );
    assert.ok(row);
    assert.equal(row['lookup_hash'], createHash('sha256').update(secret).digest('hex'));
    for (const [column, value] of Object.entries(row)) {
      assert.ok(!String(value).includes(secret.slice(4)), `the column ${column} holds the secret`);
    }
    // The key works as a bearer token.
    const ingest = clientWith(app, bearer(secret));
    const sent = await ingest('POST', '/api/moments', { moments: [makeMoment()] });
    assert.equal(sent.status, 200, JSON.stringify(sent.body));
  });

  test('a role without keys:manage cannot create, list or revoke keys', async () => {
    for (const role of ['analyst', 'viewer', 'agent', 'owner', 'ingest'] as const) {
      const { call } = await setUpWorkspace(getDb(), role);
      assertError(await call('POST', '/api/keys', { name: 'x', role: 'admin' }), 403, 'forbidden');
      assertError(await call('GET', '/api/keys'), 403, 'forbidden');
      assertError(await call('DELETE', '/api/keys/00000000-0000-4000-8000-000000000000'), 403, 'forbidden');
    }
  });

  test('a revoked key is refused from the next request on', async () => {
    const { call, app } = await setUpWorkspace(getDb(), 'admin');
    const { key, secret } = await createKey(call, { name: 'Shop', role: 'analyst' });
    const client = clientWith(app, bearer(secret));
    assert.equal((await client('GET', '/api/journeys')).status, 200);
    const revoked = await call('DELETE', `/api/keys/${key.id}`);
    assert.equal(revoked.status, 200, JSON.stringify(revoked.body));
    assert.ok((revoked.body as { revokedAt: string | null }).revokedAt);
    assertError(await client('GET', '/api/journeys'), 401, 'unauthenticated');
    assertError(await client('POST', '/api/moments', { moments: [makeMoment()] }), 401, 'unauthenticated');
    const listed = (await call('GET', '/api/keys')).body as { keys: Array<TKey & { revokedAt: string }> };
    assert.ok(listed.keys.find((k) => k.id === key.id)?.revokedAt);
  });

  test('a key of another workspace cannot be revoked from this one', async () => {
    const a = await setUpWorkspace(getDb(), 'admin');
    const b = await setUpWorkspace(getDb(), 'admin');
    const { key, secret } = await createKey(b.call, { name: 'B', role: 'viewer' });
    assertError(await a.call('DELETE', `/api/keys/${key.id}`), 404, 'not_found');
    assert.equal((await clientWith(b.app, bearer(secret))('GET', '/api/journeys')).status, 200);
  });

  test('an expired key is refused; a key may not be made already expired', async () => {
    const { call, app } = await setUpWorkspace(getDb(), 'admin');
    const expiresAt = new Date(Date.now() + 1500).toISOString();
    const { secret } = await createKey(call, { name: 'Short', role: 'viewer', expiresAt });
    const client = clientWith(app, bearer(secret));
    assert.equal((await client('GET', '/api/journeys')).status, 200);
    await new Promise((resolve) => setTimeout(resolve, 1600));
    assertError(await client('GET', '/api/journeys'), 401, 'unauthenticated');
    const past = await call('POST', '/api/keys', {
      name: 'Past',
      role: 'viewer',
      expiresAt: '2020-01-01T00:00:00Z',
    });
    assertError(past, 400, 'invalid_input', ['expiresAt']);
  });

  test('the last-used time is written on use, at most every 30 seconds', async () => {
    const { call, app } = await setUpWorkspace(getDb(), 'admin');
    const { key, secret } = await createKey(call, { name: 'Busy', role: 'viewer' });
    const lastUsed = async () => {
      const [row] = await queryRows<{ at: Date | string | null }>(
        getDb().orm,
        sql`select last_used_at as at from api_keys where id = ${key.id}`,
      );
      return row?.at ? new Date(row.at) : null;
    };
    assert.equal(await lastUsed(), null);
    const client = clientWith(app, bearer(secret));
    await client('GET', '/api/journeys');
    const first = await lastUsed();
    assert.ok(first, 'written on first use');
    await client('GET', '/api/journeys');
    await client('GET', '/api/journeys');
    assert.equal((await lastUsed())?.getTime(), first.getTime(), 'not written again within 30 s');
    await getDb().orm.execute(
      sql`update api_keys set last_used_at = now() - interval '31 seconds' where id = ${key.id}`,
    );
    const backdated = await lastUsed();
    await client('GET', '/api/journeys');
    const later = await lastUsed();
    assert.ok(backdated && later && later.getTime() > backdated.getTime(), 'written again after 30 s');
    const listed = (await call('GET', '/api/keys')).body as { keys: TKey[] };
    assert.equal(listed.keys.find((k) => k.id === key.id)?.lastUsedAt, later.toISOString());
  });

  test('a key of role ingest writes moments and outcomes and nothing else', async () => {
    const { app, secret } = await setUpWorkspace(getDb(), 'ingest');
    const ingest = clientWith(app, bearer(secret));
    const moment = makeMoment({ customer: 'c-ingest', episode: 'e-ingest' });
    const moments = await ingest('POST', '/api/moments', { moments: [moment] });
    assert.equal(moments.status, 200, JSON.stringify(moments.body));
    assert.equal((moments.body as { created: number }).created, 1);
    const outcomes = await ingest('POST', '/api/outcomes', {
      outcomes: [{ journey: 'repair', customer: 'c-ingest', episode: 'e-ingest', overall: 7 }],
    });
    assert.equal(outcomes.status, 200, JSON.stringify(outcomes.body));

    // Every other route of the API document that needs a permission is refused with 403.
    const doc = (await ingest('GET', '/api/openapi.json')).body as {
      paths: Record<string, Record<string, Record<string, unknown>>>;
    };
    let checked = 0;
    for (const [path, operations] of Object.entries(doc.paths)) {
      for (const [method, operation] of Object.entries(operations)) {
        const access = operation[ACCESS_EXTENSION];
        if (access === 'public' || access === undefined) continue;
        if (access === 'moments:write' || access === 'outcomes:write') {
          assert.equal(method, 'post', `${method} ${path} writes with an ingest permission`);
          continue;
        }
        const url = path.replace(/\{[^}]+\}/g, (name) =>
          name === '{id}' ? '00000000-0000-4000-8000-000000000000' : 'x',
        );
        const res = await ingest(method.toUpperCase(), url, method === 'get' ? undefined : {});
        if (access === 'signed-in' && path === '/api/workspaces' && method === 'get') {
          // The workspace selector: a key sees its own workspace's key and name, nothing of its data.
          assert.equal(res.status, 200);
          continue;
        }
        assert.equal(res.status, 403, `${method.toUpperCase()} ${path}: ${JSON.stringify(res.body)}`);
        checked += 1;
      }
    }
    assert.ok(checked >= 20, `only ${checked} routes checked`);
    // The moment it sent is not readable with it.
    const timeline = await ingest('GET', '/api/customers/c-ingest/timeline');
    assertError(timeline, 403, 'forbidden');
  });
});
