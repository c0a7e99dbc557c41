/**
 * The key-moment page, a touchpoint page and the customer timeline in Debian's Chromium against a real
 * `mot serve` on the seeded demo: each opens for a signed-in user in both languages with its table and
 * charts, a customer is found by id and by episode key and their timeline shows; axe-checked and photographed
 * into docs/images (with MOT_SCREENSHOTS=1). The server answers an analysis it has to compute at once with
 * 202 (MOT_ANALYSIS_WAIT_MS=0), so the page's progress and its "last result" state are seen on every run.
 */
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { after, before, describe, test } from 'node:test';
import type { Browser, Page } from 'playwright-core';
import { CHROMIUM, launchBrowser } from './browser.ts';
import { assertAccessible, openContext, photograph, signIn } from './pages.ts';
import { E2E_USERS } from './seed.ts';
import type { TE2eServer } from './server.ts';
import { startE2eServer } from './server.ts';

const hasChromium = existsSync(CHROMIUM);

/** A breach of the demo, read through the API with the page's session: a customer worth looking at. */
async function someBreach(page: Page, workspace: string): Promise<{ customer: string; episode: string }> {
  const body = await page.evaluate(async (ws) => {
    const res = await fetch('/api/breaches?limit=1', { headers: { 'X-Workspace': ws } });
    return (await res.json()) as { breaches: Array<{ customer: string; episode: string }> };
  }, workspace);
  const breach = body.breaches[0];
  assert.ok(breach, 'the demo has breaches');
  return breach;
}

type TCommentedMoment = {
  customer: string;
  comment: string;
  sentiment: {
    label: 'negative' | 'neutral' | 'positive';
    score: number;
    confidence: number;
    themes: Array<{ theme: string; names: { 'zh-CN': string; en: string } }>;
  };
};

/** A moment of the demo whose comment has themes: the latest commented one of a breaching customer. */
async function someCommentedMoment(page: Page, workspace: string): Promise<TCommentedMoment> {
  const found = await page.evaluate(async (ws) => {
    const headers = { 'X-Workspace': ws };
    const breaches = (await (await fetch('/api/breaches?limit=50', { headers })).json()) as {
      breaches: Array<{ customer: string }>;
    };
    for (const { customer } of breaches.breaches) {
      const res = await fetch(`/api/customers/${encodeURIComponent(customer)}/timeline?limit=500`, {
        headers,
      });
      const timeline = (await res.json()) as { moments: Array<Omit<TCommentedMoment, 'customer'>> };
      const moment = timeline.moments.findLast((m) => m.comment && m.sentiment?.themes.length);
      if (moment) return { ...moment, customer };
    }
    return null;
  }, workspace);
  assert.ok(found, 'a breaching customer of the demo has a comment with a theme');
  return found;
}

