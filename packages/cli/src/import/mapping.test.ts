import { test, describe } from 'node:test';
import assert from 'node:assert/strict';
import { mapRecord } from './map-record.ts';
import { parseMapping } from './mapping.ts';
import { parseDatetime, parseMeasure, parseNumber } from './parse-value.ts';
import { resolveCsvMapping, resolveJsonlMapping } from './resolve-mapping.ts';

const context = { journey: 'repair', deriveEventId: () => 'derived-1' };

describe('parseMapping', () => {
  test('errors name the mapping field at fault', () => {
    assert.throws(
      () => parseMapping({ customer: '', measures: { 'Bad Key': 'x' }, touchpoint: { const: [] }, extra: 1 }),
      (error: Error) => {
        assert.match(error.message, /customer: must name a column/);
        assert.match(error.message, /measures\.Bad Key: /);
        assert.match(error.message, /touchpoint: /);
        assert.match(error.message, /Unrecognized key.*extra/);
        return true;
      },
    );
  });

  test('accepts columns, constants and a timezone', () => {
    const mapping = parseMapping({ touchpoint: { const: 'visit' }, customer: 'cust', timezone: '+08:00' });
    assert.deepEqual(mapping.touchpoint, { const: 'visit' });
  });
});

describe('resolveCsvMapping', () => {
  test('a missing column names the mapping field and the available columns', () => {
    assert.throws(
      () =>
        resolveCsvMapping({ customer: 'cust_no' }, ['touchpoint', 'customer_id', 'episode', 'occurred_at']),
      /mapping field "customer": column "cust_no" is not in the header \(available columns: touchpoint, customer_id, episode, occurred_at\)/,
    );
  });

  test('a required field without a column is named', () => {
    assert.throws(
      () => resolveCsvMapping({}, ['touchpoint', 'customer', 'occurred_at']),
      /required field "episode"/,
    );
  });

  test('defaults match camelCase or snake_case names and measures./attributes. columns', () => {
    const header = [
      'Touchpoint',
      'customer',
      'episode',
      'occurred_at',
      'measures.wait_seconds',
      'attributes.region',
    ];
    const mapping = resolveCsvMapping({}, header);
    assert.equal(mapping.fields.occurredAt?.label, 'occurredAt (column "occurred_at")');
    assert.equal(mapping.fields.touchpoint?.label, 'touchpoint (column "Touchpoint")');
    assert.deepEqual(
      mapping.measures.map(([key]) => key),
      ['wait_seconds'],
    );
    assert.deepEqual(
      mapping.attributes.map(([key]) => key),
      ['region'],
    );
  });
});

describe('mapRecord', () => {
  const header = ['tp', 'cust', 'case', 'time', 'wait', 'csat', 'note'];
  const mapping = resolveCsvMapping(
    {
      touchpoint: 'tp',
      customer: 'cust',
      episode: 'case',
      occurredAt: 'time',
      rating: 'csat',
      comment: 'note',
      measures: { wait_seconds: 'wait', fixed: { const: true } },
      attributes: { source: { const: 'crm' } },
      timezone: '+08:00',
    },
    header,
  );

  test('maps a CSV row to a moment, with a derived event id and the timezone applied', () => {
    const result = mapRecord(['call', 'c1', 'k1', '2025-03-01 09:30', '12.5', '', 'ok'], mapping, context);
    assert.deepEqual(result, {
      ok: true,
      moment: {
        eventId: 'derived-1',
        journey: 'repair',
        touchpoint: 'call',
        customer: 'c1',
        episode: 'k1',
        occurredAt: '2025-03-01T09:30:00+08:00',
        comment: 'ok',
        measures: { wait_seconds: 12.5, fixed: 1 },
        attributes: { source: 'crm' },
      },
    });
  });

  test('a bad number is refused naming the field and the column', () => {
    const result = mapRecord(['call', 'c1', 'k1', '2025-03-01T09:30:00Z', '12a', '5', ''], mapping, context);
    assert.deepEqual(result, {
      ok: false,
      reason: 'measures.wait_seconds (column "wait"): "12a" is not a number or a boolean',
    });
  });

  test('missing required values and schema problems name their columns', () => {
    const result = mapRecord(['', 'c1', 'k1', 'yesterday', '', '', ''], mapping, context);
    assert.equal(result.ok, false);
    assert.match(
      !result.ok ? result.reason : '',
      /occurredAt \(column "time"\): "yesterday" is not a date-time/,
    );
    assert.match(!result.ok ? result.reason : '', /touchpoint \(column "tp"\): missing/);
  });

  test("JSONL takes property paths and each line's own measures object", () => {
    const jsonl = resolveJsonlMapping({ customer: 'who.id' });
    const result = mapRecord(
      {
        eventId: 'e1',
        touchpoint: 'visit',
        who: { id: 42 },
        episode: 'k',
        occurredAt: '2025-03-01T09:30:00+08:00',
        measures: { arrival_hours: 30, on_time: false, bad: 'x' },
      },
      jsonl,
      context,
    );
    assert.deepEqual(result, {
      ok: false,
      reason: 'measures.bad (property "measures.bad"): "x" is not a number or a boolean',
    });
  });
});

describe('value parsing', () => {
  test('numbers are strict', () => {
    assert.deepEqual(parseNumber(' 12 '), { ok: true, value: 12 });
    assert.deepEqual(parseNumber('-1.5e2'), { ok: true, value: -150 });
    for (const bad of ['12a', '1,5', '0x1F', 'Infinity', '']) assert.equal(parseNumber(bad).ok, false, bad);
    assert.deepEqual(parseMeasure('是'), { ok: true, value: 1 });
  });

  test('date-times need an offset, from the value or the mapping', () => {
    assert.deepEqual(parseDatetime('2025-03-01T09:30:00+0800', undefined), {
      ok: true,
      value: '2025-03-01T09:30:00+08:00',
    });
    assert.match(String(parseDatetime('2025-03-01 09:30:00', undefined).ok), /false/);
    assert.deepEqual(parseDatetime('2025-03-01 09:30:00.5', 'Z'), {
      ok: true,
      value: '2025-03-01T09:30:00.5Z',
    });
  });
});
