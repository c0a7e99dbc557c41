/**
 * Notification channels in Debian's Chromium against a real `mot serve` (private destinations allowed, so
 * a receiver on loopback can stand in for the robot): a WeCom robot added through the form, "send test"
 * reaching the receiver in the robot's format and shown as delivered in the delivery log; a signed webhook
 * whose secret is shown once; an agent does not see the page. Each step axe-checked and photographed in
 * both languages.
 */
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { after, before, describe, test } from 'node:test';
import type { Browser } from 'playwright-core';
import { CHROMIUM, launchBrowser } from './browser.ts';
import { assertAccessible, openContext, photograph, signIn } from './pages.ts';
import { E2E_USERS } from './seed.ts';
import type { TE2eServer } from './server.ts';
import { startE2eServer } from './server.ts';

const hasChromium = existsSync(CHROMIUM);

describe('notification channels', { skip: hasChromium ? false : `no Chromium at ${CHROMIUM}` }, () => {
  let server: TE2eServer;
  let browser: Browser;
  let receiver: http.Server;
  let receiverUrl = '';
  const received: Array<{ url: string; body: string }> = [];

  before(async () => {
    receiver = http.createServer((req, res) => {
      let body = '';
      req.on('data', (chunk: Buffer) => (body += chunk.toString()));
      req.on('end', () => {
        received.push({ url: req.url ?? '', body });
        res.writeHead(200, { 'content-type': 'application/json' });
        res.end(JSON.stringify({ errcode: 0, errmsg: 'ok' }));
      });
    });
    await new Promise<void>((resolve) => receiver.listen(0, '127.0.0.1', resolve));
    receiverUrl = `http://127.0.0.1:${(receiver.address() as AddressInfo).port}`;
    [server, browser] = await Promise.all([
      startE2eServer({ MOT_ALLOW_PRIVATE_WEBHOOKS: '1' }),
      launchBrowser(),
    ]);
  });
  after(async () => {
    await browser?.close();
    await server?.stop();
    await new Promise((resolve) => receiver?.close(resolve));
  });

  for (const language of ['zh-CN', 'en'] as const) {
    test(`a WeCom robot added, tested and its delivery logged, in ${language}`, async () => {
      const { context, page, problems } = await openContext(browser, language);
      const zh = language === 'zh-CN';
      await signIn(page, server.url, E2E_USERS.admin);
      await page
        .getByRole('navigation')
        .first()
        .getByRole('link', { name: zh ? '通知渠道' : 'Notification channels' })
        .click();
      await page.getByRole('heading', { name: zh ? '通知渠道' : 'Notification channels' }).waitFor();
      await page.getByRole('button', { name: zh ? '新建渠道' : 'New channel' }).click();
      const drawer = page.getByRole('dialog');
      const name = `${zh ? '客服群' : 'Service group'} ${language}`;
      await drawer.getByLabel(zh ? '名称' : 'Name', { exact: true }).fill(name);
      const key = `e2e-${language}`;
      await drawer
        .getByLabel(zh ? '地址（URL）' : 'Address (URL)')
        .fill(`${receiverUrl}/cgi-bin/webhook/send?key=${key}`);
      await assertAccessible(page, `channel form (${language})`);
      await photograph(page, 'notification-channel-form', language);
      await drawer.getByRole('button', { name: zh ? '保存渠道' : 'Save channel' }).click();
      const row = page.getByRole('row', { name: new RegExp(name) });
      await row.waitFor();
      // The robot key is masked in the list.
      assert.equal(await page.getByText(key).count(), 0);
      await assertAccessible(page, `channels (${language})`);
      await photograph(page, 'notification-channels', language);

      await row.getByRole('button', { name: zh ? '发送测试' : 'Send test' }).click();
      const log = page.getByRole('dialog');
      await log
        .getByText(zh ? '已送达' : 'Delivered')
        .first()
        .waitFor({ timeout: 20_000 })
        .catch(async (error: unknown) => {
          const text = await log.textContent();
          throw new Error(`not delivered: ${String(error)}\n${text}\n${server.log().slice(-3000)}`);
        });
      const got = received.find((r) => r.url.includes(`key=${key}`));
      assert.ok(got, 'the receiver got the test message');
      const body = JSON.parse(got.body) as { msgtype: string; markdown: { content: string } };
      assert.equal(body.msgtype, 'markdown');
      // The workspace's language (the demo's: zh-CN) decides the message's.
      assert.match(body.markdown.content, /mot 测试消息/);
      await assertAccessible(page, `delivery log (${language})`);
      await photograph(page, 'notification-deliveries', language);
      if (!zh) {
        // A signed webhook: its secret is shown once, after saving, and never again.
        await page.keyboard.press('Escape');
        await page.getByRole('button', { name: 'New channel' }).click();
        const form = page.getByRole('dialog');
        await form.getByLabel('Name', { exact: true }).fill('Ticketing system');
        await form.getByLabel('Kind').click();
        await page.getByTitle('Signed webhook').click();
        await form.getByLabel('Address (URL)').fill(`${receiverUrl}/hooks/mot`);
        await form.getByRole('button', { name: 'Save channel' }).click();
        const secret = page.getByTestId('webhook-secret');
        await secret.waitFor();
        assert.match((await secret.textContent()) ?? '', /whsec_[A-Za-z0-9+/]{43}=/);
        await assertAccessible(page, 'webhook secret');
        await page.getByRole('button', { name: 'I have copied the secret' }).click();
        await secret.waitFor({ state: 'detached' });
        await page.getByRole('row', { name: /Ticketing system/ }).waitFor();
        assert.equal(await page.getByText(/whsec_/).count(), 0, 'never shown again');
      }
      assert.deepEqual(problems, []);
      await context.close();
    });
  }

  test('an agent does not see notification channels and is refused them', async () => {
    const { context, page, problems } = await openContext(browser, 'en');
    await signIn(page, server.url, E2E_USERS.agent);
    const navigation = page.getByRole('navigation').first();
    await navigation.getByRole('link').first().waitFor();
    assert.equal(await navigation.getByRole('link', { name: 'Notification channels' }).count(), 0);
    await page.goto(`${server.url}/w/${server.workspace}/notification-channels`);
    await page.getByText('No access').first().waitFor();
    assert.deepEqual(problems, []);
    await context.close();
  });
});
