/**
 * Initiatives in Debian's Chromium against a real `mot serve` on the seeded demo (whose simulated data
 * carry an improvement at the repair visit from six weeks ago): a CX lead records an initiative there
 * through the form, lands on its evaluation and sees the verdict sentence and the event-study chart, then
 * runs the placebo; in both languages, axe-checked and photographed (with MOT_SCREENSHOTS=1).
 */
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { after, before, describe, test } from 'node:test';
import type { Browser } from 'playwright-core';
import { demoInitiativeStart } from '../packages/cli/src/demo/demo-initiative.ts';
import { CHROMIUM, launchBrowser } from './browser.ts';
import { assertAccessible, openContext, photograph, signIn } from './pages.ts';
import { E2E_USERS } from './seed.ts';
import type { TE2eServer } from './server.ts';
import { startE2eServer } from './server.ts';

const hasChromium = existsSync(CHROMIUM);

describe('initiatives', { skip: hasChromium ? false : `no Chromium at ${CHROMIUM}` }, () => {
  let server: TE2eServer;
  let browser: Browser;

  before(async () => {
    [server, browser] = await Promise.all([startE2eServer(), launchBrowser()]);
  });
  after(async () => {
    await browser?.close();
    await server?.stop();
  });

  for (const language of ['zh-CN', 'en'] as const) {
    test(`a CX lead records an initiative and sees whether it worked, in ${language}`, async () => {
      const { context, page, problems } = await openContext(browser, language);
      const zh = language === 'zh-CN';
      await signIn(page, server.url, E2E_USERS.admin);
      await page.getByRole('menuitem', { name: zh ? '改进举措' : 'Initiatives' }).click();
      await page.waitForURL(/\/initiatives$/);
      // The demo's own initiative is listed.
      await page.getByRole('link', { name: /Spare parts in every van/ }).waitFor();
      await assertAccessible(page, `initiatives (${language})`);
      await photograph(page, 'initiatives', language);

      await page.getByRole('button', { name: zh ? '新建举措' : 'New initiative' }).click();
      const drawer = page.getByRole('dialog');
      const name = zh ? '上门修复备件包' : 'Repair kit on site';
      await drawer.getByLabel(zh ? '名称' : 'Name', { exact: true }).fill(name);
      await drawer.getByLabel(zh ? '处理人' : 'Owner', { exact: true }).fill(zh ? '王敏' : 'Wang Min');
      const touchpoints = drawer
        .locator('.ant-form-item')
        .filter({ hasText: zh ? '涉及的接触点' : 'Touchpoints it changed' });
      await touchpoints.locator('.ant-select').click();
      await page
        .locator('.ant-select-item-option')
        .filter({ hasText: zh ? /^上门修复$/ : /^Fault restored on site$/ })
        .click();
      await page.keyboard.press('Escape');
      const start = drawer.getByLabel(zh ? '开始日期' : 'Start date');
      await start.click();
      await start.fill(demoInitiativeStart(new Date()).date);
      await start.press('Enter');
      await drawer.getByRole('button', { name: zh ? '保存举措' : 'Save initiative' }).click();

      // Saved, the evaluation opens: the verdict in a sentence and the event study.
      await page.waitForURL(/\/initiatives\/[0-9a-f-]{36}$/);
      await page.getByRole('heading', { name }).waitFor();
      const verdict = page.getByTestId('verdict');
      await verdict.waitFor();
      const sentence = (await verdict.textContent()) ?? '';
      assert.match(
        sentence,
        zh
          ? /^突破底线率下降 [\d.]+ 个百分点（95% CI [\d.]+ 至 [\d.]+），超过对照接触点的变化。$/
          : /^Breach rate fell [\d.]+ percentage points \(95% CI [\d.]+ to [\d.]+\), beyond what the comparison touchpoints did\.$/,
      );
      await page.getByText(zh ? '举措见效' : 'It worked').waitFor();
      await page.getByRole('img', { name: zh ? /事件研究/ : /Event study of Breach rate/ }).waitFor();
      await page.locator('canvas').first().waitFor();
      await page.getByText(zh ? /开始前趋势/ : /Pre-period trends/).waitFor();
      await page.mouse.move(0, 0);
      await assertAccessible(page, `initiative evaluation (${language})`);
      await photograph(page, 'initiative-evaluation', language);

      // The placebo: the same analysis with a pretend start before the initiative.
      await page.getByRole('button', { name: zh ? '运行安慰剂检验' : 'Run a placebo' }).click();
      await page.getByText(zh ? '（安慰剂检验）' : '(placebo)').waitFor();
      await page.getByRole('button', { name: zh ? '回到真实开始日期' : 'Back to the real start' }).waitFor();
      // Off the button just clicked: its hover colour is not the one a reader sees.
      await page.mouse.move(0, 0);
      await assertAccessible(page, `initiative placebo (${language})`);
      assert.deepEqual(problems, []);
      await context.close();
    });
  }
});
