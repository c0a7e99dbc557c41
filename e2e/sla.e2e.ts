/**
 * The SLA settings in Debian's Chromium against a real `mot serve` on the seeded demo: the default policy
 * and calendar are there, a calendar with Saturday hours is refused at the field while a range ends before
 * it starts and saved once fixed, the departments list their escalation contacts, and an agent is refused
 * the page; each tab axe-checked and photographed in both languages.
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

describe('SLA settings', { skip: hasChromium ? false : `no Chromium at ${CHROMIUM}` }, () => {
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
    test(`policies, calendars and escalation contacts, in ${language}`, async () => {
      const { context, page, problems } = await openContext(browser, language);
      const zh = language === 'zh-CN';
      await signIn(page, server.url, E2E_USERS.admin);
      const base = `${server.url}/w/${server.workspace}`;
      await page.goto(`${base}/sla`);
      await page.getByText(zh ? '其他策略不适用的所有案件' : 'Every case no other policy fits').waitFor();
      await assertAccessible(page, `SLA policies (${language})`);
      await photograph(page, 'sla-policies', language);

      await page.getByRole('tab', { name: zh ? '工作日历' : 'Business calendars' }).click();
      await page
        .getByRole('cell', { name: zh ? '工作日' : 'Working days' })
        .first()
        .waitFor();
      await page.getByRole('button', { name: zh ? '新建日历' : 'New calendar' }).click();
      const drawer = page.getByRole('dialog');
      const name = `${zh ? '周六半天' : 'Saturday mornings'} ${language}`;
      await drawer.getByLabel(zh ? '名称' : 'Name', { exact: true }).fill(name);
      // Saturday is the sixth row (Monday first); its new range is the sixth of the week.
      await drawer
        .getByRole('button', { name: zh ? /^(plus\s*)?时段$/ : /^(plus\s*)?Hours$/ })
        .nth(5)
        .click();
      const closes = drawer.getByLabel(zh ? '结束时间' : 'Closes at').nth(5);
      await closes.fill('08:00');
      await drawer.getByRole('button', { name: zh ? '保存日历' : 'Save calendar' }).click();
      await drawer.getByText(zh ? '结束时间须晚于开始时间' : 'The range must end after it starts').waitFor();
      // At Saturday's closing time, and nowhere else.
      const wrong = await drawer.locator('.ant-form-item-has-error input').evaluateAll((inputs) =>
        inputs.map((input) => {
          const field = input as unknown as { id: string; value: string };
          return `${field.id}=${field.value}`;
        }),
      );
      assert.deepEqual(
        wrong.filter((w) => w.startsWith('week_')),
        ['week_6_0_end=08:00'],
      );
      // Off the button (its hover colour is not what is checked) and past the message's fade-in.
      await page.mouse.move(0, 0);
      await page.waitForTimeout(400);
      await assertAccessible(page, `calendar form (${language})`);
      await photograph(page, 'sla-calendar-form', language);
      await closes.fill('13:00');
      await drawer.getByRole('button', { name: zh ? '保存日历' : 'Save calendar' }).click();
      await page.getByRole('cell', { name }).waitFor();
      await assertAccessible(page, `calendars (${language})`);
      await photograph(page, 'sla-calendars', language);

      await page.getByRole('tab', { name: zh ? '升级联系人' : 'Escalation contacts' }).click();
      await page.getByRole('columnheader', { name: zh ? '组长' : 'Team lead' }).waitFor();
      await page.getByRole('combobox').first().waitFor();
      await assertAccessible(page, `escalation contacts (${language})`);
      await photograph(page, 'sla-departments', language);
      assert.deepEqual(problems, []);
      await context.close();
    });
  }

  test('an agent does not see the SLA settings and is refused them', async () => {
    const { context, page, problems } = await openContext(browser, 'zh-CN');
    await signIn(page, server.url, E2E_USERS.agent);
    const navigation = page.getByRole('navigation').first();
    await navigation.getByRole('link').first().waitFor();
    assert.equal(await navigation.getByRole('link', { name: 'SLA' }).count(), 0);
    await page.goto(`${server.url}/w/${server.workspace}/sla`);
    await page.getByText('无权访问').or(page.getByText('No access')).first().waitFor();
    assert.deepEqual(problems, []);
    await context.close();
  });
});
