import assert from 'node:assert/strict';
import { test } from 'node:test';
import { sql } from 'drizzle-orm';
import { queryRows } from '../storage/database.ts';
import { forEachDatabase } from '../testing/databases.ts';
import { sourceHoldsSegmentSql } from './segment-holds.ts';

/**
 * A JSON number as PostgreSQL's `->>` writes it: jsonb keeps numbers as `numeric`, which writes every
 * digit, never an exponent (1e21 is 1000000000000000000000, 1.5e-7 is 0.00000015).
 */
function numericText(value: number): string {
  const shortest = String(value);
  const exponent = /^(-?)(\d)(?:\.(\d+))?e([+-]\d+)$/.exec(shortest);
  if (!exponent) return shortest;
  const [, sign = '', first = '', rest = '', power = '0'] = exponent;
  const digits = first + rest;
  const point = 1 + Number(power);
  if (point <= 0) return `${sign}0.${'0'.repeat(-point)}${digits}`;
  if (point >= digits.length) return `${sign}${digits}${'0'.repeat(point - digits.length)}`;
  return `${sign}${digits.slice(0, point)}.${digits.slice(point)}`;
}

/**
 * A stored attribute's value as `->>` reads it from jsonb: a string as it is, a number or a boolean as JSON
 * writes it; null for what no attribute holds (JSON null, objects, arrays).
 */
function attributeText(value: unknown): string | null {
  if (typeof value === 'string') return value;
  if (typeof value === 'number') return Number.isFinite(value) ? numericText(value) : null;
  if (typeof value === 'boolean') return String(value);
  return null;
}

/**
 * `sourceHoldsSegmentSql` in JS, the rule as this test states it, for attributes as they are stored (core's `ZAttributes`:
 * strings, finite numbers, booleans): every attribute of `segment` equal, as text, to the source's own.
 */
function sourceHoldsSegment(
  segment: Readonly<Record<string, string>>,
  attributes: Readonly<Record<string, unknown>> | null | undefined,
): boolean {
  return Object.entries(segment).every(
    ([key, value]) =>
      attributes !== null &&
      attributes !== undefined &&
      Object.hasOwn(attributes, key) &&
      attributeText(attributes[key]) === value,
  );
}

type TCase = { segment: Record<string, string>; attributes: Record<string, unknown> | null; holds: boolean };

/** Segments against one source's attributes as stored (strings, finite numbers, booleans), and the answer. */
const CASES: TCase[] = [
  { segment: {}, attributes: null, holds: true },
  { segment: {}, attributes: { store: 'S-01' }, holds: true },
  { segment: { store: 'S-01' }, attributes: null, holds: false },
  { segment: { store: 'S-01' }, attributes: {}, holds: false },
  { segment: { store: 'S-01' }, attributes: { store: 'S-01' }, holds: true },
  { segment: { store: 'S-01' }, attributes: { store: 's-01' }, holds: false },
  { segment: { store: 'S-01' }, attributes: { store: 'S-01 ' }, holds: false },
  { segment: { region: '华东' }, attributes: { region: '华东', tier: 'gold' }, holds: true },
  { segment: { region: '华东', tier: 'gold' }, attributes: { region: '华东' }, holds: false },
  { segment: { region: '华东', tier: 'gold' }, attributes: { region: '华东', tier: 'gold' }, holds: true },
  { segment: { region: '华东', tier: 'gold' }, attributes: { region: '华南', tier: 'gold' }, holds: false },
  { segment: { counter: '3' }, attributes: { counter: 3 }, holds: true },
  { segment: { counter: '3' }, attributes: { counter: '3' }, holds: true },
  { segment: { counter: '3.0' }, attributes: { counter: 3 }, holds: false },
  { segment: { counter: '3' }, attributes: { counter: 3.5 }, holds: false },
  { segment: { counter: '-0.25' }, attributes: { counter: -0.25 }, holds: true },
  { segment: { counter: '0' }, attributes: { counter: -0 }, holds: true },
  { segment: { big: '1000000000000000000000' }, attributes: { big: 1e21 }, holds: true },
  { segment: { big: '1e+21' }, attributes: { big: 1e21 }, holds: false },
  { segment: { small: '0.00000015' }, attributes: { small: 1.5e-7 }, holds: true },
  { segment: { small: '-0.000000125' }, attributes: { small: -1.25e-7 }, holds: true },
  { segment: { vip: 'true' }, attributes: { vip: true }, holds: true },
  { segment: { vip: 'false' }, attributes: { vip: false }, holds: true },
  { segment: { vip: 'true' }, attributes: { vip: 'TRUE' }, holds: false },
  { segment: { note: '' }, attributes: { note: '' }, holds: true },
  { segment: { note: '' }, attributes: {}, holds: false },
  { segment: { note: 'a "quoted" \\ value' }, attributes: { note: 'a "quoted" \\ value' }, holds: true },
  { segment: { 'odd key': 'x' }, attributes: { 'odd key': 'x' }, holds: true },
];

forEachDatabase('the segment rule on one source', (getDb) => {
  test('the JS and the SQL forms agree on every case, and with the expected answer', async () => {
    for (const { segment, attributes, holds } of CASES) {
      const source = attributes === null ? sql`null::jsonb` : sql`${JSON.stringify(attributes)}::jsonb`;
      const [row] = await queryRows<{ holds: boolean }>(
        getDb().orm,
        sql`select ${sourceHoldsSegmentSql(segment, source)} as holds`,
      );
      const what = `${JSON.stringify(segment)} on ${JSON.stringify(attributes)}`;
      assert.equal(row?.holds, holds, `SQL: ${what}`);
      assert.equal(sourceHoldsSegment(segment, attributes), holds, `JS: ${what}`);
    }
  });

  test("numbers of every magnitude read as text as PostgreSQL's ->> writes them", async () => {
    // Seeded, so a failure repeats: mantissas with up to 17 digits, from 1e-12 to 1e25, both signs.
    let seed = 7;
    const next = () => (seed = (seed * 16807) % 2147483647) / 2147483647;
    const numbers = Array.from({ length: 400 }, (_, i) => (next() - 0.5) * 10 ** ((i % 38) - 12));
    numbers.push(0, 1, 123456789, 2 ** 53, 5e-324, 1.7976931348623157e308);
    const rows = await queryRows<{ i: number; text: string }>(
      getDb().orm,
      sql`select (n.i - 1)::int as i, n.v ->> 0 as text
          from jsonb_array_elements(${JSON.stringify(numbers.map((v) => [v]))}::jsonb) with ordinality n(v, i)`,
    );
    assert.equal(rows.length, numbers.length);
    for (const { i, text } of rows) {
      assert.ok(sourceHoldsSegment({ n: text }, { n: numbers[i] }), `${numbers[i]} is read as ${text}`);
    }
  });
});
