/**
 * A customer answers a survey on a phone, in Chinese, through a single-use link minted by the API, against
 * a real `mot serve` on the seeded demo: the page renders the survey with SurveyJS, the answer is
 * submitted, the thank-you page shows, the link opened again says it was already answered, and the rating
 * is the moment's rating on the customer's timeline once the server's job has ingested the answer.
 * axe-checked and photographed (MOT_SCREENSHOTS=1).
 */
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { after, before, describe, test } from 'node:test';
import type { Browser } from 'playwright-core';
import { CHROMIUM, launchBrowser } from './browser.ts';
import { assertAccessible, photograph } from './pages.ts';
import { E2E_USERS } from './seed.ts';
import type { TCall, TE2eServer } from './server.ts';
import { apiAs, startE2eServer } from './server.ts';

const hasChromium = existsSync(CHROMIUM);

const definition = {
  title: { default: 'After the repair', 'zh-cn': '维修回访' },
  pages: [
    {
      name: 'p1',
      elements: [
        {
          type: 'rating',
          name: 'visit',
          title: { default: 'How was the technician’s visit?', 'zh-cn': '您对上门维修服务满意吗？' },
          rateMin: 1,
          rateMax: 5,
          isRequired: true,
          mot: { role: 'touchpoint_rating', touchpoint: 'repair_visit' },
        },
        {
          type: 'comment',
          name: 'visit_why',
          title: { default: 'What could we do better?', 'zh-cn': '我们哪里可以做得更好？' },
          mot: { role: 'touchpoint_comment', touchpoint: 'repair_visit' },
        },
        {
          type: 'rating',
          name: 'nps',
          title: {
            default: 'How likely are you to recommend us to a friend?',
            'zh-cn': '您有多大可能向朋友推荐我们？',
          },
          rateMin: 0,
          rateMax: 10,
          mot: { role: 'nps' },
        },
      ],
    },
  ],
};

