import { test } from 'node:test';
import assert from 'node:assert/strict';
import { findJourneys, findWorkspace } from '@mot/server';
import { forEachDatabase } from '../../../server/src/testing/databases.ts';
import { seedDemo } from './seed-demo.ts';

forEachDatabase('seedDemo', (getDb) => {
  test('creates the demo workspace and journey with its moments, and does nothing the second time', async () => {
    const db = getDb();
    const now = new Date('2025-06-30T12:00:00Z');
    const first = await seedDemo(db, { moments: 600, seed: 3, now });
    assert.equal(first.workspace, 'demo');
    assert.deepEqual([first.moments, first.created, first.wasSeeded], [600, 600, false]);
    assert.ok(first.breaches > 0);
    const workspace = await findWorkspace(db, 'demo');
    assert.equal(workspace?.name, '演示 Demo');
    const [journey] = await findJourneys(db.orm, workspace?.id ?? '', 'broadband_repair');
    assert.equal(journey?.journey.names?.en, 'Broadband repair');
    const second = await seedDemo(db, { moments: 600, seed: 3, now: new Date('2025-07-01T12:00:00Z') });
    assert.deepEqual([second.created, second.wasSeeded], [0, true]);
  });
});
