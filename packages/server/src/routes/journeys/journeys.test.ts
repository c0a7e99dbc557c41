import assert from 'node:assert/strict';
import { test } from 'node:test';
import { forEachDatabase } from '../../testing/databases.ts';
import { makeJourney, makeMoment } from '../../testing/factories.ts';
import { assertError, setUpWorkspace } from '../../testing/http.ts';

forEachDatabase('journeys routes', (getDb) => {
  test('a whole journey is PUT, read back, listed and deleted', async () => {
    const { call } = await setUpWorkspace(getDb());
    const journey = makeJourney({ key: 'billing', name: 'Billing' });
    assert.equal((await call('PUT', '/api/journeys/billing', journey)).status, 201);
    assert.equal((await call('PUT', '/api/journeys/billing', journey)).status, 200);
    const read = await call('GET', '/api/journeys/billing');
    assert.equal((read.body as { name: string }).name, 'Billing');
    const listed = (await call('GET', '/api/journeys')).body as { journeys: Array<{ key: string }> };
    assert.deepEqual(listed.journeys.map((j) => j.key).sort(), ['billing', 'repair']);
    assert.equal((await call('DELETE', '/api/journeys/billing')).status, 204);
    assertError(await call('GET', '/api/journeys/billing'), 404, 'not_found');
  });

  test('POST creates once; a second POST is a conflict', async () => {
    const { call } = await setUpWorkspace(getDb());
    const journey = makeJourney({ key: 'claims' });
    assert.equal((await call('POST', '/api/journeys', journey)).status, 201);
    assertError(await call('POST', '/api/journeys', journey), 409, 'already_exists', ['key']);
  });

  test('of two POSTs of the same key at once, one creates and the other is a conflict', async () => {
    const { call } = await setUpWorkspace(getDb());
    const [a, b] = await Promise.all([
      call('POST', '/api/journeys', makeJourney({ key: 'claims', name: 'A' })),
      call('POST', '/api/journeys', makeJourney({ key: 'claims', name: 'B' })),
    ]);
    assert.deepEqual([a.status, b.status].sort(), [201, 409]);
    const winner = a.status === 201 ? 'A' : 'B';
    assert.equal(((await call('GET', '/api/journeys/claims')).body as { name: string }).name, winner);
  });

  test('a journey is validated as a whole, with the path of the offending field', async () => {
    const { call } = await setUpWorkspace(getDb());
    const unknownStage = makeJourney();
    const tps = unknownStage.touchpoints ?? [];
    tps[1] = { ...tps[1], key: 'visit', name: 'Visit', stage: 'nowhere', channel: 'on_site', owner: 'x' };
    assertError(await call('PUT', '/api/journeys/repair', unknownStage), 400, 'invalid_input', [
      'touchpoints',
      1,
      'stage',
    ]);
    const duplicate = makeJourney();
    duplicate.stages = [...duplicate.stages, { key: 'fix', name: 'Again', kind: 'custom' }];
    assertError(await call('PUT', '/api/journeys/repair', duplicate), 400, 'invalid_input', [
      'stages',
      2,
      'key',
    ]);
    const wrongFloor = makeJourney();
    const hotline = wrongFloor.touchpoints?.[0]?.measures?.[0];
    if (hotline) hotline.standard = { target: 60, floor: 30 };
    assertError(await call('PUT', '/api/journeys/repair', wrongFloor), 400, 'invalid_input', [
      'touchpoints',
      0,
      'measures',
      0,
      'standard',
      'floor',
    ]);
  });

  test('the key in the body must match the URL; wrong types are named', async () => {
    const { call } = await setUpWorkspace(getDb());
    assertError(await call('PUT', '/api/journeys/other', makeJourney()), 400, 'invalid_input', ['key']);
    assertError(
      await call('PUT', '/api/journeys/repair', { ...makeJourney(), stages: 'x' }),
      400,
      'invalid_input',
      ['stages'],
    );
  });

  test('a journey with moments cannot be deleted, nor lose a touchpoint that has them', async () => {
    const { call } = await setUpWorkspace(getDb());
    assert.equal((await call('POST', '/api/moments', { moments: [makeMoment()] })).status, 200);
    assertError(await call('DELETE', '/api/journeys/repair'), 409, 'in_use');
    const without = makeJourney();
    without.touchpoints = without.touchpoints?.filter((t) => t.key !== 'hotline');
    assertError(await call('PUT', '/api/journeys/repair', without), 409, 'in_use');
  });

  test('a PUT says whether it created (201) or replaced (200), also when two create one key at once', async () => {
    const { call } = await setUpWorkspace(getDb());
    const [a, b] = await Promise.all([
      call('PUT', '/api/journeys/claims', makeJourney({ key: 'claims', name: 'A' })),
      call('PUT', '/api/journeys/claims', makeJourney({ key: 'claims', name: 'B' })),
    ]);
    assert.deepEqual([a.status, b.status].sort(), [200, 201]);
    const document = (await call('GET', '/api/openapi.json')).body as {
      paths: Record<string, { put: { responses: Record<string, unknown> } }>;
    };
    const responses = Object.keys(document.paths['/api/journeys/{journey}']?.put.responses ?? {});
    assert.ok(responses.includes('200') && responses.includes('201'), responses.join(', '));
  });

  test('a rating scale beyond what is stored (int4) is a 400 naming the bound, not a server error', async () => {
    const { call } = await setUpWorkspace(getDb());
    const journey = makeJourney();
    const [first, ...rest] = journey.touchpoints ?? [];
    const scaled = {
      ...journey,
      touchpoints: [{ ...first!, ratingScale: { min: 0, max: 2 ** 31 } }, ...rest],
    };
    assertError(await call('PUT', '/api/journeys/repair', scaled), 400, 'invalid_input', [
      'touchpoints',
      0,
      'ratingScale',
      'max',
    ]);
  });
});