describe('survey answer', { skip: hasChromium ? false : `no Chromium at ${CHROMIUM}` }, () => {
  let server: TE2eServer;
  let browser: Browser;
  let api: TCall;

  /** A phone-sized touch screen in `locale`. */
  const phone = (locale: string) =>
    browser.newContext({
      viewport: { width: 390, height: 844 },
      deviceScaleFactor: 2,
      isMobile: true,
      hasTouch: true,
      locale,
    });

  /** Mints one link of the repair survey through the API; its URL. */
  async function mintLink(link: Record<string, string>): Promise<string> {
    const minted = await api('POST', '/api/surveys/repair-check/links', { links: [link] });
    assert.equal(minted.status, 200, JSON.stringify(minted.body));
    return (minted.body as { links: Array<{ url: string }> }).links[0]?.url ?? '';
  }

  /**
   * The customer's moment at the repair visit: the server's job runner ingests an answer after its
   * submission answered, within a second or so, so it is asked for until it is there (15 s at most).
   */
  async function visitMoment(customer: string): Promise<Record<string, unknown>> {
    let moments: Array<Record<string, unknown>> = [];
    for (const deadline = Date.now() + 15_000; Date.now() < deadline;) {
      const timeline = await api('GET', `/api/customers/${customer}/timeline`);
      moments = timeline.status === 200 ? (timeline.body as { moments: typeof moments }).moments : [];
      const moment = moments.find((m) => m['touchpoint'] === 'repair_visit');
      if (moment) return moment;
      await new Promise((resolve) => setTimeout(resolve, 200));
    }
    return assert.fail(`no moment at the repair visit: ${JSON.stringify(moments)}`);
  }

  before(async () => {
    [server, browser] = await Promise.all([startE2eServer(), launchBrowser()]);
    api = await apiAs(server, E2E_USERS.admin);
    const created = await api('POST', '/api/surveys', {
      key: 'repair-check',
      name: 'Repair check',
      journey: 'broadband_repair',
      status: 'active',
      definition,
    });
    assert.equal(created.status, 201, JSON.stringify(created.body));
  });
  after(async () => {
    await browser?.close();
    await server?.stop();
  });

  test('a customer answers on a phone in Chinese; the rating becomes the moment’s rating', async () => {
    const url = await mintLink({
      customer: 'survey-e2e-1',
      episode: 'survey-e2e-episode',
      language: 'zh-CN',
    });
    assert.match(url, /\/s\/[\w-]{43}$/);

    const context = await phone('zh-CN');
    const page = await context.newPage();
    const problems: string[] = [];
    const hosts = new Set<string>();
    page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
    page.on('console', (message) => {
      if (/Content.Security.Policy|Refused to/i.test(message.text())) problems.push(`CSP: ${message.text()}`);
    });
    page.on('request', (request) => hosts.add(new URL(request.url()).host));
    // The JavaScript the page downloads, as sent (gzip), against the budget of 400 KB.
    const scripts: Array<Promise<number>> = [];
    page.on('response', (response) => {
      if (/\.js$/.test(new URL(response.url()).pathname)) {
        scripts.push(
          response
            .request()
            .sizes()
            .then((sizes) => sizes.responseBodySize),
        );
      }
    });

    await page.goto(url);
    await page.getByText('您对上门维修服务满意吗？').waitFor();
    assert.equal(await page.evaluate<string>('document.documentElement.lang'), 'zh-CN');
    await page.getByText('退订：不再接收问卷').waitFor();
    const javascript = (await Promise.all(scripts)).reduce((sum, bytes) => sum + bytes, 0);
    console.log(`survey page JavaScript: ${(javascript / 1024).toFixed(1)} KiB (gzip, as sent)`);
    assert.ok(javascript > 100_000 && javascript <= 400 * 1024, `${javascript} bytes of JavaScript`);
    await assertAccessible(page, 'survey page (zh-CN)');
    await photograph(page, 'survey-answer', 'zh-CN');

    // A low rating with a comment and a detractor's NPS; the answers are kept as the customer goes.
    await page.locator('[data-name="visit"]').getByText('2', { exact: true }).click();
    await page
      .getByRole('textbox', { name: '我们哪里可以做得更好？' })
      .fill('师傅迟到了两个小时，态度也不好');
    await page.getByText('您已填写的内容已自动保存。').waitFor();
    await page.reload();
    await page.getByText('您对上门维修服务满意吗？').waitFor();
    assert.equal(
      await page.getByRole('textbox', { name: '我们哪里可以做得更好？' }).inputValue(),
      '师傅迟到了两个小时，态度也不好',
    );
    // Ratings keep their buttons on a phone (0-10 wraps onto two rows) rather than SurveyJS's dropdown.
    await page.locator('[data-name="nps"]').getByText('3', { exact: true }).click();
    await page.getByRole('button', { name: '提交' }).click();
    await page.getByRole('heading', { name: '感谢您的反馈！' }).waitFor();
    await assertAccessible(page, 'survey thank-you page (zh-CN)');
    await photograph(page, 'survey-thanks', 'zh-CN');

    // The link again: answered already.
    await page.goto(url);
    await page.getByRole('heading', { name: '您已作答' }).waitFor();
    await page.getByText('感谢您，我们已收到您的回答。').waitFor();
    await assertAccessible(page, 'survey already answered (zh-CN)');
    await photograph(page, 'survey-answered', 'zh-CN');
    assert.deepEqual(problems, []);
    assert.deepEqual([...hosts], [new URL(server.url).host], 'nothing is fetched from another host');
    await context.close();

    // The answer in the MOT model: the visit's moment carries the rating and the comment.
    const moment = await visitMoment('survey-e2e-1');
    assert.deepEqual([moment['rating'], moment['comment']], [2, '师傅迟到了两个小时，态度也不好']);
  });
  test('a customer answers on a phone in English; the rating and comment become the moment’s', async () => {
    const url = await mintLink({ customer: 'survey-e2e-4', episode: 'survey-e2e-episode-4', language: 'en' });
    const context = await phone('en');
    const page = await context.newPage();
    const problems: string[] = [];
    page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
    await page.goto(url);
    await page.getByText('How was the technician’s visit?').waitFor();
    assert.equal(await page.evaluate<string>('document.documentElement.lang'), 'en');
    await page.locator('[data-name="visit"]').getByText('5', { exact: true }).click();
    await page
      .getByRole('textbox', { name: 'What could we do better?' })
      .fill('Quick and friendly, fixed on the first visit.');
    await page.locator('[data-name="nps"]').getByText('10', { exact: true }).click();
    await assertAccessible(page, 'survey page (en)');
    await photograph(page, 'survey-answer', 'en');
    await page.getByRole('button', { name: 'Complete' }).click();
    await page.getByRole('heading', { name: 'Thank you!' }).waitFor();
    await assertAccessible(page, 'survey thank-you page (en)');
    assert.deepEqual(problems, []);
    await context.close();

    const moment = await visitMoment('survey-e2e-4');
    assert.deepEqual(
      [moment['rating'], moment['comment']],
      [5, 'Quick and friendly, fixed on the first visit.'],
    );
  });

  test('a customer unsubscribes in English and is never sent a link again; an unknown link says so', async () => {
    const url = await mintLink({ customer: 'survey-e2e-2', language: 'en' });
    const context = await phone('en');
    const page = await context.newPage();
    const problems: string[] = [];
    page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
    await page.goto(url);
    await page.getByText('How was the technician’s visit?').waitFor();
    assert.equal(await page.evaluate<string>('document.documentElement.lang'), 'en');
    await page.getByRole('button', { name: 'Unsubscribe: never send me surveys' }).click();
    await page.getByRole('button', { name: 'Yes, unsubscribe' }).click();
    await page.getByRole('heading', { name: 'You are unsubscribed' }).waitFor();
    await assertAccessible(page, 'survey unsubscribed (en)');
    await photograph(page, 'survey-unsubscribed', 'en');
    const again = await api('POST', '/api/surveys/repair-check/links', {
      links: [{ customer: 'survey-e2e-2' }, { customer: 'survey-e2e-3' }],
    });
    assert.deepEqual(
      (again.body as { links: Array<{ status: string; code?: string }> }).links.map((l) => [
        l.status,
        l.code,
      ]),
      [
        ['refused', 'opted_out'],
        ['created', undefined],
      ],
    );
    await page.goto(`${server.url}/s/${'A'.repeat(43)}`);
    await page.getByRole('heading', { name: 'Survey not found' }).waitFor();
    await assertAccessible(page, 'survey link unknown (en)');
    assert.deepEqual(problems, []);
    await context.close();
  });
});
