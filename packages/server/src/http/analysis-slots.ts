import type { MiddlewareHandler } from 'hono';
import { MotError } from '../errors.ts';
import type { TAppEnv } from './middleware.ts';

const RUNNING = 'analysis-slots:running';

/**
 * At most `maxConcurrentAnalyses` (the app's option) key-moment analyses at once per workspace in this
 * server; one more gets a 429 with Retry-After. An analysis of millions of moments takes seconds of both
 * cores: a queue would only make every caller wait longer. Runs after the route's authorisation.
 */
export const analysisSlot: MiddlewareHandler<TAppEnv> = async (c, next) => {
  const db = c.get('db');
  const max = c.get('maxConcurrentAnalyses');
  let running = db.caches.get(RUNNING) as Map<string, number> | undefined;
  if (!running) {
    running = new Map();
    db.caches.set(RUNNING, running);
  }
  const workspaceId = c.get('workspace').id;
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
  try {
    await next();
  } finally {
    const left = (running.get(workspaceId) ?? 1) - 1;
    if (left === 0) running.delete(workspaceId);
    else running.set(workspaceId, left);
  }
};
