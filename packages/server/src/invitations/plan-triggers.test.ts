import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { TDistributionRuleInput } from '@mot/core';
import { sql } from 'drizzle-orm';
import { ingestMoments } from '../ingest/ingest-moments.ts';
import { runJobsOnce } from '../jobs/index.ts';
import { queryRows } from '../storage/database.ts';
import type { TDatabase } from '../storage/database.ts';
import { putJourney } from '../storage/put-journey.ts';
import { createSurvey } from '../surveys/surveys-store.ts';
import { createTestWorkspace, makeJourney, makeMoment } from '../testing/factories.ts';
import { forEachDatabase } from '../testing/databases.ts';
import { writeFatigueBudget } from './fatigue-budget.ts';
import { planWorkspaceInvitations } from './plan-workspace.ts';
import { previewRule } from './preview-rule.ts';
import { createRule } from './rules-store.ts';
import { handleSendJob } from './send-invitation-job.ts';

const HOUR = 3_600_000;
const DAY = 86_400_000;

type TRow = {
  id: string;
  customer: string;
  rule_key: string;
  trigger_key: string;
  episode: string | null;
  status: string;
  reason: string | null;
  triggered_at: Date | string;
  send_at: Date | string;
};

const ledger = (db: TDatabase, workspaceId: string, ruleKey: string) =>
  queryRows<TRow>(
    db.orm,
    sql`select id, customer, rule_key, trigger_key, episode, status, reason, triggered_at, send_at
        from invitations where workspace_id = ${workspaceId} and rule_key = ${ruleKey}
        order by customer, trigger_key`,
  );

/** A workspace with the repair journey, one active survey per trigger kind and a roomy budget. */
async function workspaceWith(db: TDatabase, rule: TDistributionRuleInput): Promise<string> {
  const { id } = await createTestWorkspace(db);
  await putJourney(db, id, makeJourney());
  await createSurvey(db, id, {
    key: rule.survey,
    name: rule.survey,
    journey: 'repair',
    status: 'active',
    template: { template: 'episode_overall' },
  });
  await writeFatigueBudget(db, id, { maxInvitations: 10, windowDays: 30, minDaysApart: 0 });
  await createRule(db, id, { enabled: true, quietHours: null, recontactDays: 0, ...rule });
  return id;
}

/** Runs the due send jobs of the workspace's planned invitations now; returns the ledger rows after. */
async function sendDue(db: TDatabase, workspaceId: string, ruleKey: string): Promise<TRow[]> {
  await db.orm.execute(
    sql`update jobs set run_at = now() where kind = 'invitation.send' and key in
          (select id::text from invitations where workspace_id = ${workspaceId} and status = 'planned')`,
  );
  await runJobsOnce(db, { handlers: { 'invitation.send': (job, d) => handleSendJob(job, d) } });
  return ledger(db, workspaceId, ruleKey);
}

/** The links minted for the workspace's invitations: which invitation, channel and episode they name. */
const linksOf = (db: TDatabase, workspaceId: string) =>
  queryRows<{ invitation_id: string; channel: string; customer: string; episode: string | null }>(
    db.orm,
    sql`select invitation_id, channel, customer, episode from survey_links
        where workspace_id = ${workspaceId} and invitation_id is not null order by customer`,
  );

/** A dry run over the day before `now` agrees with the ledger the job wrote for the rule. */
async function assertPreviewAgrees(db: TDatabase, workspaceId: string, ruleKey: string, now: Date) {
  const rows = await ledger(db, workspaceId, ruleKey);
  const preview = await previewRule(db, workspaceId, ruleKey, 24, now);
  const key = (r: { customer: string; triggerKey: string; status: string }) =>
    `${r.customer} ${r.triggerKey} ${r.status}`;
  assert.deepEqual(
    preview.decisions.map(key).sort(),
    rows
      .map((r) => key({ ...r, triggerKey: r.trigger_key, status: r.reason ? 'skipped' : 'planned' }))
      .sort(),
  );
  assert.equal(preview.triggers, rows.length);
}

