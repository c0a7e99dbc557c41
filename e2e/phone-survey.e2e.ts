/**
 * A survey by phone in Debian's Chromium against a real `mot serve`: a distribution rule with the phone
 * channel (made through the API, with the channel switched on), planning run at once, the callback task the
 * send job plans shown to an agent in Chinese, the agent reading the survey out and recording the answers in
 * the callback's form, and the answer counted in the survey's results under the phone channel. Axe-checked
 * and photographed (MOT_SCREENSHOTS=1).
 *
 * The channel reaches a customer by the `phone` attribute of the customer's record, which the company's
 * customer master sets through `POST /api/customers` before anything is planned.
 */
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { after, before, describe, test } from 'node:test';
import type { Browser } from 'playwright-core';
import { CHROMIUM, launchBrowser } from './browser.ts';
import { assertAccessible, openContext, photograph, signIn } from './pages.ts';
import { E2E_USERS } from './seed.ts';
import { apiAs, startE2eServer } from './server.ts';
import type { TCall, TE2eServer } from './server.ts';

const hasChromium = existsSync(CHROMIUM);
const CUSTOMER = 'e2e-phone-customer';
const SURVEY = 'e2e-phone-repair';

const definition = {
  title: { default: 'After your broadband repair', 'zh-cn': '宽带维修回访' },
  pages: [
    {
      name: 'p1',
      elements: [
        {
          type: 'rating',
          name: 'satisfaction',
          title: { default: 'How satisfied are you with the repair?', 'zh-cn': '您对这次维修满意吗？' },
          rateMin: 1,
          rateMax: 5,
          isRequired: true,
        },
        {
          type: 'comment',
          name: 'better',
          title: { default: 'What should we do better?', 'zh-cn': '我们还有哪些地方需要改进？' },
        },
      ],
    },
  ],
};

