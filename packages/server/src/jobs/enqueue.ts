import { sql } from 'drizzle-orm';
import type { TOrm } from '../storage/database.ts';

/** The channel runners LISTEN on; a job insert NOTIFYs it (delivered at commit). */
export const JOBS_CHANNEL = 'mot_jobs';

/**
 * Writes a job in the caller's transaction: it exists exactly when the caller's change commits, and runs
 * at least once after that (at `runAt`, default now). Idempotent on (kind, key): a second enqueue with the
 * same key is a no-op, whatever its payload. Runners are woken at commit (NOTIFY), so a due job starts
 * within milliseconds.
 */
export async function enqueueJob(
  tx: TOrm,
  job: { workspaceId: string | null; kind: string; key: string; runAt?: Date; payload: unknown },
): Promise<void> {
  await enqueueJobs(tx, [job]);
}

/**
 * `enqueueJob` for many jobs in one statement (a batch's case checks and deliveries): the same idempotency
 * on (kind, key) and one wake-up at commit.
 */
export async function enqueueJobs(
  tx: TOrm,
  jobs: ReadonlyArray<{
    workspaceId: string | null;
    kind: string;
    key: string;
    runAt?: Date;
    payload: unknown;
  }>,
): Promise<void> {
  if (jobs.length === 0) return;
  const rows = JSON.stringify(
    jobs.map((j) => [
      j.workspaceId,
      j.kind,
      j.key,
      j.payload ?? null,
      j.runAt ? j.runAt.toISOString() : null,
    ]),
  );
  await tx.execute(sql`
    with inserted as (
      insert into jobs (workspace_id, kind, key, payload, run_at)
      select (v->>0)::uuid, v->>1, v->>2, v->3, coalesce((v->>4)::timestamptz, now())
      from jsonb_array_elements(${rows}::jsonb) v
      on conflict (kind, key) do nothing
      returning 1
    )
    select pg_notify(${JOBS_CHANNEL}, '') from (select 1 from inserted limit 1) any_inserted`);
}
