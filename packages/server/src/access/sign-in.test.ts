import assert from 'node:assert/strict';
import { test } from 'node:test';
import { sql } from 'drizzle-orm';
import type { TAppWithAuth } from '../app.ts';
import { queryRows } from '../storage/database.ts';
import { forEachDatabase } from '../testing/databases.ts';
import { createTestWorkspace } from '../testing/factories.ts';
import {
  OWN_ORIGIN,
  createSignInApp,
  postAuth,
  sessionCookie,
  sessionToken,
} from '../testing/auth-requests.ts';
import {
  assertError,
  bearer,
  clientWith,
  cookieOf,
  createTestUser,
  mintKey,
  signIn,
} from '../testing/http.ts';
import { setUserDisabled } from './users.ts';

/** The status of `GET /api/me` with this cookie. */
async function meStatus(app: TAppWithAuth, cookie: string): Promise<number> {
  return (await clientWith(app, { cookie })('GET', '/api/me')).status;
}

forEachDatabase('sign-in and sessions', (getDb) => {
  test('sign-in sets an HttpOnly SameSite cookie that opens /api/me; after sign-out it is refused', async () => {
    const app = createSignInApp(getDb());
    const user = await createTestUser(getDb(), app);
    const res = await app.request('/api/auth/sign-in/email', {
      method: 'POST',
      headers: { 'content-type': 'application/json', origin: OWN_ORIGIN },
      body: JSON.stringify({ email: user.email, password: user.password }),
    });
    assert.equal(res.status, 200, await res.clone().text());
    const setCookie = res.headers.getSetCookie().find((c) => c.startsWith('mot.session_token='));
    assert.ok(setCookie, 'a session cookie is set');
    assert.match(setCookie, /;\s*HttpOnly/i);
    assert.match(setCookie, /;\s*SameSite=(Lax|Strict)/i);
    const cookie = setCookie.split(';')[0] ?? '';
    const me = await clientWith(app, { cookie })('GET', '/api/me');
    assert.equal(me.status, 200, JSON.stringify(me.body));
    assert.equal((me.body as { user: { email: string } }).user.email, user.email);

    const out = await postAuth(app, 'sign-out', cookie);
    assert.equal(out.status, 200, JSON.stringify(out.body));
    assertError(await clientWith(app, { cookie })('GET', '/api/me'), 401, 'unauthenticated');
  });

  test('a wrong password is refused without a cookie', async () => {
    const app = createSignInApp(getDb());
    const user = await createTestUser(getDb(), app);
    const res = await signIn(app, user.email, 'not the password at all');
    assert.equal(res.status, 401);
    assert.equal(res.cookie, undefined);
  });

  test('revoking one session, then all others, takes effect at once', async () => {
    const app = createSignInApp(getDb());
    const user = await createTestUser(getDb(), app);
    const sessions: string[] = [];
    for (let i = 0; i < 3; i += 1) {
      const { cookie } = await signIn(app, user.email, user.password);
      assert.ok(cookie);
      sessions.push(cookie);
    }
    const [a, b, c] = sessions as [string, string, string];
    for (const cookie of sessions) assert.equal(await meStatus(app, cookie), 200);

    const revoked = await postAuth(app, 'revoke-session', a, { token: sessionToken(b) });
    assert.equal(revoked.status, 200, JSON.stringify(revoked.body));
    assert.equal(await meStatus(app, b), 401);
    assert.equal(await meStatus(app, a), 200);
    assert.equal(await meStatus(app, c), 200);

    const others = await postAuth(app, 'revoke-other-sessions', a);
    assert.equal(others.status, 200, JSON.stringify(others.body));
    assert.equal(await meStatus(app, c), 401);
    assert.equal(await meStatus(app, a), 200);
  });

  test('a session cannot revoke another user’s session', async () => {
    const app = createSignInApp(getDb());
    const alice = await createTestUser(getDb(), app);
    const bob = await createTestUser(getDb(), app);
    const a = (await signIn(app, alice.email, alice.password)).cookie ?? '';
    const b = (await signIn(app, bob.email, bob.password)).cookie ?? '';
    await postAuth(app, 'revoke-session', a, { token: sessionToken(b) });
    assert.equal(await meStatus(app, b), 200);
  });

  test('after a password change the old password is refused and the new one works', async () => {
    const app = createSignInApp(getDb());
    const user = await createTestUser(getDb(), app);
    const { cookie } = await signIn(app, user.email, user.password);
    const other = (await signIn(app, user.email, user.password)).cookie ?? '';
    const changed = await postAuth(app, 'change-password', cookie, {
      currentPassword: user.password,
      newPassword: 'a brand new passphrase',
      revokeOtherSessions: false,
    });
    assert.equal(changed.status, 200, JSON.stringify(changed.body));
    assert.equal((await signIn(app, user.email, user.password)).status, 401);
    assert.equal((await signIn(app, user.email, 'a brand new passphrase')).status, 200);
    assert.equal(
      await meStatus(app, other),
      401,
      'the other sessions end with the change, even if not asked',
    );
    const current = sessionCookie(changed.cookie) ?? cookie ?? '';
    assert.equal(await meStatus(app, current), 200, 'the session that changed it goes on');
  });

  test('a password change needs the current password', async () => {
    const app = createSignInApp(getDb());
    const user = await createTestUser(getDb(), app);
    const { cookie } = await signIn(app, user.email, user.password);
    const changed = await postAuth(app, 'change-password', cookie, {
      currentPassword: 'a wrong current one',
      newPassword: 'a brand new passphrase',
    });
    assert.notEqual(changed.status, 200);
    assert.equal((await signIn(app, user.email, user.password)).status, 200);
  });

  test('failures in a row lock the address, even for the right password, until the lock ends', async () => {
    const lockMinutes = 2 / 60;
    const app = createSignInApp(getDb(), { auth: { lockout: { maxFailures: 3, lockMinutes } } });
    const user = await createTestUser(getDb(), app);
    for (let i = 0; i < 3; i += 1) {
      assert.equal((await signIn(app, user.email, 'a wrong password!')).status, 401);
    }
    const locked = await signIn(app, user.email, user.password);
    assert.equal(locked.status, 429, JSON.stringify(locked.body));
    assert.equal((locked.body as { code?: string }).code, 'ACCOUNT_LOCKED');
    assert.equal(locked.cookie, undefined);
    // The address's case does not matter.
    assert.equal((await signIn(app, user.email.toUpperCase(), user.password)).status, 429);
    // Another address is not locked.
    const other = await createTestUser(getDb(), app);
    assert.equal((await signIn(app, other.email, other.password)).status, 200);

    await new Promise((resolve) => setTimeout(resolve, lockMinutes * 60_000 + 500));
    const open = await signIn(app, user.email, user.password);
    assert.equal(open.status, 200, JSON.stringify(open.body));
    assert.ok(open.cookie);
  });

  test('a success clears the count: failures must follow each other to lock', async () => {
    const app = createSignInApp(getDb(), { auth: { lockout: { maxFailures: 3, lockMinutes: 1 } } });
    const user = await createTestUser(getDb(), app);
    for (let round = 0; round < 2; round += 1) {
      for (let i = 0; i < 2; i += 1) await signIn(app, user.email, 'a wrong password!');
      assert.equal((await signIn(app, user.email, user.password)).status, 200);
    }
  });

  test('a disabled user cannot sign in and their sessions end at once', async () => {
    const app = createSignInApp(getDb());
    const user = await createTestUser(getDb(), app);
    const { cookie } = await signIn(app, user.email, user.password);
    assert.ok(cookie);
    assert.equal(await meStatus(app, cookie), 200);
    await setUserDisabled(getDb(), user.id, true);
    assert.equal(await meStatus(app, cookie), 401);
    const again = await signIn(app, user.email, user.password);
    assert.equal(again.status, 403, JSON.stringify(again.body));
    assert.equal((again.body as { code?: string }).code, 'USER_DISABLED');
    assert.equal(again.cookie, undefined);
    // A wrong password does not tell that the address belongs to a disabled user.
    const wrong = await signIn(app, user.email, 'a wrong password!');
    assert.equal(wrong.status, 401, JSON.stringify(wrong.body));
    await setUserDisabled(getDb(), user.id, false);
    assert.equal((await signIn(app, user.email, user.password)).status, 200);
  });

  test('a sign-in link made by the CLI opens one session, once; nobody can ask for one over HTTP', async () => {
    const app = createSignInApp(getDb());
    const user = await createTestUser(getDb(), app);
    const asked = await postAuth(app, 'sign-in/magic-link', undefined, {
      email: user.email,
      callbackURL: '/',
    });
    assert.equal(asked.status, 404, JSON.stringify(asked.body));
    const [made] = await queryRows<{ n: number }>(
      getDb().orm,
      sql`select count(*)::int as n from auth_verifications where value like ${`%${user.email}%`}`,
    );
    assert.equal(made?.n, 0, 'no link was made for a public request');

    // A link whose redirect was changed to another site is refused (no open redirect after sign-in).
    const bent = new URL(await (await app.getAuth()).createSignInLink(user.email, OWN_ORIGIN));
    bent.searchParams.set('callbackURL', 'https://evil.example/welcome');
    const away = await app.request(`${bent.pathname}${bent.search}`);
    assert.ok(!(away.headers.get('location') ?? '').includes('evil.example'), 'no redirect to another site');
    assert.equal(sessionCookie(cookieOf(away.headers)), undefined);

    const link = await (await app.getAuth()).createSignInLink(user.email, OWN_ORIGIN);
    const path = link.slice(OWN_ORIGIN.length);
    const first = await app.request(path);
    assert.ok(first.status === 302 || first.status === 200, `${first.status}`);
    const cookie = sessionCookie(cookieOf(first.headers));
    assert.ok(cookie, 'the link signs in');
    assert.equal(await meStatus(app, cookie), 200);
    const second = await app.request(path);
    assert.equal(sessionCookie(cookieOf(second.headers)), undefined, 'a link works once');

    const disabled = await (await app.getAuth()).createSignInLink(user.email, OWN_ORIGIN);
    await setUserDisabled(getDb(), user.id, true);
    const refused = await app.request(disabled.slice(OWN_ORIGIN.length));
    assert.equal(sessionCookie(cookieOf(refused.headers)), undefined, 'not for a disabled user');
  });

  test('Origin "null" (a sandboxed frame) is another site too', async () => {
    const app = createSignInApp(getDb());
    const workspace = await createTestWorkspace(getDb());
    const user = await createTestUser(getDb(), app, { workspaceId: workspace.id, role: 'admin' });
    const { cookie } = await signIn(app, user.email, user.password);
    assert.ok(cookie);
    const sandboxed = clientWith(app, { cookie, origin: 'null' });
    assertError(await sandboxed('PATCH', '/api/settings', { language: 'en' }), 403, 'forbidden');
  });

  test('a signed-in write from another site is refused; a key is not affected by Origin', async () => {
    const app = createSignInApp(getDb());
    const workspace = await createTestWorkspace(getDb());
    const user = await createTestUser(getDb(), app, { workspaceId: workspace.id, role: 'admin' });
    const { cookie } = await signIn(app, user.email, user.password);
    assert.ok(cookie);
    const settings = { timeZone: 'Europe/Paris' };
    const evil = clientWith(app, { cookie, origin: 'http://evil.example' });
    assertError(await evil('PATCH', '/api/settings', settings), 403, 'forbidden', ['headers', 'origin']);
    // A look-alike origin on another port or scheme is another site too.
    const port = clientWith(app, { cookie, origin: 'http://localhost:8080' });
    assertError(await port('PATCH', '/api/settings', settings), 403, 'forbidden');
    // Reads are not writes; the same write from the server's own origin passes.
    assert.equal((await evil('GET', '/api/settings')).status, 200);
    const own = await clientWith(app, { cookie, origin: OWN_ORIGIN })('PATCH', '/api/settings', settings);
    assert.equal(own.status, 200, JSON.stringify(own.body));
    // better-auth's own endpoints refuse another site too: the session survives a forged sign-out.
    const forged = await app.request('/api/auth/sign-out', {
      method: 'POST',
      headers: { 'content-type': 'application/json', origin: 'http://evil.example', cookie },
      body: '{}',
    });
    assert.equal(forged.status, 403);
    assert.equal(await meStatus(app, cookie), 200);

    const secret = await mintKey(getDb(), workspace.id, 'admin');
    const key = clientWith(app, { ...bearer(secret), origin: 'http://evil.example' });
    const byKey = await key('PATCH', '/api/settings', { timeZone: 'Asia/Tokyo' });
    assert.equal(byKey.status, 200, JSON.stringify(byKey.body));
  });
});
