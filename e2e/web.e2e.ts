/**
 * The web app in Debian's Chromium against a real `mot serve` on a seeded database: sign-in, every page in
 * both languages (axe-checked and photographed into docs/images), a journey from a pack edited with a
 * validation error at its field, navigation by role, and the pages for 404 and a server that is down.
 * Run by `npm run test:e2e` (part of `npm test`).
 */
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { after, before, describe, test } from 'node:test';
import type { Browser, Page } from 'playwright-core';
import { CHROMIUM, launchBrowser } from './browser.ts';
import { startGateway } from './gateway.ts';
import type { TLanguage } from './pages.ts';
import { assertAccessible, openContext, photograph, signIn } from './pages.ts';
import { E2E_USERS } from './seed.ts';
import type { TE2eServer } from './server.ts';
import { startE2eServer } from './server.ts';

const hasChromium = existsSync(CHROMIUM);
if (!hasChromium && process.env['CI'])
  throw new Error(`${CHROMIUM} is missing: .ci/run installs it with apt-get`);

/** Milliseconds from navigation to the page's content, per page and language (printed at the end). */
const timings: string[] = [];

async function visit(page: Page, url: string, ready: (page: Page) => Promise<unknown>, label: string) {
  const started = performance.now();
  await page.goto(url);
  await ready(page);
  timings.push(`${label}: ${Math.round(performance.now() - started)} ms`);
}

