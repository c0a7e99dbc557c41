import assert from 'node:assert/strict';
import { test } from 'node:test';
import { Hono } from 'hono';
import { onError } from './onerror.ts';

/** An app whose one route throws `error`; console.error is captured while it answers. */
async function answer(
  error: Error,
): Promise<{ status: number; body: string; header: string | null; logged: string }> {
  const app = new Hono();
  app.onError(onError);
  app.get('/boom', () => {
    throw error;
  });
  const original = console.error;
  let logged = '';
  console.error = (...args: unknown[]) => (logged += args.map(String).join(' '));
  try {
    const res = await app.request('/boom');
    return { status: res.status, body: await res.text(), header: res.headers.get('x-request-id'), logged };
  } finally {
    console.error = original;
  }
}

/** A database error as Drizzle throws it: its own message with the query, the driver's error as cause. */
function databaseError(sqlState: string, message: string): Error {
  const cause = Object.assign(new Error(message), { code: sqlState });
  return new Error(`Failed query: insert into workspaces (key, name) values ($1, $2)`, { cause });
}

test('a database error answers 500 with a request id and none of its text; the log has the detail', async () => {
  for (const sqlState of ['22P05', '22021', '22009', '42P01', '08006']) {
    const res = await answer(databaseError(sqlState, 'invalid byte sequence for encoding "UTF8": 0x00'));
    assert.equal(res.status, 500, sqlState);
    assert.doesNotMatch(res.body, /UTF8|byte sequence|workspaces|insert|query/i);
    const body = JSON.parse(res.body) as { error: { code: string; message: string }; requestId: string };
    assert.equal(body.error.code, 'internal');
    assert.ok(res.header && body.error.message.includes(res.header) && body.requestId === res.header);
    assert.match(res.logged, new RegExp(`\\[${res.header}\\] GET /boom`));
    assert.match(res.logged, /Failed query/);
  }
});

test('a unique violation is a 409 without the database text', async () => {
  const res = await answer(
    databaseError('23505', 'duplicate key value violates unique constraint "workspaces_key_unique"'),
  );
  assert.equal(res.status, 409);
  assert.doesNotMatch(res.body, /constraint|workspaces_key|duplicate key/);
  assert.equal((JSON.parse(res.body) as { error: { code: string } }).error.code, 'already_exists');
});

test('any other unexpected error is a generic 500 too', async () => {
  const res = await answer(new TypeError("Cannot read properties of undefined (reading 'secret')"));
  assert.equal(res.status, 500);
  assert.doesNotMatch(res.body, /secret|Cannot read/);
});
