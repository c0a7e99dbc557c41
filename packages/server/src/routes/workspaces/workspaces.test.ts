import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import { test } from 'node:test';
import { forEachDatabase } from '../../testing/databases.ts';
import {
  assertError,
  bearer,
  clientWith,
  createTestApp,
  createTestUser,
  setUpWorkspace,
  signIn,
} from '../../testing/http.ts';

forEachDatabase('workspaces routes', (getDb) => {
  test('an administrator of the installation creates a workspace, becomes its admin, and lists it', async () => {
    const app = createTestApp(getDb());
    const admin = await createTestUser(getDb(), app, { instanceAdmin: true });
    const { cookie } = await signIn(app, admin.email, admin.password);
    assert.ok(cookie);
    const call = clientWith(app, { cookie, origin: 'http://localhost' });
    const key = `ws-${randomBytes(4).toString('hex')}`;
    const created = await call('POST', '/api/workspaces', { key, name: 'Telecom' });
    assert.equal(created.status, 201, JSON.stringify(created.body));
    const listed = (await call('GET', '/api/workspaces')).body as { workspaces: Array<{ key: string }> };
    assert.deepEqual(
      listed.workspaces.map((w) => w.key),
      [key],
    );
    const me = (await call('GET', '/api/me')).body as { workspaces: Array<{ key: string; role: string }> };
    assert.deepEqual(
      me.workspaces.map((w) => [w.key, w.role]),
      [[key, 'admin']],
    );
    assertError(await call('POST', '/api/workspaces', { key, name: 'Again' }), 409, 'already_exists', [
      'key',
    ]);
    assertError(await call('POST', '/api/workspaces', { key: 'Not OK', name: 'x' }), 400, 'invalid_input', [
      'key',
    ]);
  });

  test('a workspace admin who does not administer the installation may not create workspaces', async () => {
    const { call } = await setUpWorkspace(getDb());
    assertError(await call('POST', '/api/workspaces', { key: 'other', name: 'Other' }), 403, 'forbidden');
  });

  test('an API key lists its own workspace only', async () => {
    const a = await setUpWorkspace(getDb());
    await setUpWorkspace(getDb());
    const listed = (await a.call('GET', '/api/workspaces')).body as { workspaces: Array<{ key: string }> };
    assert.deepEqual(
      listed.workspaces.map((w) => w.key),
      [a.workspace.key],
    );
    const res = await clientWith(a.app, bearer('mot_' + 'x'.repeat(43)))('GET', '/api/workspaces');
    assertError(res, 401, 'unauthenticated');
  });
});
