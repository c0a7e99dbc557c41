import assert from 'node:assert/strict';
import { test } from 'node:test';
import { forEachDatabase } from '../../testing/databases.ts';
import { assertError, clientWith, setUpWorkspace } from '../../testing/http.ts';
import { createTestApp } from '../../testing/http.ts';

forEachDatabase('health and OpenAPI', (getDb) => {
  test('GET /api/health answers ok without credentials', async () => {
    const res = await clientWith(createTestApp(getDb()), {})('GET', '/api/health');
    assert.equal(res.status, 200);
    assert.deepEqual(res.body, { ok: true });
  });

  test('GET /api/openapi.json documents every route, the error shape and both credentials', async () => {
    const res = await clientWith(createTestApp(getDb()), {})('GET', '/api/openapi.json');
    const doc = res.body as {
      openapi: string;
      paths: Record<string, unknown>;
      components: { schemas: object; securitySchemes: object };
    };
    assert.equal(doc.openapi, '3.1.0');
    for (const path of ['/api/moments', '/api/journeys/{journey}', '/api/customers/{customer}/timeline']) {
      assert.ok(path in doc.paths, path);
    }
    assert.ok('Error' in doc.components.schemas);
    assert.deepEqual(Object.keys(doc.components.securitySchemes).sort(), ['apiKey', 'session']);
  });

  test('an unknown route is a 404 with the error shape for a caller, a 401 for anyone else', async () => {
    const { call } = await setUpWorkspace(getDb());
    assertError(await call('GET', '/api/nothing'), 404, 'not_found');
    assertError(await clientWith(createTestApp(getDb()), {})('GET', '/api/nothing'), 401, 'unauthenticated');
  });

  test("a workspace that is not the key's own is a 404 naming the header", async () => {
    const { call } = await setUpWorkspace(getDb());
    const res = await call('GET', '/api/journeys', undefined, { 'x-workspace': 'nobody' });
    assertError(res, 404, 'workspace_not_found', ['headers', 'x-workspace']);
  });
});
