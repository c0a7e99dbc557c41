import { MotError } from '../errors.ts';
import type { TDatabase } from '../storage/database.ts';

const RUNNING = 'analysis-slots:running';

/**
 * Takes one of the `max` slots of an analysis (`kind`: key moments, typical episodes) of a workspace in
 * this server, or throws a 429 with Retry-After when all are taken; answers the function that gives it
 * back (call it once). An analysis of millions of moments takes seconds of both cores: a queue would only
 * make every caller wait longer. A request that is answered from a stored result, or that joins a
 * computation already running, takes no slot. Each kind counts apart, so the key-moment page, which asks
 * for both, never refuses itself.
 */
export function takeAnalysisSlot(db: TDatabase, workspaceId: string, kind: string, max: number): () => void {
  let running = db.caches.get(RUNNING) as Map<string, number> | undefined;
  if (!running) {
    running = new Map();
    db.caches.set(RUNNING, running);
  }
  const key = `${workspaceId}\u0000${kind}`;
  const now = running.get(key) ?? 0;
  if (now >= max) {
    throw new MotError(
      'rate_limited',
      `${max} analyses are already running in this workspace; retry in a few seconds`,
      [],
      { retryAfter: 5 },
    );
  }
  running.set(key, now + 1);
  const slots = running;
  return () => {
    const left = (slots.get(key) ?? 1) - 1;
    if (left === 0) slots.delete(key);
    else slots.set(key, left);
  };
}
