/**
 * A survey's results in the browser, against a real `mot serve` on the seeded demo. In Chinese: answers
 * are submitted through single-use links minted by the API (by SMS and returned to the company's systems),
 * the results page is opened from the surveys list, the NPS card shows the score worked by hand with its
 * interval and n, the verbatims show the comments with their sentiment, and the CSV export downloads with
 * every answer. In English: the demo's post-repair survey (twelve weeks of answers by four channels), whose
 * cards, question results and verbatims read in English with English numbers and dates, nothing of the
 * page's own in Chinese. axe-checked and photographed (MOT_SCREENSHOTS=1).
 */
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { after, before, describe, test } from 'node:test';
import { parse } from 'csv-parse/sync';
import type { Browser, BrowserContext, Page, Response } from 'playwright-core';
import { CHROMIUM, launchBrowser } from './browser.ts';
import { assertAccessible, openContext, photograph, signIn } from './pages.ts';
import { E2E_USERS } from './seed.ts';
import type { TE2eServer } from './server.ts';
import { apiAs, startE2eServer } from './server.ts';

const hasChromium = existsSync(CHROMIUM);

const definition = {
  title: { default: 'After the repair', 'zh-cn': '维修回访' },
  pages: [
    {
      name: 'p1',
      elements: [
        {
          type: 'rating',
          name: 'nps',
          title: { default: 'How likely are you to recommend us?', 'zh-cn': '您有多大可能向朋友推荐我们？' },
          rateMin: 0,
          rateMax: 10,
          mot: { role: 'nps' },
        },
        {
          type: 'rating',
          name: 'csat',
          title: { default: 'How satisfied are you with the repair?', 'zh-cn': '您对本次维修满意吗？' },
          rateMin: 1,
          rateMax: 5,
          mot: { role: 'csat' },
        },
        {
          type: 'radiogroup',
          name: 'reason',
          title: { default: 'What mattered most?', 'zh-cn': '您最看重什么？' },
          choices: [
            { value: 'speed', text: { default: 'Speed', 'zh-cn': '速度' } },
            { value: 'attitude', text: { default: 'Attitude', 'zh-cn': '态度' } },
          ],
        },
        {
          type: 'comment',
          name: 'why',
          title: { default: 'Why?', 'zh-cn': '请说说原因' },
          mot: { role: 'comment' },
        },
      ],
    },
  ],
};

// Four answers: NPS 10, 10, 9 (promoters) and 3 (a detractor): (3 - 1) / 4 = +50.
const ANSWERS = [
  { nps: 10, csat: 5, reason: 'speed', why: '师傅很专业，上门很准时，非常满意' },
  { nps: 10, csat: 4, reason: 'attitude', why: '服务态度很好' },
  { nps: 9, csat: 4, reason: 'speed' },
  { nps: 3, csat: 2, reason: 'speed', why: '师傅迟到了两个小时，态度也不好' },
];

