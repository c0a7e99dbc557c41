/**
 * The job that takes a stored answer into the MOT model: 'survey.ingest', one per answer (keyed by its id),
 * enqueued by the statement that stores the answer (answers.ts), so an answer stored is an answer that will
 * be ingested, at least once after its commit. The handler ingests the answer with the workspace's other
 * waiting answers (ingest-stored-answers.ts); a job whose answer a batch already took does nothing. A
 * refused answer's job throws, so it is retried with the runner's backoff and at last marked failed with
 * the reason, which the answer keeps too (`ingest_error`).
 */
import { sql } from 'drizzle-orm';
import type { SQL } from 'drizzle-orm';
import { PermanentJobError } from '../jobs/types.ts';
import type { TJob } from '../jobs/types.ts';
import type { TDatabase } from '../storage/database.ts';
import { ingestStoredAnswer } from './ingest-stored-answers.ts';

/** The job kind that ingests a stored survey answer. */
export const INGEST_ANSWER_JOB = 'survey.ingest';

/**
 * The insert that enqueues the ingestion of each answer of the common table `stored` (its `id` and
 * `workspace_id`), for the statement that stores the answer: as enqueueJob writes a job (unique by kind and
 * key, due now); the statement wakes the runners.
 */
export function ingestionJobsOf(stored: string): SQL {
  return sql`insert into jobs (workspace_id, kind, key, payload)
             select s.workspace_id, ${INGEST_ANSWER_JOB}, s.id::text, jsonb_build_object('answer', s.id)
             from ${sql.identifier(stored)} s
             on conflict (kind, key) do nothing
             returning 1`;
}

/** Runs a 'survey.ingest' job: the answer (and the workspace's others waiting) into the MOT model. */
export async function handleIngestAnswerJob(job: TJob, db: TDatabase): Promise<void> {
  const answerId = (job.payload as { answer?: unknown } | null)?.answer;
  if (!job.workspaceId || typeof answerId !== 'string') throw new PermanentJobError('bad payload');
  await ingestStoredAnswer(db, job.workspaceId, answerId);
}
