import assert from 'node:assert/strict';
import { test } from 'node:test';
import ExcelJS from 'exceljs';
import { forEachDatabase } from '../../testing/databases.ts';
import { assertError, bearer, setUpWorkspace } from '../../testing/http.ts';

const CSV = { 'content-type': 'text/csv' };

type TResult = {
  rowsRead: number;
  created: number;
  duplicates: number;
  rejected: number;
  breaches: number;
  stoppedBy: string | null;
  rejects: string | null;
  missingByCode: Record<string, number>;
};

const FILE = [
  '工单号,客户编号,环节,时间,等待秒数',
  'k1,c1,hotline,2026-04-01 09:00,30',
  'k1,c1,hotline,2026-04-01 09:10,400',
  'k2,c2,nowhere,2026-04-01 10:00,30',
  'k3,c3,hotline,2026-04-01 11:00,12a',
  'k4,c4,hotline',
  '',
].join('\n');

const MAPPING = JSON.stringify({
  episode: '工单号',
  customer: '客户编号',
  touchpoint: '环节',
  occurredAt: '时间',
  measures: { wait_seconds: '等待秒数' },
  timezone: '+08:00',
});

const importPath = (query: string) => `/api/imports?journey=repair&name=calls.csv&${query}`;

forEachDatabase('POST /api/imports', (getDb) => {
  test('imports a CSV with the rules of mot import: the summary, and the rejects with their lines', async () => {
    const { call } = await setUpWorkspace(getDb());
    const first = await call('POST', importPath(`mapping=${encodeURIComponent(MAPPING)}`), FILE, CSV);
    assert.equal(first.status, 200, JSON.stringify(first.body));
    const result = first.body as TResult;
    assert.deepEqual(
      { ...result, rejects: null },
      {
        rowsRead: 5,
        created: 2,
        duplicates: 0,
        rejected: 3,
        breaches: 1,
        stoppedBy: null,
        rejects: null,
        missingByCode: {},
      },
    );
    const lines = (result.rejects ?? '').trim().split('\n');
    assert.equal(lines[0], 'line,reason,row');
    const at = (line: number) => lines.find((l) => l.startsWith(`${line},`)) ?? '';
    assert.match(at(4), /touchpoint \(column ""环节""\).*nowhere/);
    assert.match(at(5), /measures\.wait_seconds \(column ""等待秒数""\).*12a/);
    assert.equal(at(6), '6,"the row has 3 fields, the header has 5","k4,c4,hotline"');
    // The same file again adds nothing: event ids derived from the file name and line are stable.
    const again = (await call('POST', importPath(`mapping=${encodeURIComponent(MAPPING)}`), FILE, CSV))
      .body as TResult;
    assert.equal(again.created, 0);
    assert.equal(again.duplicates, 2);
    const breaches = (await call('GET', '/api/breaches')).body as { breaches: Array<{ customer: string }> };
    assert.deepEqual(
      breaches.breaches.map((b) => b.customer),
      ['c1'],
    );
  });

  test('missing-value codes: a coded rating or measure is absent, not a rejected row, and counted per column', async () => {
    const { call } = await setUpWorkspace(getDb());
    const file = [
      '工单号,客户编号,环节,时间,等待秒数,满意度',
      'm1,mc1,hotline,2026-04-02 09:00,30,0',
      'm2,mc2,hotline,2026-04-02 09:10,-1,99',
      'm3,mc3,hotline,2026-04-02 09:20,20,4',
      'm4,mc4,hotline,2026-04-02 09:30,25,0',
      'm5,mc5,hotline,2026-04-02 09:40,25,7',
      '',
    ].join('\n');
    const base = { ...JSON.parse(MAPPING), rating: '满意度' } as Record<string, unknown>;
    const send = (mapping: object, name: string) =>
      call(
        'POST',
        `/api/imports?journey=repair&name=${name}&mapping=${encodeURIComponent(JSON.stringify(mapping))}`,
        file,
        CSV,
      );
    // Without codes, ingestion refuses the ratings 0 and 99 (outside 1..5) and the measure -1.
    const plain = (await send(base, 'plain.csv')).body as TResult;
    assert.equal(plain.rejected, 4, plain.rejects ?? '');
    assert.deepEqual(plain.missingByCode, {});
    // With codes: 0 and 99 in the rating ("*" reaches it), -1 in the wait column named for it.
    const coded = await send({ ...base, missing: { 满意度: [0], '*': [99], 等待秒数: [-1] } }, 'coded.csv');
    assert.equal(coded.status, 200, JSON.stringify(coded.body));
    const result = coded.body as TResult;
    assert.equal(result.created, 4, result.rejects ?? '');
    assert.equal(result.rejected, 1);
    assert.match(result.rejects ?? '', /^6,.*rating 7 is outside the scale 1\.\.5/m);
    assert.deepEqual(result.missingByCode, { 满意度: 3, 等待秒数: 1 });
    // A code for a column the mapping does not read is refused before any row.
    const typo = await send({ ...base, missing: { 满意: [0] } }, 'typo.csv');
    assertError(typo, 400, 'invalid_input', ['query', 'mapping']);
    assert.match(
      (typo.body as { error: { message: string } }).error.message,
      /missing\.满意.*is not a column the mapping reads/,
    );
  });

  test('an XLSX workbook is read like a CSV file: dates as local times, rejects with their row', async () => {
    const { call, app, secret } = await setUpWorkspace(getDb());
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('moments');
    sheet.addRow(['工单号', '客户编号', '环节', '时间', '等待秒数']);
    sheet.addRow(['x1', 'xc1', 'hotline', new Date(Date.UTC(2026, 3, 1, 9, 0)), 400]);
    sheet.addRow(['x2', 'xc2', 'hotline', '2026-04-01 09:30', 'soon']);
    const bytes = new Uint8Array(await workbook.xlsx.writeBuffer());
    const headers = { 'content-type': 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' };
    const request = (path: string) =>
      app.request(path, { method: 'POST', body: bytes, headers: { ...headers, ...bearer(secret) } });
    const preview = (await (await request('/api/imports/preview?name=calls.xlsx')).json()) as {
      header: string[];
    };
    assert.deepEqual(preview.header, ['工单号', '客户编号', '环节', '时间', '等待秒数']);
    const answer = await request(
      importPath(`mapping=${encodeURIComponent(MAPPING)}`).replace('calls.csv', 'calls.xlsx'),
    );
    const result = (await answer.json()) as TResult;
    assert.equal(answer.status, 200, JSON.stringify(result));
    assert.equal(result.created, 1);
    assert.equal(result.breaches, 1);
    assert.match(result.rejects ?? '', /^3,.*"soon".*,"x2,xc2,hotline,2026-04-01 09:30,soon"$/m);
    const breaches = (await call('GET', '/api/breaches?customer=xc1')).body as {
      breaches: Array<{ occurredAt: string }>;
    };
    // 09:00 in the sheet, +08:00 in the mapping.
    assert.equal(breaches.breaches[0]?.occurredAt, '2026-04-01T01:00:00.000Z');
  });

  test('the preview reads the header and first rows and guesses the mapping', async () => {
    const { call } = await setUpWorkspace(getDb());
    const answer = await call('POST', '/api/imports/preview?name=calls.csv', FILE.slice(0, 60), CSV);
    assert.equal(answer.status, 200, JSON.stringify(answer.body));
    const preview = answer.body as { header: string[]; rows: string[][]; mapping: object; missing: string[] };
    assert.deepEqual(preview.header, ['工单号', '客户编号', '环节', '时间', '等待秒数']);
    assert.deepEqual(preview.rows, [['k1', 'c1', 'hotline', '2026-04-01 09:00', '30']]);
    assert.deepEqual(preview.mapping, {
      touchpoint: '环节',
      customer: '客户编号',
      episode: '工单号',
      occurredAt: '时间',
    });
    assert.deepEqual(preview.missing, []);
  });

  test('a mapping that does not fit, a body that is not CSV, and a role without moments:write are refused', async () => {
    const { call } = await setUpWorkspace(getDb());
    const missing = await call(
      'POST',
      importPath(`mapping=${encodeURIComponent(MAPPING.replace('客户编号', 'cust_no'))}`),
      FILE,
      CSV,
    );
    assertError(missing, 400, 'invalid_input', ['query', 'mapping']);
    assert.match(
      (missing.body as { error: { message: string } }).error.message,
      /column "cust_no" is not in the header/,
    );
    assertError(await call('POST', importPath('mapping=%7Bnope'), FILE, CSV), 400, 'invalid_input', [
      'query',
      'mapping',
    ]);
    assert.equal((await call('POST', importPath(''), FILE, { 'content-type': 'text/plain' })).status, 415);
    // Only these routes take CSV: the moments route still wants JSON.
    assert.equal((await call('POST', '/api/moments', FILE, CSV)).status, 415);
    const bad = await call(
      'POST',
      importPath(`mapping=${encodeURIComponent(MAPPING)}`),
      `${FILE}k9,c9,hotline,2026-04-01 12:00,\xff\n`,
      CSV,
    );
    assert.equal(bad.status, 200);
    const viewer = await setUpWorkspace(getDb(), 'viewer');
    assert.equal((await viewer.call('POST', importPath(''), FILE, CSV)).status, 403);
  });
});
