import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import { createApiKey, ensureWorkspace, queryRows, startServer } from '@mot/server';
import { sql } from 'drizzle-orm';
import { forEachDatabase } from '../../../server/src/testing/databases.ts';
import { importStatus } from './import-status.ts';
import { createStatusDatabaseSink, createStatusHttpSink } from './status-sinks.ts';

let dir = '';
before(() => (dir = mkdtempSync(join(tmpdir(), 'mot-import-status-'))));
after(() => rmSync(dir, { recursive: true, force: true }));

/** Six rows: four good (one without a reason), a bad status (line 4) and an impossible date (line 6). */
function writeCsv(name: string): string {
  const file = join(dir, name);
  writeFileSync(
    file,
    [
      'Customer,Status,Date,Reason,Contract_End',
      'c1,started,2025-01-01,,2026-01-01',
      'c1,churned,2025-06-30T10:00:00+08:00,"moved away, to Hangzhou",',
      'c2,gone,2025-03-01,price,',
      'c3,Churned,2025-04-01,price,',
      'c4,churned,2025-02-30,price,',
      'c2,renewed,2025-05-01,,2027-05-01',
    ].join('\n'),
  );
  return file;
}

forEachDatabase('mot import --status', (getDb) => {
  test('imports status events once, rejecting bad rows by line and column', async () => {
    const db = getDb();
    const workspace = await ensureWorkspace(db, { key: 'status-db', name: 'Status' });
    const sink = await createStatusDatabaseSink(db, 'status-db');
    const file = writeCsv('status.csv');
    const first = await importStatus({ file, sink, batchSize: 2 });
    assert.deepEqual([first.rowsRead, first.created, first.rejected], [6, 4, 2]);
    const rejects = readFileSync(first.rejectsFile ?? '', 'utf8')
      .trim()
      .split('\n');
    assert.match(rejects[1] ?? '', /^4,"Status: must be one of started, renewed, churned, reactivated"/);
    assert.match(rejects[2] ?? '', /^6,Date: is not a day of the calendar,/);
    const again = await importStatus({ file, sink });
    assert.deepEqual([again.created, again.unchanged, again.rejected], [0, 4, 2]);
    const rows = await queryRows<{ reason: string | null; contract_end: string | null }>(
      db.orm,
      sql`select reason, to_char(contract_end, 'YYYY-MM-DD') as contract_end from customer_status_events
          where workspace_id = ${workspace.id} order by at`,
    );
    assert.deepEqual(rows, [
      { reason: null, contract_end: '2026-01-01' },
      { reason: 'price', contract_end: null },
      { reason: null, contract_end: '2027-05-01' },
      { reason: 'moved away, to Hangzhou', contract_end: null },
    ]);
  });

  test('--server posts the events to the API; a file without a date column is refused by name', async () => {
    const db = getDb();
    const workspace = await ensureWorkspace(db, { key: 'status-http', name: 'Status over HTTP' });
    const server = await startServer({ db, port: 0, host: '127.0.0.1' });
    try {
      const { secret } = await createApiKey(db, {
        workspaceId: workspace.id,
        name: 'import',
        role: 'ingest',
      });
      const sink = createStatusHttpSink(server.url, { apiKey: secret });
      const summary = await importStatus({ file: writeCsv('over-http.csv'), sink });
      assert.deepEqual([summary.created, summary.rejected], [4, 2]);
      const bad = join(dir, 'no-date.csv');
      writeFileSync(bad, 'customer,status\nc1,churned\n');
      await assert.rejects(importStatus({ file: bad, sink }), /the header has no column date/);
    } finally {
      await server.close();
    }
  });
});
