import type { PGlite, Transaction } from '@electric-sql/pglite';
import type pg from 'pg';
import { to as copyTo } from 'pg-copy-streams';
import type { TDatabase } from './database.ts';

/**
 * Raw reads inside one read-only, repeatable-read transaction: every statement sees the same snapshot,
 * even while moments are being ingested. `copyOut` runs `COPY (query) TO ...` and answers its whole output
 * (callers keep it to a bounded page); on PostgreSQL the output streams through the socket, on PGlite it
 * comes as a Blob in memory.
 */
export type TReadSnapshot = {
  rows<TRow>(text: string, params?: readonly unknown[]): Promise<TRow[]>;
  /** `query` is a SELECT; COPY takes no parameters, so its values must be inlined (see `sqlLiteral`). */
  copyOut(query: string, format: 'binary' | 'csv'): Promise<Buffer>;
  /**
   * The same output as it arrives, in chunks that may end anywhere (mid-row): on PostgreSQL straight from
   * the socket, so memory holds a chunk whatever the output's size; on PGlite the whole output at once.
   */
  copyOutChunks(query: string, format: 'binary' | 'csv'): AsyncIterable<Buffer>;
};

/** Backslashes in string literals are plain characters (the default since 9.1), which `sqlLiteral` needs. */
const LITERALS_AS_WRITTEN = 'set local standard_conforming_strings = on';

/** Runs `read` in a read-only repeatable-read transaction on the driver's own client. */
export async function withReadSnapshot<T>(
  db: TDatabase,
  read: (snapshot: TReadSnapshot) => Promise<T>,
): Promise<T> {
  return db.kind === 'postgres' ? onPostgres(db.client, read) : onPglite(db.client, read);
}

async function onPostgres<T>(pool: pg.Pool, read: (s: TReadSnapshot) => Promise<T>): Promise<T> {
  const client = await pool.connect();
  let broken = false;
  try {
    await client.query('begin isolation level repeatable read read only');
    await client.query(LITERALS_AS_WRITTEN);
    const result = await read({
      rows: async <TRow>(text: string, params: readonly unknown[] = []) =>
        (await client.query(text, [...params])).rows as TRow[],
      copyOut: async (query, format) => {
        const chunks: Buffer[] = [];
        const stream = client.query(copyTo(`copy (${query}) to stdout with (format ${format})`));
        for await (const chunk of stream) chunks.push(chunk as Buffer);
        return Buffer.concat(chunks);
      },
      copyOutChunks: async function* (query, format) {
        const stream = client.query(copyTo(`copy (${query}) to stdout with (format ${format})`));
        for await (const chunk of stream) yield chunk as Buffer;
      },
    });
    await client.query('commit');
    return result;
  } catch (error) {
    try {
      await client.query('rollback');
    } catch {
      broken = true;
    }
    throw error;
  } finally {
    client.release(broken);
  }
}

/**
 * PGlite runs in this thread and answers without I/O, so a long read would run from start to end in
 * microtasks: no timer would fire and no other response would be written meanwhile (an analysis could not
 * answer 202 while it runs). Each statement therefore ends with a turn of the event loop.
 */
const nextTurn = () => new Promise<void>((resolve) => setImmediate(resolve));

function onPglite<T>(client: PGlite, read: (s: TReadSnapshot) => Promise<T>): Promise<T> {
  return client.transaction(async (tx: Transaction) => {
    await tx.exec('set transaction isolation level repeatable read read only');
    await tx.exec(LITERALS_AS_WRITTEN);
    return read({
      rows: async <TRow>(text: string, params: readonly unknown[] = []) => {
        const { rows } = await tx.query<TRow>(text, [...params]);
        await nextTurn();
        return rows;
      },
      copyOut: (query, format) => copyOnPglite(tx, query, format),
      copyOutChunks: async function* (query, format) {
        yield await copyOnPglite(tx, query, format);
      },
    });
  });
}

async function copyOnPglite(tx: Transaction, query: string, format: 'binary' | 'csv'): Promise<Buffer> {
  const result = await tx.query(`copy (${query}) to '/dev/blob' with (format ${format})`);
  if (!result.blob) throw new Error('PGlite answered COPY without its output');
  const bytes = Buffer.from(await result.blob.arrayBuffer());
  await nextTurn();
  return bytes;
}

/**
 * A value as an SQL literal, for statements that take no parameters (COPY): numbers must be finite and
 * strings are quoted with quotes doubled (the snapshot sets standard_conforming_strings, so
 * backslashes are plain characters). A NUL cannot be in a PostgreSQL string and is refused.
 */
export function sqlLiteral(value: string | number): string {
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) throw new Error(`not a finite number: ${value}`);
    return String(value);
  }
  if (value.includes('\0')) throw new Error('a string with a NUL character');
  return `'${value.replaceAll("'", "''")}'`;
}
