import assert from 'node:assert/strict';
import { test } from 'node:test';
import { forEachDatabase } from '../../testing/databases.ts';
import { makeMoment } from '../../testing/factories.ts';
import { assertError, setUpWorkspace } from '../../testing/http.ts';

const survey = { key: 'survey', name: 'Survey', stage: 'fix', channel: 'sms', owner: 'CX', measures: [] };

forEachDatabase('touchpoints routes', (getDb) => {
  test('a touchpoint is created, read, updated and deleted', async () => {
    const { call } = await setUpWorkspace(getDb());
    assert.equal((await call('POST', '/api/journeys/repair/touchpoints', survey)).status, 201);
    const updated = await call('PUT', '/api/journeys/repair/touchpoints/survey', {
      ...survey,
      owner: 'Quality',
    });
    assert.equal(updated.status, 200);
    const read = await call('GET', '/api/journeys/repair/touchpoints/survey');
    assert.equal((read.body as { owner: string }).owner, 'Quality');
    assert.equal((await call('DELETE', '/api/journeys/repair/touchpoints/survey')).status, 204);
    assertError(await call('GET', '/api/journeys/repair/touchpoints/survey'), 404, 'not_found');
  });

  test('a touchpoint in an unknown stage is refused with the path inside the body', async () => {
    const { call } = await setUpWorkspace(getDb());
    const res = await call('POST', '/api/journeys/repair/touchpoints', { ...survey, stage: 'nowhere' });
    assertError(res, 422, 'invalid_journey', ['stage']);
  });

  test('a touchpoint that has moments cannot be deleted', async () => {
    const { call } = await setUpWorkspace(getDb());
    assert.equal((await call('POST', '/api/moments', { moments: [makeMoment()] })).status, 200);
    assertError(await call('DELETE', '/api/journeys/repair/touchpoints/hotline'), 409, 'in_use');
    assert.equal((await call('GET', '/api/journeys/repair/touchpoints/hotline')).status, 200);
  });
});
