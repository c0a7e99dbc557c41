import assert from 'node:assert/strict';
import { test } from 'node:test';
import { LIMITS } from '@mot/core';
import { countMoments } from '../../storage/count-moments.ts';
import { forEachDatabase } from '../../testing/databases.ts';
import { makeMoment } from '../../testing/factories.ts';
import { assertError, bearer, setUpWorkspace } from '../../testing/http.ts';
import type { TIngestReport } from '../../ingest/report.ts';

forEachDatabase('POST /api/moments', (getDb) => {
  test('ingests a batch, reports breaches, and a re-send changes nothing', async () => {
    const { call, workspaceId } = await setUpWorkspace(getDb());
    const batch = { moments: [makeMoment({ measures: { wait_seconds: 301 } }), makeMoment()] };
    const first = await call('POST', '/api/moments', batch);
    assert.equal(first.status, 200);
    assert.deepEqual([(first.body as TIngestReport).created, (first.body as TIngestReport).breaches], [2, 1]);
    const again = (await call('POST', '/api/moments', batch)).body as TIngestReport;
    assert.deepEqual([again.created, again.duplicates, again.breaches], [0, 2, 0]);
    assert.deepEqual(
      again.items.map((i) => i.status),
      ['duplicate', 'duplicate'],
    );
    assert.equal(await countMoments(getDb(), workspaceId), 2);
  });

  test('malformed JSON is a 400, not a crash', async () => {
    const { call } = await setUpWorkspace(getDb());
    assertError(await call('POST', '/api/moments', '{"moments": [ {'), 400, 'malformed_json');
  });

  test('a body that is not declared JSON is a 415 naming the header', async () => {
    const { call } = await setUpWorkspace(getDb());
    const res = await call('POST', '/api/moments', 'a,b', { 'content-type': 'text/csv' });
    const body = res.body as { error: { code: string; path: unknown[] } };
    assert.equal(res.status, 415);
    assert.deepEqual(
      [body.error.code, body.error.path],
      ['unsupported_media_type', ['headers', 'content-type']],
    );
  });

  test('wrong types at the top level are named', async () => {
    const { call } = await setUpWorkspace(getDb());
    assertError(await call('POST', '/api/moments', { moments: 'many' }), 400, 'invalid_input', ['moments']);
    assertError(await call('POST', '/api/moments', [makeMoment()]), 400, 'invalid_input');
  });

  test(`a batch over ${LIMITS.maxBatchSize} moments is a 400 naming the list`, async () => {
    const { call } = await setUpWorkspace(getDb());
    const moments = Array.from({ length: LIMITS.maxBatchSize + 1 }, () => ({}));
    assertError(await call('POST', '/api/moments', { moments }), 400, 'batch_too_large', ['moments']);
  });

  test('a body over the size limit is a 413', async () => {
    const { call } = await setUpWorkspace(getDb());
    const body = JSON.stringify({ moments: [], padding: 'x'.repeat(LIMITS.maxBodyBytes) });
    assertError(await call('POST', '/api/moments', body), 413, 'body_too_large');
  });

  test('bad items reject the whole batch with what and where; nothing accepted earlier is lost', async () => {
    const { call, workspaceId } = await setUpWorkspace(getDb());
    const kept = makeMoment();
    assert.equal((await call('POST', '/api/moments', { moments: [kept] })).status, 200);
    const dup = makeMoment();
    const res = await call('POST', '/api/moments', {
      moments: [
        dup,
        { ...dup },
        makeMoment({ touchpoint: 'teleport' }),
        { ...makeMoment(), measures: { wait_seconds: 'long' } },
        42,
      ],
    });
    assertError(res, 422, 'batch_rejected', ['moments']);
    const report = res.body as TIngestReport;
    assert.equal(report.ok, false);
    assert.deepEqual(
      report.items.map((i) => [i.index, i.errors?.[0]?.code, i.errors?.[0]?.path]),
      [
        [1, 'duplicate_event_id', ['eventId']],
        [2, 'unknown_touchpoint', ['touchpoint']],
        [3, 'invalid_input', ['measures', 'wait_seconds']],
        [4, 'invalid_input', []],
      ],
    );
    assert.equal(await countMoments(getDb(), workspaceId), 1);
  });

  test('the whole documented date range is stored and analysed; a date outside it is refused per item', async () => {
    const { call } = await setUpWorkspace(getDb());
    const late = makeMoment({ occurredAt: '2999-12-31T23:59:59.999999Z', episode: 'late' });
    const early = makeMoment({ occurredAt: '1900-01-01T00:00:00Z', episode: 'early' });
    assert.equal((await call('POST', '/api/moments', { moments: [late, early] })).status, 200);
    // Past 2285 the stored microseconds exceed 2^53: the analysis read them as an error, forever.
    const analysed = await call('GET', '/api/journeys/repair/key-moments');
    assert.equal(analysed.status, 200, JSON.stringify(analysed.body));
    const res = await call('POST', '/api/moments', {
      moments: [
        makeMoment({ occurredAt: '3000-01-01T00:00:00Z' }),
        makeMoment({ occurredAt: '1899-12-31T23:59:59Z' }),
        makeMoment({ occurredAt: '1900-01-01T00:00:00+08:00' }),
        makeMoment(),
      ],
    });
    assertError(res, 422, 'batch_rejected', ['moments']);
    assert.deepEqual(
      (res.body as TIngestReport).items.map((i) => [i.index, i.errors?.[0]?.code, i.errors?.[0]?.path]),
      [
        [0, 'out_of_range', ['occurredAt']],
        [1, 'out_of_range', ['occurredAt']],
        [2, 'out_of_range', ['occurredAt']],
      ],
    );
  });

  test('a lone surrogate or NUL in any text, or an offset beyond ±14:00, is refused per item with its path', async () => {
    const { call, workspaceId } = await setUpWorkspace(getDb());
    const res = await call('POST', '/api/moments', {
      moments: [
        makeMoment(),
        makeMoment({ comment: 'slow \ud800' }),
        makeMoment({ customer: 'c-\udc00' }),
        makeMoment({ attributes: { region: 'north\ud83d' } }),
        makeMoment({ attributes: { ['r\ud800']: 'north' } }),
        makeMoment({ occurredAt: '2026-01-01T08:00:00+23:59' }),
        makeMoment({ employee: 'e\u0000' }),
        makeMoment({ episode: 'case-\ud800' }),
        makeMoment({ eventId: '\udfff' }),
        makeMoment({ comment: 'a well-formed pair 😀 is fine', occurredAt: '2026-01-01T08:00:00-14:00' }),
      ],
    });
    assertError(res, 422, 'batch_rejected', ['moments']);
    assert.deepEqual(
      (res.body as TIngestReport).items.map((i) => [i.index, i.errors?.[0]?.code, i.errors?.[0]?.path]),
      [
        [1, 'invalid_character', ['comment']],
        [2, 'invalid_character', ['customer']],
        [3, 'invalid_character', ['attributes', 'region']],
        [4, 'invalid_character', ['attributes', 'r\ud800']],
        [5, 'out_of_range', ['occurredAt']],
        [6, 'invalid_character', ['employee']],
        [7, 'invalid_character', ['episode']],
        [8, 'invalid_character', ['eventId']],
      ],
    );
    assert.equal(await countMoments(getDb(), workspaceId), 0);
  });

  test('__proto__, constructor and prototype as measure or attribute keys are refused with their path', async () => {
    const { call, workspaceId } = await setUpWorkspace(getDb());
    const item = (field: 'measures' | 'attributes', key: string) =>
      JSON.stringify({ ...makeMoment(), attributes: { region: 'n' } }).replace(
        `"${field}":{`,
        `"${field}":{"${key}":1,`,
      );
    const items = [
      item('measures', '__proto__'),
      item('attributes', '__proto__'),
      item('measures', 'constructor'),
      item('attributes', 'prototype'),
    ];
    const res = await call('POST', '/api/moments', `{"moments":[${items.join(',')}]}`);
    assertError(res, 422, 'batch_rejected', ['moments']);
    assert.deepEqual(
      (res.body as TIngestReport).items.map((i) => [i.index, i.errors?.[0]?.code, i.errors?.[0]?.path]),
      [
        [0, 'reserved_key', ['measures', '__proto__']],
        [1, 'reserved_key', ['attributes', '__proto__']],
        [2, 'reserved_key', ['measures', 'constructor']],
        [3, 'reserved_key', ['attributes', 'prototype']],
      ],
    );
    assert.equal(await countMoments(getDb(), workspaceId), 0);
  });

  test('a body in another charset is a 415, bytes that are not UTF-8 a 400: never decoded to U+FFFD', async () => {
    const { call, workspaceId, app, secret } = await setUpWorkspace(getDb());
    const send = async (type: string, body: Uint8Array | string) => {
      const res = await app.request('/api/moments', {
        method: 'POST',
        headers: { 'content-type': type, ...bearer(secret) },
        body,
      });
      return { status: res.status, body: (await res.json()) as unknown };
    };
    const gbk = await send('application/json; charset=gbk', '{"moments":[]}');
    assertError(gbk, 415, 'unsupported_charset', ['headers', 'content-type']);
    const gzip = await call('POST', '/api/moments', { moments: [] }, { 'content-encoding': 'gzip' });
    assertError(gzip, 415, 'unsupported_media_type', ['headers', 'content-encoding']);
    // "张" in GBK, where a customer id should be: decoded, it would be U+FFFD like any other GBK name.
    const moment = JSON.stringify({ moments: [makeMoment({ customer: 'XX' })] });
    const [before, after] = moment.split('XX') as [string, string];
    const bytes = Buffer.concat([Buffer.from(before), Buffer.from([0xd5, 0xc5]), Buffer.from(after)]);
    const bad = await send('application/json', bytes);
    assertError(bad, 400, 'invalid_encoding');
    assert.match(
      (bad.body as { error: { message: string } }).error.message,
      new RegExp(`byte ${before.length}`),
    );
    assert.equal(await countMoments(getDb(), workspaceId), 0);
    const utf8 = await call('POST', '/api/moments', { moments: [makeMoment({ customer: '张三' })] });
    assert.equal(utf8.status, 200);
  });
});
