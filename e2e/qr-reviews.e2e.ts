/**
 * A QR code for a counter and online reviews, in Chinese, against a real `mot serve` on the seeded demo: an
 * admin makes a QR code for a survey in the surveys page's drawer, naming the counter's touchpoint and the
 * language; the card shows the survey's title in that language; its address, opened on a phone, gives a
 * fresh single-use survey page that a customer answers, the answer is of the store's segment, and the scan
 * is counted; the card downloads as an SVG and as a PNG at print size, each holding the code shown and the
 * title. A second code in English prints the English title. In English, the drawer reads in English (its
 * form, each card's touchpoint, language, scans and buttons) and a third code is made there. Then a CSV of
 * reviews is imported on Data in › Online reviews: the good rows become moments, the bad one is listed with
 * its line and column. axe-checked and photographed (MOT_SCREENSHOTS=1).
 */
import assert from 'node:assert/strict';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import type { Browser } from 'playwright-core';
import { CHROMIUM, launchBrowser } from './browser.ts';
import { assertAccessible, choose, IMAGES, openContext, photograph, signIn } from './pages.ts';
import { E2E_USERS } from './seed.ts';
import type { TCall, TE2eServer } from './server.ts';
import { apiAs, startE2eServer } from './server.ts';

const hasChromium = existsSync(CHROMIUM);

const definition = {
  title: { default: 'Your visit to our hall', 'zh-cn': '您在营业厅的体验' },
  pages: [
    {
      name: 'p1',
      elements: [
        {
          type: 'rating',
          name: 'counter',
          title: { default: 'How was the service at the counter?', 'zh-cn': '您对柜台服务满意吗？' },
          rateMin: 1,
          rateMax: 5,
          isRequired: true,
          // A CSAT: through a QR code naming the counter, it becomes the counter's moment.
          mot: { role: 'csat' },
        },
      ],
    },
  ],
};

/** The dark modules of a code from the path antd's QRCode draws: runs of `M<x> <y>h<length>`, row by row. */
function modulesOf(path: string, cells: number): boolean[][] {
  const modules = Array.from({ length: cells }, () => Array.from({ length: cells }, () => false));
  for (const [, x, y, length] of path.matchAll(/M(\d+)[ ,](\d+)\s*h(\d+)/g)) {
    for (let i = 0; i < Number(length); i++) {
      const row = modules[Number(y)];
      if (row) row[Number(x) + i] = true;
    }
  }
  return modules;
}

/** Whether the three finder patterns of a QR code sit in their corners (ISO/IEC 18004: 7x7, 1:1:3:1:1). */
function hasFinderPatterns(modules: boolean[][]): boolean {
  const n = modules.length;
  const corners = [
    [0, 0],
    [n - 7, 0],
    [0, n - 7],
  ] as const;
  return corners.every(([left, top]) => {
    for (let y = 0; y < 7; y++) {
      for (let x = 0; x < 7; x++) {
        const ring = x === 0 || x === 6 || y === 0 || y === 6;
        const centre = x >= 2 && x <= 4 && y >= 2 && y <= 4;
        if (modules[top + y]?.[left + x] !== (ring || centre)) return false;
      }
    }
    return true;
  });
}

