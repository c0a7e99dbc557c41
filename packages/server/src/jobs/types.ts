import type { TDatabase } from '../storage/database.ts';

/** A claimed job as its handler sees it; `attempt` counts from 1 (this run included). */
export type TJob = {
  id: number;
  workspaceId: string | null;
  kind: string;
  key: string;
  payload: unknown;
  attempt: number;
};

/**
 * Does the work of one job kind. Throwing retries it with backoff (at least once: a handler must be
 * idempotent); throw `RetryLater` to choose the delay, `PermanentJobError` to give up at once.
 */
export type TJobHandler = (job: TJob, db: TDatabase) => Promise<void>;

/** Thrown by a handler that must be retried after `delayMs` (e.g. a receiver's Retry-After). */
export class RetryLater extends Error {
  readonly delayMs: number;
  constructor(message: string, delayMs: number) {
    super(message);
    this.name = 'RetryLater';
    this.delayMs = delayMs;
  }
}

/** Thrown by a handler when retrying cannot help: the job is marked failed at once. */
export class PermanentJobError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'PermanentJobError';
  }
}
