import assert from 'node:assert/strict';
import { test } from 'node:test';
import { createApp } from '../../app.ts';
import { forEachDatabase } from '../../testing/databases.ts';
import { assertError, clientFor } from '../../testing/http.ts';

forEachDatabase('health and OpenAPI', (getDb) => {
  test('GET /api/health answers ok', async () => {
    const res = await clientFor(createApp(getDb()), 'default')('GET', '/api/health');
    assert.deepEqual(res, { status: 200, body: { ok: true } });
  });

  test('GET /api/openapi.json documents every route and the error shape', async () => {
    const res = await clientFor(createApp(getDb()), 'default')('GET', '/api/openapi.json');
    const doc = res.body as {
      openapi: string;
      paths: Record<string, unknown>;
      components: { schemas: object };
    };
    assert.equal(doc.openapi, '3.1.0');
    for (const path of ['/api/moments', '/api/journeys/{journey}', '/api/customers/{customer}/timeline']) {
      assert.ok(path in doc.paths, path);
    }
    assert.ok('Error' in doc.components.schemas);
  });

  test('an unknown route is a 404 with the error shape', async () => {
    assertError(await clientFor(createApp(getDb()), 'default')('GET', '/api/nothing'), 404, 'not_found');
  });

  test('an unknown workspace is a 404 naming the header', async () => {
    const res = await clientFor(createApp(getDb()), 'nobody')('GET', '/api/journeys');
    assertError(res, 404, 'workspace_not_found', ['headers', 'x-workspace']);
  });
});
