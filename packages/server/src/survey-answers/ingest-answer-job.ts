/**
 * The jobs that take stored answers into the MOT model.
 *
 * 'survey.ingest-waiting', one per workspace and quarter of a second (keyed by both, due at the quarter's
 * end): the statement that stores an answer (answers.ts) joins the quarter's job, creating it when it is
 * the first, so the answers submitted in a quarter of a second are ingested by one run, in batches
 * (ingest-stored-answers.ts), instead of each by a job of its own that would claim, look and finish (three
 * round trips to the database an answer, as many as the submission itself). The statement joins the job by
 * an upsert that locks its row and only matches a job still pending, so the job cannot start between
 * the answer's store and its commit: a runner claims with SKIP LOCKED and claims it after the commit, and
 * every query of its run sees the answer.
 *
 * 'survey.ingest', one per answer (keyed by its id): when the quarter's job had already started (the
 * answer's statement found it running or done), and to retry an answer ingestion refused. Its handler
 * ingests the answer with the workspace's other waiting answers; a job whose answer a batch already took
 * does nothing. A refused answer's job throws, so it is retried with the runner's backoff and at last
 * marked failed with the reason, which the answer keeps too (`ingest_error`).
 *
 * Either way an answer stored is an answer that will be ingested, at least once after its commit.
 */
import { sql } from 'drizzle-orm';
import type { SQL } from 'drizzle-orm';
import { enqueueJobs } from '../jobs/enqueue.ts';
import { PermanentJobError } from '../jobs/types.ts';
import type { TJob } from '../jobs/types.ts';
import type { TDatabase } from '../storage/database.ts';
import { ingestStoredAnswer, ingestWaitingAnswers } from './ingest-stored-answers.ts';

/** The job kind that ingests one stored survey answer (and the workspace's others waiting). */
export const INGEST_ANSWER_JOB = 'survey.ingest';

/** The job kind that ingests the answers a workspace stored in one quarter of a second. */
export const INGEST_WAITING_JOB = 'survey.ingest-waiting';

/**
 * How long answers gather before their job runs: the longest an answer waits for ingestion beyond its
 * batch's own time, and at 200 answers a second about fifty answers a run.
 */
export const INGEST_GATHER_MS = 250;

/** How long a refused answer waits before its own job tries it again. */
const REFUSED_RETRY_MS = 1000;

/**
 * The common tables that enqueue the ingestion of each answer of the common table `stored` (its `id` and
 * `workspace_id`), for the statement that stores the answer (see above): `gathered` joins or creates the
 * quarter's job, `own` enqueues the answer's own job when the quarter's job had started, and `enqueued`
 * has a row when a job was created, for the statement to wake the runners (a job joined needs no wake-up).
 * `xmax = 0` tells a row the upsert inserted from one it updated (PostgreSQL's system column: the updating
 * transaction's id on an updated row).
 */
export function ingestionJobsOf(stored: string): SQL {
  const s = sql.identifier(stored);
  return sql`gathered as (
      insert into jobs (workspace_id, kind, key, payload, run_at)
      select st.workspace_id, ${INGEST_WAITING_JOB}, st.workspace_id::text || ':' || q.n::text,
             jsonb_build_object('workspace', st.workspace_id),
             to_timestamp((q.n + 1) * ${INGEST_GATHER_MS}::bigint / 1000.0)
      from ${s} st
        cross join (select floor(extract(epoch from now()) * 1000 / ${INGEST_GATHER_MS}::bigint)::bigint as n) q
      on conflict (kind, key) do update set run_at = jobs.run_at where jobs.state = 'pending'
      returning (xmax::text = '0') as created
    ), own as (
      insert into jobs (workspace_id, kind, key, payload)
      select st.workspace_id, ${INGEST_ANSWER_JOB}, st.id::text, jsonb_build_object('answer', st.id)
      from ${s} st
      where not exists (select 1 from gathered)
      on conflict (kind, key) do nothing
      returning 1
    ), enqueued as (
      select 1 from gathered where created union all select 1 from own
    )`;
}

/** Runs a 'survey.ingest' job: the answer (and the workspace's others waiting) into the MOT model. */
export async function handleIngestAnswerJob(job: TJob, db: TDatabase): Promise<void> {
  const answerId = (job.payload as { answer?: unknown } | null)?.answer;
  if (!job.workspaceId || typeof answerId !== 'string') throw new PermanentJobError('bad payload');
  await ingestStoredAnswer(db, job.workspaceId, answerId);
}

/**
 * Runs a 'survey.ingest-waiting' job: every answer of the workspace waiting, batch after batch; each answer
 * ingestion refuses gets its own job, which retries it with backoff and fails with the reason.
 */
export async function handleIngestWaitingJob(job: TJob, db: TDatabase): Promise<void> {
  if (!job.workspaceId) throw new PermanentJobError('bad payload');
  const refused = await ingestWaitingAnswers(db, job.workspaceId);
  const workspaceId = job.workspaceId;
  const retryAt = new Date(Date.now() + REFUSED_RETRY_MS);
  await enqueueJobs(
    db.orm,
    refused.map((id) => ({
      workspaceId,
      kind: INGEST_ANSWER_JOB,
      key: id,
      runAt: retryAt,
      payload: { answer: id },
    })),
  );
}
