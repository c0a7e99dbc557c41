import assert from 'node:assert/strict';
import { test } from 'node:test';
import { readMigrations } from '@mot/server';
import { runMigrate } from './migrate.ts';
import { useTempDataDir } from './temp-data-dir.ts';

useTempDataDir('mot-migrate-');

test('mot migrate applies the migrations once and says so', async () => {
  let out = '';
  const sink = { write: (text: string) => (out += text) };
  const committed = readMigrations().map((m) => m.name);
  assert.ok(committed.length > 0);
  assert.deepEqual(await runMigrate('table', sink), committed);
  assert.equal(out, committed.map((name) => `applied ${name}\n`).join(''));
  out = '';
  assert.deepEqual(await runMigrate('json', sink), []);
  assert.deepEqual(JSON.parse(out), { database: 'pglite', applied: [] });
});
