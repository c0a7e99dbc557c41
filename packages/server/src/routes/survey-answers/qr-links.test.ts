import assert from 'node:assert/strict';
import { before, test } from 'node:test';
import { sql } from 'drizzle-orm';
import { queryRows } from '../../storage/database.ts';
import { forEachDatabase } from '../../testing/databases.ts';
import { assertError, clientWith, setUpWorkspace } from '../../testing/http.ts';
import type { TTestClient } from '../../testing/http.ts';
import { runJobsAfterAnswers } from '../../testing/answer-jobs.ts';

type TQr = {
  id: string;
  url: string;
  label: string;
  attributes: Record<string, string>;
  touchpoint: string | null;
  enabled: boolean;
  scans: number;
};

const definition = {
  title: { default: 'How was the counter?', 'zh-cn': '柜台服务如何？' },
  pages: [
    {
      name: 'p',
      elements: [
        { type: 'rating', name: 'csat', rateMin: 1, rateMax: 5, mot: { role: 'csat' } },
        { type: 'comment', name: 'why', mot: { role: 'comment' } },
      ],
    },
  ],
};

const pathOf = (url: string) => new URL(url).pathname;

forEachDatabase('survey QR links', (getDb) => {
  let call: TTestClient;
  let anonymous: TTestClient;
  let workspaceId: string;
  let qr: TQr;

  before(async () => {
    const set = await setUpWorkspace(getDb());
    ({ call, workspaceId } = set);
    anonymous = clientWith(set.app, {});
    const created = await call('POST', '/api/surveys', {
      key: 'counter',
      name: 'Counter',
      journey: 'repair',
      status: 'active',
      definition,
    });
    assert.equal(created.status, 201, JSON.stringify(created.body));
  });

  test('an admin makes a QR link with a label, attributes and a touchpoint; bad input names its field', async () => {
    const res = await call('POST', '/api/surveys/counter/qr-links', {
      label: '徐家汇店',
      attributes: { store: '徐家汇店', counter: '3' },
      touchpoint: 'visit',
      language: 'zh-CN',
    });
    assert.equal(res.status, 201, JSON.stringify(res.body));
    qr = res.body as TQr;
    assert.match(qr.url, /^http:\/\/localhost\/api\/public\/qr\/[A-Za-z0-9_-]{22}$/);
    assert.deepEqual([qr.enabled, qr.scans, qr.touchpoint], [true, 0, 'visit']);
    assertError(
      await call('POST', '/api/surveys/counter/qr-links', { label: 'x', touchpoint: 'nope' }),
      400,
      'invalid_input',
      ['touchpoint'],
    );
    assertError(await call('POST', '/api/surveys/counter/qr-links', { label: '' }), 400, 'invalid_input', [
      'label',
    ]);
    assertError(await call('POST', '/api/surveys/nope/qr-links', { label: 'x' }), 404, 'not_found');
    const list = (await call('GET', '/api/surveys/counter/qr-links')).body as { qrLinks: TQr[] };
    assert.deepEqual(
      list.qrLinks.map((q) => q.id),
      [qr.id],
    );
  });

  test('a scan mints a fresh single-use link (channel qr, anonymous customer, the attributes) and redirects to its page; the answer is the counter’s moment', async () => {
    const first = await anonymous('GET', pathOf(qr.url));
    const second = await anonymous('GET', pathOf(qr.url));
    assert.equal(first.status, 302);
    const location = first.headers.get('location') ?? '';
    assert.match(location, /^http:\/\/localhost\/s\/[A-Za-z0-9_-]{43}$/);
    assert.notEqual(location, second.headers.get('location'));
    const links = await queryRows<{ customer: string; channel: string; attributes: unknown }>(
      getDb().orm,
      sql`select customer, channel, attributes from survey_links where workspace_id = ${workspaceId}`,
    );
    assert.equal(links.length, 2);
    for (const l of links) {
      assert.match(l.customer, /^qr:[0-9a-f-]{36}$/);
      assert.equal(l.channel, 'qr');
      assert.deepEqual(l.attributes, { store: '徐家汇店', counter: '3' });
    }
    const token = location.split('/s/')[1] ?? '';
    const read = await anonymous('GET', `/api/public/surveys/${token}`);
    assert.equal((read.body as { language: string }).language, 'zh-CN');
    const submitted = await anonymous('POST', `/api/public/surveys/${token}`, {
      answers: { csat: 2, why: '排队太久' },
    });
    assert.equal(submitted.status, 201, JSON.stringify(submitted.body));
    const { answer, ingested } = submitted.body as { answer: string; ingested: unknown };
    assert.equal(ingested, null);
    // The server's job runner ingests it within a second; here the due jobs are run.
    await runJobsAfterAnswers(getDb());
    const [summary] = await queryRows<{ ingest_summary: unknown }>(
      getDb().orm,
      sql`select ingest_summary from survey_answers where id = ${answer}`,
    );
    assert.deepEqual(summary?.ingest_summary, { moments: 1, outcome: true, comments: 1 });
    const [moment] = await queryRows<{
      touchpoint: string;
      rating: number;
      attributes: Record<string, unknown>;
    }>(
      getDb().orm,
      sql`select t.key as touchpoint, m.rating, m.attributes from moments m
          join touchpoints t on t.workspace_id = m.workspace_id and t.id = m.touchpoint_id
          where m.workspace_id = ${workspaceId}`,
    );
    assert.equal(moment?.touchpoint, 'visit');
    assert.equal(moment?.rating, 2);
    assert.equal(moment?.attributes['store'], '徐家汇店');
    assert.equal(moment?.attributes['survey'], 'counter');
    assertError(
      await anonymous('POST', `/api/public/surveys/${token}`, { answers: { csat: 5 } }),
      409,
      'already_answered',
    );
    const list = (await call('GET', '/api/surveys/counter/qr-links')).body as { qrLinks: TQr[] };
    assert.equal(list.qrLinks[0]?.scans, 2);
  });

  test('a disabled QR link mints nothing (410, a plain page for a phone); an unknown one is 404', async () => {
    const off = await call('PATCH', `/api/surveys/counter/qr-links/${qr.id}`, { enabled: false });
    assert.equal(off.status, 200, JSON.stringify(off.body));
    assertError(await anonymous('GET', pathOf(qr.url)), 410, 'link_expired');
    const page = await anonymous('GET', pathOf(qr.url), undefined, { accept: 'text/html' });
    assert.equal(page.status, 410);
    assert.match(String(page.body), /此二维码已停用/);
    assertError(await anonymous('GET', `/api/public/qr/${'a'.repeat(22)}`), 404, 'not_found');
    assert.equal(
      (await call('PATCH', `/api/surveys/counter/qr-links/${qr.id}`, { enabled: true })).status,
      200,
    );
    assert.equal((await anonymous('GET', pathOf(qr.url))).status, 302);
  });

  test('QR links are made by surveys:manage only and never seen from another workspace', async () => {
    const viewer = await setUpWorkspace(getDb(), 'viewer');
    assertError(await viewer.call('POST', '/api/surveys/counter/qr-links', { label: 'x' }), 403, 'forbidden');
    const other = await setUpWorkspace(getDb());
    assertError(await other.call('GET', '/api/surveys/counter/qr-links'), 404, 'not_found');
    assertError(
      await other.call('PATCH', `/api/surveys/counter/qr-links/${qr.id}`, { enabled: false }),
      404,
      'not_found',
    );
    await other.call('POST', '/api/surveys', { key: 'counter', name: 'Counter', definition });
    assertError(
      await other.call('PATCH', `/api/surveys/counter/qr-links/${qr.id}`, { enabled: false }),
      404,
      'not_found',
    );
    assert.deepEqual(
      ((await other.call('GET', '/api/surveys/counter/qr-links')).body as { qrLinks: unknown[] }).qrLinks,
      [],
    );
  });
});
