import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import { before, test } from 'node:test';
import { ROLES, can } from '@mot/core';
import type { TRole } from '@mot/core';
import type { TAppWithAuth } from '../app.ts';
import { forEachDatabase } from '../testing/databases.ts';
import { exampleBody } from '../testing/example-bodies.ts';
import { bearer, clientWith, createTestApp, createTestUser, mintKey, signIn } from '../testing/http.ts';
import type { TTestResponse } from '../testing/http.ts';
import {
  fillPath,
  isKnownAccess,
  isPermission,
  readOperations,
  routerPath,
} from '../testing/openapi-operations.ts';
import type { TOperation } from '../testing/openapi-operations.ts';
import { plantWorkspace, plantedParameters } from '../testing/plant-workspace.ts';
import type { TPlantedWorkspace } from '../testing/plant-workspace.ts';
import { exampleOf } from '../testing/schema-example.ts';
import { isPublicPath } from './authenticate.ts';
import type { TRouteAccess } from './context.ts';
import { countMoments } from '../storage/count-moments.ts';

/**
 * The isolation suite, generated from the OpenAPI document: every operation names its access, anonymous
 * and unusable credentials get 401, another workspace's key or user gets 404 and never the workspace's data,
 * and each role, by API key and by session, is let through or refused with 403 exactly as core's
 * permission table says. A new operation is covered the moment it is in the document.
 */

/** Operations a caller of some kind is refused for a reason of the route's own, not its access. */
const REFUSED_BY_THE_ROUTE: Record<string, { kind: 'key' | 'user'; why: string }> = {
  'GET /api/me': { kind: 'key', why: '/api/me describes a signed-in user; an API key has none' },
};

/**
 * Orders of calls. A caller of the workspace reads, writes, then deletes (erasing the customer last, so the
 * moment delete still finds its moment): each call meets the planted data. Another workspace's caller reads
 * and deletes before it writes: its deletes must all miss, and its writes (a journey under the same key) must
 * not make them hit.
 */
const rank = (order: string[]) => (op: TOperation) =>
  order.indexOf(op.method) * 2 + (op.method === 'DELETE' && op.path === '/api/customers/{customer}' ? 1 : 0);
const byRank = (order: string[]) => (a: TOperation, b: TOperation) => rank(order)(a) - rank(order)(b);
const MEMBER_ORDER = byRank(['GET', 'POST', 'PUT', 'PATCH', 'DELETE']);
const STRANGER_ORDER = byRank(['GET', 'DELETE', 'POST', 'PUT', 'PATCH']);

/** A call that takes longer has hung (a lock waiting for itself): fail with its name rather than stall. */
const CALL_TIMEOUT_MS = 20_000;

type TCredentials = Record<string, string>;
type TCall = { op: TOperation; url: string; body: unknown; res: TTestResponse };

const name = (op: TOperation) => `${op.method} ${op.path}`;

/** Calls an operation with its path and query filled from `params` and a body fitted to them. */
async function callOperation(
  app: TAppWithAuth,
  credentials: TCredentials,
  op: TOperation,
  params: Record<string, string>,
  headers: Record<string, string> = {},
): Promise<TCall> {
  const query = new URLSearchParams();
  for (const p of op.parameters.filter((p) => p.in === 'query')) {
    const value = params[p.name] ?? (p.required ? String(exampleOf(p.schema)) : undefined);
    if (value !== undefined) query.set(p.name, value);
  }
  const url = fillPath(op.path, params) + (query.size > 0 ? `?${query}` : '');
  const body = exampleBody(op.method, op.path, op.body, params);
  let timer: NodeJS.Timeout | undefined;
  const hang = new Promise<never>((_, reject) => {
    timer = setTimeout(
      () => reject(new Error(`${op.method} ${url} hung for ${CALL_TIMEOUT_MS} ms`)),
      CALL_TIMEOUT_MS,
    );
  });
  try {
    const res = await Promise.race([clientWith(app, credentials)(op.method, url, body, headers), hang]);
    return { op, url, body, res };
  } finally {
    clearTimeout(timer);
  }
}

/** A short account of a call for failure messages. */
const describeCall = (c: TCall) =>
  `${c.op.method} ${c.url} -> ${c.res.status} ${JSON.stringify(c.res.body).slice(0, 300)}`;

