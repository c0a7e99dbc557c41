import assert from 'node:assert/strict';
import { test } from 'node:test';
import { readMigrations } from '@mot/server';
import { existsSync } from 'node:fs';
import { request } from 'node:http';
import { createServer } from 'node:net';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { createProgram } from '../main.ts';
import { parsePort, runServe } from './serve.ts';
import { useTempDataDir } from './temp-data-dir.ts';

const dataDir = useTempDataDir('mot-serve-');

test('mot serve migrates, listens, answers, and stops cleanly', async () => {
  let out = '';
  const running = await runServe(
    { port: 0, demo: false, host: '127.0.0.1' },
    { write: (t: string) => (out += t) },
  );
  try {
    const committed = readMigrations().map((m) => m.name);
    assert.match(
      out,
      new RegExp(`^applied migrations: ${committed.join(', ')}\nmot is listening on http://127.0.0.1:\\d+\n`),
    );
    const res = await fetch(`${running.url}/api/health`);
    assert.deepEqual(await res.json(), { ok: true });
    const anonymous = await fetch(`${running.url}/api/journeys`);
    assert.equal(anonymous.status, 401);
  } finally {
    await running.stop();
  }
});

test('mot serve --demo prints a one-time sign-in link that opens the demo, and only once', async () => {
  let out = '';
  const running = await runServe({ port: 0, demo: true }, { write: (t: string) => (out += t) });
  try {
    assert.match(running.url, /^http:\/\/127\.0\.0\.1:\d+$/);
    const link = running.signInLink ?? '';
    assert.ok(out.includes(link) && link.startsWith(`${running.url}/api/auth/magic-link/verify?token=`), out);
    const opened = await fetch(link, { redirect: 'manual' });
    assert.equal(opened.status, 302);
    assert.equal(opened.headers.get('location'), `${running.url}/`);
    const setCookie = opened.headers.getSetCookie().join('; ');
    assert.match(setCookie, /HttpOnly/i);
    assert.match(setCookie, /SameSite=Lax/i);
    const cookie = opened.headers
      .getSetCookie()
      .map((c) => c.split(';')[0])
      .join('; ');
    const me = await fetch(`${running.url}/api/me`, { headers: { cookie } });
    const body = (await me.json()) as {
      user: { email: string };
      workspaces: Array<{ key: string; role: string }>;
    };
    assert.equal(body.user.email, 'admin@demo.mot');
    assert.deepEqual(
      body.workspaces.map((w) => [w.key, w.role]),
      [['demo', 'admin']],
    );
    const journeys = await fetch(`${running.url}/api/journeys`, {
      headers: { cookie, 'x-workspace': 'demo' },
    });
    assert.equal(journeys.status, 200);
    const again = await fetch(link, { redirect: 'manual' });
    assert.equal(
      again.headers
        .getSetCookie()
        .filter((c) => c.startsWith('mot.session_token=') && !c.startsWith('mot.session_token=;')).length,
      0,
    );
    // A page of another site whose name resolves to this machine (DNS rebinding) sends its own Host.
    const rebound = await new Promise<number>((resolve, reject) => {
      const url = new URL('/api/health', running.url);
      request(url, { headers: { host: 'evil.example' } }, (res) => {
        res.resume();
        resolve(res.statusCode ?? 0);
      })
        .on('error', reject)
        .end();
    });
    assert.equal(rebound, 403);
  } finally {
    await running.stop();
  }
});

test('--port must be an integer from 0 to 65535', () => {
  assert.equal(parsePort('8080'), 8080);
  assert.throws(() => parsePort('http'), /--port must be an integer/);
  assert.throws(() => parsePort('70000'), /--port must be an integer/);
  assert.throws(() => parsePort(''), /--port must be an integer/);
});

test('a bad PORT is blamed on PORT, not on --port', async () => {
  const saved = process.env['PORT'];
  process.env['PORT'] = 'abc';
  try {
    const program = createProgram().exitOverride();
    await assert.rejects(
      program.parseAsync(['node', 'mot', 'serve']),
      /^InvalidArgumentError: PORT must be an integer from 0 to 65535, got "abc"$/,
    );
  } finally {
    if (saved === undefined) delete process.env['PORT'];
    else process.env['PORT'] = saved;
  }
});

test('a port already in use fails at once, before the database is opened', async () => {
  const taken = createServer();
  await new Promise<void>((resolve) => taken.listen(0, '127.0.0.1', resolve));
  const { port } = taken.address() as AddressInfo;
  const neverOpened = join(dataDir, 'never-opened');
  const saved = process.env['MOT_DATA_DIR'];
  process.env['MOT_DATA_DIR'] = neverOpened;
  try {
    await assert.rejects(
      runServe({ port, demo: true, host: '127.0.0.1' }, { write: () => true }),
      new RegExp(`port ${port} on 127.0.0.1 is already in use; choose another with --port or PORT`),
    );
    assert.equal(existsSync(neverOpened), false, 'the database folder was created');
  } finally {
    process.env['MOT_DATA_DIR'] = saved;
    await new Promise((resolve) => taken.close(resolve));
  }
});

test('mot --version prints the version', async () => {
  let out = '';
  const program = createProgram()
    .exitOverride()
    .configureOutput({ writeOut: (text) => (out += text) });
  await assert.rejects(program.parseAsync(['node', 'mot', '--version']), { code: 'commander.version' });
  assert.match(out, /^\d+\.\d+\.\d+\n$/);
});
