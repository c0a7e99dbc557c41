import { PGlite } from '@electric-sql/pglite';
import type { SQL } from 'drizzle-orm';
import type { PgDatabase, PgQueryResultHKT } from 'drizzle-orm/pg-core';
import { drizzle as drizzlePglite } from 'drizzle-orm/pglite';
import { drizzle as drizzlePostgres } from 'drizzle-orm/node-postgres';
import pg from 'pg';
import { lockDataDir } from './data-dir-lock.ts';

/** A Drizzle handle on either driver, or a transaction of one: both speak the same pg-core dialect. */
export type TOrm = PgDatabase<PgQueryResultHKT>;

type TDatabaseBase = {
  orm: TOrm;
  /** Per-database caches (definitions, customer and episode ids, by workspace); dropped with the database. */
  caches: Map<string, unknown>;
  close(): Promise<void>;
};

/**
 * An open database: PGlite (embedded) or PostgreSQL, with the Drizzle handle. The driver's own client is
 * there for bulk loads (COPY), which Drizzle does not do.
 */
export type TDatabase =
  | (TDatabaseBase & { kind: 'pglite'; client: PGlite })
  | (TDatabaseBase & { kind: 'postgres'; client: pg.Pool });

/** Default folder of the embedded database. */
export const DEFAULT_DATA_DIR = './.mot-data';

/** Opens PostgreSQL when `url` is given, else PGlite in `dataDir` (memory when dataDir === 'memory://'). */
export async function openDatabase(options: { url?: string; dataDir?: string } = {}): Promise<TDatabase> {
  if (options.url) {
    const pool = new pg.Pool({ connectionString: options.url, max: 8 });
    // A connection the server ends while it sits idle in the pool (a restart, an administrator, a dropped
    // network) is already discarded by the pool, which then emits 'error': without a listener that would
    // crash the process. The next query opens a new connection.
    pool.on('error', (error) =>
      process.emitWarning(`PostgreSQL closed an idle connection: ${error.message}`),
    );
    // Fail now, with the driver's message, rather than on the first request.
    const client = await pool.connect();
    client.release();
    return {
      kind: 'postgres',
      client: pool,
      orm: drizzlePostgres({ client: pool }),
      caches: new Map(),
      close: () => endPool(pool),
    };
  }
  const dataDir = options.dataDir ?? DEFAULT_DATA_DIR;
  const unlock = dataDir.startsWith('memory://') ? () => undefined : lockDataDir(dataDir);
  try {
    const client = await PGlite.create(dataDir);
    return {
      kind: 'pglite',
      client,
      orm: drizzlePglite({ client }),
      caches: new Map(),
      async close() {
        await client.close();
        unlock();
      },
    };
  } catch (error) {
    unlock();
    throw error;
  }
}

/**
 * Ends the pool and waits until every connection is closed: `pool.end()` resolves as soon as the pool has
 * let go of its connections, before they have finished closing.
 */
async function endPool(pool: pg.Pool): Promise<void> {
  let open = pool.totalCount;
  const closed = new Promise<void>((resolve) => {
    if (open === 0) resolve();
    pool.on('remove', () => {
      open -= 1;
      if (open === 0) resolve();
    });
  });
  await pool.end();
  await closed;
}

/** Opens the database the environment names: DATABASE_URL, else PGlite in MOT_DATA_DIR (default ./.mot-data). */
export function openDatabaseFromEnv(env: NodeJS.ProcessEnv = process.env): Promise<TDatabase> {
  const url = env['DATABASE_URL'];
  if (url) return openDatabase({ url });
  return openDatabase({ dataDir: env['MOT_DATA_DIR'] || DEFAULT_DATA_DIR });
}

/** Runs a raw statement (bound parameters only) and returns its rows, whichever the driver. */
export async function queryRows<TRow>(orm: TOrm, query: SQL): Promise<TRow[]> {
  const result: unknown = await orm.execute(query);
  // node-postgres and PGlite both answer `{ rows }`.
  return (result as { rows: TRow[] }).rows;
}

/**
 * Runs a statement of fixed text on the driver itself, named on PostgreSQL so that each connection parses
 * and plans it once: for the few statements every public request runs, where Drizzle's building and
 * mapping of the query, and a parse each time, cost more CPU than the database's own work (measured with
 * bench/feedback/answers.ts). Values as the drivers read them (a timestamp is a Date, JSON is parsed).
 */
export async function preparedRows<TRow>(
  db: TDatabase,
  name: string,
  text: string,
  values: readonly unknown[],
): Promise<TRow[]> {
  if (db.kind === 'postgres') {
    return (await db.client.query<TRow & pg.QueryResultRow>({ name, text, values: [...values] })).rows;
  }
  return (await db.client.query<TRow>(text, [...values])).rows;
}
