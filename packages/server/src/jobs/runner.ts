import { randomUUID } from 'node:crypto';
import { sql } from 'drizzle-orm';
import pg from 'pg';
import { queryRows } from '../storage/database.ts';
import type { TDatabase } from '../storage/database.ts';
import { JOBS_CHANNEL } from './enqueue.ts';
import { PermanentJobError, RetryLater } from './types.ts';
import type { TJob, TJobHandler } from './types.ts';

/** How a runner claims, retries and stops; every field has a default fit for production. */
export type TJobRunnerOptions = {
  /**
   * Jobs run at once by this runner. Default 16 on PostgreSQL (a handler holds a connection only for its short
   * transactions, not while it waits on the network), 4 on PGlite (one connection).
   */
  concurrency?: number;
  /** How long a claim holds a job; renewed while the handler runs. A dead runner's jobs run again after it. Default 60 s. */
  leaseMs?: number;
  /** Longest sleep between looks at the table when no notification comes (a future run_at, a lost NOTIFY). Default 1 s. */
  pollMs?: number;
  /** Retry delay: min(maxMs, baseMs * 2^(attempt - 1)), with up to 20% jitter. Default 1 s .. 10 min. */
  backoff?: { baseMs: number; maxMs: number };
  /** Attempts before a job is marked failed. Default 12 (about 40 minutes with the default backoff). */
  maxAttempts?: number;
  /** How long stop() waits for running handlers before it returns anyway. Default 5 s. */
  stopTimeoutMs?: number;
  /** The handlers by kind; default the registry (handlers.ts). */
  handlers?: Record<string, TJobHandler>;
  /** Told of every failed attempt and runner error; default a process warning. */
  onError?: (error: unknown, job?: TJob) => void;
};

type TResolved = Required<Omit<TJobRunnerOptions, 'onError' | 'handlers'>> & {
  handlers: Record<string, TJobHandler>;
  onError: (error: unknown, job?: TJob) => void;
  workerId: string;
};

// The registry is loaded when a runner starts, not when this module loads: handlers import the modules that
// enqueue jobs, which import this package.
async function resolve(options: TJobRunnerOptions, kind: TDatabase['kind']): Promise<TResolved> {
  return {
    concurrency: options.concurrency ?? (kind === 'postgres' ? 16 : 4),
    leaseMs: options.leaseMs ?? Number(process.env['MOT_JOB_LEASE_MS'] ?? 60_000),
    pollMs: options.pollMs ?? 1000,
    backoff: options.backoff ?? { baseMs: 1000, maxMs: 600_000 },
    maxAttempts: options.maxAttempts ?? 12,
    stopTimeoutMs: options.stopTimeoutMs ?? 5000,
    handlers: options.handlers ?? (await import('./handlers.ts')).JOB_HANDLERS,
    onError:
      options.onError ??
      ((error, job) =>
        process.emitWarning(
          `${job ? `job ${job.kind} ${job.key} (attempt ${job.attempt})` : 'job runner'}: ${message(error)}`,
        )),
    workerId: `${process.pid}-${randomUUID().slice(0, 8)}`,
  };
}

function message(error: unknown): string {
  return (error instanceof Error ? error.message : String(error)).slice(0, 2000);
}

/** The retry delay after `attempt` failed attempts. */
export function backoffDelay(attempt: number, backoff: { baseMs: number; maxMs: number }): number {
  const delay = Math.min(backoff.maxMs, backoff.baseMs * 2 ** Math.max(0, attempt - 1));
  return Math.round(delay * (0.8 + Math.random() * 0.2));
}

type TJobRow = {
  id: string | number;
  workspace_id: string | null;
  kind: string;
  key: string;
  payload: unknown;
  attempts: number;
};

/**
 * Claims up to `limit` due jobs for this worker: first those running with an expired lease (a dead runner's),
 * then pending ones, oldest due first. Each kind is read by an index scan of its partial index that stops
 * after `limit` rows: one scan with an OR of the two became a bitmap scan that read and sorted every due
 * job (a backlog of 2,500 deliveries took 22 ms a claim, and claims are one at a time) and revisited every
 * index entry a finished job left behind, since bitmap scans never mark entries dead.
 */
async function claimJobs(db: TDatabase, limit: number, o: TResolved): Promise<TJob[]> {
  const rows = await queryRows<TJobRow>(
    db.orm,
    sql`
      with expired as (
        select id from jobs where state = 'running' and locked_until < now()
        order by locked_until limit ${limit}
        for update skip locked
      ),
      pending as (
        select id from jobs where state = 'pending' and run_at <= now()
        order by run_at limit ${limit}
        for update skip locked
      ),
      due as (select id from expired union all select id from pending limit ${limit})
      update jobs j
      set state = 'running', attempts = j.attempts + 1, locked_by = ${o.workerId},
          locked_until = now() + ${o.leaseMs} * interval '1 millisecond'
      from due where j.id = due.id
      returning j.id, j.workspace_id, j.kind, j.key, j.payload, j.attempts`,
  );
  return rows.map((r) => ({
    id: Number(r.id),
    workspaceId: r.workspace_id,
    kind: r.kind,
    key: r.key,
    payload: r.payload,
    attempt: r.attempts,
  }));
}

