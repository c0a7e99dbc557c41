import assert from 'node:assert/strict';
import { test } from 'node:test';
import { forEachDatabase } from '../testing/databases.ts';
import { createTestWorkspace, makeJourney } from '../testing/factories.ts';
import { findJourneys } from './find-journeys.ts';
import { migrate } from './migrate.ts';
import { putJourney } from './put-journey.ts';

forEachDatabase('storage', (getDb) => {
  test('migrations are idempotent', async () => {
    assert.deepEqual(await migrate(getDb()), { applied: [] });
  });

  test('a journey is stored and read back as the same document', async () => {
    const db = getDb();
    const ws = await createTestWorkspace(db);
    const stored = await putJourney(db, ws.id, makeJourney());
    const [found] = await findJourneys(db.orm, ws.id, 'repair');
    assert.deepEqual(found?.journey, stored);
    assert.equal(found?.touchpointIds.size, 3);
  });

  test('replacing a journey keeps touchpoint ids and drops removed ones', async () => {
    const db = getDb();
    const ws = await createTestWorkspace(db);
    await putJourney(db, ws.id, makeJourney());
    const [before] = await findJourneys(db.orm, ws.id);
    const journey = makeJourney();
    journey.touchpoints = (journey.touchpoints ?? []).filter((t) => t.key !== 'callback');
    await putJourney(db, ws.id, journey);
    const [after] = await findJourneys(db.orm, ws.id);
    assert.equal(after?.touchpointIds.get('hotline'), before?.touchpointIds.get('hotline'));
    assert.equal(after?.touchpointIds.has('callback'), false);
  });

  test('workspaces do not see each other', async () => {
    const db = getDb();
    const a = await createTestWorkspace(db);
    const b = await createTestWorkspace(db);
    await putJourney(db, a.id, makeJourney());
    assert.equal((await findJourneys(db.orm, b.id)).length, 0);
  });
});
