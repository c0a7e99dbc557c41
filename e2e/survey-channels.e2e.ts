/**
 * Survey channels in Debian's Chromium against a real `mot serve` (private destinations allowed, so a
 * gateway on loopback can stand in for the company's SMS gateway): the SMS gateway configured through the
 * form, "send test" reaching the receiver, which checks the HMAC signature and the text (【签名】, the link,
 * 回T退订), and the delivery shown in the log; the secret never shown again. Axe-checked in both languages.
 */
import assert from 'node:assert/strict';
import { createHmac } from 'node:crypto';
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
const SECRET = 'e2e-gateway-secret-0123456789';

describe('survey channels', { skip: hasChromium ? false : `no Chromium at ${CHROMIUM}` }, () => {
  let server: TE2eServer;
  let browser: Browser;
  let gateway: http.Server;
  let gatewayUrl = '';
  const received: Array<{ url: string; body: string; signed: boolean }> = [];

  before(async () => {
    gateway = http.createServer((req, res) => {
      let body = '';
      req.on('data', (chunk: Buffer) => (body += chunk.toString()));
      req.on('end', () => {
        const timestamp = String(req.headers['x-mot-timestamp'] ?? '');
        const expected = `v1=${createHmac('sha256', SECRET).update(`${timestamp}.${body}`).digest('hex')}`;
        const signed = req.headers['x-mot-signature'] === expected;
        received.push({ url: req.url ?? '', body, signed });
        res.writeHead(signed ? 200 : 401, { 'content-type': 'application/json' });
        res.end(
          JSON.stringify(signed ? { code: 0, id: `gw-${received.length}` } : { error: 'bad signature' }),
        );
      });
    });
    await new Promise<void>((resolve) => gateway.listen(0, '127.0.0.1', resolve));
    gatewayUrl = `http://127.0.0.1:${(gateway.address() as AddressInfo).port}`;
    [server, browser] = await Promise.all([
      startE2eServer({ MOT_ALLOW_PRIVATE_WEBHOOKS: '1' }),
      launchBrowser(),
    ]);
  });
  after(async () => {
    await browser?.close();
    await server?.stop();
    await new Promise((resolve) => gateway?.close(resolve));
  });

  for (const language of ['zh-CN', 'en'] as const) {
    test(`the SMS gateway configured, tested and its delivery logged, in ${language}`, async () => {
      const { context, page, problems } = await openContext(browser, language);
      // A step that cannot happen fails with its locator instead of waiting for the test's timeout.
      page.setDefaultTimeout(60_000);
      const zh = language === 'zh-CN';
      await signIn(page, server.url, E2E_USERS.admin);
      await page
        .getByRole('navigation')
        .first()
        .getByRole('link', { name: zh ? '调查渠道' : 'Survey channels' })
        .click();
      await page.getByRole('heading', { name: zh ? '调查渠道' : 'Survey channels' }).waitFor();
      const path = `/sms/${language}`;
      await page.getByLabel(zh ? '网关地址' : 'Gateway URL').fill(`${gatewayUrl}${path}`);
      await page.getByLabel(zh ? '签名密钥' : 'Signing secret').fill(SECRET);
      await page.getByLabel(zh ? '签名' : 'Signature (签名)', { exact: true }).fill('某某航空');
      await assertAccessible(page, `SMS settings (${language})`);
      await photograph(page, 'survey-channels', language);
      await page.getByRole('button', { name: zh ? '保存' : 'Save', exact: true }).click();
      await page.getByText(zh ? '发送测试消息' : 'Send a test message').waitFor();
      assert.equal(await page.getByText(SECRET).count(), 0, 'the secret is never shown');

      const address = zh ? '13700137000' : '13700137001';
      await page.getByLabel(zh ? '测试地址：手机号' : 'Test address: Mobile number').fill(address);
      const send = page.getByRole('button', { name: zh ? '发送测试' : 'Send test' });
      await send.click();
      await page
        .getByTestId('test-outcome')
        .getByText(zh ? '测试消息已发送' : 'Test message sent')
        .waitFor({ timeout: 20_000 })
        .catch(async (error: unknown) => {
          throw new Error(`not sent: ${String(error)}\n${server.log().slice(-3000)}`);
        });
      const got = received.find((r) => r.url === path);
      assert.ok(got?.signed, 'the gateway got a request whose signature holds');
      const body = JSON.parse(got.body) as { to: string; text: string; test: boolean };
      assert.equal(body.to, address);
      assert.equal(body.test, true);
      // The workspace's language (the demo's: zh-CN) decides the test text's.
      assert.match(body.text, /^【某某航空】.*\/s\/[A-Za-z0-9_-]{43}.*回T退订$/);

      const masked = `${address.slice(0, 3)}****${address.slice(-4)}`;
      const log = page.getByTestId('survey-channel-deliveries');
      const row = log.getByRole('row', { name: new RegExp(masked.replace(/\*/g, '\\*')) });
      await row.waitFor({ timeout: 20_000 });
      assert.match((await row.textContent()) ?? '', zh ? /已发送.*200/ : /Sent.*200/);
      await page.mouse.move(0, 0);
      await assertAccessible(page, `survey channel deliveries (${language})`);
      await photograph(page, 'survey-channel-deliveries', language);
      assert.deepEqual(problems, []);
      await context.close();
    });
  }

  test('an agent does not see survey channels and is refused them', async () => {
    const { context, page, problems } = await openContext(browser, 'en');
    await signIn(page, server.url, E2E_USERS.agent);
    const navigation = page.getByRole('navigation').first();
    await navigation.getByRole('link').first().waitFor();
    assert.equal(await navigation.getByRole('link', { name: 'Survey channels' }).count(), 0);
    await page.goto(`${server.url}/w/${server.workspace}/survey-channels`);
    await page.getByText('No access').first().waitFor();
    assert.deepEqual(problems, []);
    await context.close();
  });
});
