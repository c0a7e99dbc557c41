import assert from 'node:assert/strict';
import { test } from 'node:test';
import { forEachDatabase } from '../../testing/databases.ts';
import { assertError, setUpWorkspace } from '../../testing/http.ts';

type TPackList = {
  packs: Array<{
    key: string;
    names: Record<string, string>;
    journeys: Array<{ key: string; touchpoints: number }>;
  }>;
};

forEachDatabase('/api/packs', (getDb) => {
  test('lists the packs, previews a journey and creates it in the workspace', async () => {
    const { call } = await setUpWorkspace(getDb());
    const list = (await call('GET', '/api/packs')).body as TPackList;
    const telecom = list.packs.find((p) => p.key === 'telecom');
    assert.ok(telecom, 'the telecom pack is listed');
    assert.equal(telecom.names['zh-CN'] !== undefined, true);
    const journey = telecom.journeys[0];
    assert.ok(journey && journey.touchpoints > 0);
    const preview = await call('GET', `/api/packs/telecom/journeys/${journey.key}`);
    assert.equal(preview.status, 200);
    assert.equal((preview.body as { key: string }).key, journey.key);
    const created = await call('POST', `/api/packs/telecom/journeys/${journey.key}`, {});
    assert.equal(created.status, 201, JSON.stringify(created.body));
    assert.equal((await call('GET', `/api/journeys/${journey.key}`)).status, 200);
    // Never replaced: a second load is a conflict, and another key makes a copy.
    assertError(await call('POST', `/api/packs/telecom/journeys/${journey.key}`, {}), 409, 'already_exists');
    const copy = await call('POST', `/api/packs/telecom/journeys/${journey.key}`, { key: 'copy' });
    assert.equal(copy.status, 201);
    assert.equal((copy.body as { key: string }).key, 'copy');
  });

  test('unknown packs and journeys are 404s naming them; loading needs journeys:write', async () => {
    const { call } = await setUpWorkspace(getDb());
    assertError(await call('GET', '/api/packs/nope/journeys/x'), 404, 'not_found', ['params', 'pack']);
    assertError(await call('POST', '/api/packs/telecom/journeys/nope', {}), 404, 'not_found', [
      'params',
      'journey',
    ]);
    const viewer = await setUpWorkspace(getDb(), 'viewer');
    assert.equal((await viewer.call('GET', '/api/packs')).status, 200);
    assert.equal((await viewer.call('POST', '/api/packs/telecom/journeys/x', {})).status, 403);
  });
});
