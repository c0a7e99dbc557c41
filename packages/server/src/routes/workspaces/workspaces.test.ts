import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import { test } from 'node:test';
import { createApp } from '../../app.ts';
import { forEachDatabase } from '../../testing/databases.ts';
import { assertError, clientFor } from '../../testing/http.ts';

forEachDatabase('workspaces routes', (getDb) => {
  test('creates a workspace, lists it, and refuses the same key twice', async () => {
    const call = clientFor(createApp(getDb()), 'default');
    const key = `ws-${randomBytes(4).toString('hex')}`;
    const created = await call('POST', '/api/workspaces', { key, name: 'Telecom' });
    assert.equal(created.status, 201);
    const listed = (await call('GET', '/api/workspaces')).body as { workspaces: Array<{ key: string }> };
    assert.ok(listed.workspaces.some((w) => w.key === key));
    assertError(await call('POST', '/api/workspaces', { key, name: 'Again' }), 409, 'already_exists', [
      'key',
    ]);
  });

  test('a bad key is a 400 naming the field', async () => {
    const call = clientFor(createApp(getDb()), 'default');
    assertError(await call('POST', '/api/workspaces', { key: 'Not OK', name: 'x' }), 400, 'invalid_input', [
      'key',
    ]);
  });

  test('the default workspace exists without being created', async () => {
    const res = await clientFor(createApp(getDb()), 'default')('GET', '/api/journeys');
    assert.equal(res.status, 200);
  });
});
