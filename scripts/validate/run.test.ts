import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { floorTolerance, validate } from './run.ts';

test('without the data folder the check is skipped with one line and exit 0', async (t) => {
  const log = t.mock.method(console, 'log', () => undefined);
  assert.equal(await validate('/repo', '/nowhere/shared/data'), 0);
  assert.equal(log.mock.callCount(), 1);
  assert.match(
    String(log.mock.calls[0]!.arguments[0]),
    /^validate: skipped, no real data at \/nowhere\/shared\/data/,
  );
});

test('a data folder without the Olist sample is an error', async (t) => {
  const dir = mkdtempSync(join(tmpdir(), 'mot-validate-'));
  t.after(() => rmSync(dir, { recursive: true, force: true }));
  const error = t.mock.method(console, 'error', () => undefined);
  assert.equal(await validate('/repo', dir), 1);
  assert.match(String(error.mock.calls[0]!.arguments[0]), /has no olist_sample_4000 folder/);
});

test('"near 0" for the days_late floor is the journey\'s own floor', () => {
  assert.equal(floorTolerance(), 3);
});
