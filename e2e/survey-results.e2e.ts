/**
 * A survey's results in the browser, in Chinese, against a real `mot serve` on the seeded demo: answers
 * are submitted through single-use links minted by the API (by SMS and returned to the company's systems),
 * the results page is opened from the surveys list, the NPS card shows the score worked by hand with its
 * interval and n, the verbatims show the comments with their sentiment, and the CSV export downloads with
 * every answer. axe-checked and photographed (MOT_SCREENSHOTS=1).
 */
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { after, before, describe, test } from 'node:test';
import { parse } from 'csv-parse/sync';
import type { Browser, BrowserContext, Page } from 'playwright-core';
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
});
