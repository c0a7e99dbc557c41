/**
 * KANO and SERVQUAL studies in Debian's Chromium against a real `mot serve` on the seeded demo, in Chinese:
 * a CX lead creates a KANO study from two features named in both languages, activates it and mints two
 * links in the distribution dialog; two customers answer through the public API; the results page shows
 * the class table and the Better / Worse chart. A SERVQUAL study answered twice shows its gap chart and
 * statements. axe-checked and photographed (with MOT_SCREENSHOTS=1).
 */
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { after, before, describe, test } from 'node:test';
import type { Browser, BrowserContext, Locator, Page } from 'playwright-core';
import { CHROMIUM, launchBrowser } from './browser.ts';
import { assertAccessible, openContext, photograph, signIn } from './pages.ts';
import { E2E_USERS } from './seed.ts';
import type { TE2eServer } from './server.ts';
import { startE2eServer } from './server.ts';

const hasChromium = existsSync(CHROMIUM);

/** Submits answers through a link's public API, as the survey page does. */
async function answer(base: string, url: string, answers: Record<string, unknown>): Promise<void> {
  const token = url.split('/s/')[1] ?? '';
  const res = await fetch(`${base}/api/public/surveys/${token}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', origin: base },
    body: JSON.stringify({ answers }),
  });
  assert.equal(res.status, 201, await res.text());
}

/** A SERVQUAL answer: every expectation `e`, every perception `p`, and 20 points to each dimension. */
function servqualAnswer(e: number, p: number): Record<string, unknown> {
  const sizes = { tangibles: 4, reliability: 5, responsiveness: 4, assurance: 4, empathy: 5 };
  const record: Record<string, unknown> = {};
  let k = 0;
  for (const [dimension, size] of Object.entries(sizes)) {
    const es: Record<string, number> = {};
    const ps: Record<string, number> = {};
    for (let j = 0; j < size; j++) {
      k++;
      es[`e${k}`] = e;
      ps[`p${k}`] = dimension === 'reliability' ? Math.max(1, p - 2) : p;
    }
    record[`e_${dimension}`] = es;
    record[`p_${dimension}`] = ps;
    record[`importance_${dimension}`] = 20;
  }
  return record;
}

/**
 * Activates the draft study in its distribution dialog and waits for the customers field to open. The click
 * is made again when the first was lost while the dialog was still opening (three times at most), so an
 * activation that never happens still fails.
 */
async function activateDraft(distribute: Locator): Promise<void> {
  const customers = distribute.getByLabel('客户编号');
  for (let attempt = 1; attempt <= 3; attempt += 1) {
    // Gone once the activation took: nothing to click then.
    await distribute
      .getByRole('button', { name: '启用' })
      .click({ timeout: 5_000 })
      .catch(() => undefined);
    for (const until = Date.now() + 10_000; Date.now() < until;) {
      if (await customers.isEnabled()) return;
      await new Promise((resolve) => setTimeout(resolve, 200));
    }
  }
  assert.fail('the study was not activated: the customers field stayed disabled');
}

describe('studies', { skip: hasChromium ? false : `no Chromium at ${CHROMIUM}` }, () => {
  let server: TE2eServer;
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;
  let problems: string[];

  // One signed-in page in Chinese for both studies.
  before(async () => {
    [server, browser] = await Promise.all([startE2eServer(), launchBrowser()]);
    ({ context, page, problems } = await openContext(browser, 'zh-CN'));
    await signIn(page, server.url, E2E_USERS.admin);
  });
  after(async () => {
    await context?.close();
    await browser?.close();
    await server?.stop();
  });

  test('a KANO study is created, distributed and answered, and its results shown, in Chinese', async () => {
    await page.getByRole('menuitem', { name: '研究' }).click();
    await page.waitForURL(/\/studies$/);

    // A KANO study of two features, each named in Chinese and English.
    await page.getByRole('button', { name: '新建 KANO 研究' }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByLabel('名称', { exact: true }).fill('自助终端功能');
    await dialog.getByLabel('标识', { exact: true }).fill('kiosk-kano');
    await dialog.getByLabel('功能 1 的标识').fill('voice');
    await dialog.getByLabel('功能 1 的中文名称').fill('语音引导');
    await dialog.getByLabel('功能 1 的英文名称').fill('voice guidance');
    await dialog.getByRole('button', { name: '添加功能' }).click();
    await dialog.getByLabel('功能 2 的标识').fill('gloves');
    await dialog.getByLabel('功能 2 的中文名称').fill('戴手套操作');
    await page.mouse.move(0, 0);
    await assertAccessible(page, 'new KANO study (zh-CN)');
    await photograph(page, 'studies-new-kano', 'zh-CN');
    await dialog.getByRole('button', { name: '创建研究' }).click();

    // The distribution dialog opens on the new draft: activate, then a link per customer.
    const distribute = page.getByRole('dialog').filter({ hasText: '发放：自助终端功能' });
    await distribute.getByText('该研究还是草稿：启用后才能发放链接。').waitFor();
    await activateDraft(distribute);
    await distribute.getByLabel('客户编号').fill('kano-e2e-1\nkano-e2e-2');
    await distribute.getByRole('button', { name: '生成链接' }).click();
    await distribute.getByText('已生成 2 个链接，0 个被拒绝。').waitFor();
    const urls = await distribute.locator('code').allTextContents();
    assert.equal(urls.length, 2);
    for (const url of urls) assert.match(url, /\/s\/[\w-]{43}$/);
    await page.mouse.move(0, 0);
    await assertAccessible(page, 'study links (zh-CN)');
    await photograph(page, 'studies-links', 'zh-CN');
    await distribute.locator('.ant-modal-footer').getByRole('button', { name: '关闭' }).click();

    // Two customers answer: voice guidance is one-dimensional for both; gloves attractive, then indifferent.
    await answer(server.url, urls[0] ?? '', {
      voice: { functional: 1, dysfunctional: 5 },
      gloves: { functional: 1, dysfunctional: 3 },
    });
    await answer(server.url, urls[1] ?? '', {
      voice: { functional: 1, dysfunctional: 5 },
      gloves: { functional: 3, dysfunctional: 3 },
    });

    // The list counts the answers; the results show the class table and the chart.
    await page.reload();
    const row = page.getByRole('row').filter({ hasText: '自助终端功能' });
    await row.getByRole('cell', { name: '2', exact: true }).first().waitFor();
    await row.getByRole('link', { name: '自助终端功能' }).click();
    await page.waitForURL(/\/studies\/kiosk-kano$/);
    const voice = page.getByRole('row').filter({ hasText: '语音引导' });
    await voice.getByText('期望属性').waitFor();
    // Gloves: A 1, I 1: a tie goes to the higher of M > O > A > I, attractive.
    await page.getByRole('row').filter({ hasText: '戴手套操作' }).getByText('魅力属性').waitFor();
    await page.getByRole('img', { name: '2 项功能的 Better / Worse 图' }).waitFor();
    await page.locator('canvas').first().waitFor();
    await page.mouse.move(0, 0);
    await assertAccessible(page, 'KANO results (zh-CN)');
    await photograph(page, 'studies-kano-results', 'zh-CN');

    // Pouliot's table and the other rule recompute on the server.
    await page.getByText('A+O+M 与 I+R+Q', { exact: false }).click();
    await page.getByRole('row').filter({ hasText: '语音引导' }).getByText('期望属性').waitFor();
    assert.deepEqual(problems, []);
  });

  test('a SERVQUAL study answered twice shows its gaps per dimension and its statements', async () => {
    await page.getByRole('menuitem', { name: '研究' }).click();
    await page.waitForURL(/\/studies$/);
    await page.getByRole('button', { name: '新建 SERVQUAL 研究' }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByLabel('名称', { exact: true }).fill('营业厅服务质量');
    await dialog.getByLabel('标识', { exact: true }).fill('store-servqual');
    await dialog.getByRole('button', { name: '创建研究' }).click();
    const distribute = page.getByRole('dialog').filter({ hasText: '发放：营业厅服务质量' });
    await activateDraft(distribute);
    await distribute.getByLabel('客户编号').fill('sq-e2e-1\nsq-e2e-2');
    await distribute.getByRole('button', { name: '生成链接' }).click();
    await distribute.getByText('已生成 2 个链接，0 个被拒绝。').waitFor();
    const urls = await distribute.locator('code').allTextContents();
    await distribute.locator('.ant-modal-footer').getByRole('button', { name: '关闭' }).click();
    await answer(server.url, urls[0] ?? '', servqualAnswer(7, 5));
    await answer(server.url, urls[1] ?? '', servqualAnswer(6, 5));

    await page.goto(`${server.url}/w/${server.workspace}/studies/store-servqual`);
    await page.getByRole('img', { name: '各维度差距及其 95% 置信区间' }).waitFor();
    await page.getByText('本公司：设备先进、不过时。').waitFor();
    // Reliability: perceived 3 against 7 and 6, a gap of −3.5.
    await page
      .getByRole('row')
      .filter({ hasText: '可靠性' })
      .first()
      .getByText('-3.5', { exact: true })
      .waitFor();
    await page.mouse.move(0, 0);
    await assertAccessible(page, 'SERVQUAL results (zh-CN)');
    await photograph(page, 'studies-servqual-results', 'zh-CN');
    assert.deepEqual(problems, []);
  });
});