/** Runs one claimed job to its end state (done, pending again with backoff, or failed). */
async function runJob(db: TDatabase, job: TJob, o: TResolved): Promise<void> {
  const renew = setInterval(
    () => {
      db.orm
        .execute(
          sql`update jobs set locked_until = now() + ${o.leaseMs} * interval '1 millisecond'
              where id = ${job.id} and locked_by = ${o.workerId} and state = 'running'`,
        )
        .catch((error: unknown) => o.onError(error, job));
    },
    Math.max(50, Math.floor(o.leaseMs / 3)),
  );
  try {
    const handler = o.handlers[job.kind];
    if (!handler) throw new Error(`no handler for job kind ${job.kind}`);
    await handler(job, db);
    clearInterval(renew);
    await db.orm.execute(
      sql`update jobs set state = 'done', finished_at = now(), locked_by = null, locked_until = null,
                          last_error = null
          where id = ${job.id} and locked_by = ${o.workerId} and state = 'running'`,
    );
  } catch (error) {
    clearInterval(renew);
    o.onError(error, job);
    const give = error instanceof PermanentJobError || job.attempt >= o.maxAttempts;
    const delay = error instanceof RetryLater ? error.delayMs : backoffDelay(job.attempt, o.backoff);
    await db.orm
      .execute(
        give
          ? sql`update jobs set state = 'failed', finished_at = now(), locked_by = null, locked_until = null,
                                last_error = ${message(error)}
                where id = ${job.id} and locked_by = ${o.workerId} and state = 'running'`
          : sql`update jobs set state = 'pending', run_at = now() + ${delay} * interval '1 millisecond',
                                locked_by = null, locked_until = null, last_error = ${message(error)}
                where id = ${job.id} and locked_by = ${o.workerId} and state = 'running'`,
      )
      .catch((e: unknown) => o.onError(e, job));
  } finally {
    clearInterval(renew);
  }
}

/** Milliseconds until the next pending job is due or a lease expires (null when there is none). */
async function msUntilNextDue(db: TDatabase): Promise<number | null> {
  const [row] = await queryRows<{ ms: number | string | null }>(
    db.orm,
    sql`select extract(epoch from (least(
          (select min(run_at) from jobs where state = 'pending'),
          (select min(locked_until) from jobs where state = 'running')) - now())) * 1000 as ms`,
  );
  return row?.ms === null || row?.ms === undefined ? null : Math.max(0, Number(row.ms));
}

/** A running job runner. */
export type TJobRunner = {
  /** Looks for due jobs now (a NOTIFY does this too). */
  wake(): void;
  /** Stops claiming, waits for running handlers at most stopTimeoutMs; never hangs. */
  stop(): Promise<void>;
};

/**
 * Starts a runner on the database: it claims due jobs (FOR UPDATE SKIP LOCKED, so several runners on one
 * PostgreSQL share the work), runs them with their handler, retries failures with backoff and marks a job
 * failed after maxAttempts. It wakes on NOTIFY (LISTEN on PostgreSQL, PGlite's listen) and polls at most
 * every pollMs. On PGlite, which one process opens at a time, jobs left running by a killed process are
 * released at once; on PostgreSQL they run again when their lease expires.
 */
