import assert from 'node:assert/strict';
import { test } from 'node:test';
import { forEachDatabase } from '../../testing/databases.ts';
import { assertError, bearer, clientWith, mintKey, setUpWorkspace } from '../../testing/http.ts';
import { createTestWorkspace, makeJourney } from '../../testing/factories.ts';
import { putJourney } from '../../storage/put-journey.ts';

type TInitiative = {
  id: string;
  name: string;
  ownerDisplay: string;
  touchpoints: string[];
  updatedBy: string;
};

const doc = {
  name: 'Hotline callback script',
  kind: 'new_script',
  description: 'Agents call back within 5 minutes when the queue is long',
  ownerName: 'Wang Li',
  journey: 'repair',
  touchpoints: ['hotline'],
  startDate: '2026-03-02',
  expectedEffect: { metric: 'breach_rate', direction: 'decrease', size: 10 },
  comparison: { kind: 'touchpoints', touchpoints: [{ journey: 'repair', touchpoint: 'visit' }] },
};

forEachDatabase('initiative routes', (getDb) => {
  test('an initiative is created, read, listed, replaced and deleted, each write audited', async () => {
    const { call } = await setUpWorkspace(getDb());
    const created = await call('POST', '/api/initiatives', doc);
    assert.equal(created.status, 201, JSON.stringify(created.body));
    const it = created.body as TInitiative & Record<string, unknown>;
    assert.equal(it.ownerDisplay, 'Wang Li');
    assert.equal(it['endDate'], null);
    assert.deepEqual(it['segment'], {});
    assert.equal((await call('GET', `/api/initiatives/${it.id}`)).status, 200);
    const list = (await call('GET', '/api/initiatives')).body as { initiatives: TInitiative[] };
    assert.deepEqual(
      list.initiatives.map((i) => i.id),
      [it.id],
    );
    const replaced = await call('PUT', `/api/initiatives/${it.id}`, {
      ...doc,
      name: 'Hotline script v2',
      endDate: '2026-06-30',
      segment: { region: ['east'] },
      comparison: { kind: 'segment', segment: { region: ['west'] } },
    });
    assert.equal(replaced.status, 200, JSON.stringify(replaced.body));
    assert.equal((replaced.body as TInitiative).name, 'Hotline script v2');
    assert.equal((await call('DELETE', `/api/initiatives/${it.id}`)).status, 204);
    assertError(await call('GET', `/api/initiatives/${it.id}`), 404, 'not_found', ['params', 'id']);
    assertError(await call('GET', '/api/initiatives/not-a-uuid'), 404, 'not_found');
    const audit = (await call('GET', '/api/audit?limit=20')).body as { entries: Array<{ action: string }> };
    assert.deepEqual(
      audit.entries.map((e) => e.action).filter((a) => a.startsWith('initiative.')),
      ['initiative.delete', 'initiative.update', 'initiative.create'],
    );
  });

  test('bad initiatives are refused at the field at fault', async () => {
    const { call } = await setUpWorkspace(getDb());
    const post = (change: Record<string, unknown>) => call('POST', '/api/initiatives', { ...doc, ...change });
    assertError(await post({ touchpoints: ['hotline', 'nope'] }), 400, 'invalid_input', ['touchpoints', 1]);
    assertError(await post({ touchpoints: ['hotline', 'hotline'] }), 400, 'invalid_input', [
      'touchpoints',
      1,
    ]);
    assertError(await post({ journey: 'nope' }), 400, 'invalid_input', ['journey']);
    assertError(await post({ kind: 'magic' }), 400, 'invalid_input', ['kind']);
    assertError(await post({ ownerUserId: 'u-1' }), 400, 'invalid_input', ['ownerUserId']);
    assertError(await post({ ownerName: null }), 400, 'invalid_input', ['ownerUserId']);
    assertError(await post({ ownerName: null, ownerUserId: 'nobody' }), 400, 'invalid_input', [
      'ownerUserId',
    ]);
    assertError(await post({ startDate: '2026-02-30' }), 400, 'invalid_input', ['startDate']);
    assertError(await post({ endDate: '2026-03-01' }), 400, 'invalid_input', ['endDate']);
    assertError(
      await post({
        comparison: { kind: 'touchpoints', touchpoints: [{ journey: 'repair', touchpoint: 'hotline' }] },
      }),
      400,
      'invalid_input',
      ['comparison', 'touchpoints', 0, 'touchpoint'],
    );
    assertError(
      await post({ comparison: { kind: 'segment', segment: { region: ['west'] } } }),
      400,
      'invalid_input',
      ['segment'],
    );
    assertError(await post({ segment: { region: [] } }), 400, 'invalid_input', ['segment', 'region']);
    assert.equal((await post({})).status, 201);
    assertError(await post({}), 409, 'already_exists', ['name']);
  });

  test('reading needs analyses:read, writing initiatives:manage; another workspace sees nothing', async () => {
    const db = getDb();
    const { call, workspaceId } = await setUpWorkspace(db);
    const id = ((await call('POST', '/api/initiatives', doc)).body as TInitiative).id;
    const { app } = await setUpWorkspace(db);
    const viewer = clientWith(app, bearer(await mintKey(db, workspaceId, 'viewer')));
    assert.equal((await viewer('GET', `/api/initiatives/${id}`)).status, 200);
    assertError(await viewer('POST', '/api/initiatives', { ...doc, name: 'x' }), 403, 'forbidden');
    assertError(await viewer('DELETE', `/api/initiatives/${id}`), 403, 'forbidden');
    const analyst = clientWith(app, bearer(await mintKey(db, workspaceId, 'analyst')));
    const byAnalyst = await analyst('PUT', `/api/initiatives/${id}`, { ...doc, name: 'By the analyst' });
    assert.equal(byAnalyst.status, 200);
    assert.notEqual((byAnalyst.body as TInitiative).updatedBy, 'system');
    const agent = clientWith(app, bearer(await mintKey(db, workspaceId, 'agent')));
    assertError(await agent('GET', '/api/initiatives'), 403, 'forbidden');
    const other = await createTestWorkspace(db);
    await putJourney(db, other.id, makeJourney());
    const stranger = clientWith(app, bearer(await mintKey(db, other.id, 'admin')));
    assertError(await stranger('GET', `/api/initiatives/${id}`), 404, 'not_found');
    assertError(await stranger('GET', `/api/initiatives/${id}/evaluation`), 404, 'not_found');
    assertError(await stranger('PUT', `/api/initiatives/${id}`, doc), 404, 'not_found');
    assertError(await stranger('DELETE', `/api/initiatives/${id}`), 404, 'not_found');
    assert.deepEqual((await stranger('GET', '/api/initiatives')).body, { initiatives: [] });
    assert.equal((await call('GET', `/api/initiatives/${id}`)).status, 200);
  });
});
