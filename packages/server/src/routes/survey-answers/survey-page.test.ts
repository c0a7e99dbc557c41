import assert from 'node:assert/strict';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { OpenAPIHono } from '@hono/zod-openapi';
import type { TAppEnv } from '../../http/middleware.ts';
import { mountWebApp, WEB_CSP } from '../../http/web-app.ts';

describe('the public survey page at /s/<token>', () => {
  let dist: string;
  const app = new OpenAPIHono<TAppEnv>();

  before(async () => {
    dist = await mkdtemp(join(tmpdir(), 'mot-survey-page-'));
    await writeFile(join(dist, 'index.html'), '<!doctype html><title>app</title>');
    await writeFile(join(dist, 'survey.html'), '<!doctype html><title>survey</title>');
    mountWebApp(app, dist);
  });
  after(() => rm(dist, { recursive: true, force: true }));

  test('a survey link opens survey.html, never cached, with the strict CSP; other paths the app', async () => {
    const token = 'Ab3_-'.repeat(8) + 'xyz';
    const page = await app.request(`/s/${token}`);
    assert.equal(page.status, 200);
    assert.match(await page.text(), /<title>survey<\/title>/);
    assert.equal(page.headers.get('cache-control'), 'no-cache');
    assert.equal(page.headers.get('content-security-policy'), WEB_CSP);
    assert.match(await (await app.request('/surveys')).text(), /<title>app<\/title>/);
    assert.match(await (await app.request('/w/demo/surveys/s')).text(), /<title>app<\/title>/);
  });
});
