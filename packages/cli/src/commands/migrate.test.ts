import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import { readMigrations } from '@mot/server';
import { runMigrate } from './migrate.ts';

const saved = { url: process.env['DATABASE_URL'], dir: process.env['MOT_DATA_DIR'] };
const dataDir = mkdtempSync(join(tmpdir(), 'mot-migrate-'));
before(() => {
  delete process.env['DATABASE_URL'];
  process.env['MOT_DATA_DIR'] = dataDir;
});
after(() => {
  if (saved.url !== undefined) process.env['DATABASE_URL'] = saved.url;
  if (saved.dir === undefined) delete process.env['MOT_DATA_DIR'];
  else process.env['MOT_DATA_DIR'] = saved.dir;
  rmSync(dataDir, { recursive: true, force: true });
});

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