/** What a response says about access: let through, refused (403), not authenticated (401), or a fault. */
function verdictOf(res: TTestResponse): 'allowed' | 'forbidden' | 'unauthenticated' | 'server error' {
  if (res.status >= 500) return 'server error';
  if (res.status === 401) return 'unauthenticated';
  if (res.status === 403) return 'forbidden';
  return 'allowed';
}

/** What the permission table says a caller of `role` (by key or session) should get. */
function expectedVerdict(op: TOperation, role: TRole, kind: 'key' | 'user'): 'allowed' | 'forbidden' {
  const access = op.access as TRouteAccess;
  if (REFUSED_BY_THE_ROUTE[name(op)]?.kind === kind) return 'forbidden';
  if (access === 'public' || access === 'signed-in') return 'allowed';
  if (access === 'instance-admin') return 'forbidden';
  return can(role, access) ? 'allowed' : 'forbidden';
}

forEachDatabase('isolation, from the OpenAPI document', (getDb) => {
  let app: TAppWithAuth;
  let operations: TOperation[];
  let a: TPlantedWorkspace;

  before(async () => {
    app = createTestApp(getDb());
    operations = await readOperations(app);
    a = await plantWorkspace(getDb(), app);
  });

  test('the document lists operations, and every one names a known access', () => {
    assert.ok(operations.length >= 40, `only ${operations.length} operations in the document`);
    const unknown = operations.filter((op) => !isKnownAccess(op.access));
    assert.deepEqual(
      unknown.map((op) => `${name(op)}: ${JSON.stringify(op.access)}`),
      [],
      'every operation needs `...secured(access)` naming a permission, signed-in, instance-admin or public',
    );
  });

  test('every /api route the app answers is in the document, or is public', () => {
    const documented = new Set(operations.map((op) => `${op.method} ${routerPath(op.path)}`));
    const undocumented = app.routes
      .filter((r) => r.path.startsWith('/api/') && r.method !== 'ALL' && !isPublicPath(r.path))
      .map((r) => `${r.method} ${r.path}`)
      .filter((route) => !documented.has(route));
    assert.deepEqual([...new Set(undocumented)], [], 'a route outside the document escapes authorisation');
  });

  test('anonymous, unknown, revoked, expired and signed-out callers get 401 on every non-public operation', async () => {
    const db = getDb();
    const created = async (expiresAt?: string) => {
      const res = await a.call('POST', '/api/keys', { name: 'soon unusable', role: 'admin', expiresAt });
      assert.equal(res.status, 201, JSON.stringify(res.body));
      return res.body as { key: { id: string }; secret: string };
    };
    const revoked = await created();
    assert.equal((await a.call('DELETE', `/api/keys/${revoked.key.id}`)).status, 200);
    // A key that expires a few seconds from now (it must be in the future when made), used once it has.
    const expiresAt = Date.now() + 4000;
    const expired = await created(new Date(expiresAt).toISOString());
    const user = await createTestUser(db, app, { workspaceId: a.workspace.id, role: 'admin' });
    const session = await signIn(app, user.email, user.password);
    assert.ok(session.cookie);
    const signOut = await app.request('/api/auth/sign-out', {
      method: 'POST',
      headers: { cookie: session.cookie, origin: 'http://localhost', 'content-type': 'application/json' },
      body: '{}',
    });
    assert.equal(signOut.status, 200);
    await new Promise((resolve) => setTimeout(resolve, Math.max(expiresAt - Date.now() + 100, 0)));
    const unusable: Record<string, TCredentials> = {
      anonymous: {},
      'a garbage bearer': bearer('garbage'),
      'an unknown key of the right shape': bearer(`mot_${randomBytes(32).toString('base64url')}`),
      'a revoked key': bearer(revoked.secret),
      'an expired key': bearer(expired.secret),
      'a garbage cookie': { cookie: 'mot.session_token=garbage' },
      'a signed-out session': { cookie: session.cookie },
      'a Basic authorization': { authorization: `Basic ${Buffer.from('admin:admin').toString('base64')}` },
    };
    const failures: string[] = [];
    for (const op of operations) {
      for (const [who, credentials] of Object.entries(unusable)) {
        const call = await callOperation(app, credentials, op, plantedParameters(a, op.path));
        const code = (call.res.body as { error?: { code?: string } } | null)?.error?.code;
        const ok =
          op.access === 'public'
            ? call.res.status < 500 && call.res.status !== 401
            : call.res.status === 401 && code === 'unauthenticated';
        if (!ok) failures.push(`${who}: ${describeCall(call)}`);
      }
    }
    assert.deepEqual(failures, []);
  });

  test("another workspace's key and user get 404 and never the workspace's data", async () => {
    const db = getDb();
    const b = await plantWorkspace(db, app);
    const bUser = await createTestUser(db, app, { workspaceId: b.workspace.id, role: 'admin' });
    const bCookie = (await signIn(app, bUser.email, bUser.password)).cookie;
    assert.ok(bCookie);
    const callers: Record<string, TCredentials> = {
      "B's admin key": bearer(b.adminSecret),
      "B's admin": { cookie: bCookie },
    };
    const before = await snapshot(a);
    // Never in any answer to B: A's names, comments and attributes (the marker) and A's workspace id.
    const hidden = [a.marker, a.workspace.id];
    // B sends these (in paths, queries, X-Workspace), so an error may repeat them; a success never may.
    const identifiers = [
      a.workspace.key,
      a.journey,
      a.customer,
      a.episode,
      a.memberUserId,
      a.keyId,
      ...a.eventIds,
    ];
    const failures: string[] = [];
    for (const op of [...operations].sort(STRANGER_ORDER)) {
      for (const [who, credentials] of Object.entries(callers)) {
        const params = plantedParameters(a, op.path);
        for (const selector of [{ 'x-workspace': a.workspace.key }, {}] as Record<string, string>[]) {
          const call = await callOperation(app, credentials, op, params, selector);
          const text = JSON.stringify(call.res.body) ?? '';
          const where = `${who}${selector['x-workspace'] ? ' naming A in X-Workspace' : ''}: ${describeCall(call)}`;
          if (call.res.status >= 500) failures.push(`server error: ${where}`);
          const leaked = hidden.filter((h) => text.includes(h));
          const echoed = identifiers.filter((i) => text.includes(i));
          if (leaked.length > 0) failures.push(`leaks ${leaked.join(', ')}: ${where}`);
          const isWrite = op.method !== 'GET' && op.method !== 'DELETE';
          if (call.res.status < 300 && !isWrite && echoed.length > 0) {
            failures.push(`answers with A's ${echoed.join(', ')}: ${where}`);
          }
          const access = op.access as TRouteAccess;
          if (!isPermission(access)) continue;
          const code = (call.res.body as { error?: { code?: string } } | null)?.error?.code;
          if (selector['x-workspace'] && (call.res.status !== 404 || code !== 'workspace_not_found')) {
            failures.push(`not 404 workspace_not_found: ${where}`);
          }
          const namesA =
            /\{(journey|customer|key|eventId|userId|id|channel)\}/.test(op.path) &&
            !op.path.startsWith('/api/packs/');
          if (!selector['x-workspace'] && !isWrite && namesA && call.res.status !== 404) {
            failures.push(`not 404 for A's thing: ${where}`);
          }
        }
      }
    }
    assert.deepEqual(failures, []);
    assert.deepEqual(await snapshot(a), before, "B's calls changed workspace A");
    assert.equal(await countMoments(db, a.workspace.id), 3);
  });

  for (const role of ROLES) {
    test(`${role}: by API key and by session, let through or refused (403) as the permission table says`, async (t) => {
      const db = getDb();
      const failures: string[] = [];
      const statuses = new Map<number, number>();
      for (const kind of ['key', 'user'] as const) {
        // A workspace for each caller: the deletes of one never take away what the next would read.
        const planted = await plantWorkspace(db, app);
        let credentials: TCredentials;
        if (kind === 'key') {
          credentials = bearer(await mintKey(db, planted.workspace.id, role));
        } else {
          const user = await createTestUser(db, app, { workspaceId: planted.workspace.id, role });
          const cookie = (await signIn(app, user.email, user.password)).cookie;
          assert.ok(cookie);
          credentials = { cookie };
        }
        for (const op of [...operations].sort(MEMBER_ORDER)) {
          const call = await callOperation(app, credentials, op, plantedParameters(planted, op.path));
          statuses.set(call.res.status, (statuses.get(call.res.status) ?? 0) + 1);
          const got = verdictOf(call.res);
          const expected = expectedVerdict(op, role, kind);
          if (got !== expected)
            failures.push(`${kind}: expected ${expected}, got ${got}: ${describeCall(call)}`);
          const code = (call.res.body as { error?: { code?: string } } | null)?.error?.code;
          if (got === 'forbidden' && code !== 'forbidden')
            failures.push(`${kind}: 403 without code forbidden: ${describeCall(call)}`);
        }
      }
      t.diagnostic(
        `statuses: ${JSON.stringify(Object.fromEntries([...statuses].sort((x, y) => x[0] - y[0])))}`,
      );
      assert.deepEqual(failures, []);
    });
  }

  test('a user of two workspaces gets the role of the one X-Workspace names, and must name one', async () => {
    const db = getDb();
    const viewerHere = await plantWorkspace(db, app);
    const adminThere = await plantWorkspace(db, app);
    const user = await createTestUser(db, app, { workspaceId: viewerHere.workspace.id, role: 'viewer' });
    const added = await app.request('/api/members', {
      method: 'POST',
      headers: { ...bearer(adminThere.adminSecret), 'content-type': 'application/json' },
      body: JSON.stringify({ email: user.email, role: 'admin' }),
    });
    assert.equal(added.status, 201);
    const cookie = (await signIn(app, user.email, user.password)).cookie;
    assert.ok(cookie);
    const failures: string[] = [];
    for (const op of [...operations].sort(MEMBER_ORDER)) {
      const access = op.access as TRouteAccess;
      if (!isPermission(access)) continue;
      const params = plantedParameters(viewerHere, op.path);
      const selected = await callOperation(app, { cookie }, op, params, {
        'x-workspace': viewerHere.workspace.key,
      });
      const expected = can('viewer', access) ? 'allowed' : 'forbidden';
      if (verdictOf(selected.res) !== expected)
        failures.push(`expected ${expected}: ${describeCall(selected)}`);
      const unnamed = await callOperation(app, { cookie }, op, params);
      const code = (unnamed.res.body as { error?: { code?: string } } | null)?.error?.code;
      if (unnamed.res.status !== 400 || code !== 'workspace_required') {
        failures.push(`expected 400 workspace_required: ${describeCall(unnamed)}`);
      }
    }
    assert.deepEqual(failures, []);
  });

  test('an administrator of the installation is let through on instance-admin and signed-in operations', async () => {
    const db = getDb();
    const admin = await createTestUser(db, app, { instanceAdmin: true });
    const cookie = (await signIn(app, admin.email, admin.password)).cookie;
    assert.ok(cookie);
    const failures: string[] = [];
    for (const op of operations.filter((op) => op.access === 'instance-admin' || op.access === 'signed-in')) {
      const call = await callOperation(app, { cookie }, op, plantedParameters(a, op.path));
      if (verdictOf(call.res) !== 'allowed') failures.push(describeCall(call));
    }
    assert.deepEqual(failures, []);
  });

  /** What A holds, read by A's admin: compared before and after B's calls. */
  async function snapshot(planted: TPlantedWorkspace) {
    const call = clientWith(app, bearer(planted.adminSecret));
    const read = async (path: string) => {
      const res = await call('GET', path);
      assert.equal(res.status, 200, `${path}: ${JSON.stringify(res.body)}`);
      return res.body as Record<string, unknown>;
    };
    const keys = (await read('/api/keys'))['keys'] as Array<{ id: string; revokedAt: string | null }>;
    return {
      journeys: await read('/api/journeys'),
      members: await read('/api/members'),
      keys: keys.map((k) => ({ id: k.id, revokedAt: k.revokedAt })),
      settings: await read('/api/settings'),
      timeline: await read(`/api/customers/${planted.customer}/timeline`),
      audit: (await read('/api/audit?limit=500'))['entries'],
      moments: await countMoments(getDb(), planted.workspace.id),
    };
  }
});
