import assert from 'node:assert/strict';
import { before, test } from 'node:test';
import { sql } from 'drizzle-orm';
import ExcelJS from 'exceljs';
import type { TAppWithAuth } from '../../app.ts';
import { queryRows } from '../../storage/database.ts';
import { forEachDatabase } from '../../testing/databases.ts';
import { assertError, setUpWorkspace } from '../../testing/http.ts';
import type { TTestClient } from '../../testing/http.ts';
import { XLSX_TYPE } from '../imports/schema.ts';

type TResult = {
  rowsRead: number;
  created: number;
  duplicates: number;
  rejected: number;
  rejects: Array<{ line: number; column: string; message: string }>;
};

const CSV = [
  'platform,date,store,rating,text,id',
  'dianping,2026-11-03,徐家汇店,1,师傅迟到两个小时，态度很差,r-1',
  'dianping,2026-11-04 10:30,静安店,5,Quick and friendly repair,r-2',
  'meituan,2026-11-05,徐家汇店,9,too high a rating,r-3',
  'meituan,not a date,静安店,4,ok,r-4',
  'google,2026-11-06T08:00:00Z,静安店,,Nice staff,',
  'dianping,2026-11-03,徐家汇店,1,师傅迟到两个小时，态度很差,r-1',
].join('\n');

const mapping = {
  journey: 'repair',
  touchpoint: 'visit',
  columns: {
    platform: 'platform',
    date: 'date',
    store: 'store',
    rating: 'rating',
    text: 'text',
    reviewId: 'id',
  },
};

forEachDatabase('online reviews import', (getDb) => {
  let call: TTestClient;
  let app: TAppWithAuth;
  let secret: string;
  let workspaceId: string;

  before(async () => {
    ({ call, app, secret, workspaceId } = await setUpWorkspace(getDb()));
  });

  const post = async (body: string | Uint8Array, type: string, map: unknown = mapping, key = secret) => {
    const res = await app.request(
      `/api/reviews/import?name=reviews.csv&mapping=${encodeURIComponent(JSON.stringify(map))}`,
      { method: 'POST', headers: { 'content-type': type, authorization: `Bearer ${key}` }, body },
    );
    return { status: res.status, body: (await res.json()) as unknown };
  };

  test('a CSV of reviews imports as moments: rating re-scaled, text scored, store an attribute; bad rows named by line and column', async () => {
    const res = await post(CSV, 'text/csv');
    assert.equal(res.status, 200, JSON.stringify(res.body));
    const result = res.body as TResult;
    assert.deepEqual([result.rowsRead, result.created, result.duplicates, result.rejected], [6, 3, 1, 2]);
    assert.deepEqual(
      result.rejects.map((r) => [r.line, r.column]),
      [
        [4, 'rating'],
        [5, 'date'],
      ],
    );
    assert.match(result.rejects[0]?.message ?? '', /9 is outside the platform's scale 1\.\.5/);
    const moments = await queryRows<{
      event_id: string;
      rating: number | null;
      sentiment_label: string | null;
      attributes: Record<string, string>;
      occurred_at: Date;
    }>(
      getDb().orm,
      sql`select event_id, rating, sentiment_label, attributes, occurred_at from moments
          where workspace_id = ${workspaceId} order by event_id`,
    );
    assert.equal(moments.length, 3);
    const bad = moments.find((m) => m.event_id === 'review:dianping:r-1');
    assert.equal(bad?.rating, 1);
    assert.equal(bad?.sentiment_label, 'negative');
    assert.deepEqual(bad?.attributes, { platform: 'dianping', store: '徐家汇店' });
    // A date without a time is midnight in the mapping's zone (+08:00 by default).
    assert.equal(new Date(bad?.occurred_at ?? 0).toISOString(), '2026-11-02T16:00:00.000Z');
    const google = moments.find((m) => m.event_id.startsWith('review:google:'));
    assert.match(google?.event_id ?? '', /^review:google:[0-9a-f]{32}$/);
    assert.equal(google?.rating, null);
    assert.equal(google?.sentiment_label, 'positive');

    // Importing the same file again adds nothing.
    const again = (await post(CSV, 'text/csv')).body as TResult;
    assert.deepEqual([again.created, again.duplicates, again.rejected], [0, 4, 2]);
  });

  test('an XLSX workbook imports the same way, with a 10-point platform scale', async () => {
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('reviews');
    sheet.addRow(['platform', 'date', 'store', 'rating', 'text', 'id']);
    sheet.addRow(['ctrip', '2026-11-07', '浦东店', 10, '非常满意', 'x-1']);
    sheet.addRow(['ctrip', '2026-11-08', '浦东店', 'ten', 'bad rating cell', 'x-2']);
    const bytes = new Uint8Array(await workbook.xlsx.writeBuffer());
    const res = await post(bytes, XLSX_TYPE, { ...mapping, ratingScale: { min: 0, max: 10 } });
    assert.equal(res.status, 200, JSON.stringify(res.body));
    const result = res.body as TResult;
    assert.deepEqual([result.created, result.rejected], [1, 1]);
    assert.deepEqual([result.rejects[0]?.line, result.rejects[0]?.column], [3, 'rating']);
    const [moment] = await queryRows<{ rating: number }>(
      getDb().orm,
      sql`select rating from moments where workspace_id = ${workspaceId} and event_id = 'review:ctrip:x-1'`,
    );
    assert.equal(moment?.rating, 5);
  });

  test('a mapping naming no review touchpoint or a missing column is refused with its field; a viewer may not import', async () => {
    const noTouchpoint = await post(CSV, 'text/csv', { ...mapping, touchpoint: 'review' });
    assertError(noTouchpoint, 400, 'invalid_input', ['mapping', 'touchpoint']);
    const noColumn = await post(CSV, 'text/csv', {
      ...mapping,
      columns: { ...mapping.columns, store: 'shop' },
    });
    assertError(noColumn, 400, 'invalid_input', ['mapping', 'columns', 'store']);
    const viewer = await setUpWorkspace(getDb(), 'viewer');
    const refused = await post(CSV, 'text/csv', mapping, viewer.secret);
    assert.equal(refused.status, 403);
    assert.equal((await call('GET', '/api/health')).status, 200);
  });
});
