import assert from 'node:assert/strict';
import { test } from 'node:test';
import { createApiKey, ensureWorkspace, ingestMoments, openDatabaseFromEnv, startServer } from '@mot/server';
import { runPackLoad } from './pack.ts';
import { runCasesList } from './cases.ts';
import { useTempDataDir } from './temp-data-dir.ts';

useTempDataDir('mot-cases-');

const sink = () => {
  const sunk = { text: '', write: (text: string) => (sunk.text += text) };
  return sunk;
};

const moment = (eventId: string, customer: string, wait: number) => ({
  eventId,
  journey: 'broadband_repair',
  touchpoint: 'fault_report',
  customer,
  episode: `${customer}-e`,
  occurredAt: '2026-05-01T08:00:00+08:00',
  measures: { report_minutes: wait },
});

test('mot cases list reads the cases of a workspace, filtered by state, as JSON or a table', async () => {
  await runPackLoad(
    { pack: 'telecom', journeys: ['broadband_repair'], workspace: 'default', format: 'json' },
    sink(),
  );
  const db = await openDatabaseFromEnv();
  try {
    const workspace = await ensureWorkspace(db, { key: 'default', name: 'Default' });
    const report = await ingestMoments(db, workspace.id, [
      moment('a', 'c-1', 60),
      moment('b', 'c-2', 90),
      moment('c', 'c-3', 1),
    ]);
    assert.equal(report.ok, true, JSON.stringify(report.items[0]));
  } finally {
    await db.close();
  }
  const out = sink();
  const flags = { workspace: 'default', sort: 'opened_asc' as const, limit: 50, format: 'json' as const };
  const listed = await runCasesList({ ...flags, state: ['new'] }, true, out);
  assert.equal(listed.length, 2);
  const rows = JSON.parse(out.text) as Array<Record<string, unknown>>;
  assert.deepEqual(rows.map((r) => r['customer']).sort(), ['c-1', 'c-2']);
  assert.equal(rows[0]?.['state'], 'new');
  assert.equal((await runCasesList({ ...flags, state: ['closed'] }, true, sink())).length, 0);
  assert.equal((await runCasesList({ ...flags, overdue: true }, true, sink())).length, 0);
  const table = sink();
  await runCasesList({ ...flags, format: 'table' }, true, table);
  assert.match(table.text, /severity/);
  await assert.rejects(runCasesList({ ...flags, workspace: 'nope' }, true, sink()), /--workspace nope/);
});

test('mot cases list --server reads them through the API with a key', async () => {
  const db = await openDatabaseFromEnv();
  const workspace = await ensureWorkspace(db, { key: 'default', name: 'Default' });
  const { secret } = await createApiKey(db, { workspaceId: workspace.id, name: 'cli', role: 'viewer' });
  const server = await startServer({ db, port: 0 });
  try {
    const out = sink();
    const listed = await runCasesList(
      {
        workspace: 'default',
        sort: 'opened_desc',
        limit: 10,
        format: 'json',
        server: server.url,
        key: secret,
      },
      false,
      out,
    );
    assert.equal(listed.length, 2);
    await assert.rejects(
      runCasesList(
        {
          workspace: 'default',
          sort: 'opened_desc',
          limit: 10,
          format: 'json',
          server: server.url,
          key: 'mot_bad',
        },
        false,
        sink(),
      ),
      /--server: 401/,
    );
  } finally {
    await server.close();
    await db.close();
  }
});
