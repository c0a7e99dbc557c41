/**
 * A reader of PostgreSQL's binary COPY format (https://www.postgresql.org/docs/current/sql-copy.html,
 * "Binary Format"): the 11-byte signature, a 32-bit flags field and a header extension, then per tuple a
 * 16-bit field count and per field a 32-bit length (-1 for NULL) followed by the value in the type's binary
 * send format (network byte order), and a trailer of -1. Bulk reads use it because it costs the server no
 * text conversion and the client no text parsing: numbers go straight into typed arrays.
 */
import { MOMENT_TIME_RANGE } from '@mot/core';

/** The column types the reader decodes. */
export type TBinaryColumnType = 'int8' | 'int4' | 'float8' | 'timestamptz' | 'jsonb';

/**
 * Decoded columns: one Float64Array per column, NaN where the value is NULL. A jsonb value stays in
 * `buffer` as JSON text: its column holds where the text starts and `ends` (at the same index) where it
 * ends, to be parsed by whoever needs it.
 */
export type TBinaryColumns = {
  rows: number;
  columns: Float64Array[];
  ends: Array<Float64Array | undefined>;
  buffer: Uint8Array;
};

const SIGNATURE = Buffer.from('PGCOPY\n\xff\r\n\0', 'latin1');
const TWO_32 = 4_294_967_296;

/**
 * Decodes a whole binary COPY output whose columns have the given types. int8 values must be within ±2^53,
 * which ids are; a larger one throws. Timestamps (microseconds since 2000-01-01) may be anywhere in core's
 * `MOMENT_TIME_RANGE` (1900..2999): exact to the microsecond up to 2^53 (the year 2285), beyond it rounded to
 * the nearest double (within 2 microseconds by the year 2999); one outside the range throws.
 */
export function readBinaryCopy(buffer: Buffer, types: readonly TBinaryColumnType[]): TBinaryColumns {
  if (buffer.length < 19 || !buffer.subarray(0, 11).equals(SIGNATURE))
    throw new Error('not a PostgreSQL binary COPY output (bad signature)');
  // DataView reads big-endian by default and is compiled inline, unlike Buffer's read methods.
  const view = new DataView(buffer.buffer, buffer.byteOffset, buffer.length);
  let at = 19 + view.getInt32(15);
  const width = types.length;
  // Every tuple takes at least 2 bytes of field count and 4 of length per field: an upper bound on the
  // rows, so the columns are allocated once and trimmed at the end.
  const bound = Math.floor((buffer.length - at) / (2 + 4 * width));
  const columns = types.map(() => new Float64Array(bound));
  const kinds = Int32Array.from(types, (t) => KIND[t]);
  const ends = types.map((t) => (t === 'jsonb' ? new Float64Array(bound) : undefined));
  let rows = 0;
  for (;;) {
    const fields = view.getInt16(at);
    at += 2;
    if (fields === -1) break;
    if (fields !== width)
      throw new Error(`binary COPY tuple ${rows} has ${fields} fields, expected ${width}`);
    for (let f = 0; f < width; f++) {
      const length = view.getInt32(at);
      at += 4;
      const column = columns[f] as Float64Array;
      if (length === -1) {
        column[rows] = NaN;
        continue;
      }
      const kind = kinds[f] as number;
      if (kind === FLOAT8) column[rows] = view.getFloat64(at);
      else if (kind === INT4) column[rows] = view.getInt32(at);
      else if (kind === JSONB) {
        // jsonb's binary form is a version byte (1) and the JSON text.
        if (view.getUint8(at) !== 1) throw new Error(`binary COPY jsonb of version ${view.getUint8(at)}`);
        column[rows] = at + 1;
        (ends[f] as Float64Array)[rows] = at + length;
      } else {
        if (length !== 8) throw new Error(`binary COPY ${types[f]} of ${length} bytes`);
        const value = view.getInt32(at) * TWO_32 + view.getUint32(at + 4);
        if (kind === TIMESTAMPTZ) {
          // The end is let in: the last microsecond before it rounds up to it.
          if (!(value >= EARLIEST_US && value <= END_US))
            throw new Error(`binary COPY timestamptz ${value} is outside the moment time range`);
        } else if (!Number.isSafeInteger(value)) {
          throw new Error(`binary COPY ${types[f]} ${value} is beyond 2^53`);
        }
        column[rows] = value;
      }
      at += length;
    }
    rows++;
  }
  return {
    rows,
    columns: columns.map((c) => c.subarray(0, rows)),
    ends: ends.map((c) => c?.subarray(0, rows)),
    buffer,
  };
}

const [FLOAT8, INT4, INT8, JSONB, TIMESTAMPTZ] = [0, 1, 2, 3, 4];
const KIND: Record<TBinaryColumnType, number> = {
  float8: FLOAT8,
  int4: INT4,
  int8: INT8,
  timestamptz: TIMESTAMPTZ,
  jsonb: JSONB,
};

// Moments are dated within core's MOMENT_TIME_RANGE (ingestion refuses any other date), read here as
// microseconds since 2000-01-01, PostgreSQL's epoch.
const PG_EPOCH_MS = Date.UTC(2000, 0, 1);
const EARLIEST_US = (MOMENT_TIME_RANGE.earliest - PG_EPOCH_MS) * 1000;
const END_US = (MOMENT_TIME_RANGE.end - PG_EPOCH_MS) * 1000;
