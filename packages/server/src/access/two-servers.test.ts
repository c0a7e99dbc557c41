import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import type { ChildProcess } from 'node:child_process';
import { after, before, describe, test } from 'node:test';
import { sql } from 'drizzle-orm';
import { createApp } from '../app.ts';
import { openDatabase, queryRows } from '../storage/database.ts';
import type { TDatabase } from '../storage/database.ts';
import { migrate } from '../storage/migrate.ts';
import { putJourney } from '../storage/put-journey.ts';
import { createScratchDatabase } from '../testing/scratch-database.ts';
import { createTestWorkspace, makeJourney, makeMoment } from '../testing/factories.ts';
import { cookieOf, createTestUser, mintKey } from '../testing/http.ts';
import { sessionToken } from '../testing/auth-requests.ts';

const child = new URL('../testing/serve-for-test.ts', import.meta.url);
const baseUrl = process.env['MOT_TEST_DATABASE_URL'];
/** Requests per caller per minute on both servers: low enough to reach, shared through the database. */
const PER_CALLER = 12;

type TAnswer = { status: number; body: unknown; headers: Headers };

/** A client of one server sending these credentials (an API key or a session cookie). */
function clientOf(server: string, credentials: Record<string, string>) {
  return async (method: string, path: string, body?: unknown): Promise<TAnswer> => {
    const res = await fetch(new URL(path, server), {
      method,
      headers: { 'content-type': 'application/json', origin: server, ...credentials },
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
    });
    const text = await res.text();
    return { status: res.status, body: text ? (JSON.parse(text) as unknown) : null, headers: res.headers };
  };
}

/** Starts a server process on the database; resolves with its URL once it listens. */
function startServerProcess(databaseUrl: string): Promise<{ url: string; proc: ChildProcess }> {
  const proc = spawn(process.execPath, ['--import', 'tsx', child.pathname], {
    stdio: ['pipe', 'pipe', 'inherit'],
    env: { ...process.env, DATABASE_URL: databaseUrl, MOT_TEST_PER_CALLER: String(PER_CALLER) },
  });
  return new Promise((resolve, reject) => {
    let out = '';
    proc.stdout?.on('data', (chunk: Buffer) => {
      out += chunk.toString();
      const match = /listening (\S+)/.exec(out);
      if (match?.[1]) resolve({ url: match[1], proc });
    });
    proc.once('exit', (code) => reject(new Error(`the server exited with ${code} before listening`)));
  });
}

async function signInOn(server: string, email: string, password: string): Promise<string> {
  const res = await fetch(new URL('/api/auth/sign-in/email', server), {
    method: 'POST',
    headers: { 'content-type': 'application/json', origin: server },
    body: JSON.stringify({ email, password }),
  });
  assert.equal(res.status, 200, await res.text());
  const cookie = cookieOf(res.headers);
  assert.ok(cookie);
  return cookie;
}

