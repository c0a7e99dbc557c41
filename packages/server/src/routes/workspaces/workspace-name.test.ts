import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import { test } from 'node:test';
import { forEachDatabase } from '../../testing/databases.ts';
import { assertError, clientWith, createTestApp, createTestUser, signIn } from '../../testing/http.ts';
import type { TTestClient } from '../../testing/http.ts';

forEachDatabase('POST /api/workspaces: the name', (getDb) => {
  const key = () => `ws-${randomBytes(4).toString('hex')}`;
  /** A client signed in as an administrator of the installation, who may create workspaces. */
  const administrator = async (): Promise<{ call: TTestClient }> => {
    const app = createTestApp(getDb());
    const admin = await createTestUser(getDb(), app, { instanceAdmin: true });
    const { cookie } = await signIn(app, admin.email, admin.password);
    return { call: clientWith(app, { cookie: cookie ?? '', origin: 'http://localhost' }) };
  };

  test('a NUL character is a 400 naming the field, without the database message', async () => {
    const { call } = await administrator();
    const res = await call('POST', '/api/workspaces', { key: key(), name: 'Tele\u0000com' });
    assertError(res, 400, 'invalid_input', ['name']);
    assert.doesNotMatch(JSON.stringify(res.body), /database|UTF8|byte sequence/);
  });

  test('a lone surrogate is a 400 naming the field, not silently replaced', async () => {
    const { call } = await administrator();
    for (const name of ['Tele\ud800com', 'Telecom\udc00']) {
      assertError(await call('POST', '/api/workspaces', { key: key(), name }), 400, 'invalid_input', [
        'name',
      ]);
    }
  });

  test('a name in any script, with characters beyond the BMP, is stored as it was sent', async () => {
    const { call } = await administrator();
    const name = '电信 Télécom 😀';
    const res = await call('POST', '/api/workspaces', { key: key(), name });
    assert.equal(res.status, 201, JSON.stringify(res.body));
    assert.equal((res.body as { name: string }).name, name);
  });
});
