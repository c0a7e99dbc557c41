/**
 * bench/web page times: on the seeded demo in headless Chromium (Debian's), the time from navigation to the
 * key-moment page's first meaningful render (the ranking and the IPA chart drawn) and to the customer
 * timeline (status, worst moment and timeline shown), against 1.5 s and 0.5 s; and the analysis request
 * alone, measured in the page. The first visit is cold (chunks not cached, the analysis not stored yet:
 * it is computed), then the median of five reloads (the stored result). Baseline, in the same run: the
 * shell alone (a full reload of an address with no page: the not-found page inside the layout), which
 * every page pays before its own work; each page is also given as a ratio to it.
 *
 *   node --import tsx bench/web/page-times.ts
 */
import { loadavg } from 'node:os';
import type { Page } from 'playwright-core';
import { launchBrowser } from '../../e2e/browser.ts';
import { openContext, signIn } from '../../e2e/pages.ts';
import { E2E_USERS } from '../../e2e/seed.ts';
import { startE2eServer } from '../../e2e/server.ts';

const BUDGETS = { keyMoments: 1_500, timeline: 500 };
const RUNS = 5;

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? NaN;

/** Milliseconds from navigation to `ready`. */
async function time(page: Page, url: string, ready: (page: Page) => Promise<unknown>): Promise<number> {
  const started = performance.now();
  await page.goto(url);
  await ready(page);
  return performance.now() - started;
}

const load = loadavg()
  .map((l) => l.toFixed(2))
  .join(' ');
const server = await startE2eServer();
const browser = await launchBrowser();
try {
  const { page } = await openContext(browser, 'zh-CN');
  page.setDefaultTimeout(120_000);
  await signIn(page, server.url, E2E_USERS.admin);
  const base = `${server.url}/w/${server.workspace}`;
  const customer = await page.evaluate(async (ws) => {
    const res = await fetch('/api/breaches?limit=1', { headers: { 'X-Workspace': ws } });
    return ((await res.json()) as { breaches: Array<{ customer: string }> }).breaches[0]?.customer ?? '';
  }, server.workspace);

  const keyMomentsUrl = `${base}/key-moments?journey=broadband_repair&outcome=overall&period=365d`;
  const keyMomentsReady = async (p: Page) => {
    await p.getByRole('table').first().getByRole('link', { name: '上门修复' }).waitFor();
    await p.getByRole('img', { name: /重要性-表现分析图/ }).waitFor();
  };
  const timelineUrl = `${base}/customers?customer=${encodeURIComponent(customer)}`;
  const timelineReady = (p: Page) => p.getByText('时间线（最新在上）').waitFor();
  const shellUrl = `${base}/no-page-here`;
  const shellReady = (p: Page) => p.getByText('页面不存在').waitFor();

  const results: Array<[string, number, number, number]> = [];
  for (const [label, url, ready, budget] of [
    ['baseline: the shell alone (not-found page)', shellUrl, shellReady, NaN],
    ['customer timeline', timelineUrl, timelineReady, BUDGETS.timeline],
    ['key-moment page, first meaningful render', keyMomentsUrl, keyMomentsReady, BUDGETS.keyMoments],
  ] as const) {
    const cold = await time(page, url, ready);
    const warm: number[] = [];
    for (let i = 0; i < RUNS; i++) warm.push(await time(page, url, ready));
    results.push([label, cold, median(warm), budget]);
  }
  const analysis: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    analysis.push(
      await page.evaluate(async (ws) => {
        const started = performance.now();
        await fetch('/api/journeys/broadband_repair/key-moments?outcome=overall', {
          headers: { 'X-Workspace': ws },
        });
        return performance.now() - started;
      }, server.workspace),
    );
  }

  const ms = (v: number) => `${Math.round(v)} ms`.padStart(8);
  console.log(
    `web page times on the seeded demo, headless Chromium (${new Date().toISOString().slice(0, 10)})`,
  );
  console.log(`load average at the start: ${load}`);
  console.log(
    `  ${'page'.padEnd(42)} ${'cold'.padStart(8)} ${'median'.padStart(8)} ${'/shell'.padStart(7)}   budget`,
  );
  const shell = results[0]?.[2] ?? NaN;
  for (const [label, cold, warm, budget] of results)
    console.log(
      `  ${label.padEnd(42)} ${ms(cold)} ${ms(warm)} ${(warm / shell).toFixed(2).padStart(7)}   ${
        Number.isNaN(budget) ? '' : `${budget} ms ${warm <= budget ? 'met' : 'NOT met'}`
      }`,
    );
  console.log(
    `  ${'GET key-moments alone (in the page)'.padEnd(42)} ${''.padStart(8)} ${ms(median(analysis))}`,
  );
  if (results.some(([, , warm, budget]) => warm > budget)) process.exitCode = 1;
} finally {
  await browser.close();
  await server.stop();
}