describe(
  'key moments, touchpoints and customers',
  { skip: hasChromium ? false : `no Chromium at ${CHROMIUM}` },
  () => {
    let server: TE2eServer;
    let browser: Browser;
    const timings: string[] = [];

    before(async () => {
      [server, browser] = await Promise.all([startE2eServer({ MOT_ANALYSIS_WAIT_MS: '0' }), launchBrowser()]);
    });
    after(async () => {
      await browser?.close();
      await server?.stop();
      if (timings.length > 0)
        process.stdout.write(`page times (navigation to content):\n  ${timings.join('\n  ')}\n`);
    });

    for (const language of ['zh-CN', 'en'] as const) {
      test(`the three pages, in ${language}`, async () => {
        const { context, page, problems } = await openContext(browser, language);
        const zh = language === 'zh-CN';
        await signIn(page, server.url, E2E_USERS.admin);
        const base = `${server.url}/w/${server.workspace}`;

        let started = performance.now();
        await page.goto(`${base}/key-moments?journey=broadband_repair&outcome=overall&period=365d`);
        const table = page.getByRole('table').first();
        await table.getByRole('link', { name: zh ? '上门修复' : 'Fault restored on site' }).waitFor();
        await page
          .getByRole('img', { name: zh ? /重要性-表现分析图/ : /Importance-performance chart/ })
          .waitFor();
        await page.locator('canvas').nth(1).waitFor();
        timings.push(`key moments (${language}): ${Math.round(performance.now() - started)} ms`);
        // The analysis and the typical episodes each say when they were computed.
        await page
          .getByText(zh ? /计算于/ : /Computed at/)
          .first()
          .waitFor();
        await page.getByText(zh ? '谷值（最差时刻）' : 'Trough (worst moment)').waitFor();
        // The emotion curves of a typical good and a typical bad episode, picked by the server.
        await page.getByText(zh ? /^结果好的典型旅程：/ : /^Typical good: episode /).waitFor();
        await page.getByText(zh ? /^结果差的典型旅程：/ : /^Typical bad: episode /).waitFor();
        await page
          .getByRole('img', { name: zh ? /情绪曲线.*结果好的典型旅程/ : /Emotion curve.*Typical good/ })
          .waitFor();
        await assertAccessible(page, `key moments (${language})`);
        await photograph(page, 'key-moments', language);

        // The ranking links to the touchpoint page.
        await table.getByRole('link', { name: zh ? '上门修复' : 'Fault restored on site' }).click();
        await page.waitForURL(/\/touchpoints\/broadband_repair\/repair_visit/);
        await page.getByText(zh ? '最近突破底线的时刻' : 'Latest breaching moments').waitFor();
        await page.locator('canvas').nth(1).waitFor();
        await page
          .getByText(zh ? /建议底线/ : /Suggested floor/)
          .first()
          .waitFor();
        // The latest comments, each with its sentiment's class and score.
        await page
          .locator('.ant-card')
          .filter({ hasText: zh ? '最新评论' : 'Latest comments' })
          .getByText(zh ? /(负面|中性|正面) -?\d\.\d\d$/ : /(Negative|Neutral|Positive) -?\d\.\d\d$/)
          .first()
          .waitFor();
        await assertAccessible(page, `touchpoint (${language})`);
        await photograph(page, 'touchpoint', language);

        // A customer found by id from the search box; the timeline shows with the status first.
        const breach = await someBreach(page, server.workspace);
        await page.goto(`${base}/customers`);
        const search = page.getByRole('searchbox', {
          name: zh ? '客户编号或旅程实例标识' : 'Customer id or episode key',
        });
        await search.fill(breach.customer);
        started = performance.now();
        await search.press('Enter');
        await page.getByText(zh ? '最差时刻' : 'Worst moment').waitFor();
        await page.getByText(zh ? '时间线（最新在上）' : 'Timeline, latest first').waitFor();
        timings.push(
          `customer timeline after search (${language}): ${Math.round(performance.now() - started)} ms`,
        );
        await page.waitForURL(new RegExp(`customer=${breach.customer}`));
        await page.getByRole('img', { name: zh ? /情绪曲线/ : /Emotion curve/ }).waitFor();
        // Each comment shows its sentiment (class and score), its themes and the confidence, as stored.
        const commented = await someCommentedMoment(page, server.workspace);
        const customerPage = `${base}/customers?q=${encodeURIComponent(commented.customer)}`;
        if (commented.customer !== breach.customer) await page.goto(customerPage);
        const comment = page
          .locator('.ant-timeline-item')
          .filter({ hasText: `“${commented.comment}”` })
          .first();
        await comment.waitFor();
        const { label, score, confidence, themes } = commented.sentiment;
        const classes = zh
          ? { negative: '负面', neutral: '中性', positive: '正面' }
          : { negative: 'Negative', neutral: 'Neutral', positive: 'Positive' };
        const twoDecimals = new Intl.NumberFormat(zh ? 'zh-CN' : 'en', {
          minimumFractionDigits: 2,
          maximumFractionDigits: 2,
        });
        await comment.getByText(`${classes[label]} ${twoDecimals.format(score)}`).waitFor();
        const share = new Intl.NumberFormat(zh ? 'zh-CN' : 'en', {
          style: 'percent',
          maximumFractionDigits: 0,
        }).format(confidence);
        await comment.getByText(zh ? `置信度 ${share}` : `${share} confidence`).waitFor();
        for (const th of themes)
          await comment
            .getByText(th.names[zh ? 'zh-CN' : 'en'])
            .first()
            .waitFor();
        if (commented.customer !== breach.customer) {
          await page.goto(`${base}/customers?q=${encodeURIComponent(breach.customer)}`);
          await page.getByRole('img', { name: zh ? /情绪曲线/ : /Emotion curve/ }).waitFor();
        }
        await assertAccessible(page, `customer (${language})`);
        await photograph(page, 'customer', language);

        // By episode key: the customer whose episode it is opens, with that episode's curve.
        await page.goto(`${base}/customers?q=${encodeURIComponent(breach.episode)}`);
        await page.waitForURL(new RegExp(`customer=${breach.customer}`));
        await page
          .getByText(
            zh ? `旅程实例 ${breach.episode} 的情绪曲线` : `Emotion curve of episode ${breach.episode}`,
          )
          .waitFor();
        assert.deepEqual(problems, []);
        await context.close();
      });
    }

    test('new data: the last result shows with its computed-at and the progress, then the new result', async () => {
      const { context, page, problems } = await openContext(browser, 'en');
      await signIn(page, server.url, E2E_USERS.admin);
      const url = `${server.url}/w/${server.workspace}/key-moments?journey=broadband_repair&outcome=nps&period=365d`;
      await page.goto(url);
      const computed = page.getByText(/^Computed at /).first();
      await computed.waitFor();
      const before = ((await computed.textContent()) ?? '').replace('Computed at ', '');
      // A moment of a new customer arrives: the stored result is no longer current.
      const created = await page.evaluate(async (ws) => {
        const id = `e2e-new-data-${Date.now()}`;
        const moment = {
          eventId: id,
          journey: 'broadband_repair',
          touchpoint: 'repair_visit',
          customer: id,
          episode: id,
          occurredAt: new Date().toISOString(),
          measures: { restore_hours: 4 },
        };
        const res = await fetch('/api/moments', {
          method: 'POST',
          headers: { 'X-Workspace': ws, 'content-type': 'application/json' },
          body: JSON.stringify({ moments: [moment] }),
        });
        return JSON.stringify(await res.json());
      }, server.workspace);
      assert.equal((JSON.parse(created) as { created: number }).created, 1, created);
      // Every text the page's status lines show from the reload on, recorded as the page renders: the page
      // has two analyses, and the faster one can finish before a locator looks, so the states are read from
      // this record rather than raced.
      await page.addInitScript({
        content: `window.statusSeen = [];
          new MutationObserver(() => {
            for (const status of document.querySelectorAll('[role=status]')) window.statusSeen.push(status.textContent);
          }).observe(document, { subtree: true, childList: true, characterData: true });`,
      });
      await page.reload();
      // Computed in the background: the progress, and the last result with the instant it is of.
      type TRecorded = { statusSeen: string[] };
      const shown = async (text: string) => {
        try {
          await page.waitForFunction(
            (wanted) => (globalThis as unknown as TRecorded).statusSeen.some((line) => line.includes(wanted)),
            text,
            { timeout: 30_000 },
          );
        } catch {
          const lines = await page.evaluate(() => [
            ...new Set((globalThis as unknown as TRecorded).statusSeen),
          ]);
          assert.fail(`"${text}" never shown; the status lines showed: ${lines.join(' | ')}`);
        }
      };
      await shown('Computing the analysis on the latest data');
      await shown(`Showing the last result, computed at ${before}`);
      await page.getByRole('table').first().getByRole('link', { name: 'Fault restored on site' }).waitFor();
      // The page asks again until the new result is there: no progress, no last result, computed at.
      await page
        .getByText(/^Showing the last result/)
        .first()
        .waitFor({ state: 'detached' });
      await page.getByRole('progressbar').first().waitFor({ state: 'detached' });
      await page
        .getByText(/^Computed at /)
        .first()
        .waitFor();
      assert.equal(await page.getByRole('progressbar', { name: 'Progress of the analysis' }).count(), 0);
      assert.deepEqual(problems, []);
      await context.close();
    });

    test('an unknown customer is said so; an agent sees customers but not the key moments', async () => {
      const { context, page, problems } = await openContext(browser, 'en');
      await signIn(page, server.url, E2E_USERS.agent);
      const base = `${server.url}/w/${server.workspace}`;
      await page.goto(`${base}/customers?q=nobody-by-this-id`);
      await page.getByText('No customer or episode with the id nobody-by-this-id').waitFor();
      const navigation = page.getByRole('navigation', { name: 'Main navigation' });
      assert.equal(await navigation.getByRole('link', { name: 'Customers and episodes' }).count(), 1);
      assert.equal(await navigation.getByRole('link', { name: 'Key moments' }).count(), 0);
      await page.goto(`${base}/key-moments`);
      await page.getByText('No access').waitFor();
      assert.deepEqual(problems, []);
      await context.close();
    });
  },
);
