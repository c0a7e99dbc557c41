import assert from 'node:assert/strict';
import { request } from 'node:http';
import type { AddressInfo } from 'node:net';
import { after, before, describe, it } from 'node:test';
import { serve } from '@hono/node-server';
import type { ServerType } from '@hono/node-server';
import { Hono } from 'hono';
import { requireJsonBody } from './middleware.ts';

/** A request on loopback, its body sent in the given chunks (chunked when no length is declared). */
function send(
  port: number,
  chunks: readonly (string | Buffer)[],
  headers: Record<string, string>,
): Promise<{ status: number; body: string }> {
  return new Promise((resolve, reject) => {
    const req = request({ host: '127.0.0.1', port, path: '/echo', method: 'POST', headers }, (res) => {
      const parts: Buffer[] = [];
      res.on('data', (part: Buffer) => parts.push(part));
      res.on('end', () =>
        resolve({ status: res.statusCode ?? 0, body: Buffer.concat(parts).toString('utf8') }),
      );
    });
    req.on('error', reject);
    for (const chunk of chunks) req.write(chunk);
    req.end();
  });
}

// Through Node's own server, where the body is read from the request's Node stream (app.request, which
// every route test uses, reads it from the web Request instead).
describe('request bodies on a Node server', () => {
  let server: ServerType;
  let port = 0;
  before(async () => {
    const app = new Hono();
    app.use('*', requireJsonBody(100));
    app.post('/echo', async (c) =>
      c.json({
        json: await c.req.json(),
        text: await c.req.text(),
        bytes: (await c.req.arrayBuffer()).byteLength,
      }),
    );
    server = serve({ fetch: app.fetch, port: 0, hostname: '127.0.0.1' });
    await new Promise((resolve) => server.once('listening', resolve));
    port = (server.address() as AddressInfo).port;
  });
  after(() => new Promise((resolve) => server.close(resolve)));

  it('a JSON body sent in pieces is read whole, and kept for every reader', async () => {
    const res = await send(port, ['{"a":', '"满意"}'], { 'content-type': 'application/json' });
    assert.equal(res.status, 200);
    assert.deepEqual(JSON.parse(res.body), { json: { a: '满意' }, text: '{"a":"满意"}', bytes: 14 });
  });

  it('a body over the limit is 413, whether its length is declared or it comes chunked', async () => {
    const big = `{"a":"${'x'.repeat(120)}"}`;
    const declared = await send(port, [big], {
      'content-type': 'application/json',
      'content-length': String(Buffer.byteLength(big)),
    });
    assert.equal(declared.status, 413);
    assert.match(declared.body, /body_too_large/);
    const chunked = await send(port, [big.slice(0, 60), big.slice(60)], {
      'content-type': 'application/json',
    });
    assert.equal(chunked.status, 413);
    assert.match(chunked.body, /over 100 bytes/);
  });

  it('bytes that are not UTF-8 are refused with where they are', async () => {
    const res = await send(port, [Buffer.from([0x7b, 0x22, 0xff, 0x22, 0x7d])], {
      'content-type': 'application/json',
    });
    assert.equal(res.status, 400);
    assert.match(res.body, /byte 2/);
  });
});
