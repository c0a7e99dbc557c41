import assert from 'node:assert/strict';
import { before, test } from 'node:test';
import { parse } from 'csv-parse/sync';
import { sql } from 'drizzle-orm';
import ExcelJS from 'exceljs';
import type { TAppWithAuth } from '../../app.ts';
import { scoreComment } from '../../ingest/prepare-moments.ts';
import { queryRows } from '../../storage/database.ts';
import { forEachDatabase } from '../../testing/databases.ts';
import { assertError, bearer, clientWith, mintKey, setUpWorkspace } from '../../testing/http.ts';
import type { TTestClient } from '../../testing/http.ts';

type TScore = { kind: string; n: number; estimate: number; lower: number | null; upper: number | null };
type TRate = {
  channel: string;
  links: number;
  answered: number;
  rate: number | null;
  lower: number | null;
  upper: number | null;
};
type TResults = {
  answers: number;
  responseRate: TRate;
  responseRates: TRate[];
  headline: Record<'nps' | 'csat' | 'ces', { question: string; title: string; score: TScore | null } | null>;
  trend: Array<{ week: string; answers: number; nps?: TScore | null }>;
  questions: Array<{
    name: string;
    title: string;
    n: number;
    score: TScore | null;
    distribution: Array<{ value: unknown; label: string; count: number; share: number }>;
    rows: Array<{
      value: unknown;
      label: string;
      n: number;
      score: TScore | null;
      distribution: Array<{ count: number }>;
    }>;
  }>;
};
type TVerbatims = {
  total: number;
  counts: Record<string, number>;
  items: Array<{
    text: string;
    question: string;
    sentiment: { label: string; score: number };
    themes: Array<{ theme: string; name: string; score: number; mentions: number }>;
  }>;
};

/** z for 95%: the 0.975 quantile of the standard normal (published tables: 1.959964). */
const Z = 1.959963984540054;
/** t for 95% with 9 degrees of freedom: the 0.975 quantile of Student's t (published tables: 2.262157). */
const T9 = 2.2621571627982;

/** Wilson's (1927) score interval, written out from the published formula. */
function wilson(k: number, n: number): [number, number] {
  const p = k / n;
  const centre = p + (Z * Z) / (2 * n);
  const half = Z * Math.sqrt((p * (1 - p)) / n + (Z * Z) / (4 * n * n));
  const d = 1 + (Z * Z) / n;
  return [(centre - half) / d, (centre + half) / d];
}

const close = (actual: number | null | undefined, expected: number, what: string) =>
  assert.ok(
    actual !== null && actual !== undefined && Math.abs(actual - expected) < 1e-6,
    `${what}: ${actual} != ${expected}`,
  );

const definition = {
  title: { default: 'After the repair', 'zh-cn': '维修之后' },
  pages: [
    {
      name: 'p1',
      elements: [
        {
          type: 'rating',
          name: 'nps',
          title: { default: 'How likely are you to recommend us?', 'zh-cn': '您向朋友推荐我们的可能性？' },
          rateMin: 0,
          rateMax: 10,
          mot: { role: 'nps' },
        },
        {
          type: 'rating',
          name: 'csat',
          title: { default: 'How satisfied are you?', 'zh-cn': '您满意吗？' },
          rateMin: 1,
          rateMax: 5,
          mot: { role: 'csat' },
        },
        {
          type: 'rating',
          name: 'ces',
          title: { default: 'It was easy', 'zh-cn': '办理很轻松' },
          rateMin: 1,
          rateMax: 7,
          mot: { role: 'ces' },
        },
        {
          type: 'radiogroup',
          name: 'reason',
          title: { default: 'Main reason', 'zh-cn': '主要原因' },
          choices: [
            { value: 'price', text: { default: 'Price', 'zh-cn': '价格' } },
            { value: 'speed', text: { default: 'Speed', 'zh-cn': '速度' } },
          ],
        },
        {
          type: 'checkbox',
          name: 'topics',
          title: { default: 'Topics', 'zh-cn': '话题' },
          choices: [
            { value: 'staff', text: { default: 'Staff', 'zh-cn': '员工' } },
            { value: 'app', text: { default: 'App', 'zh-cn': '应用' } },
          ],
        },
        {
          type: 'matrix',
          name: 'grid',
          title: { default: 'Rate each', 'zh-cn': '逐项打分' },
          columns: [1, 2, 3],
          rows: [
            { value: 'speed', text: { default: 'Speed', 'zh-cn': '速度' } },
            { value: 'staff', text: { default: 'Staff', 'zh-cn': '员工' } },
          ],
        },
        {
          type: 'comment',
          name: 'why',
          title: { default: 'Why?', 'zh-cn': '原因？' },
          mot: { role: 'comment' },
        },
      ],
    },
  ],
};

