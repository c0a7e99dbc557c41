/** What the browser tests do on a page: sign in, wait for a page to be drawn, check it with axe, photograph it. */
import assert from 'node:assert/strict';
import { mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import axe from 'axe-core';
import type { Browser, BrowserContext, Locator, Page } from 'playwright-core';

/**
 * Where the screenshots go: docs/images (the README shows one) when MOT_SCREENSHOTS=1 (`npm run screenshots`),
 * else a temporary folder, so a test run leaves the working tree as it was.
 */
export const IMAGES = process.env['MOT_SCREENSHOTS']
  ? fileURLToPath(new URL('../docs/images', import.meta.url))
  : join(tmpdir(), 'mot-e2e-screenshots');

/** The two languages of the app. */
export type TLanguage = 'zh-CN' | 'en';

/** A browser context in a language, with Content-Security-Policy violations and page errors collected. */
export async function openContext(
  browser: Browser,
  language: TLanguage,
): Promise<{ context: BrowserContext; page: Page; problems: string[] }> {
  const context = await browser.newContext({ viewport: { width: 1440, height: 900 }, locale: language });
  await context.addInitScript(`window.localStorage.setItem('mot.language', ${JSON.stringify(language)})`);
  const page = await context.newPage();
  const problems: string[] = [];
  page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
  page.on('console', (message) => {
    if (/Content.Security.Policy|Refused to/i.test(message.text())) problems.push(`CSP: ${message.text()}`);
  });
  return { context, page, problems };
}

/** Signs in through the sign-in page and waits for the first page of the workspace. */
export async function signIn(page: Page, base: string, user: { email: string; password: string }) {
  await page.goto(`${base}/sign-in`);
  await page.getByLabel(/^(Email|邮箱)$/).fill(user.email);
  await page.getByLabel(/^(Password|密码)$/).fill(user.password);
  await page.getByRole('button', { name: /^(Sign in|登录)$/ }).click();
  await page.waitForURL(/\/w\/[^/]+\/\w+/);
}

/** Runs axe-core on the page; fails on any serious or critical violation, naming the elements. */
export async function assertAccessible(page: Page, what: string): Promise<void> {
  // Colours are judged at rest: a drawer or modal still opening or closing (antd's motions, named
  // `...-appear-active`, `...-enter-active`, `...-leave-active` while they run) reads as low contrast, and
  // a closing list as an unnamed listbox. Two frames let a motion just asked for start; then wait, at most
  // 5 s, until none runs.
  // Polled from here: the page's CSP refuses the evaluated functions of Playwright's waitForFunction.
  await page.evaluate('new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done)))');
  for (let tries = 0; tries < 100; tries++) {
    const moving = await page.evaluate<boolean>(
      `document.querySelector('[class*="-appear-active"], [class*="-enter-active"], [class*="-leave-active"]') !== null`,
    );
    if (!moving) break;
    await new Promise((done) => setTimeout(done, 50));
  }
  // Evaluated through the debugging protocol, so the page's CSP (no inline script) does not stop it.
  await page.evaluate(axe.source);
  // A string, so the code runs in the page as written (no DOM types here, no bundler helpers there).
  const violations = await page.evaluate<string[]>(
    `axe.run(document, { resultTypes: ['violations'] }).then((result) => result.violations
      .filter((v) => v.impact === 'serious' || v.impact === 'critical')
      .map((v) => v.id + ' (' + v.impact + '): ' + v.nodes.map((n) => n.target.join(' ')).join(', ')))`,
  );

  assert.deepEqual(violations, [], `${what}: serious or critical accessibility violations`);
}

/** A full-page screenshot into docs/images/web-<name>-<language>.png. */
export async function photograph(page: Page, name: string, language: TLanguage): Promise<void> {
  mkdirSync(IMAGES, { recursive: true });
  await page.screenshot({ path: join(IMAGES, `web-${name}-${language}.png`), fullPage: true });
}

/**
 * A button by its visible text, exactly. A button that showed antd's loading icon (a save that failed, then
 * clicked again) may keep the icon, hidden, when its closing motion never ends on a loaded machine: the
 * icon's "loading" label then stays in the button's accessible name.
 */
export function button(scope: Page | Locator, text: string): Locator {
  const escaped = text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return scope.getByRole('button', { name: new RegExp(`^(loading )?${escaped}$`) });
}

/** Picks `option` in the select of the form item labelled `label` (exactly) inside `scope`. */
export async function choose(page: Page, scope: Locator, label: string, option: string): Promise<void> {
  await scope
    .locator('.ant-form-item')
    .filter({ has: page.locator('label', { hasText: new RegExp(`^${label}$`) }) })
    .locator('.ant-select')
    .click();
  await page.locator('.ant-select-item-option').filter({ hasText: option }).first().click();
}
