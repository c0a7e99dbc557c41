import assert from 'node:assert/strict';
import { test } from 'node:test';
import { Command } from 'commander';
import { createApp, ensureWorkspace, migrate, openDatabaseFromEnv } from '@mot/server';
import { registerKeyCommand } from './key.ts';
import { useTempDataDir } from './temp-data-dir.ts';
import { registerUserCommand } from './user.ts';

useTempDataDir('mot-access-');

/** Runs `mot <args>` with the user and key commands, capturing what it prints. */
async function mot(args: string[]): Promise<string> {
  const program = new Command('mot').exitOverride();
  registerUserCommand(program);
  registerKeyCommand(program);
  let printed = '';
  const write = process.stdout.write;
  process.stdout.write = ((chunk: string) => (printed += chunk) !== '') as typeof process.stdout.write;
  try {
    await program.parseAsync(['node', 'mot', ...args]);
  } finally {
    process.stdout.write = write;
  }
  return printed;
}

/** Calls the API of the database the environment names, as a real client would. */
async function call(
  path: string,
  headers: Record<string, string>,
  init: RequestInit = {},
): Promise<Response> {
  const db = await openDatabaseFromEnv();
  try {
    return await createApp(db).request(path, {
      ...init,
      headers: { 'content-type': 'application/json', ...headers },
    });
  } finally {
    await db.close();
  }
}

test('mot user and mot key: an admin, a key shown once, listed without its secret, then revoked', async () => {
  const db = await openDatabaseFromEnv();
  await migrate(db);
  await ensureWorkspace(db, { key: 'shop', name: 'Shop' });
  await db.close();

  const created = JSON.parse(
    await mot([
      'user',
      'create',
      '--email',
      'Li.Lei@Example.com',
      '--admin',
      '--workspace',
      'shop',
      '--role',
      'admin',
      '--format',
      'json',
    ]),
  ) as { email: string; instanceAdmin: boolean; signInLink: string | null };
  assert.equal(created.email, 'li.lei@example.com');
  assert.equal(created.instanceAdmin, true);
  assert.match(created.signInLink ?? '', /^http:\/\/127\.0\.0\.1:\d+\/api\/auth\/magic-link\/verify\?token=/);
  await assert.rejects(
    mot(['user', 'create', '--email', 'li.lei@example.com', '--password', 'long enough pw']),
    /already exists/,
  );
  await assert.rejects(
    mot(['user', 'create', '--email', 'x@example.com', '--password', 'short']),
    /10 to 256 characters/,
  );

  const key = JSON.parse(
    await mot([
      'key',
      'create',
      '--workspace',
      'shop',
      '--role',
      'ingest',
      '--name',
      'CRM export',
      '--format',
      'json',
    ]),
  ) as { id: string; secret: string };
  assert.match(key.secret, /^mot_[A-Za-z0-9_-]{43}$/);
  const listed = await mot(['key', 'list', '--workspace', 'shop', '--format', 'json']);
  assert.ok(listed.includes(key.id) && !listed.includes(key.secret));
  assert.equal((await call('/api/journeys', { authorization: `Bearer ${key.secret}` })).status, 403);
  const posted = await call(
    '/api/moments',
    { authorization: `Bearer ${key.secret}` },
    {
      method: 'POST',
      body: JSON.stringify({ moments: [] }),
    },
  );
  assert.notEqual(posted.status, 401);
  assert.notEqual(posted.status, 403);
  assert.match(await mot(['key', 'revoke', key.id, '--workspace', 'shop']), /revoked key/);
  assert.equal((await call('/api/journeys', { authorization: `Bearer ${key.secret}` })).status, 401);

  await assert.rejects(
    mot(['key', 'create', '--workspace', 'shop', '--role', 'boss', '--name', 'x']),
    /--role must be one of/,
  );
  await assert.rejects(
    mot([
      'key',
      'create',
      '--workspace',
      'shop',
      '--role',
      'viewer',
      '--name',
      'x',
      '--expires',
      '2001-01-01T00:00:00Z',
    ]),
    /--expires must be in the future/,
  );
  await assert.rejects(mot(['key', 'list', '--workspace', 'nope']), /--workspace nope: no such workspace/);

  assert.match(await mot(['user', 'disable', 'li.lei@example.com']), /is disabled/);
  const users = JSON.parse(await mot(['user', 'list', '--format', 'json'])) as Array<{
    email: string;
    disabled: boolean;
  }>;
  assert.deepEqual(
    users.map((u) => [u.email, u.disabled]),
    [['li.lei@example.com', true]],
  );
  assert.match(await mot(['user', 'disable', 'li.lei@example.com', '--enable']), /is enabled/);
});
