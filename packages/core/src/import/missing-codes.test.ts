import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { mapRecord } from './map-record.ts';
import { MappingError, parseMapping } from './mapping.ts';
import {
  codesForColumn,
  isMissingCode,
  missingTallyObject,
  tallyMissing,
  ZMissingCodes,
} from './missing-codes.ts';
import { resolveCsvMapping, resolveJsonlMapping } from './resolve-mapping.ts';

const context = { journey: 'repair', deriveEventId: () => 'e1' };

describe('missing-value codes', () => {
  test('a number code matches the number however it is written; a text code ignores case and spaces', () => {
    const codes = codesForColumn({ q: [0, 'DK'], '*': [99] }, 'q', true);
    for (const cell of [0, '0', ' 0.0 ', '99', 99, 'dk', ' Dk '])
      assert.equal(isMissingCode(cell, codes), true);
    for (const cell of ['1', 1, '', null, undefined, '0a', 'don’t know', true])
      assert.equal(isMissingCode(cell, codes), false, JSON.stringify(cell));
  });

  test('"*" reaches answer columns only; an answer column named gets its own codes and those of "*"', () => {
    const missing = { rating: [0], '*': [99] };
    assert.equal(codesForColumn(missing, 'customer', false), undefined);
    assert.deepEqual([...(codesForColumn(missing, 'service', true)?.numbers ?? [])], [99]);
    assert.deepEqual([...(codesForColumn(missing, 'rating', true)?.numbers ?? [])], [0, 99]);
    assert.deepEqual([...(codesForColumn(missing, 'rating', false)?.numbers ?? [])], [0]);
  });

  test('the tally counts cells per column and lists them in the order of the header', () => {
    const tally = new Map<string, number>();
    tallyMissing(tally, ['c', 'a']);
    tallyMissing(tally, ['a', 'elsewhere']);
    assert.deepEqual(Object.entries(missingTallyObject(tally, ['a', 'b', 'c'])), [
      ['a', 2],
      ['c', 1],
      ['elsewhere', 1],
    ]);
  });

  test('the schema refuses an empty list and a non-finite code, naming the column', () => {
    const empty = ZMissingCodes.safeParse({ q: [] });
    assert.equal(empty.success, false);
    assert.deepEqual(empty.error?.issues[0]?.path, ['q']);
    assert.equal(ZMissingCodes.safeParse({ q: [Infinity] }).success, false);
    assert.throws(() => parseMapping({ missing: { q: [''] } }), /missing\.q\.0/);
  });
});

describe('mapRecord with missing-value codes', () => {
  const header = ['touchpoint', 'customer', 'episode', 'occurredAt', 'score', 'wait', 'region'];
  const mapping = resolveCsvMapping(
    parseMapping({
      rating: 'score',
      measures: { wait_minutes: 'wait' },
      attributes: { region: 'region' },
      timezone: '+08:00',
      missing: { score: [0], wait: [99], region: ['unknown'], '*': [-1] },
    }),
    header,
  );
  const row = (score: string, wait: string, region = 'east', customer = 'c1') => [
    'visit',
    customer,
    'k1',
    '2025-03-01 09:30',
    score,
    wait,
    region,
  ];

  test('a coded rating, measure or attribute is absent, and its column is named; the row is taken', () => {
    const result = mapRecord(row('0', '99', 'Unknown'), mapping, context);
    assert.equal(result.ok, true);
    assert.ok(result.ok);
    assert.equal(result.moment.rating, undefined);
    assert.deepEqual(result.moment.measures ?? {}, {});
    assert.deepEqual(result.moment.attributes ?? {}, {});
    assert.deepEqual(result.missingByCode, ['score', 'wait', 'region']);
  });

  test('an uncoded value is read as before, and without codes nothing is named', () => {
    const result = mapRecord(row('4', '12'), mapping, context);
    assert.ok(result.ok);
    assert.equal(result.moment.rating, 4);
    assert.deepEqual(result.moment.measures, { wait_minutes: 12 });
    assert.equal(result.missingByCode, undefined);
    const plain = resolveCsvMapping(parseMapping({ rating: 'score', timezone: '+08:00' }), header);
    const zero = mapRecord(row('0', '1'), plain, context);
    assert.ok(zero.ok);
    assert.equal(zero.moment.rating, 0);
  });

  test('"*" reaches the rating only: a customer or a measure "-1" keeps its value', () => {
    const result = mapRecord(row('-1', '-1', 'east', '-1'), mapping, context);
    assert.ok(result.ok);
    assert.equal(result.moment.rating, undefined);
    assert.equal(result.moment.customer, '-1');
    assert.deepEqual(result.moment.measures, { wait_minutes: -1 });
    assert.deepEqual(result.missingByCode, ['score']);
  });

  test('a required field holding its code is missing, and the reason says so', () => {
    const coded = resolveCsvMapping(
      parseMapping({ timezone: '+08:00', missing: { customer: ['-'] } }),
      header,
    );
    const result = mapRecord(row('4', '1', 'east', '-'), coded, context);
    assert.deepEqual(result, {
      ok: false,
      reason: 'customer (column "customer"): missing ("-" is a missing-value code)',
    });
  });

  test('codes for a column the mapping does not read stop the import before any row', () => {
    assert.throws(
      () => resolveCsvMapping(parseMapping({ missing: { Score: [0] } }), header),
      (error: Error) =>
        error instanceof MappingError &&
        /mapping field "missing\.Score": column "Score" is not a column the mapping reads \(columns read: touchpoint, customer, episode, occurredAt/.test(
          error.message,
        ),
    );
  });

  test('JSON Lines: a property path and the keys of a line’s own measures take codes too', () => {
    const jsonl = resolveJsonlMapping(
      parseMapping({ missing: { 'measures.wait_minutes': [-1], '*': [-1] } }),
    );
    const line = {
      touchpoint: 'visit',
      customer: 'c1',
      episode: 'k1',
      occurredAt: '2025-03-01T09:30:00+08:00',
      rating: 0,
      score: 0,
      measures: { wait_minutes: -1, calls: 2, late: -1 },
    };
    const result = mapRecord(
      line,
      resolveJsonlMapping(parseMapping({ rating: 'score', missing: { score: [0] } })),
      context,
    );
    assert.ok(result.ok);
    assert.equal(result.moment.rating, undefined);
    const own = mapRecord(line, jsonl, context);
    assert.ok(own.ok);
    assert.deepEqual(own.moment.measures, { calls: 2, late: -1 });
    assert.deepEqual(own.missingByCode, ['measures.wait_minutes']);
    // `rating` is read from the property "rating", which has no code of its own: 0 stays 0.
    assert.equal(own.moment.rating, 0);
  });
});
