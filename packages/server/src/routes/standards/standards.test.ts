import assert from 'node:assert/strict';
import { test } from 'node:test';
import { forEachDatabase } from '../../testing/databases.ts';
import { makeMoment } from '../../testing/factories.ts';
import { assertError, setUpWorkspace } from '../../testing/http.ts';

const path = '/api/journeys/repair/touchpoints/hotline/measures/wait_seconds/standard';

forEachDatabase('standards routes', (getDb) => {
  test('a standard is read, changed (and ingestion follows it), and removed', async () => {
    const { call } = await setUpWorkspace(getDb());
    const read = await call('GET', path);
    assert.deepEqual(read.body, {
      measure: 'wait_seconds',
      unit: 's',
      direction: 'lower_is_better',
      standard: { target: 60, floor: 300 },
    });
    assert.equal((await call('PUT', path, { target: 30, floor: 100 })).status, 200);
    const report = await call('POST', '/api/moments', {
      moments: [makeMoment({ measures: { wait_seconds: 150 } })],
    });
    assert.equal((report.body as { breaches: number }).breaches, 1);
    assert.equal((await call('DELETE', path)).status, 204);
    assert.equal(((await call('GET', path)).body as { standard: unknown }).standard, null);
  });

  test('a floor on the wrong side of its target is refused with the path of the floor', async () => {
    const { call } = await setUpWorkspace(getDb());
    assertError(await call('PUT', path, { target: 60, floor: 10 }), 422, 'invalid_journey', ['floor']);
  });

  test('an unknown measure is a 404; a non-numeric target is a 400', async () => {
    const { call } = await setUpWorkspace(getDb());
    const unknown = '/api/journeys/repair/touchpoints/hotline/measures/nope/standard';
    assertError(await call('PUT', unknown, { target: 1, floor: 2 }), 404, 'not_found', ['params', 'measure']);
    assertError(await call('PUT', path, { target: 'soon', floor: 2 }), 400, 'invalid_input', ['target']);
  });
});
