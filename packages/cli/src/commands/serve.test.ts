import assert from 'node:assert/strict';
import { test } from 'node:test';
import { readMigrations } from '@mot/server';
import { existsSync } from 'node:fs';
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
      new RegExp(`^applied migrations: ${committed.join(', ')}\nmot is listening on http://localhost:\\d+\n`),
    );
    const res = await fetch(`${running.url}/api/health`);
    assert.deepEqual(await res.json(), { ok: true });
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
