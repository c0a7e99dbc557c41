import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import type { ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { sql } from 'drizzle-orm';
import { openDatabase, queryRows } from '../storage/database.ts';
import type { TDatabase } from '../storage/database.ts';
import { migrate } from '../storage/migrate.ts';
import { createTestWorkspace } from '../testing/factories.ts';
import { testDatabaseKinds } from '../testing/databases.ts';
import { startReceiver } from '../testing/receivers.ts';
import { createScratchDatabase } from '../testing/scratch-database.ts';
import { insertChannel, newWebhookSecret } from './channel-store.ts';
import { enqueueNotification } from './enqueue-notification.ts';

const child = new URL('../testing/serve-jobs-for-test.ts', import.meta.url);

/** Starts the server process; resolves once it listens. */
function startChild(env: Record<string, string>): Promise<ChildProcess> {
  const proc = spawn(process.execPath, ['--import', 'tsx', child.pathname], {
    stdio: ['pipe', 'pipe', 'inherit'],
    env: { ...process.env, ...env },
  });
  return new Promise((resolve, reject) => {
    let out = '';
    proc.stdout?.on('data', (chunk: Buffer) => {
      out += chunk.toString();
      if (/listening /.test(out)) resolve(proc);
    });
    proc.once('exit', (code) => reject(new Error(`the server exited with ${code} before listening`)));
  });
}

async function waitFor(what: string, check: () => boolean | Promise<boolean>, timeoutMs = 30_000) {
  const deadline = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
}

for (const kind of testDatabaseKinds()) {
  test(`${kind}: a server killed during a delivery neither loses nor repeats it after restart`, async () => {
    const receiver = await startReceiver();
    let dataDir: string | undefined;
    let drop: (() => Promise<void>) | undefined;
    let env: Record<string, string>;
    let open: () => Promise<TDatabase>;
    if (kind === 'pglite') {
      const dir = mkdtempSync(join(tmpdir(), 'mot-crash-'));
      dataDir = dir;
      env = { MOT_DATA_DIR: dir, DATABASE_URL: '' };
      open = () => openDatabase({ dataDir: dir });
    } else {
      const scratch = await createScratchDatabase(process.env['MOT_TEST_DATABASE_URL'] ?? '');
      drop = scratch.drop;
      // A short lease: the job of the killed server is claimed again 1.5 s after its last renewal.
      env = { DATABASE_URL: scratch.url, MOT_JOB_LEASE_MS: '1500' };
      open = () => openDatabase({ url: scratch.url });
    }
    let proc: ChildProcess | undefined;
    try {
      const db = await open();
      await migrate(db);
      const workspace = await createTestWorkspace(db);
      await db.orm.transaction(async (tx) => {
        await insertChannel(tx, workspace.id, {
          name: 'Crash',
          enabled: true,
          subscription: { events: ['case.escalated'] },
          target: { kind: 'webhook', url: `${receiver.url}/crash`, secret: newWebhookSecret() },
        });
        await enqueueNotification(tx, {
          workspaceId: workspace.id,
          event: 'case.escalated',
          key: 'case-1:escalated:first_response',
          title: { 'zh-CN': '案例已升级', en: 'Case escalated' },
          lines: [],
          data: {},
        });
      });
      if (kind === 'pglite') await db.close();

      // The first request reaches the receiver, which never answers: the server dies mid-delivery.
      let first: () => void = () => undefined;
      const firstArrived = new Promise<void>((resolve) => {
        first = resolve;
      });
      receiver.answer = () => {
        if (receiver.received.length === 1) {
          first();
          return new Promise(() => undefined);
        }
        return { status: 200 };
      };
      proc = await startChild(env);
      await firstArrived;
      const killed = new Promise((resolve) => proc?.once('exit', resolve));
      proc.kill('SIGKILL');
      await killed;

      proc = await startChild(env);
      await waitFor('the delivery after restart', () => receiver.received.length >= 2);
      // Let the server record the answer, then stop it (PGlite: so this process can open the folder).
      const check = kind === 'pglite' ? undefined : db;
      if (check) {
        await waitFor('the job to be done', async () => {
          const [row] = await queryRows<{ state: string }>(check.orm, sql`select state from jobs`);
          return row?.state === 'done';
        });
      } else {
        await new Promise((resolve) => setTimeout(resolve, 1000));
      }
      const exited = new Promise((resolve) => proc?.once('exit', resolve));
      proc.stdin?.end();
      await exited;
      proc = undefined;

      const after = check ?? (await open());
      try {
        const ids = receiver.received.map((r) => String(r.headers['webhook-id']));
        assert.equal(new Set(ids).size, 1, 'one message: the receiver dedupes the repeat by webhook-id');
        assert.equal(receiver.received.length, 2, 'sent again once, after the restart');
        const jobs = await queryRows<{ state: string; attempts: number }>(
          after.orm,
          sql`select state, attempts from jobs`,
        );
        assert.deepEqual(jobs, [{ state: 'done', attempts: 2 }]);
        const attempts = await queryRows<{ attempt: number; status: string; error: string | null }>(
          after.orm,
          sql`select attempt, status, error from notification_attempts order by attempt`,
        );
        assert.deepEqual(
          attempts.map((a) => [a.attempt, a.status]),
          [
            [1, 'retry'],
            [2, 'ok'],
          ],
        );
        assert.match(attempts[0]?.error ?? '', /interrupted/);
        const [delivery] = await queryRows<{ state: string }>(
          after.orm,
          sql`select state from notification_deliveries`,
        );
        assert.equal(delivery?.state, 'delivered');
      } finally {
        await after.close();
      }
    } finally {
      proc?.kill('SIGKILL');
      await receiver.close();
      if (dataDir) rmSync(dataDir, { recursive: true, force: true });
      await drop?.();
    }
  });
}
