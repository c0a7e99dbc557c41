/**
 * Background jobs: ONE mechanism on PGlite and PostgreSQL. Enqueue in the transaction of the change that
 * calls for the job (a transactional outbox); a runner started with the server claims due jobs with
 * FOR UPDATE SKIP LOCKED under a lease, wakes on NOTIFY, retries with backoff. See docs/ARCHITECTURE.md.
 */
export { enqueueJob, enqueueJobs, JOBS_CHANNEL } from './enqueue.ts';
export { JOB_HANDLERS } from './handlers.ts';
export { backoffDelay, drainJobs, runJobsOnce, startJobRunner } from './runner.ts';
export type { TJobRunner, TJobRunnerOptions } from './runner.ts';
export { PermanentJobError, RetryLater } from './types.ts';
export type { TJob, TJobHandler } from './types.ts';
