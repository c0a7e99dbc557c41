import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyzeStoredKeyMoments, findJourneys, findWorkspace } from '@mot/server';
import { forEachDatabase } from '../../../server/src/testing/databases.ts';
import { seedDemo } from './seed-demo.ts';

forEachDatabase('seedDemo', (getDb) => {
  test('creates the demo workspace, journey, moments and outcomes, and does nothing the second time', async () => {
    const db = getDb();
    const now = new Date('2025-06-30T12:00:00Z');
    const first = await seedDemo(db, { moments: 600, seed: 3, now });
    assert.equal(first.workspace, 'demo');
    assert.deepEqual([first.created, first.wasSeeded], [first.moments, false]);
    // Whole customers are simulated: at least the moments asked for, a customer's worth more at most.
    assert.ok(first.moments >= 600 && first.moments < 700, `${first.moments}`);
    assert.ok(first.breaches > 0 && first.outcomes > 0);
    const workspace = await findWorkspace(db, 'demo');
    assert.equal(workspace?.name, '演示 Demo');
    const [journey] = await findJourneys(db.orm, workspace?.id ?? '', 'broadband_repair');
    assert.ok(journey !== undefined);
    const analysis = await analyzeStoredKeyMoments(db, workspace?.id ?? '', {
      journey: 'broadband_repair',
      outcome: 'churn',
    });
    assert.ok(analysis.episodes.withOutcome > 0);
    assert.ok(analysis.touchpoints.some((t) => t.rank === 1));
    const second = await seedDemo(db, { moments: 600, seed: 3, now: new Date('2025-07-01T12:00:00Z') });
    assert.deepEqual([second.created, second.wasSeeded], [0, true]);
  });
});
