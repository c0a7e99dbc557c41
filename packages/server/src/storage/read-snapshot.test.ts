import assert from 'node:assert/strict';
import { test } from 'node:test';
import { forEachDatabase } from '../testing/databases.ts';
import { readBinaryCopy } from './binary-copy.ts';
import { sqlLiteral, withReadSnapshot } from './read-snapshot.ts';

const ROWS = `select * from (values
    (1::int8, 2.5::float8, null::float8, '2000-01-01T00:00:01Z'::timestamptz, -3::int4),
    (-9007199254740991::int8, -0.1::float8, 1e-300::float8, '1999-12-31T23:59:59.999999Z'::timestamptz, null::int4),
    (9007199254740991::int8, 'Infinity'::float8, 0::float8, '2026-11-23T12:00:00.123456Z'::timestamptz, 7::int4)
  ) as t(a, b, c, d, e) order by a`;
const TYPES = ['int8', 'float8', 'float8', 'timestamptz', 'int4'] as const;

forEachDatabase('withReadSnapshot', (getDb) => {
  test('binary COPY output decodes into columns, NULL as NaN, on either driver', async () => {
    const copied = await withReadSnapshot(getDb(), (s) => s.copyOut(ROWS, 'binary'));
    const { rows, columns } = readBinaryCopy(copied, TYPES);
    assert.equal(rows, 3);
    assert.deepEqual([...columns[0]!], [-9007199254740991, 1, 9007199254740991]);
    assert.deepEqual([...columns[1]!], [-0.1, 2.5, Infinity]);
    assert.deepEqual([...columns[2]!], [1e-300, NaN, 0]);
    // Microseconds since 2000-01-01 (PostgreSQL's epoch), sub-millisecond digits kept.
    const since2000 = (iso: string, micros: number) =>
      (Date.parse(iso) - Date.UTC(2000, 0, 1)) * 1000 + micros;
    assert.deepEqual(
      [...columns[3]!],
      [since2000('1999-12-31T23:59:59.999Z', 999), 1_000_000, since2000('2026-11-23T12:00:00.123Z', 456)],
    );
    assert.deepEqual([...columns[4]!], [NaN, -3, 7]);
  });

  test('rows and COPY see one snapshot; the transaction is read-only', async () => {
    const db = getDb();
    await withReadSnapshot(db, async (s) => {
      const [row] = await s.rows<{ n: number }>('select $1::int4 + 1 as n', [41]);
      assert.equal(row?.n, 42);
      const csv = await s.copyOut(`select ${sqlLiteral("it's")} as t`, 'csv');
      assert.equal(csv.toString('utf8'), "it's\n");
    });
    await assert.rejects(
      withReadSnapshot(db, (s) => s.rows('create table read_only_check (a int)')),
      /read-only/,
    );
    // The failed statement rolled the snapshot back; the connection is usable again.
    assert.equal((await withReadSnapshot(db, (s) => s.rows<{ one: number }>('select 1 as one')))[0]?.one, 1);
  });
});

test('readBinaryCopy refuses what is not binary COPY output or does not match the columns', () => {
  assert.throws(() => readBinaryCopy(Buffer.from('a,b\n1,2\n'), ['int4']), /bad signature/);
  const header = Buffer.concat([Buffer.from('PGCOPY\n\xff\r\n\0', 'latin1'), Buffer.alloc(8)]);
  const tuple = (fields: Buffer[]) =>
    Buffer.concat([
      Buffer.from([0, fields.length]),
      ...fields.flatMap((f) => [Buffer.from([0, 0, 0, f.length]), f]),
    ]);
  const trailer = Buffer.from([0xff, 0xff]);
  const int8 = (hi: number, lo: number) => {
    const b = Buffer.alloc(8);
    b.writeInt32BE(hi);
    b.writeUInt32BE(lo, 4);
    return b;
  };
  assert.deepEqual(
    [...readBinaryCopy(Buffer.concat([header, tuple([int8(0, 5)]), trailer]), ['int8']).columns[0]!],
    [5],
  );
  assert.throws(
    () => readBinaryCopy(Buffer.concat([header, tuple([int8(0, 5), int8(0, 6)]), trailer]), ['int8']),
    /tuple 0 has 2 fields, expected 1/,
  );
  assert.throws(
    () => readBinaryCopy(Buffer.concat([header, tuple([int8(0x00300000, 0)]), trailer]), ['int8']),
    /beyond 2\^53/,
  );
  // Timestamps: the whole of core's moment range, past 2^53 microseconds (2285) too, and nothing beyond it.
  const micros = (iso: string) => (Date.parse(iso) - Date.UTC(2000, 0, 1)) * 1000;
  const at = (iso: string) => {
    const us = micros(iso);
    return int8(Math.floor(us / 2 ** 32), us - Math.floor(us / 2 ** 32) * 2 ** 32);
  };
  const times = ['1900-01-01T00:00:00Z', '2285-06-01T00:00:00Z', '2999-12-31T23:59:59Z'];
  const decoded = readBinaryCopy(Buffer.concat([header, ...times.map((t) => tuple([at(t)])), trailer]), [
    'timestamptz',
  ]);
  assert.deepEqual([...decoded.columns[0]!], times.map(micros));
  for (const outside of ['1899-12-31T23:59:59Z', '3000-01-01T00:00:01Z']) {
    assert.throws(
      () => readBinaryCopy(Buffer.concat([header, tuple([at(outside)]), trailer]), ['timestamptz']),
      /outside the moment time range/,
    );
  }
});

test('sqlLiteral quotes strings and refuses what cannot be a literal', () => {
  assert.equal(sqlLiteral("o'clock"), "'o''clock'");
  assert.equal(sqlLiteral('a\\b'), "'a\\b'");
  assert.equal(sqlLiteral(-12.5), '-12.5');
  assert.throws(() => sqlLiteral(NaN), /finite/);
  assert.throws(() => sqlLiteral('a\0b'), /NUL/);
});
