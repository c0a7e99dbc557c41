import assert from 'node:assert/strict';
import { test } from 'node:test';
import { ensureWorkspace, evaluateInitiative, listInitiatives, migrate, openDatabase } from '@mot/server';
import { DEMO_INITIATIVE, demoInitiativeStart } from './demo-initiative.ts';
import { DEMO_WORKSPACE, seedDemo } from './seed-demo.ts';

test('the demo records its initiative, and the evaluation finds the effect the simulator planted', async () => {
  const db = await openDatabase({ dataDir: 'memory://' });
  try {
    await migrate(db);
    const now = new Date('2026-12-07T02:00:00Z');
    await seedDemo(db, { now });
    const workspaceId = (await ensureWorkspace(db, DEMO_WORKSPACE)).id;
    const initiatives = await listInitiatives(db.orm, workspaceId);
    assert.equal(initiatives.length, 1);
    const [initiative] = initiatives;
    assert.deepEqual(initiative?.touchpoints, [DEMO_INITIATIVE.touchpoint]);
    assert.equal(initiative?.startDate, demoInitiativeStart(now).date);
    const query = { metric: 'breach_rate', weeksBefore: 8, weeksAfter: 8 } as const;
    const real = await evaluateInitiative(
      db,
      workspaceId,
      initiative?.id ?? '',
      { ...query, placebo: false },
      1,
    );
    assert.equal(real.comparison.suggested, true);
    assert.ok(real.comparison.touchpoints.length > 0);
    assert.equal(real.evaluation.verdict.code, 'improved', JSON.stringify(real.evaluation.verdict));
    assert.equal(real.evaluation.verdict.basis, 'difference_in_differences');
    const placebo = await evaluateInitiative(
      db,
      workspaceId,
      initiative?.id ?? '',
      { ...query, placebo: true },
      1,
    );
    assert.equal(placebo.evaluation.verdict.direction, 'none', JSON.stringify(placebo.evaluation.verdict));
  } finally {
    await db.close();
  }
});
