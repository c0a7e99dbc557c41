import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { importMoments } from './import-moments.ts';
import type { TMomentSink } from './sink.ts';

// A full collection before each sample measures live memory, not garbage waiting for the collector.
setFlagsFromString('--expose-gc');
const collect = runInNewContext('gc') as () => void;

let dir = '';
before(() => (dir = mkdtempSync(join(tmpdir(), 'mot-import-mem-'))));
after(() => rmSync(dir, { recursive: true, force: true }));

/** Writes a CSV of about `megabytes` MB of moments. */
function writeCsv(name: string, megabytes: number): string {
  const header = 'event_id,touchpoint,customer,episode,occurred_at,measures.arrival_hours,comment\n';
  const row = (i: number) =>
    `e${i},on_site,c${i % 5000},k${i >> 2},2025-04-01T10:00:00+08:00,${i % 50},"师傅准时上门 ${i}"\n`;
  const count = Math.round((megabytes * 1024 * 1024) / row(100_000).length);
  const path = join(dir, name);
  writeFileSync(path, header + Array.from({ length: count }, (_, i) => row(i)).join(''));
  return path;
}

/** Live heap growth (bytes) at its highest during an import, sampled every 3,000 rows. */
async function peakHeapGrowth(file: string): Promise<{ growth: number; rows: number }> {
  const sink: TMomentSink = {
    send: async (moments) => ({
      ok: true,
      created: moments.length,
      duplicates: 0,
      conflicts: 0,
      rejected: 0,
      breaches: 0,
      items: [],
    }),
  };
  collect();
  const baseline = process.memoryUsage().heapUsed;
  let peak = baseline;
  const summary = await importMoments({
    file,
    journey: 'repair',
    sink,
    batchSize: 2000,
    onProgress: (_bytes, rows) => {
      if (rows % 3000 !== 0) return;
      collect();
      peak = Math.max(peak, process.memoryUsage().heapUsed);
    },
  });
  return { growth: peak - baseline, rows: summary.created };
}

test('memory does not grow with the size of the file (streamed, never held whole)', async (t) => {
  const small = await peakHeapGrowth(writeCsv('small.csv', 0.6));
  const large = await peakHeapGrowth(writeCsv('large.csv', 3));
  t.diagnostic(
    `heap growth: ${(small.growth / 1048576).toFixed(1)} MB (0.6 MB file), ${(large.growth / 1048576).toFixed(1)} MB (3 MB)`,
  );
  assert.ok(large.rows > 4 * small.rows, `${large.rows} vs ${small.rows} rows`);
  // Holding the 3 MB file's 36,000 moments would add well over 10 MB; a batch of 2,000 is ~2 MB.
  const mb = (bytes: number) => (bytes / 1024 / 1024).toFixed(1);
  assert.ok(
    large.growth < 8 * 1024 * 1024,
    `heap grew ${mb(large.growth)} MB on 3 MB (${mb(small.growth)} on 0.6 MB)`,
  );
  assert.ok(
    large.growth < small.growth + 3 * 1024 * 1024,
    `${mb(large.growth)} MB vs ${mb(small.growth)} MB`,
  );
});
