/**
 * Invitations in Debian's Chromium against a real `mot serve`: a distribution rule created in the browser
 * (survey, journey, touchpoint, channel, switched on), a moment ingested through the API, planning run, and
 * the planned invitation seen in the ledger; axe-checked, in both languages. A rule with two conditions (an
 * experience value range and a segment attribute) saved in Chinese, the server's problem shown at the
 * condition at fault, read back through the API, and edited (a value added, a condition removed).
 */
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { after, before, describe, test } from 'node:test';
import type { Browser, Locator, Page } from 'playwright-core';
import { CHROMIUM, launchBrowser } from './browser.ts';
import { assertAccessible, button, choose, openContext, photograph, signIn } from './pages.ts';
import { E2E_USERS } from './seed.ts';
import type { TE2eServer } from './server.ts';
import { startE2eServer } from './server.ts';

const hasChromium = existsSync(CHROMIUM);

async function callApi<T>(page: Page, method: string, path: string, body?: unknown): Promise<T> {
  const workspace = new URL(page.url()).pathname.split('/')[2] ?? 'demo';
  const answer = await page.evaluate(
    async ([m, p, b, ws]) => {
      const res = await fetch(p as string, {
        method: m as string,
        headers: { 'X-Workspace': ws as string, ...(b ? { 'content-type': 'application/json' } : {}) },
        ...(b ? { body: b as string } : {}),
      });
      return { status: res.status, text: await res.text() };
    },
    [method, path, body === undefined ? '' : JSON.stringify(body), workspace],
  );
  assert.ok(answer.status < 300, `${method} ${path}: ${answer.status} ${answer.text}`);
  return (answer.text ? JSON.parse(answer.text) : null) as T;
}

/**
 * Types each value into a tags select, Enter after each, and waits for its tag. Typed into the select's own
 * input rather than wherever the focus is: an Enter that reaches the form instead submits it.
 */
async function addTags(page: Page, select: Locator, values: string[]): Promise<void> {
  await select.click();
  const field = select.locator('xpath=ancestor::*[contains(concat(" ", @class, " "), " ant-select ")][1]');
  for (const value of values) {
    await select.pressSequentially(value);
    assert.equal(await select.inputValue(), value);
    await select.press('Enter');
    await field.getByTitle(value, { exact: true }).waitFor();
  }
}

