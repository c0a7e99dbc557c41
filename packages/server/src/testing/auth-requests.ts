import assert from 'node:assert/strict';
import type { TAppOptions, TAppWithAuth } from '../app.ts';
import type { TDatabase } from '../storage/database.ts';
import { cookieOf, createTestApp } from './http.ts';

/** The origin of in-process requests (`app.request` URLs are on http://localhost). */
export const OWN_ORIGIN = 'http://localhost';

/**
 * An app for sign-in tests: every in-process request comes from one address, so better-auth's sign-in
 * limit is lifted (the rate-limit tests set their own).
 */
export function createSignInApp(db: TDatabase, options: TAppOptions = {}): TAppWithAuth {
  return createTestApp(db, { ...options, auth: { signInPerMinute: 1e6, ...options.auth } });
}

/** A response of better-auth: status, JSON body and the cookies it set (as a Cookie header). */
export type TAuthResponse = { status: number; body: unknown; cookie: string | undefined; headers: Headers };

/** Posts to `/api/auth/<path>` as this server's own pages would, with a cookie and extra headers. */
export async function postAuth(
  app: TAppWithAuth,
  path: string,
  cookie: string | undefined,
  body: unknown = {},
  headers: Record<string, string> = {},
): Promise<TAuthResponse> {
  const res = await app.request(`/api/auth/${path}`, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      origin: OWN_ORIGIN,
      ...(cookie ? { cookie } : {}),
      ...headers,
    },
    body: JSON.stringify(body),
  });
  const text = await res.text();
  return {
    status: res.status,
    body: text ? (JSON.parse(text) as unknown) : null,
    cookie: cookieOf(res.headers),
    headers: res.headers,
  };
}

/** The `mot.session_token=...` pair of a Cookie header, or undefined. */
export function sessionCookie(cookie: string | undefined): string | undefined {
  return /mot\.session_token=[^;]+/.exec(cookie ?? '')?.[0];
}

/** The session token inside a `mot.session_token=<token>.<signature>` cookie. */
export function sessionToken(cookie: string): string {
  const value = /mot\.session_token=([^;]+)/.exec(cookie)?.[1];
  assert.ok(value, cookie);
  return decodeURIComponent(value).split('.')[0] ?? '';
}