describe('QR codes and online reviews', { skip: hasChromium ? false : `no Chromium at ${CHROMIUM}` }, () => {
  let server: TE2eServer;
  let browser: Browser;
  let api: TCall;

  before(async () => {
    [server, browser] = await Promise.all([startE2eServer(), launchBrowser()]);
    api = await apiAs(server, E2E_USERS.admin);
    // The telecom pack's store visit journey (营业厅办理), whose counter the QR code stands at.
    const journey = await api('POST', '/api/packs/telecom/journeys/store_visit', {});
    assert.equal(journey.status, 201, JSON.stringify(journey.body));
    const created = await api('POST', '/api/surveys', {
      key: 'hall-counter',
      name: '营业厅柜台满意度',
      journey: 'store_visit',
      status: 'active',
      definition,
    });
    assert.equal(created.status, 201, JSON.stringify(created.body));
  });
  after(async () => {
    await browser?.close();
    await server?.stop();
  });

  test('a QR code made in the drawer opens a fresh survey on a phone, and the scan is counted', async () => {
    const { context, page, problems } = await openContext(browser, 'zh-CN');
    await signIn(page, server.url, E2E_USERS.admin);
    await page.goto(`${server.url}/w/${server.workspace}/surveys`);
    await page.getByRole('button', { name: '营业厅柜台满意度 的二维码' }).click();
    const drawer = page.getByRole('dialog', { name: '营业厅柜台满意度 的二维码' });
    await drawer.getByText('还没有二维码').waitFor();
    await drawer.getByLabel('印在卡片上的名称').fill('徐汇营业厅 2 号柜台');
    await drawer.getByLabel('门店').fill('徐汇营业厅');
    await drawer.getByLabel('柜台').fill('2');
    // The touchpoints offered are the survey's journey's (营业厅办理), by their Chinese names.
    await choose(page, drawer, '接触点', '柜台业务办理');
    await choose(page, drawer, '语言', '中文');
    await drawer.getByRole('button', { name: '生成二维码' }).click();
    const card = drawer.getByRole('group', { name: '二维码卡片 徐汇营业厅 2 号柜台' });
    await card.getByText('徐汇营业厅 2 号柜台').waitFor();
    await drawer.getByRole('switch', { name: '二维码 徐汇营业厅 2 号柜台 启用中' }).waitFor();
    // The survey's Chinese title (not its name), and what the answers are about.
    await card.getByText('您在营业厅的体验', { exact: true }).waitFor();
    await card.getByText('柜台业务办理 · 中文', { exact: true }).waitFor();
    const made = await api('GET', '/api/surveys/hall-counter/qr-links');
    assert.deepEqual(
      (made.body as { qrLinks: Array<Record<string, unknown>> }).qrLinks.map((q) => [
        q['touchpoint'],
        q['language'],
        q['attributes'],
      ]),
      [['counter_service', 'zh-CN', { store: '徐汇营业厅', counter: '2' }]],
    );
    await page.mouse.move(0, 0);
    await assertAccessible(page, 'QR codes drawer (zh-CN)');

    // Printing: the card as an SVG, and as a PNG at print size, each holding the code shown on screen.
    const shown = drawer.locator('.ant-qrcode svg');
    const shownPath = (await shown.locator('path').nth(1).getAttribute('d')) ?? '';
    const cells = Number((await shown.getAttribute('viewBox'))?.split(' ')[2]);
    assert.equal((cells - 21) % 4, 0, `a QR code is 21 + 4k modules wide, not ${cells}`);
    const modules = modulesOf(shownPath, cells);
    assert.ok(hasFinderPatterns(modules), 'the code shown has its three finder patterns');
    const [svgFile] = await Promise.all([
      page.waitForEvent('download'),
      drawer.getByRole('button', { name: '下载 SVG：徐汇营业厅 2 号柜台' }).click(),
    ]);
    assert.equal(svgFile.suggestedFilename(), '徐汇营业厅-2-号柜台.svg');
    const svg = readFileSync(await svgFile.path(), 'utf8');
    assert.match(
      svg,
      /^<\?xml [^>]*\?>\n<svg xmlns="http:\/\/www\.w3\.org\/2000\/svg" xml:lang="zh-CN" lang="zh-CN" width="8cm" /,
    );
    assert.match(svg, /<title>徐汇营业厅 2 号柜台<\/title>/);
    assert.match(svg, />徐汇营业厅 2 号柜台<\/text>/);
    assert.match(svg, />您在营业厅的体验<\/text>/);
    // The code with its quiet zone of 4 modules.
    const printed = /<path d="([^"]+)" transform="translate\(4 4\)"/.exec(svg)?.[1] ?? '';
    assert.deepEqual(modulesOf(printed, cells), modules);
    assert.match(svg, new RegExp(`viewBox="0 0 ${cells + 8} `));

    const [pngFile] = await Promise.all([
      page.waitForEvent('download'),
      drawer.getByRole('button', { name: '下载 PNG：徐汇营业厅 2 号柜台' }).click(),
    ]);
    assert.equal(pngFile.suggestedFilename(), '徐汇营业厅-2-号柜台.png');
    // Kept beside the screenshots: the card as it prints.
    await pngFile.saveAs(join(IMAGES, 'web-survey-qr-card-zh-CN.png'));
    const png = readFileSync(await pngFile.path());
    assert.deepEqual([...png.subarray(0, 8)], [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
    assert.equal(png.toString('latin1', 12, 16), 'IHDR');
    const [width, height] = [png.readUInt32BE(16), png.readUInt32BE(20)];
    assert.equal(width, 945, '8 cm at 300 dpi');
    assert.ok(height > width && height < width * 1.5, `the text under the code: ${width} x ${height}`);
    // Each module's centre read back from the PNG (decoded by the browser) is the code's module.
    // A string, so the code runs in the page as written (no DOM types here).
    const sampled = await page.evaluate<boolean[][]>(`(async () => {
      const image = new Image();
      image.src = ${JSON.stringify(`data:image/png;base64,${png.toString('base64')}`)};
      await image.decode();
      const canvas = document.createElement('canvas');
      canvas.width = image.width;
      canvas.height = image.height;
      const context = canvas.getContext('2d');
      context.drawImage(image, 0, 0);
      const pixels = context.getImageData(0, 0, image.width, image.height).data;
      const size = image.width / ${cells + 8};
      const dark = (x, y) => pixels[(Math.floor((y + 4.5) * size) * image.width + Math.floor((x + 4.5) * size)) * 4] < 128;
      return Array.from({ length: ${cells} }, (_, y) => Array.from({ length: ${cells} }, (_, x) => dark(x, y)));
    })()`);
    assert.deepEqual(sampled, modules);

    const listed = await api('GET', '/api/surveys/hall-counter/qr-links');
    assert.equal(listed.status, 200, JSON.stringify(listed.body));
    const url = (listed.body as { qrLinks: Array<{ url: string }> }).qrLinks[0]?.url ?? '';
    assert.ok(url.startsWith(server.url), url);

    // The printed address on a phone: a survey page of its own, answered once.
    const phone = await browser.newContext({
      viewport: { width: 390, height: 844 },
      isMobile: true,
      hasTouch: true,
      locale: 'zh-CN',
    });
    const customer = await phone.newPage();
    const errors: string[] = [];
    customer.on('pageerror', (error) => errors.push(error.message));
    await customer.goto(url);
    await customer.waitForURL(/\/s\/[\w-]{43}$/);
    await customer.getByText('您对柜台服务满意吗？').waitFor();
    await customer.locator('[data-name="counter"]').getByText('4', { exact: true }).click();
    await customer.getByRole('button', { name: '提交' }).click();
    await customer.getByRole('heading', { name: '感谢您的反馈！' }).waitFor();
    // Scanning again gives another fresh page (the next customer at the counter).
    await customer.goto(url);
    await customer.getByText('您对柜台服务满意吗？').waitFor();
    assert.deepEqual(errors, []);
    await phone.close();

    await page.reload();
    await page.getByRole('button', { name: '营业厅柜台满意度 的二维码' }).click();
    await page.getByText('扫码次数：2').waitFor();
    const results = await api('GET', '/api/surveys/hall-counter/results');
    assert.equal(results.status, 200, JSON.stringify(results.body).slice(0, 400));
    assert.match(JSON.stringify(results.body), /"qr"/, 'the answer is counted under the QR channel');
    // The store's segment holds the answer (the QR code's attributes are a segment).
    const store = await api(
      'GET',
      `/api/surveys/hall-counter/results?segment.store=${encodeURIComponent('徐汇营业厅')}`,
    );
    assert.equal((store.body as { answers: number }).answers, 1, JSON.stringify(store.body).slice(0, 400));

    // A second code, in English, for the hall's foreign visitors: its card prints the English title.
    const second = page.getByRole('dialog', { name: '营业厅柜台满意度 的二维码' });
    await second.getByLabel('印在卡片上的名称').fill('Xuhui hall, counter 5');
    await choose(page, second, '语言', '英文');
    await second.getByRole('button', { name: '生成二维码' }).click();
    const english = second.getByRole('group', { name: '二维码卡片 Xuhui hall, counter 5' });
    await english.getByText('Your visit to our hall', { exact: true }).waitFor();
    await english.getByText('未指定接触点 · 英文', { exact: true }).waitFor();
    const [englishSvg] = await Promise.all([
      page.waitForEvent('download'),
      english.getByRole('button', { name: '下载 SVG：Xuhui hall, counter 5' }).click(),
    ]);
    const printedEnglish = readFileSync(await englishSvg.path(), 'utf8');
    assert.match(printedEnglish, / xml:lang="en" /);
    assert.match(printedEnglish, />Your visit to our hall<\/text>/);
    // Latin fonts first on an English card: a Chinese font draws its punctuation full-width.
    assert.match(printedEnglish, / font-family="'Helvetica Neue', Arial, /);
    await page.mouse.move(0, 0);
    await assertAccessible(page, 'QR codes drawer, two codes (zh-CN)');
    await photograph(page, 'survey-qr-codes', 'zh-CN');
    assert.deepEqual(problems, []);
    await context.close();
  });

  test('the drawer in English: its form, the cards made in Chinese and a code made in English', async () => {
    const { context, page, problems } = await openContext(browser, 'en');
    await signIn(page, server.url, E2E_USERS.admin);
    await page.goto(`${server.url}/w/${server.workspace}/surveys`);
    await page.getByRole('button', { name: 'QR codes of 营业厅柜台满意度' }).click();
    const drawer = page.getByRole('dialog', { name: 'QR codes of 营业厅柜台满意度' });
    // The two codes made in Chinese: the counter's touchpoint by its English name, the scans counted.
    const counter = drawer.getByRole('group', { name: 'QR code card 徐汇营业厅 2 号柜台' });
    await counter.getByText('Served at the counter · Chinese', { exact: true }).waitFor();
    await counter.getByText('Scans: 2', { exact: true }).waitFor();
    await counter.getByText('您在营业厅的体验', { exact: true }).waitFor();
    const hall = drawer.getByRole('group', { name: 'QR code card Xuhui hall, counter 5' });
    await hall.getByText('No touchpoint · English', { exact: true }).waitFor();
    await hall.getByText('Scans: 0', { exact: true }).waitFor();
    for (const label of ['Label printed on the card', 'Store', 'Counter', 'Touchpoint', 'Language']) {
      await drawer.getByText(label, { exact: true }).waitFor();
    }
    await drawer.getByText('Of the survey page and the title on the card.').waitFor();
    // A third code, made in English, for another counter.
    await drawer.getByLabel('Label printed on the card').fill('Jing’an hall, counter 1');
    await drawer.getByRole('textbox', { name: 'Store', exact: true }).fill('Jing’an hall');
    await drawer.getByRole('textbox', { name: 'Counter', exact: true }).fill('1');
    await choose(page, drawer, 'Touchpoint', 'Served at the counter');
    await choose(page, drawer, 'Language', 'English');
    await drawer.getByRole('button', { name: 'Make a QR code' }).click();
    const jingan = drawer.getByRole('group', { name: 'QR code card Jing’an hall, counter 1' });
    await jingan.getByText('Your visit to our hall', { exact: true }).waitFor();
    await jingan.getByText('Served at the counter · English', { exact: true }).waitFor();
    await drawer.getByRole('switch', { name: 'QR code Jing’an hall, counter 1 in use' }).waitFor();
    for (const format of ['SVG', 'PNG']) {
      await jingan.getByRole('button', { name: `Download ${format}: Jing’an hall, counter 1` }).waitFor();
    }
    const [pngFile] = await Promise.all([
      page.waitForEvent('download'),
      jingan.getByRole('button', { name: 'Download PNG: Jing’an hall, counter 1' }).click(),
    ]);
    assert.equal(pngFile.suggestedFilename(), 'Jing’an-hall,-counter-1.png');
    await pngFile.saveAs(join(IMAGES, 'web-survey-qr-card-en.png'));
    // Nothing the drawer writes itself is in Chinese: only the survey's name, the Chinese card's label and title.
    const written = ['营业厅柜台满意度', '徐汇营业厅 2 号柜台', '您在营业厅的体验'];
    const text = written.reduce((all, data) => all.split(data).join(' '), await drawer.innerText());
    assert.deepEqual(text.match(/[\u3000-\u30ff\u4e00-\u9fff\uff00-\uffef]+/g) ?? [], [], text);
    await page.mouse.move(0, 0);
    await assertAccessible(page, 'QR codes drawer, three codes (en)');
    // Tall enough for the drawer to show the form and every card (a drawer scrolls within the window).
    await page.setViewportSize({ width: 1440, height: 1500 });
    await photograph(page, 'survey-qr-codes', 'en');
    assert.deepEqual(problems, []);
    await context.close();
  });

  test('a CSV of online reviews becomes moments; the bad row is listed with its line and column', async () => {
    const folder = mkdtempSync(join(tmpdir(), 'mot-reviews-'));
    const file = join(folder, 'reviews.csv');
    writeFileSync(
      file,
      [
        'platform,date,rating,text,store',
        'dianping,2026-11-02,5,师傅很专业，一次就修好了,徐汇营业厅',
        'dianping,2026-11-03,1,等了三天才有人上门，态度也很差,徐汇营业厅',
        'meituan,2026-11-04,9,评分超出范围,静安营业厅',
        '',
      ].join('\n'),
    );
    const { context, page, problems } = await openContext(browser, 'zh-CN');
    await signIn(page, server.url, E2E_USERS.admin);
    await page.goto(`${server.url}/w/${server.workspace}/data-in/reviews`);
    await page.getByText('在线评价').first().waitFor();
    await page.getByLabel('接触点').fill('repair_visit');
    await page.locator('input[type="file"]').setInputFiles(file);
    await page.getByRole('button', { name: '导入评价' }).click();
    await page.getByText('已导入 2 条评价，0 条已存在，1 条被拒绝').waitFor();
    await page.getByRole('cell', { name: '4', exact: true }).waitFor();
    await page.mouse.move(0, 0);
    await assertAccessible(page, 'online reviews import (zh-CN)');
    await photograph(page, 'reviews-import', 'zh-CN');
    assert.deepEqual(problems, []);
    await context.close();
  });
});
