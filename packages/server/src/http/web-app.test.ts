import assert from 'node:assert/strict';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { gunzipSync } from 'node:zlib';
import { OpenAPIHono } from '@hono/zod-openapi';
import type { TAppEnv } from './middleware.ts';
import { mountWebApp, WEB_CSP } from './web-app.ts';

describe('the web app at /', () => {
  let dist: string;
  const app = new OpenAPIHono<TAppEnv>();
  app.get('/api/health', (c) => c.json({ ok: true }));
  app.notFound((c) => c.json({ error: { code: 'not_found', message: 'no route', path: [] } }, 404));

  before(async () => {
    dist = await mkdtemp(join(tmpdir(), 'mot-web-'));
    await mkdir(join(dist, 'assets'));
    await writeFile(join(dist, 'index.html'), '<!doctype html><div id="root"></div>');
    await writeFile(
      join(dist, 'assets', 'index-abc123.js'),
      `console.log(${JSON.stringify('x'.repeat(4000))});`,
    );
    await writeFile(join(dist, 'favicon.svg'), '<svg/>');
    await writeFile(join(dist, '..', 'secret.txt'), 'not served');
    mountWebApp(app, dist);
  });
  after(async () => {
    await rm(dist, { recursive: true, force: true });
    await rm(join(dist, '..', 'secret.txt'), { force: true });
  });

  test('serves index.html at / and at every deep link, never cached, with a strict CSP', async () => {
    for (const path of [
      '/',
      '/w/demo/journeys/broadband_repair',
      '/w/demo/journeys/v1.2/edit',
      '/sign-in?next=%2F',
    ]) {
      const res = await app.request(path);
      assert.equal(res.status, 200, path);
      assert.match(await res.text(), /id="root"/);
      assert.equal(res.headers.get('cache-control'), 'no-cache');
      assert.equal(res.headers.get('content-security-policy'), WEB_CSP);
      assert.match(res.headers.get('content-type') ?? '', /^text\/html/);
    }
    assert.match(WEB_CSP, /script-src 'self'(;|$)/);
    assert.doesNotMatch(WEB_CSP, /https?:|\*/);
  });

  test('serves hashed assets for a year, gzipped when asked; a missing asset is a 404', async () => {
    const res = await app.request('/assets/index-abc123.js', { headers: { 'accept-encoding': 'gzip, br' } });
    assert.equal(res.status, 200);
    assert.equal(res.headers.get('cache-control'), 'public, max-age=31536000, immutable');
    assert.equal(res.headers.get('content-encoding'), 'gzip');
    assert.match(res.headers.get('content-type') ?? '', /^text\/javascript/);
    assert.match(gunzipSync(Buffer.from(await res.arrayBuffer())).toString(), /^console\.log/);
    const icon = await app.request('/favicon.svg');
    assert.equal(icon.headers.get('cache-control'), 'no-cache');
    assert.equal((await app.request('/assets/index-gone.js')).status, 404);
    assert.equal((await app.request('/missing.js')).status, 404);
  });

  test('leaves /api alone and never serves a file outside the build', async () => {
    assert.deepEqual(await (await app.request('/api/health')).json(), { ok: true });
    const unknown = await app.request('/api/nothing');
    assert.equal(unknown.status, 404);
    assert.match(unknown.headers.get('content-type') ?? '', /json/);
    for (const path of ['/../secret.txt', '/%2e%2e/secret.txt', '/assets/..%2f..%2fsecret.txt']) {
      const res = await app.request(path);
      assert.doesNotMatch(await res.text(), /not served/, path);
    }
    assert.equal((await app.request('/', { method: 'POST' })).status, 404);
  });

  test('before the app is built, / says how to build it', async () => {
    const bare = new OpenAPIHono<TAppEnv>();
    mountWebApp(bare, join(dist, 'nothing-here'));
    const res = await bare.request('/');
    assert.equal(res.status, 503);
    assert.match(await res.text(), /npm run build -w @mot\/web/);
  });
});
