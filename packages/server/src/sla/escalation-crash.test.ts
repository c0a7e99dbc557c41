import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { sql } from 'drizzle-orm';
import { drainJobs } from '../jobs/runner.ts';
import { openDatabase, queryRows } from '../storage/database.ts';
import type { TDatabase } from '../storage/database.ts';
import { createScratchDatabase } from '../testing/scratch-database.ts';
import { SLA_CHECK_JOB } from './case-sla.ts';
import { handleSlaCheck } from './escalate.ts';

const child = new URL('./escalation-child.ts', import.meta.url);

/** Runs the child until it is inside an escalation's transaction, then kills it (SIGKILL). */
async function killDuringEscalation(
  args: string[],
  env: NodeJS.ProcessEnv,
): Promise<{ caseId: number; target: string }> {
  const proc = spawn(process.execPath, ['--import', 'tsx', child.pathname, ...args], {
    stdio: ['ignore', 'pipe', 'inherit'],
    env: { ...process.env, ...env },
  });
  const seen = await new Promise<{ caseId: number; target: string }>((resolve, reject) => {
    let out = '';
    proc.stdout.on('data', (chunk: Buffer) => {
      out += chunk.toString();
      const caseId = /case (\d+)/.exec(out);
      const target = /escalating (\w+)/.exec(out);
      if (caseId && target) resolve({ caseId: Number(caseId[1]), target: target[1] ?? '' });
    });
    proc.once('exit', (code) => reject(new Error(`the child exited with ${code} before escalating: ${out}`)));
  });
  const exited = new Promise((resolve) => proc.once('exit', resolve));
  proc.kill('SIGKILL');
  await exited;
  return seen;
}

/** After the restart: runs the due checks, then each check again; returns what was escalated. */
async function restartAndCount(db: TDatabase, caseId: number) {
  await drainJobs(db, { timeoutMs: 20_000 });
  const [ws] = await queryRows<{ id: string }>(
    db.orm,
    sql`select id from workspaces where key = 'escalation'`,
  );
  const workspaceId = ws?.id ?? '';
  for (const target of ['first_response', 'resolution']) {
    const job = {
      id: 0,
      workspaceId,
      kind: SLA_CHECK_JOB,
      key: 'again',
      payload: { caseId, target },
      attempt: 2,
    };
    await handleSlaCheck(job, db);
  }
  const escalations = await queryRows<{ target: string; level: string; user_id: string; assigned: boolean }>(
    db.orm,
    sql`select target, level, user_id, assigned from sla_escalations where workspace_id = ${workspaceId} and case_id = ${caseId} order by target`,
  );
  const events = await queryRows<{ target: string }>(
    db.orm,
    sql`select data->>'target' as target from case_events
        where workspace_id = ${workspaceId} and case_id = ${caseId} and kind = 'escalated' order by id`,
  );
  const [row] = await queryRows<{ assignee_user_id: string }>(
    db.orm,
    sql`select assignee_user_id from cases where workspace_id = ${workspaceId} and id = ${caseId}`,
  );
  const records = await queryRows<{ target: string; status: string }>(
    db.orm,
    sql`select target, status from sla_records where workspace_id = ${workspaceId} and case_id = ${caseId} order by target`,
  );
  const jobs = await queryRows<{ state: string; n: number }>(
    db.orm,
    sql`select state, count(*)::int as n from jobs where kind = ${SLA_CHECK_JOB} and workspace_id = ${workspaceId} group by state`,
  );
  return {
    escalations,
    events: events.map((e) => e.target).sort(),
    assignee: row?.assignee_user_id,
    records,
    jobs,
  };
}

const expected = {
  escalations: [
    { target: 'first_response', level: 'team_lead', user_id: 'lead', assigned: true },
    { target: 'resolution', level: 'department_head', user_id: 'head', assigned: false },
  ],
  events: ['first_response', 'resolution'],
  assignee: 'lead',
  records: [
    { target: 'first_response', status: 'missed' },
    { target: 'resolution', status: 'missed' },
  ],
  jobs: [{ state: 'done', n: 2 }],
};

test('PGlite: a server killed inside an escalation neither loses nor repeats it after the restart', async () => {
  const dataDir = mkdtempSync(join(tmpdir(), 'mot-escalation-'));
  try {
    const { caseId, target } = await killDuringEscalation([dataDir], { DATABASE_URL: '' });
    assert.equal(target, 'first_response');
    const db = await openDatabase({ dataDir });
    try {
      assert.deepEqual(await restartAndCount(db, caseId), expected);
    } finally {
      await db.close();
    }
  } finally {
    rmSync(dataDir, { recursive: true, force: true });
  }
});

test(
  'PostgreSQL: a server killed inside an escalation neither loses nor repeats it after the restart',
  {
    skip: process.env['MOT_TEST_DATABASE_URL'] ? false : 'MOT_TEST_DATABASE_URL is not set',
  },
  async () => {
    const scratch = await createScratchDatabase(process.env['MOT_TEST_DATABASE_URL'] ?? '');
    try {
      const { caseId, target } = await killDuringEscalation([], { DATABASE_URL: scratch.url });
      assert.equal(target, 'first_response');
      const db = await openDatabase({ url: scratch.url });
      try {
        assert.deepEqual(await restartAndCount(db, caseId), expected);
      } finally {
        await db.close();
      }
    } finally {
      await scratch.drop();
    }
  },
);
