import { runJobsOnce } from '../jobs/runner.ts';
import type { TJobRunnerOptions } from '../jobs/runner.ts';
import type { TDatabase } from '../storage/database.ts';
import { INGEST_GATHER_MS } from '../survey-answers/ingest-answer-job.ts';

/**
 * Runs the due jobs once the survey answers submitted so far are due for ingestion: their quarter of a
 * second over (ingest-answer-job.ts), as the server's job runner would a moment later. Returns the runs.
 */
export async function runJobsAfterAnswers(db: TDatabase, options: TJobRunnerOptions = {}): Promise<number> {
  await new Promise((resolve) => setTimeout(resolve, INGEST_GATHER_MS + 20));
  return runJobsOnce(db, options);
}
