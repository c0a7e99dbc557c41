import assert from 'node:assert/strict';
import { test } from 'node:test';
import { readMigrations } from '@mot/server';
import { parsePort, runServe } from './serve.ts';
import { useTempDataDir } from './temp-data-dir.ts';

useTempDataDir('mot-serve-');

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
});
