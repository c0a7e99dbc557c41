import { getConnInfo } from '@hono/node-server/conninfo';
import type { Context } from 'hono';
import { sql } from 'drizzle-orm';
import { MotError } from '../errors.ts';
import type { TDatabase } from '../storage/database.ts';
import { queryRows } from '../storage/database.ts';

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
 * Counts one request against each counter in the current minute, in one statement shared by every server
 * on the database, and refuses it with a 429 and Retry-After when any counter is over its maximum.
 *
 * The count commits without waiting for its WAL to reach the disk (`synchronous_commit = off` for this
 * transaction only): every request from one address updates the same row, so waiting for the flush held
 * that row's lock through each request's fsync and queued the address's other requests behind it. A crash
 * can lose the last fraction of a second of counts, which only lets a few more requests through; the
 * database stays consistent (PostgreSQL, "Asynchronous Commit").
 *
 * The setting is made by `set_config(..., true)` inside the statement itself, whose implicit transaction
 * it then governs, so a count is one round trip to the database. As BEGIN, SET LOCAL, the insert and
 * COMMIT it was four, and every request of the server paid them: a loopback round trip costs the server
 * more CPU than the query (a third of its busy time under bench/feedback/answers.ts).
 */
export async function countRequest(db: TDatabase, counters: readonly TCounter[]): Promise<void> {
  if (counters.length === 0) return;
  const now = Date.now();
  const windowStart = now - (now % WINDOW_MS);
  const values = sql.join(
    counters.map((counter) => sql`(${counter.key}::text, ${windowStart}::bigint)`),
    sql`, `,
  );
  const rows = await queryRows<{ key: string; count: number }>(
    db.orm,
    sql`insert into request_counters (key, window_start, count)
        select v.key, v.window_start, 1
        from (values ${values}) as v(key, window_start)
          cross join (select set_config('synchronous_commit', 'off', true)) as async_commit
        on conflict (key, window_start) do update set count = request_counters.count + 1
        returning key, count`,
  );
  if (Math.random() < 0.001) {
    await db.orm.execute(sql`delete from request_counters where window_start < ${windowStart - WINDOW_MS}`);
  }
  for (const counter of counters) {
    const count = rows.find((r) => r.key === counter.key)?.count ?? 0;
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
