import { getConnInfo } from '@hono/node-server/conninfo';
import type { Context } from 'hono';
import { sql } from 'drizzle-orm';
import { MotError } from '../errors.ts';
import type { TDatabase } from '../storage/database.ts';
import { preparedRows } from '../storage/database.ts';

/** Requests allowed per minute: per caller (a key or a user) and per client address. */
export type TRateLimits = {
  perCaller: number;
  perAddress: number;
  /** Take the client's address from X-Forwarded-For (only behind a proxy you run). */
  trustProxy: boolean;
};

/** The defaults: generous for people and for systems sending batches of up to 10,000 moments. */
export const DEFAULT_RATE_LIMITS: TRateLimits = { perCaller: 1200, perAddress: 2400, trustProxy: false };

const WINDOW_MS = 60_000;

/** One counter a request counts against: its key, its most a minute, and whom it limits, for the 429. */
export type TCounter = { key: string; max: number; per: string };

/**
 * How a public path counts its requests: its own counters (a survey link's, say) besides the address's,
 * and the statement that counts them when it is not countRequest: one that also reads what the path's
 * route needs, in the same round trip.
 */
export type TPublicCounting = {
  counters: TCounter[];
  count?: (c: Context, counters: readonly TCounter[]) => Promise<void>;
};

/** The client's address: the socket's peer, or the first X-Forwarded-For hop when the proxy is trusted. */
export function clientAddress(c: Context, trustProxy: boolean): string {
  if (trustProxy) {
    const forwarded = c.req.header('x-forwarded-for')?.split(',')[0]?.trim();
    if (forwarded) return forwarded;
  }
  try {
    return getConnInfo(c).remote.address ?? 'unknown';
  } catch {
    // Requests made in-process (app.request) have no socket: they come from this machine.
    return '127.0.0.1';
  }
}

/**
 * The common table `counted` that counts one request against each of `$1` (the counters' keys, text[]) in
 * the minute starting at `$2` (epoch ms), returning each key's count so far: every server on the database
 * shares the counts. A statement that starts `with ${COUNTED}, ...` counts its request and reads what it
 * needs in one round trip (the public survey routes read their link so; survey-answers/answers.ts).
 *
 * The count commits without waiting for its WAL to reach the disk (`synchronous_commit = off` for this
 * transaction only): every request from one address updates the same row, so waiting for the flush held
 * that row's lock through each request's fsync and queued the address's other requests behind it. A crash
 * can lose the last fraction of a second of counts, which only lets a few more requests through; the
 * database stays consistent (PostgreSQL, "Asynchronous Commit"). A statement that counts must therefore
 * write nothing else that has to survive a crash.
 *
 * The setting is made by `set_config(..., true)` inside the statement itself, whose implicit transaction
 * it then governs, so a count is one round trip to the database. As BEGIN, SET LOCAL, the insert and
 * COMMIT it was four, and every request of the server paid them: a loopback round trip costs the server
 * more CPU than the query (a third of its busy time under bench/feedback/answers.ts).
 */
export const COUNTED = `counted as (
    insert into request_counters (key, window_start, count)
    select k.key, $2::bigint, 1
    from unnest($1::text[]) as k(key)
      cross join (select set_config('synchronous_commit', 'off', true)) as async_commit
    on conflict (key, window_start) do update set count = request_counters.count + 1
    returning key, count
  )`;

/** The parameters `$1` and `$2` of COUNTED for these counters now, and the window they count in. */
export function countedParams(
  counters: readonly TCounter[],
  now = Date.now(),
): { params: [string[], number]; windowStart: number } {
  const windowStart = now - (now % WINDOW_MS);
  return { params: [counters.map((counter) => counter.key), windowStart], windowStart };
}

/**
 * Refuses the request with a 429 and Retry-After when any counter is over its maximum, given the counts
 * COUNTED returned (by key); now and then deletes the counts of past minutes.
 */
export async function assertWithinLimits(
  db: TDatabase,
  counters: readonly TCounter[],
  counts: ReadonlyMap<string, number>,
  windowStart: number,
  now = Date.now(),
): Promise<void> {
  if (Math.random() < 0.001) {
    await db.orm.execute(sql`delete from request_counters where window_start < ${windowStart - WINDOW_MS}`);
  }
  for (const counter of counters) {
    const count = counts.get(counter.key) ?? 0;
    if (count > counter.max) {
      const retryAfter = Math.ceil((windowStart + WINDOW_MS - now) / 1000);
      throw new MotError(
        'rate_limited',
        `too many requests: at most ${counter.max} a minute ${counter.per}; retry after ${retryAfter} s`,
        [],
        { retryAfter },
      );
    }
  }
}

/**
 * Counts one request against each counter in the current minute, in one statement (COUNTED), and refuses
 * it with a 429 and Retry-After when any counter is over its maximum.
 */
export async function countRequest(db: TDatabase, counters: readonly TCounter[]): Promise<void> {
  if (counters.length === 0) return;
  const now = Date.now();
  const { params, windowStart } = countedParams(counters, now);
  const rows = await preparedRows<{ key: string; count: number }>(
    db,
    'count_request',
    `with ${COUNTED} select key, count from counted`,
    params,
  );
  await assertWithinLimits(db, counters, new Map(rows.map((r) => [r.key, r.count])), windowStart, now);
}
