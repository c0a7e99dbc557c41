import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { TDistributionRuleInput } from '@mot/core';
import { sql } from 'drizzle-orm';
import { ingestMoments } from '../ingest/ingest-moments.ts';
import { runJobsOnce } from '../jobs/index.ts';
import { queryRows } from '../storage/database.ts';
import type { TDatabase } from '../storage/database.ts';
import { putJourney } from '../storage/put-journey.ts';
import { createSurvey, deleteSurvey, updateSurvey } from '../surveys/surveys-store.ts';
import { createTestWorkspace, makeJourney, makeMoment } from '../testing/factories.ts';
import { forEachDatabase } from '../testing/databases.ts';
import { writeFatigueBudget } from './fatigue-budget.ts';
import { planWorkspaceInvitations } from './plan-workspace.ts';
import { createRule, deleteRule, updateRule } from './rules-store.ts';
import { handleSendJob } from './send-invitation-job.ts';

type TRow = {
  rule_key: string;
  status: string;
  reason: string | null;
  detail: Record<string, unknown>;
  link_id: string | null;
};

/** One rule per survey, all on the hotline, switched on, sending by link 30 minutes after the call. */
function rule(key: string): TDistributionRuleInput {
  return {
    key,
    name: key,
    survey: key,
    enabled: true,
    trigger: { kind: 'moment', journey: 'repair', touchpoint: 'hotline' },
    quietHours: null,
    recontactDays: 0,
    delayMinutes: 30,
  };
}

const KEYS = ['kept', 'off', 'deleted', 'back-on', 'archived', 'draft', 'survey-gone'];

async function workspaceWithPlanned(db: TDatabase): Promise<string> {
  const { id } = await createTestWorkspace(db);
  await putJourney(db, id, makeJourney());
  await writeFatigueBudget(db, id, { maxInvitations: 20, windowDays: 30, minDaysApart: 0 });
  for (const key of KEYS) {
    await createSurvey(db, id, {
      key,
      name: key,
      journey: 'repair',
      status: 'active',
      template: { template: 'episode_overall' },
    });
    await createRule(db, id, rule(key));
  }
  const report = await ingestMoments(db, id, [
    makeMoment({ customer: 'c-0', episode: 'e0', occurredAt: new Date().toISOString() }),
  ]);
  assert.equal(report.rejected, 0);
  const run = await planWorkspaceInvitations(db, id);
  assert.equal(run.planned, KEYS.length);
  return id;
}

const ledger = (db: TDatabase, workspaceId: string) =>
  queryRows<TRow>(
    db.orm,
    sql`select rule_key, status, reason, detail, link_id from invitations
        where workspace_id = ${workspaceId} order by rule_key`,
  );

async function sendDue(db: TDatabase, workspaceId: string): Promise<void> {
  await db.orm.execute(
    sql`update jobs set run_at = now() where kind = 'invitation.send' and key in
          (select id::text from invitations where workspace_id = ${workspaceId})`,
  );
  await runJobsOnce(db, { handlers: { 'invitation.send': (job, d) => handleSendJob(job, d) } });
}

forEachDatabase('invitations: what changed between planning and sending', (getDb) => {
  test('a due invitation of a rule switched off or deleted, or of a survey no longer active, is skipped with its reason, never sent', async () => {
    const db = getDb();
    const workspaceId = await workspaceWithPlanned(db);
    const { key: offKey, ...off } = rule('off');
    await updateRule(db, workspaceId, offKey, { ...off, enabled: false });
    await deleteRule(db, workspaceId, 'deleted');
    // Switched off and on again before the send time: its invitation goes.
    const { key: backKey, ...back } = rule('back-on');
    await updateRule(db, workspaceId, backKey, { ...back, enabled: false });
    await updateRule(db, workspaceId, backKey, { ...back, enabled: true });
    await updateSurvey(db, workspaceId, 'archived', { status: 'archived' });
    await updateSurvey(db, workspaceId, 'draft', { status: 'draft' });
    await deleteSurvey(db, workspaceId, 'survey-gone');
    await sendDue(db, workspaceId);
    const rows = await ledger(db, workspaceId);
    assert.deepEqual(
      rows.map((r) => [r.rule_key, r.status, r.reason, r.detail]),
      [
        ['archived', 'skipped', 'survey_inactive', { surveyStatus: 'archived' }],
        ['back-on', 'sent', null, {}],
        ['deleted', 'skipped', 'rule_disabled', { ruleState: 'deleted' }],
        ['draft', 'skipped', 'survey_inactive', { surveyStatus: 'draft' }],
        ['kept', 'sent', null, {}],
        ['off', 'skipped', 'rule_disabled', { ruleState: 'off' }],
        ['survey-gone', 'skipped', 'survey_inactive', { surveyStatus: 'deleted' }],
      ],
    );
    // No link was minted for a skipped invitation, so nothing the customer could open exists.
    for (const r of rows) assert.equal(r.link_id !== null, r.status === 'sent', r.rule_key);
    const [links] = await queryRows<{ n: number }>(
      db.orm,
      sql`select count(*)::int as n from survey_links where workspace_id = ${workspaceId}`,
    );
    assert.equal(links?.n, 2);
    // The skip is final: its job ran once and is done; running the jobs again changes nothing.
    await sendDue(db, workspaceId);
    assert.deepEqual(await ledger(db, workspaceId), rows);
  });

  test('a customer who opts out after planning is skipped at sending, every invitation of theirs', async () => {
    const db = getDb();
    const workspaceId = await workspaceWithPlanned(db);
    await db.orm.execute(
      sql`insert into survey_opt_outs (workspace_id, customer) values (${workspaceId}, 'c-0')`,
    );
    await sendDue(db, workspaceId);
    const rows = await ledger(db, workspaceId);
    assert.deepEqual([...new Set(rows.map((r) => `${r.status} ${r.reason}`))], ['skipped opted_out']);
  });
});
