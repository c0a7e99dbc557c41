import assert from 'node:assert/strict';
import { test } from 'node:test';
import { ZMomentInput } from '@mot/core';
import { fastMoment } from './fast-moment.ts';

const base = {
  eventId: 'ev-1',
  journey: 'repair',
  touchpoint: 'hotline',
  customer: 'c-1',
  episode: 'case-1',
  occurredAt: '2026-01-01T08:00:00.000Z',
  measures: { wait_seconds: 30, fixed: true },
};

/** Changes of one field, valid and invalid, each applied to `base`. */
const VARIANTS: Record<string, unknown[]> = {
  eventId: [
    'x',
    'a'.repeat(200),
    'a'.repeat(201),
    '',
    ' ev',
    'ev ',
    '\tev',
    'ev\n',
    7,
    null,
    '等了',
    'ev\u0000',
    'ev\ud800',
    '\udc00ev',
    'ev😀',
  ],
  journey: ['r', 'a.b-c_d', 'A', '-a', '', 'a'.repeat(64), 'a'.repeat(65), 'a b', 3, 'é'],
  touchpoint: ['t1', 'T1', '_x', '9x'],
  customer: ['c', ' c', 'c'.repeat(201), 12],
  episode: ['case', '', 'case ', false],
  occurredAt: [
    '2026-03-01T09:00:00+08:00',
    '2026-03-01T09:00:00Z',
    '2026-03-01T09:00:00.123456Z',
    '2026-03-01T09:00Z',
    '2026-03-01T09:00:00',
    '2026-03-01 09:00:00Z',
    '2026-02-29T00:00:00Z',
    '2024-02-29T00:00:00Z',
    '2026-13-01T00:00:00Z',
    '2026-03-01T24:00:00Z',
    '2026-03-01T09:00:00+0800',
    '0000-01-01T00:00:00Z',
    '1899-12-31T23:59:59Z',
    '1900-01-01T00:00:00Z',
    '2999-12-31T23:59:59.999Z',
    '3000-01-01T00:00:00Z',
    '2026-03-01T09:00:00+14:00',
    '2026-03-01T09:00:00-14:01',
    '2026-03-01T09:00:00+23:59',
    '2026-03-01',
    1_700_000_000_000,
  ],
  measures: [
    {},
    { a: 1.5, b: false },
    { wait_seconds: -3 },
    { Wait: 1 },
    { '': 1 },
    { a: '1' },
    { a: null },
    { a: Number.NaN },
    { a: Number.POSITIVE_INFINITY },
    { a: [1] },
    { a: { b: 1 } },
    { constructor: 1 },
    { prototype: 1 },
    JSON.parse('{"__proto__": 1}'),
    [],
    [1],
    null,
    'x',
    undefined,
  ],
  employee: ['emp-1', '', ' emp', 'e'.repeat(201), 5, null, undefined],
  rating: [1, 0, -2, 4.5, 1e300, Number.NaN, Number.POSITIVE_INFINITY, '3', null, true, undefined],
  comment: [
    'a\ud800',
    'b\u0000',
    '',
    'fine',
    '等了很久',
    'c'.repeat(5000),
    'c'.repeat(5001),
    '  padded  ',
    3,
    null,
    undefined,
  ],
  attributes: [
    {},
    { region: 'north' },
    { tier: 2, vip: true },
    { a: 'x'.repeat(500) },
    { a: 'x'.repeat(501) },
    { '': 'x' },
    { ['k'.repeat(64)]: 1 },
    { ['k'.repeat(65)]: 1 },
    { Region: 'N', 'a b': 'c' },
    { a: null },
    { a: [1] },
    { a: { b: 1 } },
    { a: Number.NaN },
    Object.fromEntries(Array.from({ length: 50 }, (_, i) => [`k${i}`, i])),
    Object.fromEntries(Array.from({ length: 51 }, (_, i) => [`k${i}`, i])),
    JSON.parse('{"__proto__": "x"}'),
    { constructor: 'x' },
    { prototype: 1 },
    { a: 'x\udc00' },
    { ['\ud800']: 1 },
    [],
    null,
    'north',
    undefined,
  ],
  extra: ['unknown field', undefined],
};

function corpus(): unknown[] {
  const items: unknown[] = [base, {}, null, [], 'moment', 42, Object.create(null), new Date(0)];
  const { measures: _measures, ...withoutMeasures } = base;
  items.push(withoutMeasures);
  for (const [field, values] of Object.entries(VARIANTS)) {
    for (const value of values) items.push({ ...base, [field]: value });
    items.push(Object.fromEntries(Object.entries(base).filter(([key]) => key !== field)));
  }
  return items;
}

test('the fast path accepts only what the moment schema accepts, with the same output', () => {
  let fast = 0;
  let valid = 0;
  for (const item of corpus()) {
    const expected = ZMomentInput.safeParse(item);
    const got = fastMoment(item);
    if (expected.success) valid += 1;
    if (got === undefined) continue;
    fast += 1;
    assert.ok(expected.success, `fast path accepted what zod rejects: ${JSON.stringify(item)}`);
    assert.deepStrictEqual(got, expected.data, JSON.stringify(item));
  }
  // Not vacuous: most valid items take the fast path; the rest (ids to trim, unknown fields, fields set to
  // undefined, "__proto__" keys) go to zod.
  assert.ok(valid > 60 && fast > 45, `valid ${valid}, fast ${fast}`);
});

test('the fast path takes the usual feed: plain JSON moments with every optional field', () => {
  const item = JSON.parse(
    JSON.stringify({ ...base, employee: 'e-1', rating: 4, comment: 'ok', attributes: { region: 'n' } }),
  ) as unknown;
  assert.deepStrictEqual(fastMoment(item), ZMomentInput.parse(item));
  assert.deepStrictEqual(fastMoment({ ...base, measures: undefined }), undefined);
});