describe(
  'two servers on one PostgreSQL behave as one',
  { skip: baseUrl ? false : 'MOT_TEST_DATABASE_URL is not set: this needs PostgreSQL' },
  () => {
    let db: TDatabase;
    let drop: () => Promise<void>;
    let a: { url: string; proc: ChildProcess };
    let b: { url: string; proc: ChildProcess };
    let workspaceId: string;
    let admin: { id: string; email: string; password: string };

    before(async () => {
      const scratch = await createScratchDatabase(baseUrl ?? '', 'mot_two');
      drop = scratch.drop;
      db = await openDatabase({ url: scratch.url });
      await migrate(db);
      const workspace = await createTestWorkspace(db);
      workspaceId = workspace.id;
      await putJourney(db, workspaceId, makeJourney());
      const app = createApp(db);
      admin = await createTestUser(db, app, { workspaceId, role: 'admin' });
      [a, b] = await Promise.all([startServerProcess(scratch.url), startServerProcess(scratch.url)]);
    });

    after(async () => {
      for (const server of [a, b]) {
        if (!server) continue;
        const exited = new Promise((resolve) => server.proc.once('exit', resolve));
        server.proc.stdin?.end();
        await exited;
      }
      await db?.close();
      await drop?.();
    });

    test('a session made on A works on B; signing out on A ends it on B at once', async () => {
      const cookie = await signInOn(a.url, admin.email, admin.password);
      const onB = clientOf(b.url, { cookie });
      const me = await onB('GET', '/api/me');
      assert.equal(me.status, 200, JSON.stringify(me.body));
      assert.equal((me.body as { user: { email: string } }).user.email, admin.email);
      const out = await clientOf(a.url, { cookie })('POST', '/api/auth/sign-out', {});
      assert.equal(out.status, 200, JSON.stringify(out.body));
      assert.equal((await onB('GET', '/api/me')).status, 401);
    });

    test('a session revoked on B is refused on A at once, and revoking the others on A ends them on B', async () => {
      const first = await signInOn(a.url, admin.email, admin.password);
      const second = await signInOn(a.url, admin.email, admin.password);
      const third = await signInOn(b.url, admin.email, admin.password);
      assert.equal((await clientOf(a.url, { cookie: second })('GET', '/api/me')).status, 200);
      const revoked = await clientOf(b.url, { cookie: first })('POST', '/api/auth/revoke-session', {
        token: sessionToken(second),
      });
      assert.equal(revoked.status, 200, JSON.stringify(revoked.body));
      assert.equal((await clientOf(a.url, { cookie: second })('GET', '/api/me')).status, 401);
      const others = await clientOf(a.url, { cookie: first })('POST', '/api/auth/revoke-other-sessions', {});
      assert.equal(others.status, 200, JSON.stringify(others.body));
      assert.equal((await clientOf(b.url, { cookie: third })('GET', '/api/me')).status, 401);
      assert.equal((await clientOf(b.url, { cookie: first })('GET', '/api/me')).status, 200);
    });

    test('a key revoked on A is refused on B at once', async () => {
      const adminKey = await mintKey(db, workspaceId, 'admin');
      const created = await clientOf(a.url, { authorization: `Bearer ${adminKey}` })('POST', '/api/keys', {
        name: 'CRM',
        role: 'viewer',
      });
      assert.equal(created.status, 201, JSON.stringify(created.body));
      const { key, secret } = created.body as { key: { id: string }; secret: string };
      const onB = clientOf(b.url, { authorization: `Bearer ${secret}` });
      assert.equal((await onB('GET', '/api/journeys')).status, 200);
      const revoked = await clientOf(a.url, { authorization: `Bearer ${adminKey}` })(
        'DELETE',
        `/api/keys/${key.id}`,
      );
      assert.equal(revoked.status, 200, JSON.stringify(revoked.body));
      assert.equal((await onB('GET', '/api/journeys')).status, 401);
    });

    test('the rate-limit counters are shared: requests to A and B count against one limit', async () => {
      // Away from the edge of the minute, so all requests fall in one window.
      const left = 60_000 - (Date.now() % 60_000);
      if (left < 15_000) await new Promise((resolve) => setTimeout(resolve, left + 50));
      const secret = await mintKey(db, workspaceId, 'viewer');
      const servers = [a.url, b.url].map((url) => clientOf(url, { authorization: `Bearer ${secret}` }));
      for (let i = 0; i < PER_CALLER; i += 1) {
        const res = await servers[i % 2]?.('GET', '/api/journeys');
        assert.equal(res?.status, 200, `request ${i + 1}`);
      }
      for (const server of servers) {
        const res = await server('GET', '/api/journeys');
        assert.equal(res.status, 429, JSON.stringify(res.body));
        assert.ok(res.headers.get('retry-after'));
      }
    });

    test('a journey edited on A is used at once by ingestion on B', async () => {
      const adminKey = await mintKey(db, workspaceId, 'admin');
      const onA = clientOf(a.url, { authorization: `Bearer ${adminKey}` });
      const ingestOnB = clientOf(b.url, {
        authorization: `Bearer ${await mintKey(db, workspaceId, 'ingest')}`,
      });
      // B loads and caches the definitions.
      const warm = await ingestOnB('POST', '/api/moments', { moments: [makeMoment({ customer: 'c-def' })] });
      assert.equal((warm.body as { created: number }).created, 1, JSON.stringify(warm.body));
      const journey = makeJourney();
      const touchpoints = journey.touchpoints ?? [];
      const hotline = touchpoints[0];
      assert.ok(hotline);
      const changed = await onA('PUT', '/api/journeys/repair', {
        ...journey,
        touchpoints: [
          {
            ...hotline,
            measures: [
              {
                key: 'wait_seconds',
                unit: 's',
                direction: 'lower_is_better',
                standard: { target: 10, floor: 50 },
              },
            ],
          },
          ...touchpoints.slice(1),
          { key: 'chat', name: 'Chat', stage: 'contact', channel: 'web', owner: 'Digital', measures: [] },
        ],
      });
      assert.equal(changed.status, 200, JSON.stringify(changed.body));
      const chat = makeMoment({ customer: 'c-def', touchpoint: 'chat', measures: {} });
      const slow = makeMoment({ customer: 'c-def', measures: { wait_seconds: 100 } });
      const sent = await ingestOnB('POST', '/api/moments', { moments: [chat, slow] });
      assert.equal(sent.status, 200, JSON.stringify(sent.body));
      assert.equal((sent.body as { created: number }).created, 2, JSON.stringify(sent.body));
      // 100 s is over the new floor of 50 s (not the old 300 s): B judged it by A's edit.
      const [breach] = await queryRows<{ n: number }>(
        db.orm,
        sql`select count(*)::int as n from breaches b join moments m
            on m.workspace_id = b.workspace_id and m.customer_id = b.customer_id and m.id = b.moment_id
          where b.workspace_id = ${workspaceId} and m.event_id = ${slow.eventId}`,
      );
      assert.equal(breach?.n, 1);
    });

    test('a customer erased on A and sent again to B is created afresh', async () => {
      const adminKey = await mintKey(db, workspaceId, 'admin');
      const ingestOnB = clientOf(b.url, {
        authorization: `Bearer ${await mintKey(db, workspaceId, 'ingest')}`,
      });
      const first = makeMoment({ customer: 'c-erased', episode: 'case-e' });
      assert.equal((await ingestOnB('POST', '/api/moments', { moments: [first] })).status, 200);
      const idOf = async () =>
        (
          await queryRows<{ id: number }>(
            db.orm,
            sql`select id from customers where workspace_id = ${workspaceId} and external_id = 'c-erased'`,
          )
        )[0]?.id;
      const oldId = await idOf();
      assert.ok(oldId !== undefined);
      const erased = await clientOf(a.url, { authorization: `Bearer ${adminKey}` })(
        'DELETE',
        '/api/customers/c-erased',
      );
      assert.equal(erased.status, 200, JSON.stringify(erased.body));
      const again = makeMoment({ customer: 'c-erased', episode: 'case-e' });
      const res = await ingestOnB('POST', '/api/moments', { moments: [again] });
      assert.equal(res.status, 200, JSON.stringify(res.body));
      assert.equal((res.body as { created: number }).created, 1, JSON.stringify(res.body));
      const newId = await idOf();
      assert.ok(newId !== undefined && newId !== oldId, 'a new customer row');
      const [rows] = await queryRows<{ moments: number; episodes: number; stale: number }>(
        db.orm,
        sql`select
            (select count(*)::int from moments where workspace_id = ${workspaceId} and customer_id = ${newId}) as moments,
            (select count(*)::int from episodes where workspace_id = ${workspaceId} and customer_id = ${newId}) as episodes,
            (select count(*)::int from moments where workspace_id = ${workspaceId} and customer_id = ${oldId}) as stale`,
      );
      assert.deepEqual(rows, { moments: 1, episodes: 1, stale: 0 });
    });
  },
);
