import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import { test } from 'node:test';
import { forEachDatabase } from '../testing/databases.ts';
import { makeMoment } from '../testing/factories.ts';
import {
  assertError,
  bearer,
  clientWith,
  createTestApp,
  createTestUser,
  mintKey,
  setUpWorkspace,
} from '../testing/http.ts';
import type { TTestResponse } from '../testing/http.ts';
import { OWN_ORIGIN } from '../testing/auth-requests.ts';

/** An address of its own for each test (the app trusts X-Forwarded-For here), so counters never mix. */
function freshAddress(): string {
  const b = randomBytes(2);
  return `10.${b[0] ?? 0}.${b[1] ?? 0}.${Math.floor(Math.random() * 250) + 1}`;
}

/**
 * Waits, when the current minute is about to end, for the next one: the counters are fixed windows of a
 * minute, and a test that straddles two would count in both.
 */
async function awayFromWindowEdge(seconds: number): Promise<void> {
  const left = 60_000 - (Date.now() % 60_000);
  if (left < seconds * 1000) await new Promise((resolve) => setTimeout(resolve, left + 50));
}

function assertRateLimited(res: TTestResponse): void {
  assertError(res, 429, 'rate_limited');
  const retryAfter = res.headers.get('retry-after');
  assert.ok(retryAfter !== null, 'a Retry-After header');
  assert.match(retryAfter, /^\d+$/);
  assert.ok(Number(retryAfter) >= 1 && Number(retryAfter) <= 60, retryAfter);
}