describe('survey results', { skip: hasChromium ? false : `no Chromium at ${CHROMIUM}` }, () => {
  let server: TE2eServer;
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;
  let problems: string[];

  before(async () => {
    [server, browser] = await Promise.all([startE2eServer(), launchBrowser()]);
    const api = await apiAs(server, E2E_USERS.admin);
    const created = await api('POST', '/api/surveys', {
      key: 'repair-results',
      name: '维修回访',
      journey: 'broadband_repair',
      status: 'active',
      definition,
    });
    assert.equal(created.status, 201, JSON.stringify(created.body));
    // Four links by SMS, two returned to the company's systems; the four by SMS are answered.
    const minted = await api('POST', '/api/surveys/repair-results/links', {
      links: [
        ...[1, 2, 3, 4].map((i) => ({ customer: `results-e2e-${i}`, channel: 'sms', language: 'zh-CN' })),
        ...[5, 6].map((i) => ({ customer: `results-e2e-${i}`, language: 'zh-CN' })),
      ],
    });
    assert.equal(minted.status, 200, JSON.stringify(minted.body));
    const urls = (minted.body as { links: Array<{ url: string }> }).links.map((l) => l.url);
    for (const [i, answers] of ANSWERS.entries()) {
      const token = urls[i]?.split('/s/')[1] ?? '';
      const res = await fetch(`${server.url}/api/public/surveys/${token}`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', origin: server.url },
        body: JSON.stringify({ answers }),
      });
      assert.equal(res.status, 201, await res.text());
    }
    ({ context, page, problems } = await openContext(browser, 'zh-CN'));
    await signIn(page, server.url, E2E_USERS.admin);
  });
  after(async () => {
    await context?.close();
    await browser?.close();
    await server?.stop();
  });

  test('the results of a survey in Chinese: the NPS card, the verbatims, the CSV export', async () => {
    await page.goto(`${server.url}/w/${server.workspace}/surveys`);
    await page.getByRole('button', { name: '维修回访的结果' }).click();
    await page.waitForURL(/\/surveys\/repair-results\/results$/);
    await page.getByRole('heading', { name: '维修回访的结果' }).waitFor();

    // NPS +50 of four answers, with its interval.
    const nps = page.locator('.ant-card').filter({ has: page.getByText('NPS', { exact: true }) });
    await nps.getByText('50', { exact: true }).waitFor();
    await nps.getByText(/95% 置信区间 .+ 至 .+ · n = 4/).waitFor();
    // CSAT: 3 of 4 in the top two boxes.
    await page.locator('.ant-card').filter({ hasText: 'CSAT（前两档占比）' }).getByText('75%').waitFor();
    await page.getByText('4 份答卷 · 回复率 66.7%（6 个链接中 4 个已回复）').waitFor();

    // The verbatims, newest first, with their sentiment.
    const late = page.getByRole('row').filter({ hasText: '师傅迟到了两个小时，态度也不好' });
    await late.getByText(/负面/).waitFor();
    await page.getByRole('row').filter({ hasText: '服务态度很好' }).getByText(/正面/).waitFor();
    await page.getByRole('img', { name: '各渠道回复率及其 95% 置信区间' }).waitFor();
    await page.locator('canvas').first().waitFor();
    await page.mouse.move(0, 0);
    await assertAccessible(page, 'survey results (zh-CN)');
    await photograph(page, 'survey-results', 'zh-CN');

    // Only the negative comments.
    await page.locator('.ant-segmented').filter({ hasText: '中性' }).getByText(/^负面/).click();
    await page.getByRole('row').filter({ hasText: '服务态度很好' }).waitFor({ state: 'detached' });
    await late.waitFor();

    // The CSV export: every answer, headed in Chinese.
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: '导出 CSV' }).click(),
    ]);
    assert.equal(download.suggestedFilename(), 'survey-repair-results-answers.csv');
    const rows = parse(readFileSync((await download.path()) ?? ''), { bom: true }) as string[][];
    const [header, ...body] = rows;
    assert.equal(body.length, 4);
    assert.ok(header?.includes('您有多大可能向朋友推荐我们？'), header?.join('|'));
    const npsColumn = header?.indexOf('您有多大可能向朋友推荐我们？') ?? -1;
    assert.deepEqual(
      body.map((r) => Number(r[npsColumn])).sort((a, b) => a - b),
      [3, 9, 10, 10],
    );
    assert.deepEqual(problems, []);
  });

  test('the results of the demo survey in English: cards, questions and verbatims in English', async () => {
    const english = await openContext(browser, 'en');
    const en = english.page;
    try {
      await signIn(en, server.url, E2E_USERS.admin);
      await en.goto(`${server.url}/w/${server.workspace}/surveys`);
      const isOf = (path: string) => (r: Response) =>
        new URL(r.url()).pathname === `/api/surveys/repair-nps/${path}` && r.status() === 200;
      const [resultsResponse, verbatimsResponse] = await Promise.all([
        en.waitForResponse(isOf('results')),
        en.waitForResponse(isOf('verbatims')),
        en.getByRole('button', { name: 'Results of 修复后 NPS 调查 Post-repair NPS' }).click(),
      ]);
      await en.getByRole('heading', { name: 'Results of 修复后 NPS 调查 Post-repair NPS' }).waitFor();
      // What the page was given, as it must show it in English (numbers grouped and rounded the English way).
      const results = (await resultsResponse.json()) as TResults;
      const verbatims = (await verbatimsResponse.json()) as {
        counts: Record<TVerbatimItem['sentiment']['label'], number>;
        items: TVerbatimItem[];
      };
      assert.ok(results.answers > 100, `the demo's answers: ${results.answers}`);
      const number = (v: number, digits: number) =>
        new Intl.NumberFormat('en', { maximumFractionDigits: digits }).format(v);
      const percent = (v: number) =>
        new Intl.NumberFormat('en', { style: 'percent', maximumFractionDigits: 1 }).format(v);
      await en
        .getByText(
          `${number(results.answers, 0)} answers · response rate ${percent(results.responseRate.rate)} ` +
            `(${number(results.responseRate.answered, 0)} of ${number(results.responseRate.links, 0)} links)`,
        )
        .waitFor();
      const nps = results.headline.nps?.score;
      assert.ok(nps && nps.lower !== null && nps.upper !== null, JSON.stringify(results.headline));
      const card = en.locator('.ant-card').filter({ has: en.getByText('NPS', { exact: true }) });
      await card.getByText(number(nps.estimate, 0), { exact: true }).waitFor();
      await card
        .getByText(
          `95% interval ${number(nps.lower, 0)} to ${number(nps.upper, 0)} · n = ${number(nps.n, 0)}`,
        )
        .waitFor();
      for (const title of ['Response rate by channel', 'Weekly trend', 'Answers per question', 'Verbatims']) {
        await en.getByRole('heading', { name: title, exact: true }).waitFor();
      }
      // The questions by their English titles, each with its score line or its count.
      for (const q of results.questions.filter((x) => x.distribution.length > 0)) {
        await en.getByRole('heading', { name: q.title, exact: true }).waitFor();
      }
      await en.getByRole('img', { name: 'Response rate by channel, with 95% intervals' }).waitFor();
      await en.getByRole('img', { name: 'NPS per week with its 95% interval' }).waitFor();
      // The verbatims: English column heads, sentiment classes, theme names, channels and dates.
      const table = en.locator('.ant-table').last();
      for (const head of ['Comment', 'Sentiment', 'Themes', 'Channel', 'Submitted']) {
        await table.getByRole('columnheader', { name: head, exact: true }).waitFor();
      }
      const first = verbatims.items[0];
      assert.ok(first, 'a verbatim');
      // The newest first (the demo's customers give the same reasons in the same words: the first row).
      const row = table.locator('tbody tr.ant-table-row').first();
      await row.getByText(first.text, { exact: true }).waitFor();
      const classes = { negative: 'Negative', neutral: 'Neutral', positive: 'Positive' } as const;
      await row.getByText(`${classes[first.sentiment.label]} ${number(first.sentiment.score, 2)}`).waitFor();
      for (const theme of first.themes) await row.getByText(theme.name, { exact: true }).waitFor();
      const submitted = new Intl.DateTimeFormat('en', {
        dateStyle: 'medium',
        timeStyle: 'short',
        timeZone: 'Asia/Shanghai',
      }).format(new Date(first.submittedAt));
      await row.getByText(submitted, { exact: true }).waitFor();
      await en.getByText(`Negative (${number(verbatims.counts.negative, 0)})`).waitFor();
      await en.locator('canvas').first().waitFor();
      await en.mouse.move(0, 0);
      await assertAccessible(en, 'survey results (en)');
      await photograph(en, 'survey-results', 'en');
      // Nothing the page writes itself is in Chinese: only what customers and the survey's author wrote.
      const written = [
        '修复后 NPS 调查 Post-repair NPS',
        ...verbatims.items.flatMap((v) => [v.text, v.questionTitle]),
        ...results.questions.flatMap((q) => [q.title, ...q.distribution.map((d) => d.label)]),
      ];
      const pageText = await en.locator('main').first().innerText();
      const left = written.reduce((text, data) => text.split(data).join(' '), pageText);
      assert.deepEqual(left.match(/[\u3000-\u30ff\u4e00-\u9fff\uff00-\uffef]+/g) ?? [], [], left);
      assert.deepEqual(english.problems, []);
    } finally {
      await english.context.close();
    }
  });
});

type TScore = { estimate: number; lower: number | null; upper: number | null; n: number };
type TResults = {
  answers: number;
  responseRate: { rate: number; answered: number; links: number };
  headline: { nps: { score: TScore | null } | null };
  questions: Array<{ title: string; distribution: Array<{ label: string }> }>;
};
type TVerbatimItem = {
  text: string;
  questionTitle: string;
  submittedAt: string;
  sentiment: { label: 'negative' | 'neutral' | 'positive'; score: number };
  themes: Array<{ name: string }>;
};
