import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyzeStoredKeyMoments, findCases, findJourneys, findWorkspace, queryRows } from '@mot/server';
import { sql } from 'drizzle-orm';
import { forEachDatabase } from '../../../server/src/testing/databases.ts';
import { seedDemo } from './seed-demo.ts';
import { planDemoCaseWork } from './work-demo-cases.ts';

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
    // The breaches opened cases, and part of them were worked through the loop.
    assert.ok(first.cases > 0 && first.casesWorked > 0, JSON.stringify(first));
    const worked = planDemoCaseWork(first.cases);
    const listed = await findCases(
      db.orm,
      workspace?.id ?? '',
      {},
      { limit: 1000, offset: 0, sort: 'opened_asc' },
    );
    const states = new Map<string, number>();
    for (const c of listed.cases) states.set(c.state, (states.get(c.state) ?? 0) + 1);
    assert.equal(states.get('closed'), worked.closed, JSON.stringify([...states]));
    assert.equal(states.get('reopened'), worked.reopened);
    assert.equal(states.get('awaiting_callback'), worked.awaitingCallback);
    assert.ok((states.get('new') ?? 0) >= worked.overdue);
    const overdue = await findCases(
      db.orm,
      workspace?.id ?? '',
      { overdue: true },
      { limit: 1000, offset: 0, sort: 'opened_asc' },
    );
    assert.ok(overdue.cases.length >= 1, 'some cases are overdue');
    // The post-repair survey was answered over the last weeks, through the answer path (moments, outcomes).
    assert.ok(first.surveyAnswers > 0, JSON.stringify(first));
    const [answers] = await queryRows<{ n: number; first: string; last: string; ingested: number }>(
      db.orm,
      sql`select count(*)::int as n, min(submitted_at)::text as first, max(submitted_at)::text as last,
            count(ingested_at)::int as ingested
          from survey_answers where workspace_id = ${workspace?.id}`,
    );
    assert.ok(first.studyAnswers > 0, JSON.stringify(first));
    assert.equal(answers?.n, first.surveyAnswers + first.studyAnswers);
    // The NPS answers went into the MOT model (the KANO study's have nothing for it).
    assert.ok((answers?.ingested ?? 0) >= first.surveyAnswers);
    assert.ok(Date.parse(answers?.last ?? '') <= now.getTime());
    assert.ok(Date.parse(answers?.last ?? '') - Date.parse(answers?.first ?? '') > 14 * 86_400_000);
    const [rules] = await queryRows<{ n: number }>(
      db.orm,
      sql`select count(*)::int as n from distribution_rules where workspace_id = ${workspace?.id} and enabled`,
    );
    assert.equal(rules?.n, 2, 'the two distribution rules are on');
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