forEachDatabase('rate limits', (getDb) => {
  test('a key over its limit gets 429 with Retry-After; another key is not affected', async () => {
    const { workspaceId } = await setUpWorkspace(getDb());
    const app = createTestApp(getDb(), { rateLimits: { perCaller: 3, perAddress: 1e6, trustProxy: true } });
    const address = freshAddress();
    await awayFromWindowEdge(10);
    const first = clientWith(app, {
      ...bearer(await mintKey(getDb(), workspaceId)),
      'x-forwarded-for': address,
    });
    const second = clientWith(app, {
      ...bearer(await mintKey(getDb(), workspaceId)),
      'x-forwarded-for': address,
    });
    for (let i = 0; i < 3; i += 1) assert.equal((await first('GET', '/api/journeys')).status, 200);
    assertRateLimited(await first('GET', '/api/journeys'));
    // Writes count too, and a refused request writes nothing.
    assertRateLimited(await first('POST', '/api/moments', { moments: [makeMoment()] }));
    assert.equal((await second('GET', '/api/journeys')).status, 200);
  });

  test('a signed-in user has a limit of their own, whichever session they use', async () => {
    const { workspaceId } = await setUpWorkspace(getDb());
    const app = createTestApp(getDb(), {
      rateLimits: { perCaller: 4, perAddress: 1e6, trustProxy: true },
      auth: { signInPerMinute: 1e6 },
    });
    const user = await createTestUser(getDb(), app, { workspaceId, role: 'viewer' });
    await awayFromWindowEdge(10);
    const address = freshAddress();
    const cookies: string[] = [];
    for (let i = 0; i < 2; i += 1) {
      const res = await app.request('/api/auth/sign-in/email', {
        method: 'POST',
        headers: { 'content-type': 'application/json', origin: OWN_ORIGIN, 'x-forwarded-for': address },
        body: JSON.stringify({ email: user.email, password: user.password }),
      });
      const cookie = res.headers.getSetCookie()[0]?.split(';')[0];
      assert.ok(cookie);
      cookies.push(cookie);
    }
    const [a, b] = cookies.map((cookie) => clientWith(app, { cookie, 'x-forwarded-for': address })) as [
      ReturnType<typeof clientWith>,
      ReturnType<typeof clientWith>,
    ];
    assert.equal((await a('GET', '/api/journeys')).status, 200);
    assert.equal((await b('GET', '/api/journeys')).status, 200);
    assert.equal((await a('GET', '/api/journeys')).status, 200);
    assert.equal((await b('GET', '/api/journeys')).status, 200);
    assertRateLimited(await a('GET', '/api/journeys'));
    assertRateLimited(await b('GET', '/api/journeys'));
  });

  test('an address over its limit gets 429, signed in or not; another address is not affected', async () => {
    const { workspaceId } = await setUpWorkspace(getDb());
    const app = createTestApp(getDb(), { rateLimits: { perCaller: 1e6, perAddress: 4, trustProxy: true } });
    await awayFromWindowEdge(10);
    const address = freshAddress();
    const anonymous = clientWith(app, { 'x-forwarded-for': address });
    const key = clientWith(app, {
      ...bearer(await mintKey(getDb(), workspaceId)),
      'x-forwarded-for': address,
    });
    assert.equal((await anonymous('GET', '/api/health')).status, 200);
    assertError(await anonymous('GET', '/api/journeys'), 401, 'unauthenticated');
    assert.equal((await key('GET', '/api/journeys')).status, 200);
    assert.equal((await key('GET', '/api/journeys')).status, 200);
    assertRateLimited(await key('GET', '/api/journeys'));
    assertRateLimited(await anonymous('GET', '/api/health'));
    // Unknown keys tried from the address count too: guessing keys is limited.
    assertRateLimited(
      await clientWith(app, { ...bearer(`mot_${'a'.repeat(43)}`), 'x-forwarded-for': address })(
        'GET',
        '/api/journeys',
      ),
    );
    const elsewhere = clientWith(app, { 'x-forwarded-for': freshAddress() });
    assert.equal((await elsewhere('GET', '/api/health')).status, 200);
  });

  test('X-Forwarded-For is ignored unless the proxy is trusted: it cannot dodge the address limit', async () => {
    // A database of its own would be cleaner, but this address (the in-process one) is shared: use a limit
    // far above what the other tests of this file send from it, and count from the current value.
    const app = createTestApp(getDb(), { rateLimits: { perCaller: 1e6, perAddress: 30, trustProxy: false } });
    await awayFromWindowEdge(15);
    let limited: TTestResponse | undefined;
    for (let i = 0; i < 31 && !limited; i += 1) {
      const res = await clientWith(app, { 'x-forwarded-for': freshAddress() })('GET', '/api/health');
      if (res.status === 429) limited = res;
      else assert.equal(res.status, 200);
    }
    assert.ok(limited, 'a new forwarded address each time did not reset the limit');
    assertRateLimited(limited);
  });

  test('sign-in attempts per address are limited by better-auth, shared through the database', async () => {
    const app = createTestApp(getDb(), { auth: { signInPerMinute: 3 }, rateLimits: { trustProxy: true } });
    const address = freshAddress();
    const attempt = () =>
      app.request('/api/auth/sign-in/email', {
        method: 'POST',
        headers: { 'content-type': 'application/json', origin: OWN_ORIGIN, 'x-forwarded-for': address },
        body: JSON.stringify({ email: `nobody-${address}@example.com`, password: 'not a real password' }),
      });
    const statuses: number[] = [];
    for (let i = 0; i < 4; i += 1) statuses.push((await attempt()).status);
    assert.deepEqual(statuses, [401, 401, 401, 429]);
    const refused = await attempt();
    assert.equal(refused.status, 429);
    assert.ok(refused.headers.get('x-retry-after') ?? refused.headers.get('retry-after'));
  });

  test('a client cannot choose the address its sign-ins are counted by', async () => {
    // The app tells better-auth the address in x-mot-client-address; one sent by the client is replaced.
    const app = createTestApp(getDb(), { auth: { signInPerMinute: 3 } });
    const statuses: number[] = [];
    for (let i = 0; i < 4; i += 1) {
      const res = await app.request('/api/auth/sign-in/email', {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          origin: OWN_ORIGIN,
          'x-mot-client-address': freshAddress(),
        },
        body: JSON.stringify({ email: 'nobody@example.com', password: 'not a real password' }),
      });
      statuses.push(res.status);
    }
    assert.deepEqual(statuses, [401, 401, 401, 429]);
  });

  test('analyses over the cap of a workspace get 429 with Retry-After; the slot is given back', async () => {
    const { workspaceId } = await setUpWorkspace(getDb());
    const app = createTestApp(getDb(), { maxConcurrentAnalyses: 1, analysis: { waitMs: 600_000 } });
    const call = clientWith(app, bearer(await mintKey(getDb(), workspaceId)));
    const moments = Array.from({ length: 300 }, (_, i) =>
      makeMoment({ customer: `c-${i % 60}`, episode: `e-${i % 90}`, measures: { wait_seconds: i } }),
    );
    assert.equal((await call('POST', '/api/moments', { moments })).status, 200);
    // Four different queries: the same query asked at once is computed once and takes one slot.
    const results = await Promise.all(
      Array.from({ length: 4 }, (_, seed) => call('GET', `/api/journeys/repair/key-moments?seed=${seed}`)),
    );
    const statuses = results.map((r) => r.status).sort();
    assert.equal(statuses[0], 200, JSON.stringify(statuses));
    const over = results.filter((r) => r.status === 429);
    assert.ok(over.length >= 1, `some went over the cap: ${JSON.stringify(statuses)}`);
    for (const res of over) assertRateLimited(res);
    // The slots are free again: one at a time succeeds.
    assert.equal((await call('GET', '/api/journeys/repair/key-moments?seed=7')).status, 200);
    assert.equal((await call('GET', '/api/journeys/repair/key-moments?seed=8')).status, 200);
  });
});
