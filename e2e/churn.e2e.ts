/**
 * The churn page in Debian's Chromium against a real `mot serve` on the seeded demo (whose customers churn
 * more after a breach, as status events with reasons): a CX lead opens it in both languages, sees the
 * survival curves with the log-rank result, the hazard ratios and the at-risk list with the model's AUC and
 * calibration, and opens a customer from the list, whose page shows their status; axe-checked and
 * photographed into docs/images (with MOT_SCREENSHOTS=1).
 */
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { after, before, describe, test } from 'node:test';
import type { Browser } from 'playwright-core';
import { CHROMIUM, launchBrowser } from './browser.ts';
import { assertAccessible, openContext, photograph, signIn } from './pages.ts';
import { E2E_USERS } from './seed.ts';
import type { TE2eServer } from './server.ts';
import { startE2eServer } from './server.ts';

const hasChromium = existsSync(CHROMIUM);

describe('churn', { skip: hasChromium ? false : `no Chromium at ${CHROMIUM}` }, () => {
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
    test(`a CX lead sees who leaves after a breach and who is at risk, in ${language}`, async () => {
      const { context, page, problems } = await openContext(browser, language);
      const zh = language === 'zh-CN';
      await signIn(page, server.url, E2E_USERS.admin);
      const base = `${server.url}/w/${server.workspace}`;
      await page.goto(`${base}/overview`);
      // The navigation leads to the page.
      await page.getByRole('menuitem', { name: zh ? '流失' : 'Churn' }).click();
      await page.waitForURL(/\/churn/);
      // Without a touchpoint asked for, exposure is at the one whose standard would avoid the most churn.
      await page
        .locator('.ant-select')
        .filter({ hasText: zh ? '上门修复' : 'Fault restored on site' })
        .waitFor();
      await page.goto(`${base}/churn?journey=broadband_repair&touchpoint=repair_visit`);
      // Survival by exposure at the repair visit, with its log-rank test.
      await page.getByRole('img', { name: zh ? /留存比例/ : /Share of customers still there/ }).waitFor();
      await page.getByText(zh ? 'Log-rank 检验' : 'Log-rank test').waitFor();
      await page.getByText(/χ² [\d.]+[,，] ?p /).waitFor();
      // Hazard ratios and churn avoided.
      await page.getByRole('img', { name: zh ? /风险比及其区间/ : /Hazard ratios of \d+ factors/ }).waitFor();
      await page.getByRole('img', { name: zh ? /可避免的流失客户数/ : /Churners avoided over/ }).waitFor();
      // The at-risk list with the model's validation.
      await page.getByText(zh ? '留出客户上的 AUC' : 'AUC on held-out customers').waitFor();
      await page.getByRole('img', { name: zh ? /校准/ : /Calibration/ }).waitFor();
      const list = page.getByRole('table');
      const first = list.getByRole('link').first();
      await first.waitFor();
      await list
        .getByText(zh ? /击穿次数/ : /Breaches at /)
        .first()
        .waitFor();
      await page.locator('canvas').nth(3).waitFor();
      await assertAccessible(page, `churn (${language})`);
      await photograph(page, 'churn', language);

      // The next page of the list holds other customers.
      const customer = (await first.textContent()) ?? '';
      await page.getByRole('button', { name: zh ? '下一页' : 'Next' }).click();
      await list.getByRole('link', { name: customer, exact: true }).waitFor({ state: 'detached' });
      await page.getByRole('button', { name: zh ? '上一页' : 'Previous' }).click();
      await list.getByRole('link', { name: customer, exact: true }).waitFor();

      // A callback (回访) to the customer most at risk, planned from the list.
      const call = list.getByRole('button', { name: zh ? '安排回访' : 'Plan a callback' }).first();
      await call.click();
      await list
        .getByText(zh ? /^(已安排回访|已有待办回访)$/ : /^(Callback planned|A callback is already planned)$/)
        .first()
        .waitFor();

      // A case for the customer most at risk, opened from the list (or joining their episode's open case).
      await list
        .getByRole('button', { name: zh ? '创建工单' : 'Open a case' })
        .first()
        .click();
      const dialog = page.getByRole('dialog');
      await dialog.getByRole('textbox', { name: zh ? '标题' : 'Title' }).waitFor();
      await assertAccessible(page, `open a case (${language})`);
      await dialog.getByRole('button', { name: zh ? '创建' : 'Open the case' }).click();
      const opened = list.getByRole('link', {
        name: zh ? /^(已创建工单|已并入进行中的工单) \d+$/ : /^(Case \d+ opened|Added to the open case \d+)$/,
      });
      await opened.first().waitFor();
      const caseId = /\d+/.exec((await opened.first().textContent()) ?? '')?.[0] ?? '';
      assert.notEqual(caseId, '');

      // A customer opens from the list: their timeline, with their status.
      await list.getByRole('link', { name: customer, exact: true }).click();
      await page.waitForURL(new RegExp(`/customers\\?customer=${customer}`));
      await page.getByText(zh ? '时间线（最新在上）' : 'Timeline, latest first').waitFor();
      await page.getByText(zh ? '客户状态' : 'Customer status').waitFor();
      await page.getByText(zh ? '合同到期' : 'Contract ends').waitFor();

      // The case is in the inbox's case page, with the report in its log.
      await page.goto(`${server.url}/w/${server.workspace}/cases/${caseId}`);
      await page
        .getByRole('heading', { level: 1, name: new RegExp(zh ? `工单 ${caseId}` : `Case ${caseId}`) })
        .waitFor();
      await page
        .getByText(zh ? /人工创建/ : /Opened by hand/)
        .first()
        .waitFor();
      assert.deepEqual(problems, []);
      await context.close();
    });
  }
});