export async function startJobRunner(db: TDatabase, options: TJobRunnerOptions = {}): Promise<TJobRunner> {
  const o = await resolve(options, db.kind);
  let stopped = false;
  let ticking = false;
  /** The last look at the table: the jobs it claims join `running` when it ends. */
  let claiming: Promise<void> = Promise.resolve();
  let again = false;
  let timer: NodeJS.Timeout | undefined;
  const running = new Set<Promise<void>>();

  if (db.kind === 'pglite') {
    await db.orm.execute(
      sql`update jobs set state = 'pending', locked_by = null, locked_until = null where state = 'running'`,
    );
  }

  const schedule = (ms: number) => {
    if (stopped) return;
    if (timer) clearTimeout(timer);
    timer = setTimeout(() => void tick(), Math.max(0, Math.min(o.pollMs, ms)));
    timer.unref();
  };

  async function tick(): Promise<void> {
    if (stopped) return;
    if (ticking) {
      again = true;
      return;
    }
    ticking = true;
    claiming = claimAndRun();
    await claiming;
  }

  async function claimAndRun(): Promise<void> {
    let next = o.pollMs;
    try {
      do {
        again = false;
        const free = o.concurrency - running.size;
        if (free <= 0) break;
        const claimed = await claimJobs(db, free, o);
        for (const job of claimed) {
          const done: Promise<void> = runJob(db, job, o).finally(() => {
            running.delete(done);
            void tick();
          });
          running.add(done);
        }
        if (claimed.length === free) again = true;
      } while (again && !stopped);
      if (!stopped && running.size < o.concurrency) next = (await msUntilNextDue(db)) ?? o.pollMs;
    } catch (error) {
      if (!stopped) o.onError(error);
    } finally {
      ticking = false;
    }
    schedule(next);
  }

  const unlisten = await listen(
    db,
    () => void tick(),
    o.onError,
    () => stopped,
  );
  void tick();
  return {
    wake: () => void tick(),
    async stop() {
      if (stopped) return;
      stopped = true;
      if (timer) clearTimeout(timer);
      await Promise.race([
        unlisten().catch(() => undefined),
        new Promise((resolve) => setTimeout(resolve, 1000).unref()),
      ]);
      // A claim under way when stop() was called starts its jobs when it returns: wait for it, so that they
      // are among the handlers waited for (else they would run on after the caller closed the database).
      await Promise.race([claiming, new Promise((resolve) => setTimeout(resolve, o.stopTimeoutMs).unref())]);
      if (running.size > 0) {
        let wait: NodeJS.Timeout | undefined;
        await Promise.race([
          Promise.allSettled([...running]),
          new Promise((resolve) => {
            wait = setTimeout(resolve, o.stopTimeoutMs);
          }),
        ]);
        if (wait) clearTimeout(wait);
      }
    },
  };
}

/** Subscribes to the jobs channel; returns the unsubscribe. PostgreSQL needs a connection of its own. */
async function listen(
  db: TDatabase,
  onNotify: () => void,
  onError: (error: unknown) => void,
  isStopped: () => boolean,
): Promise<() => Promise<void>> {
  if (db.kind === 'pglite') {
    try {
      const off = await db.client.listen(JOBS_CHANNEL, onNotify);
      return async () => {
        if (!db.client.closed) await off();
      };
    } catch (error) {
      onError(error);
      return async () => undefined;
    }
  }
  let client: pg.Client | undefined;
  let retry: NodeJS.Timeout | undefined;
  const connect = async () => {
    if (isStopped()) return;
    const c = new pg.Client(db.client.options);
    c.on('notification', onNotify);
    c.on('error', (error) => {
      onError(error);
      void c.end().catch(() => undefined);
      if (client === c) client = undefined;
      retry = setTimeout(() => void connect(), 1000);
      retry.unref();
    });
    try {
      await c.connect();
      await c.query(`listen ${JOBS_CHANNEL}`);
      if (isStopped()) {
        await c.end();
        return;
      }
      client = c;
      onNotify();
    } catch (error) {
      onError(error);
      void c.end().catch(() => undefined);
      retry = setTimeout(() => void connect(), 1000);
      retry.unref();
    }
  };
  await connect();
  return async () => {
    if (retry) clearTimeout(retry);
    const c = client;
    client = undefined;
    if (c) await c.end().catch(() => undefined);
  };
}

/**
 * Runs every due job now, in this process, until none is due (tests and the CLI): returns how many runs
 * there were. Jobs whose retry is scheduled later are left for later.
 */
export async function runJobsOnce(db: TDatabase, options: TJobRunnerOptions = {}): Promise<number> {
  const o = await resolve(options, db.kind);
  let runs = 0;
  for (;;) {
    const claimed = await claimJobs(db, o.concurrency, o);
    if (claimed.length === 0) return runs;
    runs += claimed.length;
    await Promise.all(claimed.map((job) => runJob(db, job, o)));
  }
}

/**
 * Runs jobs until none is pending or running (waiting for scheduled retries), for tests. Throws when jobs
 * are still left after timeoutMs (default 30 s).
 */
export async function drainJobs(
  db: TDatabase,
  options: TJobRunnerOptions & { timeoutMs?: number } = {},
): Promise<number> {
  const deadline = Date.now() + (options.timeoutMs ?? 30_000);
  let runs = 0;
  for (;;) {
    runs += await runJobsOnce(db, options);
    const [left] = await queryRows<{ n: number | string }>(
      db.orm,
      sql`select count(*) as n from jobs where state in ('pending', 'running')`,
    );
    if (Number(left?.n ?? 0) === 0) return runs;
    if (Date.now() >= deadline) throw new Error(`jobs still pending after draining: ${left?.n}`);
    const wait = (await msUntilNextDue(db)) ?? 50;
    await new Promise((resolve) => setTimeout(resolve, Math.min(Math.max(wait, 5), 200)));
  }
}
