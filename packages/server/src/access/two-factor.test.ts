import assert from 'node:assert/strict';
import { createHmac } from 'node:crypto';
import { test } from 'node:test';
import type { TAppWithAuth } from '../app.ts';
import { forEachDatabase } from '../testing/databases.ts';
import type { TDatabase } from '../storage/database.ts';
import { createSignInApp, postAuth as postAuthFrom, sessionCookie } from '../testing/auth-requests.ts';
import { clientWith, createTestUser, signIn } from '../testing/http.ts';

/** Decodes RFC 4648 base32 (the secret of an otpauth:// URI). */
function decodeBase32(text: string): Buffer {
  const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567';
  let bits = 0;
  let value = 0;
  const out: number[] = [];
  for (const char of text.replace(/=+$/, '').toUpperCase()) {
    const index = alphabet.indexOf(char);
    assert.ok(index >= 0, `not base32: ${char}`);
    value = (value << 5) | index;
    bits += 5;
    if (bits >= 8) {
      out.push((value >>> (bits - 8)) & 0xff);
      bits -= 8;
    }
  }
  return Buffer.from(out);
}

/** A TOTP code (RFC 6238 over RFC 4226's HOTP, HMAC-SHA1) for `secret` at `time`, written independently. */
function totp(secret: Buffer, time = Date.now(), digits = 6, period = 30): string {
  const counter = Buffer.alloc(8);
  counter.writeBigUInt64BE(BigInt(Math.floor(time / 1000 / period)));
  const mac = createHmac('sha1', secret).update(counter).digest();
  const offset = (mac[mac.length - 1] ?? 0) & 0x0f;
  const code = (mac.readUInt32BE(offset) & 0x7fffffff) % 10 ** digits;
  return String(code).padStart(digits, '0');
}

let addresses = 0;

/**
 * An app that takes the client's address from X-Forwarded-For, so that requests can come from addresses
 * of their own: better-auth allows 3 second-factor requests per address in 10 seconds.
 */
function createApp(db: TDatabase): TAppWithAuth {
  return createSignInApp(db, { rateLimits: { perCaller: 1e9, perAddress: 1e9, trustProxy: true } });
}

/** A better-auth request from the next address. */
function postAuth(app: TAppWithAuth, path: string, cookie: string | undefined, body: unknown = {}) {
  addresses += 1;
  return postAuthFrom(app, path, cookie, body, { 'x-forwarded-for': `192.0.2.${addresses % 250}` });
}

/**
 * Enables TOTP for the signed-in user and confirms it with a first code; returns the secret and the new
 * session cookie (confirming replaces the session).
 */
async function enableTotp(
  app: TAppWithAuth,
  cookie: string,
  password: string,
): Promise<{ secret: Buffer; cookie: string }> {
  const enabled = await postAuth(app, 'two-factor/enable', cookie, { password });
  assert.equal(enabled.status, 200, JSON.stringify(enabled.body));
  const uri = (enabled.body as { totpURI: string }).totpURI;
  const url = new URL(uri);
  assert.equal(url.protocol, 'otpauth:');
  assert.equal(url.host, 'totp');
  assert.equal(url.searchParams.get('issuer'), 'mot');
  const secret = decodeBase32(url.searchParams.get('secret') ?? '');
  const verified = await postAuth(app, 'two-factor/verify-totp', cookie, { code: totp(secret) });
  assert.equal(verified.status, 200, JSON.stringify(verified.body));
  const session = sessionCookie(verified.cookie);
  assert.ok(session, 'confirming the first code replaces the session');
  assert.equal((await clientWith(app, { cookie })('GET', '/api/me')).status, 401, 'the old one ends');
  return { secret, cookie: session };
}

forEachDatabase('TOTP second factor', (getDb) => {
  test('once enabled, the password alone gives no session; the password and a right code do', async () => {
    const app = createApp(getDb());
    const user = await createTestUser(getDb(), app);
    const first = await signIn(app, user.email, user.password);
    assert.ok(first.cookie);

    const wrongPassword = await postAuth(app, 'two-factor/enable', first.cookie, {
      password: 'not my password!',
    });
    assert.notEqual(wrongPassword.status, 200, 'enabling needs the password');

    const { secret, cookie } = await enableTotp(app, first.cookie, user.password);
    const me = await clientWith(app, { cookie })('GET', '/api/me');
    assert.equal((me.body as { user: { twoFactorEnabled: boolean } }).user.twoFactorEnabled, true);

    const second = await signIn(app, user.email, user.password);
    assert.equal(second.status, 200, JSON.stringify(second.body));
    assert.equal((second.body as { twoFactorRedirect?: boolean }).twoFactorRedirect, true);
    assert.ok(second.cookie, 'a pending second-factor cookie');
    assert.doesNotMatch(second.cookie, /mot\.session_token=/, 'no session before the code');
    assert.equal((await clientWith(app, { cookie: second.cookie })('GET', '/api/me')).status, 401);

    const now = Date.now();
    const right = totp(secret, now);
    // A code of an hour ago, and a code that is not the right one, are refused.
    for (const code of [totp(secret, now - 3600_000), right === '000000' ? '000001' : '000000']) {
      const wrong = await postAuth(app, 'two-factor/verify-totp', second.cookie, { code });
      assert.equal(wrong.status, 401, JSON.stringify(wrong.body));
      assert.doesNotMatch(wrong.cookie ?? '', /mot\.session_token=/);
    }

    const done = await postAuth(app, 'two-factor/verify-totp', second.cookie, { code: right });
    assert.equal(done.status, 200, JSON.stringify(done.body));
    assert.match(done.cookie ?? '', /mot\.session_token=/);
    const session = sessionCookie(done.cookie) ?? '';
    const after = await clientWith(app, { cookie: session })('GET', '/api/me');
    assert.equal(after.status, 200, JSON.stringify(after.body));
    assert.equal((after.body as { user: { email: string } }).user.email, user.email);
  });

  test('the second step cannot be reached without the first: a code alone gives nothing', async () => {
    const app = createApp(getDb());
    const user = await createTestUser(getDb(), app);
    const { cookie } = await signIn(app, user.email, user.password);
    assert.ok(cookie);
    const { secret } = await enableTotp(app, cookie, user.password);
    const alone = await postAuth(app, 'two-factor/verify-totp', undefined, { code: totp(secret) });
    assert.equal(alone.status, 401, JSON.stringify(alone.body));
    assert.equal(alone.cookie, undefined);
  });

  test('a wrong password with TOTP on is refused before any second step', async () => {
    const app = createApp(getDb());
    const user = await createTestUser(getDb(), app);
    const { cookie } = await signIn(app, user.email, user.password);
    assert.ok(cookie);
    await enableTotp(app, cookie, user.password);
    const res = await signIn(app, user.email, 'not my password!');
    assert.equal(res.status, 401);
    assert.equal((res.body as { twoFactorRedirect?: boolean }).twoFactorRedirect, undefined);
  });
});
