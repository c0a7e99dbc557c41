import assert from 'node:assert/strict';
import { test } from 'node:test';
import { forEachDatabase } from '../../testing/databases.ts';
import { assertError, setUpWorkspace } from '../../testing/http.ts';

forEachDatabase('stages routes', (getDb) => {
  test('stages added at the same time are all kept', async () => {
    const { call } = await setUpWorkspace(getDb());
    const keys = ['s1', 's2', 's3'];
    const added = await Promise.all(
      keys.map((key) => call('POST', '/api/journeys/repair/stages', { key, name: key, kind: 'follow_up' })),
    );
    assert.deepEqual(
      added.map((r) => r.status),
      [201, 201, 201],
    );
    const journey = (await call('GET', '/api/journeys/repair')).body as { stages: Array<{ key: string }> };
    assert.deepEqual(
      journey.stages
        .map((s) => s.key)
        .filter((k) => keys.includes(k))
        .sort(),
      keys,
    );
  });

  test('a stage is added at a position, read, updated and deleted', async () => {
    const { call } = await setUpWorkspace(getDb());
    const stage = { key: 'follow', name: 'Follow-up', kind: 'follow_up', position: 1 };
    assert.equal((await call('POST', '/api/journeys/repair/stages', stage)).status, 201);
    const journey = (await call('GET', '/api/journeys/repair')).body as { stages: Array<{ key: string }> };
    assert.deepEqual(
      journey.stages.map((s) => s.key),
      ['contact', 'follow', 'fix'],
    );
    const updated = await call('PUT', '/api/journeys/repair/stages/follow', { ...stage, name: 'After' });
    assert.equal(updated.status, 200);
    assert.equal(
      ((await call('GET', '/api/journeys/repair/stages/follow')).body as { name: string }).name,
      'After',
    );
    assert.equal((await call('DELETE', '/api/journeys/repair/stages/follow')).status, 204);
    assertError(await call('GET', '/api/journeys/repair/stages/follow'), 404, 'not_found', [
      'params',
      'stage',
    ]);
  });

  test('deleting a stage that touchpoints are in leaves an invalid journey: refused with the path', async () => {
    const { call } = await setUpWorkspace(getDb());
    const res = await call('DELETE', '/api/journeys/repair/stages/contact');
    assertError(res, 422, 'invalid_journey', ['journey', 'touchpoints', 0, 'stage']);
  });

  test('a duplicate stage key is a conflict; a bad kind is named', async () => {
    const { call } = await setUpWorkspace(getDb());
    const dup = { key: 'fix', name: 'Fix', kind: 'delivery' };
    assertError(await call('POST', '/api/journeys/repair/stages', dup), 409, 'already_exists', ['key']);
    const bad = { key: 'x', name: 'X', kind: 'nope' };
    assertError(await call('POST', '/api/journeys/repair/stages', bad), 400, 'invalid_input', ['kind']);
  });
});