describe('invitations', { skip: hasChromium ? false : `no Chromium at ${CHROMIUM}` }, () => {
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
    test(`a rule made in the browser plans an invitation for a moment, seen in the ledger (${language})`, async () => {
      const { context, page, problems } = await openContext(browser, language);
      page.setDefaultTimeout(60_000);
      const zh = language === 'zh-CN';
      const suffix = zh ? 'zh' : 'en';
      await signIn(page, server.url, E2E_USERS.admin);
      await callApi(page, 'POST', '/api/surveys', {
        key: `e2e-csat-${suffix}`,
        name: `E2E CSAT ${suffix}`,
        journey: 'broadband_repair',
        status: 'active',
        template: { template: 'episode_overall' },
      });
      const journey = await callApi<{ name: string; touchpoints: Array<{ key: string; name: string }> }>(
        page,
        'GET',
        '/api/journeys/broadband_repair',
      );
      const touchpoint = journey.touchpoints.find((t) => t.key === 'fault_report');
      assert.ok(touchpoint);

      await page
        .getByRole('navigation')
        .first()
        .getByRole('link', { name: zh ? '问卷邀请' : 'Invitations' })
        .click();
      await page.getByRole('heading', { name: zh ? '问卷邀请' : 'Invitations' }).waitFor();
      await page.getByRole('button', { name: zh ? '新建规则' : 'New rule' }).click();
      const drawer = page.getByRole('dialog');
      await drawer.getByLabel(zh ? '标识' : 'Key', { exact: true }).fill(`e2e-rule-${suffix}`);
      await drawer
        .getByLabel(zh ? '名称' : 'Name', { exact: true })
        .fill(zh ? '报障后满意度' : 'CSAT after a report');
      await choose(page, drawer, zh ? '问卷' : 'Survey', `E2E CSAT ${suffix}`);
      await choose(page, drawer, zh ? '旅程' : 'Journey', journey.name);
      await choose(page, drawer, zh ? '接触点' : 'Touchpoint', touchpoint.name);
      await drawer.getByRole('switch', { name: zh ? '免打扰时段' : 'Quiet hours' }).click();
      await drawer.getByRole('switch', { name: zh ? '启用' : 'Switched on', exact: true }).click();
      await page.mouse.move(0, 0);
      await assertAccessible(page, `distribution rule drawer (${language})`);
      await drawer.getByRole('button', { name: zh ? '保存' : 'Save', exact: true }).click();
      await page
        .getByRole('cell', { name: zh ? '报障后满意度' : 'CSAT after a report', exact: true })
        .waitFor();

      const customer = `e2e-invited-${suffix}`;
      await callApi(page, 'POST', '/api/moments', {
        moments: [
          {
            eventId: `e2e-invitation-${suffix}`,
            journey: 'broadband_repair',
            touchpoint: 'fault_report',
            customer,
            episode: `${customer}-e1`,
            occurredAt: new Date().toISOString(),
            measures: { report_minutes: 5 },
          },
        ],
      });
      await callApi(page, 'POST', `/api/distribution-rules/e2e-rule-${suffix}/plan-now`, { dryRun: false });

      await page.getByRole('tab', { name: zh ? '邀请台账' : 'Ledger' }).click();
      // The other language's rule meets the same moment; this rule's row is the one to read.
      const row = page
        .getByRole('row')
        .filter({ hasText: customer })
        .filter({ hasText: `e2e-rule-${suffix}` });
      await row.waitFor();
      assert.match((await row.textContent()) ?? '', zh ? /已计划|已发送/ : /Planned|Sent/);
      await page.mouse.move(0, 0);
      await assertAccessible(page, `invitation ledger (${language})`);
      await photograph(page, 'invitations', language);

      // The rule's decisions added up: the moment considered and invited.
      await page.getByRole('tab', { name: zh ? '各规则决定汇总' : 'Decisions by rule' }).click();
      const summary = page.getByRole('row').filter({ hasText: zh ? '报障后满意度' : 'CSAT after a report' });
      await summary.waitFor();
      // Rule, moments considered, invited: one each.
      assert.deepEqual((await summary.getByRole('cell').allInnerTexts()).slice(0, 3), [
        zh ? '报障后满意度' : 'CSAT after a report',
        '1',
        '1',
      ]);
      await page.mouse.move(0, 0);
      await assertAccessible(page, `invitation decisions by rule (${language})`);
      await photograph(page, 'invitation-decisions', language);
      assert.deepEqual(problems, []);
      await context.close();
    });
  }

  test('a rule with two conditions, the server’s problem at the condition at fault, read back and edited', async () => {
    const { context, page, problems } = await openContext(browser, 'zh-CN');
    page.setDefaultTimeout(60_000);
    await signIn(page, server.url, E2E_USERS.admin);
    await callApi(page, 'POST', '/api/surveys', {
      key: 'e2e-conditions',
      name: 'E2E 条件问卷',
      journey: 'broadband_repair',
      status: 'active',
      template: { template: 'episode_overall' },
    });
    const journey = await callApi<{ name: string; touchpoints: Array<{ key: string; name: string }> }>(
      page,
      'GET',
      '/api/journeys/broadband_repair',
    );
    const touchpoint = journey.touchpoints.find((t) => t.key === 'fault_report');
    assert.ok(touchpoint);
    await page.getByRole('navigation').first().getByRole('link', { name: '问卷邀请' }).click();
    await page.getByRole('button', { name: '新建规则' }).click();
    const drawer = page.getByRole('dialog');
    await drawer.getByLabel('标识', { exact: true }).fill('e2e-two-conditions');
    await drawer.getByLabel('名称', { exact: true }).fill('金卡低分客户回访');
    await choose(page, drawer, '问卷', 'E2E 条件问卷');
    await choose(page, drawer, '旅程', journey.name);
    await choose(page, drawer, '接触点', touchpoint.name);
    await drawer.getByText('没有条件：每次触发都会邀请（按抽样比例）。').waitFor();

    // First the experience value range, then a segment condition whose values are still missing.
    await drawer.getByRole('button', { name: '添加体验值范围' }).click();
    const range = drawer.getByTestId('condition-1');
    await range.getByText('条件 1：体验值').waitFor();
    // Read once the row is shown: the button is disabled by the same render, not at the click.
    assert.equal(await drawer.getByRole('button', { name: '添加体验值范围' }).isDisabled(), true);
    await range.getByLabel('体验值从').fill('0');
    await range.getByLabel('体验值到').fill('6');
    await drawer.getByRole('button', { name: '添加细分条件' }).click();
    const segment = drawer.getByTestId('condition-2');
    await segment.getByLabel('细分属性').fill('tier');
    await button(drawer, '保存').click();
    // The server names the first attribute condition's values; the form shows it on the second row.
    await segment.getByText('请至少填写一个取值').waitFor();
    assert.equal(await range.locator('.ant-form-item-explain-error').count(), 0);
    await addTags(page, segment.getByLabel('条件 2 的取值'), ['gold', 'platinum']);
    await page.mouse.move(0, 0);
    await assertAccessible(page, 'distribution rule conditions (zh-CN)');
    await photograph(page, 'distribution-rule-conditions', 'zh-CN');
    await button(drawer, '保存').click();
    const row = page.getByRole('row').filter({ hasText: '金卡低分客户回访' });
    await row.getByText('tier 属于其中之一 gold, platinum · 体验值 0 至 6').waitFor();

    type TStored = { conditions: { attributes: unknown[]; experience?: { min?: number; max?: number } } };
    const saved = await callApi<TStored>(page, 'GET', '/api/distribution-rules/e2e-two-conditions');
    assert.deepEqual(saved.conditions, {
      attributes: [{ attribute: 'tier', op: 'in', values: ['gold', 'platinum'] }],
      experience: { min: 0, max: 6 },
    });

    // Read back into the form: the segment condition first, then the range; a value added, the range removed.
    await row.getByRole('button', { name: '编辑' }).click();
    const edited = page.getByRole('dialog', { name: '编辑发放规则' });
    await edited.getByTestId('condition-1').getByText('条件 1：细分属性').waitFor();
    assert.equal(await edited.getByTestId('condition-1').getByLabel('细分属性').inputValue(), 'tier');
    assert.equal(await edited.getByTestId('condition-2').getByLabel('体验值到').inputValue(), '6');
    await addTags(page, edited.getByTestId('condition-1').getByLabel('条件 1 的取值'), ['diamond']);
    await edited.getByRole('button', { name: '删除条件 2' }).click();
    assert.equal(await edited.getByTestId('condition-2').count(), 0);
    await button(edited, '保存').click();
    await row.getByText('tier 属于其中之一 gold, platinum, diamond', { exact: true }).waitFor();
    const changed = await callApi<TStored>(page, 'GET', '/api/distribution-rules/e2e-two-conditions');
    assert.deepEqual(changed.conditions, {
      attributes: [{ attribute: 'tier', op: 'in', values: ['gold', 'platinum', 'diamond'] }],
    });
    assert.deepEqual(problems, []);
    await context.close();
  });
});
