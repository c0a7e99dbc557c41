import { MotError } from '../errors.ts';
import type { TDatabase } from '../storage/database.ts';

const RUNNING = 'analysis-slots:running';

/**
 * Takes one of the `max` analysis slots of a workspace in this server, or throws a 429 with Retry-After
 * when all are taken; answers the function that gives it back (call it once). An analysis of millions of
 * moments takes seconds of both cores: a queue would only make every caller wait longer. A request that
 * is answered from a stored result, or that joins a computation already running, takes no slot.
 */
export function takeAnalysisSlot(db: TDatabase, workspaceId: string, max: number): () => void {
  let running = db.caches.get(RUNNING) as Map<string, number> | undefined;
  if (!running) {
    running = new Map();
    db.caches.set(RUNNING, running);
  }
  const now = running.get(workspaceId) ?? 0;
  if (now >= max) {
    throw new MotError(
      'rate_limited',
      `${max} analyses are already running in this workspace; retry in a few seconds`,
      [],
      { retryAfter: 5 },
    );
  }
  running.set(workspaceId, now + 1);
  const slots = running;
  return () => {
    const left = (slots.get(workspaceId) ?? 1) - 1;
    if (left === 0) slots.delete(workspaceId);
    else slots.set(workspaceId, left);
  };
}
