import assert from 'node:assert/strict';
import { test } from 'node:test';
import { decodeCells, inlineStatement } from './stream-cells.ts';
import type { TStreamedCell } from './stream-cells.ts';

const CELLS: TStreamedCell[] = [
  { cluster: 1, g: 0, week: -3, v: 1 },
  { cluster: 9007199254740991, g: 1, week: 0, v: -0.25 },
  { cluster: 42, g: 0, week: 51, v: 2.5 },
];

/** The binary COPY output PostgreSQL sends for these observations (int8, int4, int4, float8). */
function copyOutput(cells: TStreamedCell[]): Buffer {
  const header = Buffer.concat([Buffer.from('PGCOPY\n\xff\r\n\0', 'latin1'), Buffer.alloc(8)]);
  const tuples = cells.map((c) => {
    const b = Buffer.alloc(42);
    let at = b.writeInt16BE(4, 0);
    at = b.writeInt32BE(8, at);
    at = b.writeBigInt64BE(BigInt(c.cluster), at);
    for (const v of [c.g, c.week]) at = b.writeInt32BE(v, b.writeInt32BE(4, at));
    b.writeDoubleBE(c.v, b.writeInt32BE(8, at));
    return b;
  });
  const trailer = Buffer.alloc(2);
  trailer.writeInt16BE(-1, 0);
  return Buffer.concat([header, ...tuples, trailer]);
}

async function* chunksOf(bytes: Buffer, size: number): AsyncGenerator<Buffer> {
  for (let at = 0; at < bytes.length; at += size) yield bytes.subarray(at, at + size);
}

test('cells are decoded the same however the COPY output is cut into chunks', async () => {
  const bytes = copyOutput(CELLS);
  for (const size of [1, 2, 7, 19, 20, 41, 42, 43, 100, bytes.length]) {
    const got: TStreamedCell[] = [];
    await decodeCells(chunksOf(bytes, size), (cell) => got.push(cell));
    assert.deepEqual(got, CELLS, `chunks of ${size} bytes`);
  }
});

test('an output cut short is an error, not a silent partial result', async () => {
  const bytes = copyOutput(CELLS);
  await assert.rejects(decodeCells(chunksOf(bytes.subarray(0, bytes.length - 2), 64), () => undefined));
});

test('parameters are written in as literals, quotes doubled, each keeping its cast', () => {
  const text = inlineStatement({
    text: 'select $1::uuid, $2::text[], $10::int8[], $3::text',
    params: ['u', ["it's", 'b'], "o'k", 4, 5, 6, 7, 8, 9, [1, 2]],
  });
  assert.equal(text, "select 'u'::uuid, ARRAY['it''s', 'b']::text[], ARRAY[1, 2]::int8[], 'o''k'::text");
  assert.throws(() => inlineStatement({ text: 'select $1', params: ['a\u0000b'] }));
});