forEachDatabase('invitations: planning and sending by episode end, closed case and schedule', (getDb) => {
  test("an episode's end is planned once nothing followed for idleHours, sent, and not planned again", async () => {
    const db = getDb();
    const workspaceId = await workspaceWith(db, {
      key: 'after-repair',
      name: 'After a repair',
      survey: 'overall',
      trigger: { kind: 'episode_end', journey: 'repair', idleHours: 1 },
    });
    const start = Date.now();
    const report = await ingestMoments(db, workspaceId, [
      makeMoment({ customer: 'ended', episode: 'e-ended', occurredAt: new Date(start).toISOString() }),
      makeMoment({
        customer: 'ended',
        episode: 'e-ended',
        touchpoint: 'visit',
        occurredAt: new Date(start + 60_000).toISOString(),
        measures: { arrival_hours: 10, fixed: 1 },
      }),
      // Still going: its last moment is 90 minutes on, so an hour later it has not been idle for an hour.
      makeMoment({ customer: 'going', episode: 'e-going', occurredAt: new Date(start).toISOString() }),
      makeMoment({
        customer: 'going',
        episode: 'e-going',
        occurredAt: new Date(start + 90 * 60_000).toISOString(),
      }),
    ]);
    assert.equal(report.rejected, 0);
    const now = new Date(start + 2 * HOUR);
    const run = await planWorkspaceInvitations(db, workspaceId, { now });
    assert.deepEqual([run.planned, run.skipped], [1, 0]);
    const [row] = await ledger(db, workspaceId, 'after-repair');
    assert.equal(row?.customer, 'ended');
    assert.equal(row?.episode, 'e-ended');
    assert.match(row?.trigger_key ?? '', /^episode:\d+$/);
    // The end is the last moment; the invitation goes when the end is seen, not before.
    assert.equal(new Date(row?.triggered_at ?? 0).getTime(), start + 60_000);
    assert.equal(new Date(row?.send_at ?? 0).getTime(), now.getTime());
    await assertPreviewAgrees(db, workspaceId, 'after-repair', now);
    const sent = await sendDue(db, workspaceId, 'after-repair');
    assert.deepEqual(
      sent.map((r) => r.status),
      ['sent'],
    );
    assert.deepEqual(await linksOf(db, workspaceId), [
      { invitation_id: row?.id, channel: 'link', customer: 'ended', episode: 'e-ended' },
    ]);
    // Ten minutes on, the ended episode is not planned again and the other has still not been idle an hour.
    const again = await planWorkspaceInvitations(db, workspaceId, {
      now: new Date(now.getTime() + 10 * 60_000),
    });
    assert.equal(again.planned + again.skipped, 0, 'an ended episode is planned once');
  });

  test('a closed case of the journey is planned with its episode after the delay and sent; an open case is not', async () => {
    const db = getDb();
    const workspaceId = await workspaceWith(db, {
      key: 'recovery',
      name: 'Recovery check',
      survey: 'recovery',
      priority: 90,
      delayMinutes: 30,
      trigger: { kind: 'case_closed', journey: 'repair' },
      conditions: { attributes: [{ attribute: 'tier', op: 'in', values: ['gold'] }] },
    });
    const start = Date.now();
    const report = await ingestMoments(db, workspaceId, [
      makeMoment({
        customer: 'gold-1',
        episode: 'g1',
        occurredAt: new Date(start).toISOString(),
        attributes: { tier: 'gold' },
      }),
      makeMoment({
        customer: 'bronze-1',
        episode: 'b1',
        occurredAt: new Date(start).toISOString(),
        attributes: { tier: 'bronze' },
      }),
      makeMoment({ customer: 'open-1', episode: 'o1', occurredAt: new Date(start).toISOString() }),
    ]);
    assert.equal(report.rejected, 0);
    // A closed case's conditions read the customer's attributes (there is no moment to read).
    await db.orm.execute(
      sql`update customers set attributes = jsonb_build_object('tier', split_part(external_id, '-', 1))
          where workspace_id = ${workspaceId}`,
    );
    // Cases of the three episodes: two closed a minute after they arrived, one still open.
    await db.orm.execute(
      sql`insert into cases (workspace_id, customer_id, episode_id, journey_id, touchpoint_id, severity, state,
                             title, opened_at, closed_at)
          select m.workspace_id, m.customer_id, m.episode_id, t.journey_id, m.touchpoint_id, 'high',
                 case when c.external_id = 'open-1' then 'in_progress' else 'closed' end, 'Long wait',
                 now(), case when c.external_id = 'open-1' then null else now() + interval '1 minute' end
          from moments m
          join touchpoints t on t.workspace_id = m.workspace_id and t.id = m.touchpoint_id
          join customers c on c.workspace_id = m.workspace_id and c.id = m.customer_id
          where m.workspace_id = ${workspaceId}`,
    );
    const now = new Date(start + HOUR);
    const run = await planWorkspaceInvitations(db, workspaceId, { now });
    assert.deepEqual([run.planned, run.byReason], [1, { condition_false: 1 }]);
    const rows = await ledger(db, workspaceId, 'recovery');
    assert.deepEqual(
      rows.map((r) => [r.customer, r.episode, r.status, r.reason]),
      [
        ['bronze-1', 'b1', 'skipped', 'condition_false'],
        ['gold-1', 'g1', 'planned', null],
      ],
    );
    assert.ok(rows.every((r) => /^case:\d+$/.test(r.trigger_key)));
    const gold = rows[1] as TRow;
    // Sent after the rule's delay from the closing, or at planning time if that is later.
    assert.equal(
      new Date(gold.send_at).getTime(),
      Math.max(new Date(gold.triggered_at).getTime() + 30 * 60_000, now.getTime()),
    );
    await assertPreviewAgrees(db, workspaceId, 'recovery', now);
    const sent = await sendDue(db, workspaceId, 'recovery');
    assert.deepEqual(
      sent.map((r) => r.status),
      ['skipped', 'sent'],
    );
    assert.deepEqual(
      (await linksOf(db, workspaceId)).map((l) => [l.customer, l.episode]),
      [['gold-1', 'g1']],
    );
    const again = await planWorkspaceInvitations(db, workspaceId, { now: new Date(now.getTime() + HOUR) });
    assert.equal(again.planned + again.skipped, 0, 'a closed case is planned once');
  });

  test("a schedule's turn invites each customer with a moment in the period before it, once per turn", async () => {
    const db = getDb();
    const workspaceId = await workspaceWith(db, {
      key: 'daily-pulse',
      name: 'Daily pulse',
      survey: 'pulse',
      trigger: { kind: 'schedule', journey: 'repair', everyDays: 1 },
    });
    // The rule was switched on today, so its first turn is tomorrow's (00:00 UTC), over today's moments.
    const turn = Math.ceil(Date.now() / DAY) * DAY;
    const report = await ingestMoments(db, workspaceId, [
      makeMoment({ customer: 'p-1', episode: 'p1a', occurredAt: new Date().toISOString() }),
      makeMoment({ customer: 'p-1', episode: 'p1b', occurredAt: new Date().toISOString() }),
      makeMoment({ customer: 'p-2', episode: 'p2', occurredAt: new Date().toISOString() }),
      // Before the period: not in this turn.
      makeMoment({
        customer: 'p-old',
        episode: 'old',
        occurredAt: new Date(turn - 2 * DAY + HOUR).toISOString(),
      }),
    ]);
    assert.equal(report.rejected, 0);
    const now = new Date(turn + HOUR);
    const run = await planWorkspaceInvitations(db, workspaceId, { now });
    assert.deepEqual([run.planned, run.skipped], [2, 0]);
    const rows = await ledger(db, workspaceId, 'daily-pulse');
    const day = new Date(turn).toISOString().slice(0, 10);
    assert.deepEqual(
      rows.map((r) => [r.customer, r.trigger_key, r.episode]),
      [
        ['p-1', `schedule:${day}`, null],
        ['p-2', `schedule:${day}`, null],
      ],
    );
    await assertPreviewAgrees(db, workspaceId, 'daily-pulse', now);
    const preview = await previewRule(db, workspaceId, 'daily-pulse', 1, now);
    assert.deepEqual(
      [preview.from, preview.to],
      [new Date(turn - DAY).toISOString(), new Date(turn).toISOString()],
    );
    const sent = await sendDue(db, workspaceId, 'daily-pulse');
    assert.deepEqual(
      sent.map((r) => r.status),
      ['sent', 'sent'],
    );
    const again = await planWorkspaceInvitations(db, workspaceId, { now: new Date(turn + 2 * HOUR) });
    assert.equal(again.planned + again.skipped, 0, 'a turn is planned once');
  });
});
