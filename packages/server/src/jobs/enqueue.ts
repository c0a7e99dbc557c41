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
  const runAt = job.runAt ? job.runAt.toISOString() : null;
  await tx.execute(sql`
    with inserted as (
      insert into jobs (workspace_id, kind, key, payload, run_at)
      values (${job.workspaceId}, ${job.kind}, ${job.key}, ${JSON.stringify(job.payload ?? null)}::jsonb,
              coalesce(${runAt}::timestamptz, now()))
      on conflict (kind, key) do nothing
      returning 1
    )
    select pg_notify(${JOBS_CHANNEL}, '') from inserted`);
}
