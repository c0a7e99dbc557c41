import assert from 'node:assert/strict';
import type { TRole, TWorkspace } from '@mot/core';
import { createApiKey } from '../access/api-keys.ts';
import { putMembership } from '../access/memberships.ts';
import { createUser } from '../access/users.ts';
import type { TUserOut } from '../access/users.ts';
import { createApp } from '../app.ts';
import type { TAppOptions, TAppWithAuth } from '../app.ts';
import type { TDatabase } from '../storage/database.ts';
import { putJourney } from '../storage/put-journey.ts';
import { createTestWorkspace, makeJourney } from './factories.ts';

/** A response as tests read it: status, parsed JSON body (null when empty) and headers. */
export type TTestResponse = { status: number; body: unknown; headers: Headers };

/** Calls the real app; `body` is sent as JSON unless it is already a string. */
export type TTestClient = (
  method: string,
  path: string,
  body?: unknown,
  headers?: Record<string, string>,
) => Promise<TTestResponse>;

/** Options of apps under test: rate limits out of the way (the rate-limit tests set their own). */
export const TEST_APP_OPTIONS: TAppOptions = { rateLimits: { perCaller: 1e9, perAddress: 1e9 } };

/** An app for tests. */
export function createTestApp(db: TDatabase, options: TAppOptions = {}): TAppWithAuth {
  return createApp(db, { ...TEST_APP_OPTIONS, ...options });
}

/** A client of `app` sending these credentials headers (an API key, a session cookie, or nothing). */
export function clientWith(app: TAppWithAuth, credentials: Record<string, string>): TTestClient {
  return async (method, path, body, headers) => {
    const res = await app.request(path, {
      method,
      headers: { 'content-type': 'application/json', ...credentials, ...headers },
      ...(body === undefined ? {} : { body: typeof body === 'string' ? body : JSON.stringify(body) }),
    });
    const text = await res.text();
    let parsed: unknown = null;
    if (text) {
      try {
        parsed = JSON.parse(text) as unknown;
      } catch {
        parsed = text;
      }
    }
    return { status: res.status, body: parsed, headers: res.headers };
  };
}

/** The headers of an API key. */
export const bearer = (secret: string): Record<string, string> => ({ authorization: `Bearer ${secret}` });

/** Mints an API key of `role` for the workspace, straight in storage; returns its secret. */
export async function mintKey(db: TDatabase, workspaceId: string, role: TRole = 'admin'): Promise<string> {
  return (await createApiKey(db, { workspaceId, name: `test ${role}`, role })).secret;
}

/** A fresh workspace holding `makeJourney()`, and a client working in it with an API key of `role`. */
export async function setUpWorkspace(
  db: TDatabase,
  role: TRole = 'admin',
): Promise<{
  call: TTestClient;
  workspaceId: string;
  workspace: TWorkspace;
  app: TAppWithAuth;
  secret: string;
}> {
  const workspace = await createTestWorkspace(db);
  await putJourney(db, workspace.id, makeJourney());
  const app = createTestApp(db);
  const secret = await mintKey(db, workspace.id, role);
  return { call: clientWith(app, bearer(secret)), workspaceId: workspace.id, workspace, app, secret };
}

let users = 0;

/** A user with a password (and, when a workspace is given, a membership with `role`). */
export async function createTestUser(
  db: TDatabase,
  app: TAppWithAuth,
  options: { workspaceId?: string; role?: TRole; instanceAdmin?: boolean; password?: string } = {},
): Promise<TUserOut & { password: string }> {
  users += 1;
  const password = options.password ?? 'correct horse battery';
  const user = await createUser(db, await app.getAuth(), {
    email: `user${users}-${Date.now()}@example.com`,
    name: `User ${users}`,
    password,
    instanceAdmin: options.instanceAdmin ?? false,
  });
  if (options.workspaceId) {
    await putMembership(db.orm, {
      workspaceId: options.workspaceId,
      userId: user.id,
      role: options.role ?? 'viewer',
    });
  }
  return { ...user, password };
}

/** Signs in through `POST /api/auth/sign-in/email`; returns the response and the session cookie. */
export async function signIn(
  app: TAppWithAuth,
  email: string,
  password: string,
): Promise<{ status: number; body: unknown; cookie: string | undefined }> {
  const res = await app.request('/api/auth/sign-in/email', {
    method: 'POST',
    headers: { 'content-type': 'application/json', origin: 'http://localhost' },
    body: JSON.stringify({ email, password }),
  });
  const text = await res.text();
  return {
    status: res.status,
    body: text ? (JSON.parse(text) as unknown) : null,
    cookie: cookieOf(res.headers),
  };
}

/** The `name=value` pairs of a response's Set-Cookie headers, as a Cookie header (undefined when none). */
export function cookieOf(headers: Headers): string | undefined {
  const pairs = headers
    .getSetCookie()
    .map((c) => c.split(';')[0] ?? '')
    .filter((pair) => pair.length > 0 && !pair.endsWith('='));
  return pairs.length > 0 ? pairs.join('; ') : undefined;
}

/** Asserts an error response: status, code and (when given) path. */
export function assertError(
  res: { status: number; body: unknown },
  status: number,
  code: string,
  path?: (string | number)[],
): void {
  const error = (res.body as { error?: { code: string; message: string; path: unknown[] } }).error;
  assert.equal(res.status, status, JSON.stringify(res.body));
  assert.equal(error?.code, code);
  assert.ok(typeof error.message === 'string' && error.message.length > 0);
  if (path) assert.deepEqual(error.path, path);
}
