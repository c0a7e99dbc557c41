import { test } from 'node:test';
import assert from 'node:assert/strict';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { getPack } from '../packs/index.ts';
import type { TPack } from '../packs/index.ts';
import { simulate } from './index.ts';

// A full collection before each reading, so that the heap measures what is held, not garbage.
setFlagsFromString('--expose-gc');
const gc = runInNewContext('gc') as () => void;
const heapMb = (): number => {
  gc();
  return process.memoryUsage().heapUsed / 1e6;
};

test('streams 100,000 moments in bounded memory (the 1,000,000 run is in bench/simulator)', () => {
  const pack = getPack('telecom') as TPack;
  const readings: number[] = [];
  let moments = 0;
  for (const r of simulate(pack, {
    seed: 1,
    customers: 1_000_000,
    maxMoments: 100_000,
    start: '2026-01-01T00:00:00Z',
  })) {
    if (r.kind !== 'moment') continue;
    moments++;
    if (moments % 25_000 === 0) readings.push(heapMb());
  }
  assert.ok(moments >= 100_000);
  const [first = 0] = readings;
  const growth = Math.max(...readings) - first;
  // Holding 75,000 moments would take well over 30 MB; a streaming generator holds a customer at a time.
  assert.ok(growth < 5, `heap grew ${growth.toFixed(1)} MB: ${readings.map((r) => r.toFixed(1)).join(', ')}`);
});
