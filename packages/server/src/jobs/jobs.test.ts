import assert from 'node:assert/strict';
import { test } from 'node:test';
import { sql } from 'drizzle-orm';
import { forEachDatabase } from '../testing/databases.ts';
import { queryRows } from '../storage/database.ts';
import type { TDatabase } from '../storage/database.ts';
import { enqueueJob } from './enqueue.ts';
import { drainJobs, runJobsOnce, startJobRunner } from './runner.ts';
import { PermanentJobError } from './types.ts';
import type { TJob, TJobHandler } from './types.ts';

async function jobRow(db: TDatabase, kind: string, key: string) {
  const [row] = await queryRows<{ state: string; attempts: number; last_error: string | null }>(
    db.orm,
    sql`select state, attempts, last_error from jobs where kind = ${kind} and key = ${key}`,
  );
  return row;
}

const FAST = { backoff: { baseMs: 10, maxMs: 40 }, pollMs: 50 };

forEachDatabase('jobs', (getDb) => {
  test('a job enqueued twice with one key runs once; it exists only when its transaction commits', async () => {
    const db = getDb();
    const seen: unknown[] = [];
    const handlers: Record<string, TJobHandler> = {
      'test.once': async (job) => {
        seen.push(job.payload);
      },
    };
    await db.orm.transaction(async (tx) => {
      await enqueueJob(tx, { workspaceId: null, kind: 'test.once', key: 'a', payload: { n: 1 } });
      await enqueueJob(tx, { workspaceId: null, kind: 'test.once', key: 'a', payload: { n: 2 } });
    });
    await db.orm
      .transaction(async (tx) => {
        await enqueueJob(tx, { workspaceId: null, kind: 'test.once', key: 'rolled-back', payload: {} });
        throw new Error('roll back');
      })
      .catch(() => undefined);
    await runJobsOnce(db, { handlers });
    await db.orm.transaction((tx) =>
      enqueueJob(tx, { workspaceId: null, kind: 'test.once', key: 'a', payload: { n: 3 } }),
    );
    await runJobsOnce(db, { handlers });
    assert.deepEqual(seen, [{ n: 1 }]);
    assert.equal((await jobRow(db, 'test.once', 'a'))?.state, 'done');
    assert.equal(await jobRow(db, 'test.once', 'rolled-back'), undefined);
  });

  test('a failing job is retried with backoff, then marked failed with its error', async () => {
    const db = getDb();
    const attempts: number[] = [];
    const handlers: Record<string, TJobHandler> = {
      'test.flaky': async (job) => {
        attempts.push(job.attempt);
        if (job.attempt < 3) throw new Error(`boom ${job.attempt}`);
      },
      'test.broken': async () => {
        throw new Error('always');
      },
      'test.permanent': async () => {
        throw new PermanentJobError('cannot');
      },
    };
    await db.orm.transaction(async (tx) => {
      await enqueueJob(tx, { workspaceId: null, kind: 'test.flaky', key: 'f', payload: null });
      await enqueueJob(tx, { workspaceId: null, kind: 'test.broken', key: 'b', payload: null });
      await enqueueJob(tx, { workspaceId: null, kind: 'test.permanent', key: 'p', payload: null });
    });
    await drainJobs(db, { handlers, ...FAST, maxAttempts: 4, onError: () => undefined });
    assert.deepEqual(attempts, [1, 2, 3]);
    assert.equal((await jobRow(db, 'test.flaky', 'f'))?.state, 'done');
    assert.deepEqual(await jobRow(db, 'test.broken', 'b'), {
      state: 'failed',
      attempts: 4,
      last_error: 'always',
    });
    assert.deepEqual(await jobRow(db, 'test.permanent', 'p'), {
      state: 'failed',
      attempts: 1,
      last_error: 'cannot',
    });
  });

  test('a job whose runner died is claimed again once its lease expires', async () => {
    const db = getDb();
    await db.orm.transaction((tx) =>
      enqueueJob(tx, { workspaceId: null, kind: 'test.lease', key: 'l', payload: null }),
    );
    // A runner that claims and then never finishes (as a killed process).
    await db.orm.execute(
      sql`update jobs set state = 'running', attempts = 1, locked_by = 'dead',
                          locked_until = now() + interval '200 milliseconds'
          where kind = 'test.lease'`,
    );
    const runs: TJob[] = [];
    const handlers: Record<string, TJobHandler> = { 'test.lease': async (job) => void runs.push(job) };
    assert.equal(await runJobsOnce(db, { handlers }), 0, 'not while the lease holds');
    await new Promise((resolve) => setTimeout(resolve, 250));
    assert.equal(await runJobsOnce(db, { handlers }), 1);
    assert.equal(runs[0]?.attempt, 2);
    assert.equal((await jobRow(db, 'test.lease', 'l'))?.state, 'done');
  });

  test('the runner wakes on commit (NOTIFY), runs a scheduled job at its time, and stops without hanging', async () => {
    const db = getDb();
    const started = new Map<string, number>();
    const ran = new Map<string, number>();
    let release: () => void = () => undefined;
    const hang = new Promise<void>((resolve) => {
      release = resolve;
    });
    const handlers: Record<string, TJobHandler> = {
      'test.wake': async (job) => void ran.set(job.key, performance.now()),
      'test.hang': () => hang,
    };
    // A long poll: only the notification can make the job start quickly.
    const runner = await startJobRunner(db, { handlers, pollMs: 10_000, stopTimeoutMs: 300 });
    try {
      const latencies: number[] = [];
      for (let i = 0; i < 20; i += 1) {
        const key = `w${i}`;
        started.set(key, performance.now());
        await db.orm.transaction((tx) =>
          enqueueJob(tx, { workspaceId: null, kind: 'test.wake', key, payload: null }),
        );
        const deadline = Date.now() + 2000;
        while (!ran.has(key) && Date.now() < deadline) await new Promise((r) => setTimeout(r, 2));
        assert.ok(ran.has(key), `job ${key} ran`);
        latencies.push((ran.get(key) ?? 0) - (started.get(key) ?? 0));
      }
      latencies.sort((a, b) => a - b);
      const median = latencies[Math.floor(latencies.length / 2)] ?? Infinity;
      assert.ok(median < 500, `median enqueue-to-run ${median.toFixed(1)} ms`);
      process.stdout.write(
        `# ${db.kind}: enqueue-commit to handler start, median ${median.toFixed(1)} ms, max ${latencies.at(-1)?.toFixed(1)} ms\n`,
      );
      const at = Date.now();
      await db.orm.transaction((tx) =>
        enqueueJob(tx, {
          workspaceId: null,
          kind: 'test.wake',
          key: 'later',
          runAt: new Date(Date.now() + 300),
          payload: null,
        }),
      );
      const deadline = Date.now() + 3000;
      while (!ran.has('later') && Date.now() < deadline) await new Promise((r) => setTimeout(r, 5));
      assert.ok(ran.has('later'));
      assert.ok(Date.now() - at >= 250, 'not before its time');
      await db.orm.transaction((tx) =>
        enqueueJob(tx, { workspaceId: null, kind: 'test.hang', key: 'h', payload: null }),
      );
      await new Promise((resolve) => setTimeout(resolve, 100));
    } finally {
      const stopping = performance.now();
      await runner.stop();
      assert.ok(performance.now() - stopping < 2000, 'stop is bounded');
      release();
    }
  });
});