/** Asks `probe` every half second until it gives a value, for at most `ms`. */
async function eventually<T>(what: string, ms: number, probe: () => Promise<T | undefined>): Promise<T> {
  for (const started = Date.now(); Date.now() - started < ms;) {
    const found = await probe();
    if (found !== undefined) return found;
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  throw new Error(`${what}: not within ${ms / 1000} s`);
}

describe('survey by phone', { skip: hasChromium ? false : `no Chromium at ${CHROMIUM}` }, () => {
  let server: TE2eServer;
  let browser: Browser;
  let admin: TCall;

  before(async () => {
    [server, browser] = await Promise.all([startE2eServer(), launchBrowser()]);
    admin = await apiAs(server, E2E_USERS.admin);
    // The customer's record, as the company's customer master sends it.
    const record = await admin('POST', '/api/customers', {
      customers: [{ customer: CUSTOMER, attributes: { phone: '13900139000', language: 'zh-CN' } }],
    });
    assert.equal(record.status, 200, JSON.stringify(record.body));
  });
  after(async () => {
    await browser?.close();
    await server?.stop();
  });

  test('an agent records a phone survey’s answers in Chinese; they are counted in the results', async () => {
    const survey = await admin('POST', '/api/surveys', {
      key: SURVEY,
      name: '宽带维修电话回访',
      journey: 'broadband_repair',
      status: 'active',
      definition,
    });
    assert.equal(survey.status, 201, JSON.stringify(survey.body));
    const channel = await admin('PUT', '/api/survey-channels/phone', { enabled: true, department: null });
    assert.equal(channel.status, 200, JSON.stringify(channel.body));
    const rule = await admin('POST', '/api/distribution-rules', {
      key: 'e2e-phone-after-report',
      name: '报障后电话回访',
      survey: SURVEY,
      enabled: true,
      trigger: { kind: 'moment', journey: 'broadband_repair', touchpoint: 'fault_report' },
      quietHours: null,
      channel: 'phone',
      priority: 90,
    });
    assert.equal(rule.status, 201, JSON.stringify(rule.body));
    const moment = await admin('POST', '/api/moments', {
      moments: [
        {
          eventId: 'e2e-phone-moment',
          journey: 'broadband_repair',
          touchpoint: 'fault_report',
          customer: CUSTOMER,
          episode: `${CUSTOMER}-e1`,
          occurredAt: new Date().toISOString(),
          measures: { report_minutes: 5 },
        },
      ],
    });
    assert.equal(moment.status, 200, JSON.stringify(moment.body));
    // Planning now; asked again should the moment not be in yet.
    await eventually('the invitation planned', 30_000, async () => {
      const run = await admin('POST', '/api/distribution-rules/e2e-phone-after-report/plan-now', {
        dryRun: false,
      });
      assert.equal(run.status, 200, JSON.stringify(run.body));
      const ledger = await admin('GET', `/api/invitations?customer=${CUSTOMER}`);
      assert.equal(ledger.status, 200, JSON.stringify(ledger.body));
      const found = (ledger.body as { invitations: Array<{ status: string }> }).invitations;
      return found.find((i) => i.status !== 'skipped');
    });
    // The send job hands the invitation to the phone channel, which plans the callback task.
    type TCallbackRow = { id: number; customer: string; state: string };
    const task = await eventually('the callback task of the invitation', 60_000, async () => {
      const listed = await admin('GET', '/api/callbacks?limit=200');
      assert.equal(listed.status, 200, JSON.stringify(listed.body));
      return (listed.body as { callbacks: TCallbackRow[] }).callbacks.find((c) => c.customer === CUSTOMER);
    });

    const { context, page, problems } = await openContext(browser, 'zh-CN');
    page.setDefaultTimeout(60_000);
    await signIn(page, server.url, E2E_USERS.agent);
    await page.getByRole('navigation').first().getByRole('link', { name: '回访' }).click();
    await page.getByRole('heading', { name: '回访' }).waitFor();
    // Planned within the calling hours it is due now; outside them, later. It went to the workspace's
    // agent (the demo's own callbacks are nobody's), so "only mine" finds it among the demo's.
    if (task.state !== 'due') await page.getByText('稍后', { exact: true }).click();
    await page.getByRole('switch', { name: '只看我的' }).click();
    await page.getByRole('row').filter({ hasText: CUSTOMER }).click();
    const drawer = page.getByRole('dialog', { name: '回访' });
    const form = drawer.locator('.ant-card').filter({ hasText: '电话调查：' });
    await form.getByText('电话调查：宽带维修电话回访').waitFor();
    await form.getByText('您对这次维修满意吗？').waitFor();
    await form.getByText('用客户的语言（中文）读出问题并记录回答。').waitFor();
    // The script opens a survey: no apology and no "is the problem solved?" read to a customer with no case.
    await drawer.getByText('您的回答会帮助我们改进服务，没有对错之分。').waitFor();
    assert.equal(await drawer.getByText(/很抱歉|请问您的问题现在解决了吗/).count(), 0);
    // Nor does the attempt form ask it: it records a call not answered; the answers record a reached one.
    await drawer.getByRole('button', { name: '记录：未接通' }).waitFor();
    assert.equal(await drawer.getByText('问题解决了吗？').count(), 0);
    await form.locator('label.ant-radio-button-wrapper', { hasText: /^2$/ }).click();
    await form.getByLabel('我们还有哪些地方需要改进？').fill('上门时间太晚，希望能约定具体时间');
    await page.mouse.move(0, 0);
    await assertAccessible(page, 'phone survey form (zh-CN)');
    await photograph(page, 'phone-survey', 'zh-CN');
    await form.getByRole('button', { name: '记录问卷回答' }).click();
    await form.getByText('回答已记录。').waitFor();
    assert.equal(await form.getByRole('button', { name: '记录问卷回答' }).count(), 0);
    // The answers finish the callback: no more attempts to record.
    await drawer.locator('.ant-tag', { hasText: '完成' }).waitFor();
    assert.equal(await drawer.getByRole('button', { name: '记录：未接通' }).count(), 0);

    // The answer takes the survey link's path, which stores it in the background: asked until it is counted.
    type TResults = {
      answers: number;
      responseRates: Array<{ channel: string; answered: number }>;
      questions: Array<{ name: string; distribution: Array<{ value: unknown; count: number }> }>;
    };
    const results = await eventually('the phone answer in the results', 30_000, async () => {
      const found = await admin('GET', `/api/surveys/${SURVEY}/results`);
      assert.equal(found.status, 200, JSON.stringify(found.body).slice(0, 400));
      const body = found.body as TResults;
      return body.answers >= 1 ? body : undefined;
    });
    assert.equal(results.answers, 1);
    assert.equal(results.responseRates.find((r) => r.channel === 'phone')?.answered, 1);
    const rating = results.questions.find((q) => q.name === 'satisfaction');
    assert.deepEqual(
      rating?.distribution.filter((d) => d.count > 0).map((d) => [Number(d.value), d.count]),
      [[2, 1]],
    );
    assert.deepEqual(problems, []);
    await context.close();
  });
});