describe('the web app', { skip: hasChromium ? false : `no Chromium at ${CHROMIUM}` }, () => {
  let server: TE2eServer;
  let browser: Browser;

  before(async () => {
    [server, browser] = await Promise.all([startE2eServer(), launchBrowser()]);
  });
  after(async () => {
    await browser?.close();
    await server?.stop();
    if (timings.length > 0)
      process.stdout.write(`page times (navigation to content):\n  ${timings.join('\n  ')}\n`);
  });

  test('sign-in refuses a wrong password and then lands on the overview', async () => {
    const { context, page, problems } = await openContext(browser, 'zh-CN');
    await page.goto(`${server.url}/`);
    await page.waitForURL(/\/sign-in/);
    await page.getByLabel('邮箱').fill(E2E_USERS.admin.email);
    await page.getByLabel('密码').fill('not the password');
    await page.getByRole('button', { name: '登录' }).click();
    await page.getByRole('alert').filter({ hasText: '邮箱或密码错误' }).waitFor();
    await assertAccessible(page, 'sign-in');
    await photograph(page, 'sign-in', 'zh-CN');
    await page.getByLabel('密码').fill(E2E_USERS.admin.password);
    await page.getByRole('button', { name: '登录' }).click();
    await page.waitForURL(/\/w\/demo\/overview$/);
    assert.deepEqual(problems, []);
    await context.close();
  });

  for (const language of ['zh-CN', 'en'] as const) {
    test(`every page, in ${language}`, async () => {
      const { context, page, problems } = await openContext(browser, language);
      const zh = language === 'zh-CN';
      await signIn(page, server.url, E2E_USERS.admin);
      const base = `${server.url}/w/${server.workspace}`;
      const pages: Array<[string, string, (page: Page) => Promise<unknown>]> = [
        ['overview', `${base}/overview`, (p) => p.locator('canvas').nth(1).waitFor()],
        [
          'journeys',
          `${base}/journeys`,
          (p) => p.getByRole('link', { name: zh ? '宽带故障修复' : 'Broadband repair' }).waitFor(),
        ],
        [
          'journey-map',
          `${base}/journeys/broadband_repair`,
          (p) => p.getByText(zh ? '关键时刻 #1' : 'Key moment #1').waitFor(),
        ],
        [
          'journey-editor',
          `${base}/journeys/broadband_repair/edit`,
          (p) => p.getByLabel(zh ? '阶段 1 标识' : 'Stage 1 key').waitFor(),
        ],
        ['new-journey', `${base}/journeys/new`, (p) => p.getByLabel(zh ? '行业' : 'Industry').waitFor()],
      ];
      for (const [name, url, ready] of pages) {
        await visit(page, url, ready, `${name} (${language})`);
        await assertAccessible(page, `${name} (${language})`);
        await photograph(page, name, language);
      }
      assert.deepEqual(problems, []);
      await context.close();
    });
  }

  test('a journey created from a pack, then edited: the validation error is shown at its field', async () => {
    const { context, page, problems } = await openContext(browser, 'en');
    await signIn(page, server.url, E2E_USERS.admin);
    await page.goto(`${server.url}/w/${server.workspace}/journeys/new`);
    await page.getByLabel('Industry').click();
    await page.getByTitle('Hotel', { exact: true }).click();
    await page.locator('.ant-radio-wrapper').first().click();
    await page.getByRole('button', { name: 'Create journey' }).waitFor();
    await photograph(page, 'new-journey-preview', 'en');
    await page.getByRole('button', { name: 'Create journey' }).click();
    await page.waitForURL(/\/journeys\/[a-z0-9_.-]+$/);
    await page.getByRole('button', { name: 'Edit journey' }).click();
    // A floor better than its target is refused by the whole-document validation.
    const target = page.getByLabel('Touchpoint 1 measure 1 standard');
    const floor = page.getByLabel('Touchpoint 1 measure 1 tolerance floor');
    const lowerIsBetter = (
      await page
        .locator('.ant-select')
        .filter({ hasText: /is better/ })
        .first()
        .innerText()
    ).includes('Lower');
    await target.fill('100');
    await floor.fill(lowerIsBetter ? '10' : '1000');
    await page.getByRole('button', { name: 'Save journey' }).click();
    await page.getByRole('alert').filter({ hasText: 'The journey was not saved' }).waitFor();
    const field = page.locator('.ant-form-item').filter({ has: floor });
    await field
      .locator('.ant-form-item-explain-error')
      .filter({
        hasText:
          /The floor 10 is better than the standard 100|The floor 1000 is better than the standard 100/,
      })
      .waitFor();
    await photograph(page, 'journey-editor-error', 'en');
    // Put right, it saves and the map shows it.
    await floor.fill(lowerIsBetter ? '1000' : '10');
    await page.getByRole('button', { name: 'Save journey' }).click();
    await page.waitForURL(/\/journeys\/[a-z0-9_.-]+$/);
    assert.deepEqual(problems, []);
    await context.close();
  });

  test('an agent sees the pages of their role only and is refused the others', async () => {
    const { context, page, problems } = await openContext(browser, 'en');
    await signIn(page, server.url, E2E_USERS.agent);
    await page.waitForURL(/\/journeys$/);
    const navigation = page.getByRole('navigation', { name: 'Main navigation' });
    assert.equal(await navigation.getByRole('link', { name: 'Overview' }).count(), 0);
    assert.equal(await navigation.getByRole('link', { name: 'Journeys' }).count(), 1);
    await page.goto(`${server.url}/w/${server.workspace}/overview`);
    await page.getByText('No access').waitFor();
    await assertAccessible(page, 'forbidden');
    await photograph(page, 'forbidden', 'en');
    await page.goto(`${server.url}/w/${server.workspace}/journeys/new`);
    await page.getByText('No access').waitFor();
    assert.deepEqual(problems, []);
    await context.close();
  });

  test('unknown addresses, a server that is down, and signing out', async () => {
    const { context, page } = await openContext(browser, 'zh-CN' satisfies TLanguage);
    await signIn(page, server.url, E2E_USERS.admin);
    await page.goto(`${server.url}/w/${server.workspace}/no-such-page`);
    await page.getByText('页面不存在').waitFor();
    await page.goto(`${server.url}/w/someone-else/overview`);
    await page.getByText('页面不存在').waitFor();
    await photograph(page, 'not-found', 'zh-CN');
    // Behind a gateway whose upstream is down, the app says so (the session cookie is not port-bound).
    const gateway = await startGateway(server.url);
    try {
      gateway.setDown(true);
      await page.goto(`${gateway.url}/w/${server.workspace}/journeys`);
      await page.getByText('无法连接服务器').waitFor();
      await photograph(page, 'server-down', 'zh-CN');
    } finally {
      await gateway.stop();
    }
    await page.goto(`${server.url}/w/${server.workspace}/journeys`);
    await page
      .getByRole('button', { name: 'User menu' })
      .or(page.getByRole('button', { name: '用户菜单' }))
      .click();
    await page.getByText('退出登录').click();
    await page.waitForURL(/\/sign-in/);
    await context.close();
  });
});
