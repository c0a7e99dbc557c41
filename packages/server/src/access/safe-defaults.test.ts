import assert from 'node:assert/strict';
import { test } from 'node:test';
import { sql } from 'drizzle-orm';
import type { TAppWithAuth } from '../app.ts';
import { forEachDatabase } from '../testing/databases.ts';
import { assertError, bearer, clientWith, createTestApp, mintKey, setUpWorkspace } from '../testing/http.ts';

/** A request with a Host header of our choosing (what a browser sends after DNS rebinding). */
function withHost(app: TAppWithAuth, host: string, path = '/api/health', init: RequestInit = {}) {
  return app.request(`http://${host}${path}`, { ...init, headers: { host, ...init.headers } });
}

const SECURITY_HEADERS: Record<string, RegExp> = {
  'content-security-policy': /default-src 'none'.*frame-ancestors 'none'/,
  'x-frame-options': /^DENY$/,
  'x-content-type-options': /^nosniff$/,
  'referrer-policy': /^no-referrer$/,
};

function assertSecurityHeaders(res: Response, what: string): void {
  for (const [name, value] of Object.entries(SECURITY_HEADERS)) {
    assert.match(res.headers.get(name) ?? '', value, `${what}: ${name}`);
  }
}

forEachDatabase('safe defaults', (getDb) => {
  test('a Host that is not this server is refused (DNS rebinding); loopback names are allowed', async () => {
    const app = createTestApp(getDb());
    for (const host of ['evil.example', 'evil.example:8080', '192.168.1.10:3000', 'localhost.evil.example']) {
      for (const path of ['/api/health', '/api/auth/get-session', '/api/journeys', '/']) {
        const res = await withHost(app, host, path);
        assert.equal(res.status, 403, `${host}${path}`);
        const body = (await res.json()) as { error: { code: string; path: string[] } };
        assert.equal(body.error.code, 'forbidden');
        assert.deepEqual(body.error.path, ['headers', 'host']);
      }
    }
    for (const host of ['localhost', 'localhost:3000', '127.0.0.1:8123', '[::1]:3000', 'LOCALHOST']) {
      assert.equal((await withHost(app, host)).status, 200, host);
    }
  });

  test('configured hosts replace the loopback names; "*" allows any', async () => {
    const app = createTestApp(getDb(), { allowedHosts: ['mot.corp.example'] });
    assert.equal((await withHost(app, 'mot.corp.example:443')).status, 200);
    assert.equal((await withHost(app, 'localhost')).status, 403);
    assert.equal((await withHost(app, 'corp.example')).status, 403);
    const open = createTestApp(getDb(), { allowedHosts: '*', auth: { baseURL: 'https://mot.corp.example' } });
    assert.equal((await withHost(open, 'anything.example')).status, 200);
    // Sign-in would then trust any site: any host needs the one public address that sign-in trusts.
    assert.throws(() => createTestApp(getDb(), { allowedHosts: '*' }), /MOT_PUBLIC_URL/);
  });

  test('API answers carry security headers, errors and sign-in included', async () => {
    const { app, secret } = await setUpWorkspace(getDb());
    assertSecurityHeaders(await app.request('/api/health'), 'health');
    assertSecurityHeaders(
      await app.request('/api/journeys', { headers: bearer(secret) }),
      'an authenticated read',
    );
    assertSecurityHeaders(await app.request('/api/journeys'), 'a 401');
    assertSecurityHeaders(await app.request('/api/nothing-here', { headers: bearer(secret) }), 'a 404');
    assertSecurityHeaders(
      await app.request('/api/auth/sign-in/email', {
        method: 'POST',
        headers: { 'content-type': 'application/json', origin: 'http://localhost' },
        body: JSON.stringify({ email: 'nobody@example.com', password: 'not the password' }),
      }),
      'sign-in',
    );
  });

  test('CORS is off unless origins are configured, and then only for them', async () => {
    const preflight = (app: TAppWithAuth, origin: string) =>
      app.request('/api/journeys', {
        method: 'OPTIONS',
        headers: {
          origin,
          'access-control-request-method': 'POST',
          'access-control-request-headers': 'authorization, content-type',
        },
      });
    const closed = createTestApp(getDb());
    const refused = await preflight(closed, 'https://crm.example');
    assert.equal(refused.headers.get('access-control-allow-origin'), null);
    assert.equal(refused.headers.get('access-control-allow-credentials'), null);
    const { secret } = await setUpWorkspace(getDb());
    const read = await closed.request('/api/journeys', {
      headers: { ...bearer(secret), origin: 'https://crm.example' },
    });
    assert.equal(read.headers.get('access-control-allow-origin'), null);

    const open = createTestApp(getDb(), { corsOrigins: ['https://crm.example'] });
    const allowed = await preflight(open, 'https://crm.example');
    assert.equal(allowed.headers.get('access-control-allow-origin'), 'https://crm.example');
    const other = await preflight(open, 'https://evil.example');
    assert.notEqual(other.headers.get('access-control-allow-origin'), 'https://evil.example');
    assert.notEqual(other.headers.get('access-control-allow-origin'), '*');
  });

  test('a database error answers 500 with a request id and none of the database’s words', async () => {
    const { workspaceId } = await setUpWorkspace(getDb());
    const call = clientWith(createTestApp(getDb()), bearer(await mintKey(getDb(), workspaceId)));
    const logged: unknown[] = [];
    const error = console.error;
    console.error = (...args: unknown[]) => logged.push(args);
    // The table the route reads is gone: the database says so, naming it.
    await getDb().orm.execute(sql`alter table journeys rename to journeys_hidden_name`);
    try {
      const res = await call('GET', '/api/journeys');
      assertError(res, 500, 'internal');
      const text = JSON.stringify(res.body);
      for (const word of [
        'journeys_hidden_name',
        'relation',
        'does not exist',
        'select',
        'SQLSTATE',
        '42P01',
      ]) {
        assert.ok(!text.includes(word), `the answer says "${word}": ${text}`);
      }
      const requestId = res.headers.get('x-request-id');
      assert.ok(requestId && text.includes(requestId), 'the answer names the request id');
      assert.ok(
        JSON.stringify(logged, (_k, v: unknown) => (v instanceof Error ? v.stack : v)).includes(requestId),
      );
    } finally {
      await getDb().orm.execute(sql`alter table journeys_hidden_name rename to journeys`);
      console.error = error;
    }
  });
});
