/**
 * Streaming the evaluation's cells from the database into a callback, memory bounded by a chunk: on
 * PostgreSQL as binary COPY straight from the socket (no text for the server to render or for the client to
 * parse), decoded as the bytes arrive; on PGlite, where COPY answers all at once, through a cursor in pages.
 */
import { sqlLiteral } from '../storage/read-snapshot.ts';
import type { TReadSnapshot } from '../storage/read-snapshot.ts';
import type { TStatement } from './evaluation-sql.ts';

/**
 * One observation as streamed: customer (its id, a number: core's evaluator groups numbers without a map of
 * strings), group (0 treated, 1 comparison), week and value.
 */
export type TStreamedCell = { cluster: number; g: number; week: number; v: number };

/** Rows fetched from the cursor at a time (PGlite). */
const FETCH_ROWS = 20_000;

/** Streams the observations of `statement` (columns: int8, int4, int4, float8) into `add`. */
export async function streamCells(
  snapshot: TReadSnapshot,
  kind: 'postgres' | 'pglite',
  statement: TStatement,
  add: (cell: TStreamedCell) => void,
): Promise<void> {
  if (kind === 'postgres') {
    await decodeCells(snapshot.copyOutChunks(inlineStatement(statement), 'binary'), add);
    return;
  }
  await snapshot.rows(`declare evaluation_cells no scroll cursor for ${statement.text}`, statement.params);
  for (;;) {
    const rows = await snapshot.rows<TStreamedCell>(`fetch ${FETCH_ROWS} from evaluation_cells`);
    for (const row of rows) add({ ...row, cluster: Number(row.cluster) });
    if (rows.length < FETCH_ROWS) break;
  }
  await snapshot.rows('close evaluation_cells');
}

/**
 * The statement with its parameters written in as literals (COPY takes no parameters): strings and numbers
 * through `sqlLiteral`, arrays as ARRAY[...] of them; each placeholder keeps its cast.
 */
export function inlineStatement(statement: TStatement): string {
  const literal = (value: unknown): string => {
    if (Array.isArray(value)) return `ARRAY[${value.map(literal).join(', ')}]`;
    if (typeof value === 'string' || typeof value === 'number') return sqlLiteral(value);
    throw new Error(`no literal for ${typeof value}`);
  };
  return statement.text.replace(/\$(\d+)/g, (_, index: string) => {
    const value = statement.params[Number(index) - 1];
    if (value === undefined) throw new Error(`no parameter $${index}`);
    return literal(value);
  });
}

const HEADER = 19;
const FIELDS = 4;
const TWO_32 = 4_294_967_296;

/**
 * Decodes binary COPY tuples of (int8, int4, int4, float8) from chunks that may split a tuple
 * anywhere (format: see storage/binary-copy.ts): the unread tail of a chunk is carried into the next.
 */
export async function decodeCells(
  chunks: AsyncIterable<Buffer>,
  add: (cell: TStreamedCell) => void,
): Promise<void> {
  let carry: Buffer = Buffer.alloc(0);
  let headerRead = false;
  for await (const chunk of chunks) {
    const buffer = carry.length === 0 ? chunk : Buffer.concat([carry, chunk]);
    const view = new DataView(buffer.buffer, buffer.byteOffset, buffer.length);
    let at = 0;
    if (!headerRead) {
      if (buffer.length < HEADER) {
        carry = buffer;
        continue;
      }
      at = HEADER + view.getInt32(15);
      headerRead = true;
    }
    for (;;) {
      if (at + 2 > buffer.length) break;
      const fields = view.getInt16(at);
      if (fields === -1) return;
      if (fields !== FIELDS) throw new Error(`a cell of ${fields} fields, expected ${FIELDS}`);
      // Every field is non-null and of fixed width: 2 + 4 x 4 + 8 + 4 + 4 + 8 bytes.
      const end = at + 42;
      if (end > buffer.length) break;
      // Each field after its 4-byte length: int8 at 6, int4 at 18 and 26, float8 at 34.
      const cluster = view.getInt32(at + 6) * TWO_32 + view.getUint32(at + 10);
      const g = view.getInt32(at + 18);
      const week = view.getInt32(at + 26);
      const v = view.getFloat64(at + 34);
      add({ cluster, g, week, v });
      at = end;
    }
    carry = buffer.subarray(at);
  }
  throw new Error('the COPY output ended without its trailer');
}
