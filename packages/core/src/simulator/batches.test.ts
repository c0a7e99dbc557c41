import { test } from 'node:test';
import assert from 'node:assert/strict';
import { getPack } from '../packs/index.ts';
import type { TPack } from '../packs/index.ts';
import { momentBatches, simulate } from './index.ts';

test('momentBatches groups the moments of a stream into batches of at most the size', () => {
  const options = { seed: 1, customers: 200, start: '2026-01-01T00:00:00Z' };
  const pack = getPack('restaurant') as TPack;
  const all = [...simulate(pack, options)].filter((r) => r.kind === 'moment').map((r) => r.moment);
  const batches = [...momentBatches(simulate(pack, options), 64)];
  assert.ok(batches.slice(0, -1).every((b) => b.length === 64));
  assert.ok((batches.at(-1)?.length ?? 0) > 0);
  assert.deepEqual(batches.flat(), all);
});