// Ten answers, known by hand: NPS 5 promoters (9-10), 2 passives (7-8), 3 detractors (0-6) -> +20;
// CSAT 6 of 10 in the top two boxes (4-5); CES mean 5.1.
const NPS = [10, 10, 9, 9, 9, 8, 7, 6, 3, 0];
const CSAT = [5, 4, 4, 3, 2, 5, 5, 1, 4, 3];
const CES = [7, 6, 5, 5, 4, 7, 6, 3, 2, 6];
const COMMENTS = [
  'The technician was late and rude, terrible service',
  '师傅非常专业，服务很好，非常满意',
  'Great service, fast and friendly',
  '',
  '等了三天都没有人来修，太差了',
  '',
  '',
  '',
  '',
  '',
];

const tokenOf = (url: string | undefined) => url?.split('/s/')[1] ?? '';

forEachDatabase('survey results', (getDb) => {
  let call: TTestClient;
  let anonymous: TTestClient;
  let viewer: TTestClient;
  let app: TAppWithAuth;
  let workspaceId: string;

  before(async () => {
    ({ call, app, workspaceId } = await setUpWorkspace(getDb()));
    anonymous = clientWith(app, {});
    viewer = clientWith(app, bearer(await mintKey(getDb(), workspaceId, 'viewer')));
    const created = await call('POST', '/api/surveys', {
      key: 'after-repair',
      name: 'After the repair',
      journey: 'repair',
      definition,
    });
    assert.equal(created.status, 201, JSON.stringify(created.body));
    assert.equal((await call('PATCH', '/api/surveys/after-repair', { status: 'active' })).status, 200);
    // 8 links by SMS (6 answered), 5 returned to the company's systems (4 answered), 2 by WeChat (none).
    const requests = [
      ...Array.from({ length: 8 }, (_, i) => ({ customer: `c-${i}`, channel: 'sms', language: 'zh-CN' })),
      ...Array.from({ length: 5 }, (_, i) => ({ customer: `c-${8 + i}`, language: 'en' })),
      ...Array.from({ length: 2 }, (_, i) => ({ customer: `c-${13 + i}`, channel: 'wechat' })),
    ];
    const minted = await call('POST', '/api/surveys/after-repair/links', { links: requests });
    assert.equal(minted.status, 200, JSON.stringify(minted.body));
    const links = (minted.body as { links: Array<{ customer: string; url?: string }> }).links;
    const answering = [...links.slice(0, 6), ...links.slice(8, 12)];
    for (const [i, link] of answering.entries()) {
      const answers: Record<string, unknown> = {
        nps: NPS[i],
        csat: CSAT[i],
        ces: CES[i],
        reason: i % 2 === 0 ? 'price' : 'speed',
        topics: i < 3 ? ['staff', 'app'] : ['app'],
        grid: { speed: (i % 3) + 1, staff: 3 },
      };
      if (COMMENTS[i]) answers['why'] = COMMENTS[i];
      const res = await anonymous('POST', `/api/public/surveys/${tokenOf(link.url)}`, { answers });
      assert.equal(res.status, 201, JSON.stringify(res.body));
    }
    // Customers' attributes (as the company's systems keep them): the first four answering in 华东.
    for (const [i, link] of answering.entries()) {
      const attributes = JSON.stringify({
        region: i < 4 ? '华东' : '华南',
        phone: `1380013${String(i).padStart(4, '0')}`,
      });
      await getDb().orm.execute(
        sql`insert into customers (workspace_id, external_id, attributes) values (${workspaceId}, ${link.customer}, ${attributes}::jsonb)
            on conflict (workspace_id, external_id) do update set attributes = excluded.attributes`,
      );
    }
  });

  const results = async (query = '', client = call) => {
    const res = await client('GET', `/api/surveys/after-repair/results${query}`);
    assert.equal(res.status, 200, JSON.stringify(res.body));
    return res.body as TResults;
  };

  test('NPS, CSAT and CES with their intervals equal the published formulas worked by hand', async () => {
    const r = await results();
    assert.equal(r.answers, 10);
    const nps = r.headline.nps?.score;
    // P = 0.5, D = 0.3: NPS = 0.2; variance P + D - NPS² = 0.76; SE = sqrt(0.76 / 10).
    const se = Math.sqrt((0.5 + 0.3 - 0.2 ** 2) / 10);
    close(nps?.estimate, 20, 'NPS');
    close(nps?.lower, 100 * (0.2 - Z * se), 'NPS lower');
    close(nps?.upper, 100 * (0.2 + Z * se), 'NPS upper');
    assert.equal(nps?.n, 10);
    const csat = r.headline.csat?.score;
    const [cl, cu] = wilson(6, 10);
    close(csat?.estimate, 0.6, 'CSAT');
    close(csat?.lower, cl, 'CSAT lower');
    close(csat?.upper, cu, 'CSAT upper');
    const ces = r.headline.ces?.score;
    const mean = CES.reduce((a, b) => a + b, 0) / 10;
    const sd = Math.sqrt(CES.reduce((a, b) => a + (b - mean) ** 2, 0) / 9);
    close(ces?.estimate, 5.1, 'CES');
    close(ces?.lower, mean - (T9 * sd) / Math.sqrt(10), 'CES lower');
    close(ces?.upper, mean + (T9 * sd) / Math.sqrt(10), 'CES upper');
    assert.equal(r.headline.csat?.question, 'csat');
  });

  test('response rates per channel count links minted and answered, with Wilson intervals', async () => {
    const r = await results();
    const by = Object.fromEntries(r.responseRates.map((x) => [x.channel, x]));
    assert.deepEqual(Object.fromEntries(Object.entries(by).map(([k, v]) => [k, [v.links, v.answered]])), {
      link: [5, 4],
      sms: [8, 6],
      wechat: [2, 0],
    });
    const [l, u] = wilson(6, 8);
    close(by['sms']?.rate, 0.75, 'sms rate');
    close(by['sms']?.lower, l, 'sms lower');
    close(by['sms']?.upper, u, 'sms upper');
    close(by['wechat']?.rate, 0, 'wechat rate');
    assert.deepEqual([r.responseRate.links, r.responseRate.answered], [15, 10]);
    // Filtered by channel, only that channel's links and answers.
    const sms = await results('?channel=sms');
    assert.equal(sms.answers, 6);
    assert.deepEqual(
      sms.responseRates.map((x) => x.channel),
      ['sms'],
    );
    // By SMS: 10, 10, 9, 9, 9, 8: five promoters of six.
    close(sms.headline.nps?.score?.estimate, (100 * 5) / 6, 'NPS by SMS');
  });

  test('distributions per choice in the language asked for, matrices per row, filters by language and segment', async () => {
    const zh = await results('?labels=zh-CN');
    const reason = zh.questions.find((q) => q.name === 'reason');
    assert.equal(reason?.title, '主要原因');
    assert.deepEqual(
      reason?.distribution.map((b) => [b.label, b.count]),
      [
        ['价格', 5],
        ['速度', 5],
      ],
    );
    const topics = zh.questions.find((q) => q.name === 'topics');
    assert.deepEqual(
      topics?.distribution.map((b) => [b.value, b.count, b.share]),
      [
        ['staff', 3, 0.3],
        ['app', 10, 1],
      ],
    );
    const npsBars = zh.questions.find((q) => q.name === 'nps')?.distribution;
    assert.equal(npsBars?.length, 11);
    assert.deepEqual(
      npsBars?.map((b) => b.count),
      [1, 0, 0, 1, 0, 0, 1, 1, 1, 3, 2],
    );
    const grid = zh.questions.find((q) => q.name === 'grid');
    assert.deepEqual(
      grid?.rows.map((row) => [row.label, row.n]),
      [
        ['速度', 10],
        ['员工', 10],
      ],
    );
    // speed: i % 3 + 1 for i = 0..9 -> 1,2,3,1,2,3,1,2,3,1: four 1s, three 2s, three 3s, mean 1.9.
    assert.deepEqual(
      grid?.rows[0]?.distribution.map((b) => b.count),
      [4, 3, 3],
    );
    close(grid?.rows[0]?.score?.estimate, 1.9, 'matrix row mean');
    // All staff answers are 3: a mean without spread, its interval collapses onto it.
    close(grid?.rows[1]?.score?.lower, 3, 'constant row');

    const en = await results('?language=en');
    assert.equal(en.answers, 4);
    const east = await results(`?segment.region=${encodeURIComponent('华东')}`);
    assert.equal(east.answers, 4);
    // The first four: 10, 10, 9, 9: all promoters.
    close(east.headline.nps?.score?.estimate, 100, 'NPS in 华东');
    assert.deepEqual(
      east.responseRates.map((x) => [x.channel, x.links, x.answered]),
      [['sms', 4, 4]],
    );
  });

  test('weekly trend and the period filter', async () => {
    // Half the answers a week earlier, as if submitted then.
    await getDb().orm.execute(
      sql`update survey_answers set submitted_at = submitted_at - interval '7 days'
           where workspace_id = ${workspaceId} and customer in ('c-0', 'c-1', 'c-2', 'c-3', 'c-4')`,
    );
    const r = await results();
    assert.equal(r.trend.length, 2);
    assert.deepEqual(
      r.trend.map((w) => w.answers),
      [5, 5],
    );
    // Week one: 10, 10, 9, 9, 9 -> +100; week two: 8, 7, 6, 3, 0 -> -60.
    close(r.trend[0]?.nps?.estimate, 100, 'first week');
    close(r.trend[1]?.nps?.estimate, -60, 'second week');
    const from = new Date(Date.now() - 3 * 86_400_000).toISOString();
    const recent = await results(`?from=${encodeURIComponent(from)}`);
    assert.equal(recent.answers, 5);
  });

  test('verbatims carry the sentiment and themes the comment scorer gives, filterable by class', async () => {
    const res = await call('GET', '/api/surveys/after-repair/verbatims?labels=zh-CN');
    assert.equal(res.status, 200, JSON.stringify(res.body));
    const page = res.body as TVerbatims;
    assert.equal(page.total, 4);
    for (const item of page.items) {
      const expected = scoreComment(item.text);
      assert.equal(item.sentiment.label, expected?.label);
      close(item.sentiment.score, expected?.score ?? NaN, 'score');
      assert.deepEqual(
        item.themes.map(({ theme, score, mentions }) => ({ theme, score, mentions })),
        expected?.themes,
      );
    }
    const rude = page.items.find((i) => i.text.includes('rude'));
    assert.equal(rude?.sentiment.label, 'negative');
    // Theme names in the language asked for: "late" is waiting (等待与及时性), "rude" attitude (服务态度);
    // their order is the scorer's (checked above), not what this test is about.
    assert.deepEqual(rude?.themes.map((th) => [th.theme, th.name]).sort(), [
      ['attitude', '服务态度'],
      ['waiting', '等待与及时性'],
    ]);
    const negatives = (await call('GET', '/api/surveys/after-repair/verbatims?sentiment=negative'))
      .body as TVerbatims;
    assert.ok(negatives.items.length >= 1 && negatives.items.every((i) => i.sentiment.label === 'negative'));
    assert.equal(negatives.total, page.counts['negative']);
    assert.equal(
      Object.values(page.counts).reduce((a, b) => a + b, 0),
      4,
    );
    const paged = (await call('GET', '/api/surveys/after-repair/verbatims?limit=1&offset=1'))
      .body as TVerbatims;
    assert.deepEqual([paged.total, paged.items.length, paged.items[0]?.text], [4, 1, page.items[1]?.text]);
  });

  test('the export holds every answer, one column per question, as CSV and XLSX; customer attributes masked without pii', async () => {
    const csv = await app.request('/api/surveys/after-repair/answers/export?format=csv&labels=zh-CN', {
      headers: bearer(await mintKey(getDb(), workspaceId, 'admin')),
    });
    assert.equal(csv.status, 200);
    assert.match(
      csv.headers.get('content-disposition') ?? '',
      /attachment; filename="survey-after-repair-answers.csv"/,
    );
    const rows = parse(await csv.text(), { bom: true }) as string[][];
    const [header, ...body] = rows;
    assert.equal(body.length, 10);
    assert.deepEqual(header?.slice(0, 6), ['答卷', '提交时间', '版本', '语言', '渠道', '客户']);
    for (const title of [
      '您向朋友推荐我们的可能性？',
      '主要原因',
      '话题',
      '逐项打分 - 速度',
      '原因？',
      '客户.region',
    ]) {
      assert.ok(header?.includes(title), `${title} in ${header?.join('|')}`);
    }
    const col = (name: string) => header?.indexOf(name) ?? -1;
    const byCustomer = new Map(body.map((r) => [r[col('客户')], r]));
    assert.equal(byCustomer.get('c-0')?.[col('您向朋友推荐我们的可能性？')], '10');
    assert.equal(byCustomer.get('c-0')?.[col('话题')], '员工; 应用');
    assert.equal(byCustomer.get('c-0')?.[col('渠道')], 'sms');
    assert.equal(byCustomer.get('c-0')?.[col('客户.phone')], '13800130000');
    assert.equal(byCustomer.get('c-0')?.[col('原因？')], COMMENTS[0]);
    assert.deepEqual(
      body.map((r) => Number(r[col('您向朋友推荐我们的可能性？')])).sort((a, b) => a - b),
      [...NPS].sort((a, b) => a - b),
    );

    const xlsx = await app.request('/api/surveys/after-repair/answers/export?format=xlsx', {
      headers: bearer(await mintKey(getDb(), workspaceId, 'viewer')),
    });
    assert.equal(xlsx.status, 200);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(await xlsx.arrayBuffer());
    const sheet = workbook.worksheets[0];
    const values = (n: number) => ((sheet?.getRow(n).values ?? []) as unknown[]).slice(1);
    const xHeader = values(1) as string[];
    assert.equal(sheet?.rowCount, 11);
    assert.deepEqual(xHeader.slice(0, 6), [
      'answer',
      'submitted at',
      'version',
      'language',
      'channel',
      'customer',
    ]);
    const phones = Array.from({ length: 10 }, (_, i) => values(i + 2)[xHeader.indexOf('customer.phone')]);
    // A viewer has no pii: the phone is masked as everywhere (138****0000).
    assert.ok(
      phones.every((p) => typeof p === 'string' && /^138\*{4}\d{4}$/.test(p)),
      phones.join(','),
    );
    const npsValues = Array.from(
      { length: 10 },
      (_, i) => values(i + 2)[xHeader.indexOf('How likely are you to recommend us?')],
    );
    assert.deepEqual(
      (npsValues as number[]).sort((a, b) => a - b),
      [...NPS].sort((a, b) => a - b),
    );
    const viewerFilter = await viewer('GET', '/api/surveys/after-repair/results?segment.phone=13800130000');
    assertError(viewerFilter, 403, 'forbidden', ['query', 'segment.phone']);
  });

  test('bad filters are named; reading needs analyses:read; a workspace never sees another’s results', async () => {
    assertError(
      await call(
        'GET',
        '/api/surveys/after-repair/results?from=2026-02-01T00:00:00Z&to=2026-01-01T00:00:00Z',
      ),
      400,
      'invalid_input',
      ['query', 'from'],
    );
    assertError(await call('GET', '/api/surveys/after-repair/results?channel=fax'), 400, 'invalid_input', [
      'query',
      'channel',
    ]);
    assertError(await call('GET', '/api/surveys/after-repair/results?version=x'), 400, 'invalid_input', [
      'query',
      'version',
    ]);
    assertError(
      await call('GET', '/api/surveys/after-repair/answers/export?format=pdf'),
      400,
      'invalid_input',
      ['query', 'format'],
    );
    assertError(
      await call('GET', '/api/surveys/after-repair/verbatims?sentiment=angry'),
      400,
      'invalid_input',
      ['query', 'sentiment'],
    );
    assertError(await call('GET', '/api/surveys/nope/results'), 404, 'not_found', ['params', 'key']);
    const ingest = clientWith(app, bearer(await mintKey(getDb(), workspaceId, 'ingest')));
    assertError(await ingest('GET', '/api/surveys/after-repair/results'), 403, 'forbidden');

    // Another workspace with a survey of the same key sees its own (none), never these answers.
    const other = await setUpWorkspace(getDb());
    assert.equal(
      (
        await other.call('POST', '/api/surveys', {
          key: 'after-repair',
          name: 'Other',
          journey: 'repair',
          definition,
        })
      ).status,
      201,
    );
    const theirs = (await other.call('GET', '/api/surveys/after-repair/results')).body as TResults;
    assert.deepEqual(
      [theirs.answers, theirs.responseRate.links, theirs.headline.nps?.score ?? null],
      [0, 0, null],
    );
    const export_ = await other.app.request('/api/surveys/after-repair/answers/export', {
      headers: bearer(other.secret),
    });
    assert.equal((parse(await export_.text(), { bom: true }) as string[][]).length, 1);
    const stored = await queryRows<{ n: number | string }>(
      getDb().orm,
      sql`select count(*) as n from survey_answers where workspace_id = ${workspaceId}`,
    );
    assert.equal(Number(stored[0]?.n), 10);
  });
});
