/**
 * A reader of PostgreSQL's binary COPY format (https://www.postgresql.org/docs/current/sql-copy.html,
 * "Binary Format"): the 11-byte signature, a 32-bit flags field and a header extension, then per tuple a
 * 16-bit field count and per field a 32-bit length (-1 for NULL) followed by the value in the type's binary
 * send format (network byte order), and a trailer of -1. Bulk reads use it because it costs the server no
 * text conversion and the client no text parsing: numbers go straight into typed arrays.
 */

/** The column types the reader decodes. */
export type TBinaryColumnType = 'int8' | 'int4' | 'float8' | 'timestamptz';

/** Decoded columns: one Float64Array per column, NaN where the value is NULL. */
export type TBinaryColumns = { rows: number; columns: Float64Array[] };

const SIGNATURE = Buffer.from('PGCOPY\n\xff\r\n\0', 'latin1');
const TWO_32 = 4_294_967_296;

/**
 * Decodes a whole binary COPY output whose columns have the given types. int8 values and timestamps
 * (microseconds since 2000-01-01) must be within ±2^53, which ids and dates are; a larger one throws.
 */
export function readBinaryCopy(buffer: Buffer, types: readonly TBinaryColumnType[]): TBinaryColumns {
  if (buffer.length < 19 || !buffer.subarray(0, 11).equals(SIGNATURE))
    throw new Error('not a PostgreSQL binary COPY output (bad signature)');
  let at = 19 + buffer.readInt32BE(15);
  // A first pass counts the tuples so that the columns are allocated once.
  let rows = 0;
  for (let p = at; ; rows++) {
    const fields = buffer.readInt16BE(p);
    if (fields === -1) break;
    if (fields !== types.length)
      throw new Error(`binary COPY tuple ${rows} has ${fields} fields, expected ${types.length}`);
    p += 2;
    for (let f = 0; f < fields; f++) {
      const length = buffer.readInt32BE(p);
      p += 4 + Math.max(0, length);
    }
  }
  const columns = types.map(() => new Float64Array(rows));
  for (let r = 0; r < rows; r++) {
    at += 2;
    for (let f = 0; f < types.length; f++) {
      const length = buffer.readInt32BE(at);
      at += 4;
      const column = columns[f] as Float64Array;
      if (length === -1) {
        column[r] = NaN;
        continue;
      }
      column[r] = decode(buffer, at, types[f] as TBinaryColumnType, length);
      at += length;
    }
  }
  return { rows, columns };
}

function decode(buffer: Buffer, at: number, type: TBinaryColumnType, length: number): number {
  switch (type) {
    case 'float8':
      return buffer.readDoubleBE(at);
    case 'int4':
      return buffer.readInt32BE(at);
    case 'int8':
    case 'timestamptz': {
      if (length !== 8) throw new Error(`binary COPY ${type} of ${length} bytes`);
      const value = buffer.readInt32BE(at) * TWO_32 + buffer.readUInt32BE(at + 4);
      if (!Number.isSafeInteger(value)) throw new Error(`binary COPY ${type} ${value} is beyond 2^53`);
      return value;
    }
  }
}
