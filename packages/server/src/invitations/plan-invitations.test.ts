import assert from 'node:assert/strict';
import { test } from 'node:test';
import { keepsBudget, SKIP_REASONS } from '@mot/core';
import type { TDistributionRuleInput, TFatigueBudget } from '@mot/core';
import { sql } from 'drizzle-orm';
import { ingestMoments } from '../ingest/ingest-moments.ts';
import { runJobsOnce } from '../jobs/index.ts';
import { queryRows } from '../storage/database.ts';
import type { TDatabase } from '../storage/database.ts';
import { eraseCustomer } from '../storage/erase-customer.ts';
import { putJourney } from '../storage/put-journey.ts';
import { optOutDigest } from '../survey-answers/opt-out.ts';
import { createSurvey } from '../surveys/surveys-store.ts';
import { createTestWorkspace, makeJourney, makeMoment } from '../testing/factories.ts';
import { forEachDatabase } from '../testing/databases.ts';
import { writeFatigueBudget } from './fatigue-budget.ts';
import { planWorkspaceInvitations } from './plan-workspace.ts';
import { createRule } from './rules-store.ts';
import { handleSendJob } from './send-invitation-job.ts';

const DAY = 86_400_000;
const BUDGET: TFatigueBudget = { maxInvitations: 2, windowDays: 30, minDaysApart: 7 };
/** Planning "now" for moments of January 2026: send times follow the moments, not the wall clock. */
const NOW = new Date(Date.UTC(2025, 11, 1));

type TLedgerRow = {
  customer: string;
  rule_key: string;
  trigger_key: string;
  status: string;
  reason: string | null;
  send_at: Date | string;
  channel: string;
};

async function ledger(db: TDatabase, workspaceId: string): Promise<TLedgerRow[]> {
  return queryRows<TLedgerRow>(
    db.orm,
    sql`select customer, rule_key, trigger_key, status, reason, send_at, channel from invitations
        where workspace_id = ${workspaceId} order by customer, send_at, rule_key`,
  );
}

/** The tallies as `rule day reason count`, sorted. */
async function tallies(db: TDatabase, workspaceId: string): Promise<string[]> {
  const rows = await queryRows<{ rule_key: string; day: string; reason: string; count: number | string }>(
    db.orm,
    sql`select rule_key, day::text as day, reason, count from invitation_tallies
        where workspace_id = ${workspaceId} order by rule_key, day, reason`,
  );
  return rows.map((r) => `${r.rule_key} ${r.day} ${r.reason} ${Number(r.count)}`);
}

const tallied = (lines: readonly string[]) => lines.reduce((n, l) => n + Number(l.split(' ')[3]), 0);

function rule(key: string, change: Partial<TDistributionRuleInput> = {}): TDistributionRuleInput {
  return {
    key,
    name: key,
    survey: 'csat',
    enabled: true,
    trigger: { kind: 'moment', journey: 'repair', touchpoint: 'hotline' },
    quietHours: null,
    recontactDays: 0,
    ...change,
  };
}

/** A workspace with the repair journey, two active surveys and three competing rules on three channels. */
async function workspaceWithRules(db: TDatabase, rules?: TDistributionRuleInput[]): Promise<string> {
  const { id } = await createTestWorkspace(db);
  await putJourney(db, id, makeJourney());
  for (const key of ['csat', 'nps']) {
    await createSurvey(db, id, {
      key,
      name: key.toUpperCase(),
      journey: 'repair',
      status: 'active',
      template: { template: 'episode_overall' },
    });
  }
  await writeFatigueBudget(db, id, BUDGET);
  for (const r of rules ?? [
    rule('csat-sms', { channel: 'sms', priority: 10 }),
    rule('nps-email', {
      survey: 'nps',
      channel: 'email',
      priority: 20,
      trigger: { kind: 'moment', journey: 'repair', touchpoint: 'visit' },
    }),
    rule('recovery-phone', {
      channel: 'phone',
      priority: 90,
      conditions: { attributes: [], experience: { max: 0 } },
    }),
  ]) {
    await createRule(db, id, r);
  }
  return id;
}

/** Moments for customers c-0..c-(n-1), one hotline and one visit every 3 days over 60 days. */
async function ingestHistory(db: TDatabase, workspaceId: string, customers: number): Promise<number> {
  const moments = [];
  for (let c = 0; c < customers; c += 1) {
    for (let day = 0; day < 60; day += 3) {
      const at = Date.UTC(2026, 0, 1, 2) + day * DAY + c * 60_000;
      moments.push(
        makeMoment({
          customer: `c-${c}`,
          episode: `c-${c}-e${day}`,
          occurredAt: new Date(at).toISOString(),
          measures: { wait_seconds: day % 9 === 0 ? 600 : 30 },
        }),
        makeMoment({
          customer: `c-${c}`,
          episode: `c-${c}-e${day}`,
          touchpoint: 'visit',
          occurredAt: new Date(at + 3_600_000).toISOString(),
          measures: { arrival_hours: 10, fixed: 1 },
        }),
      );
    }
  }
  const report = await ingestMoments(db, workspaceId, moments);
  assert.equal(report.rejected, 0, JSON.stringify(report.items.find((i) => i.status === 'rejected')));
  return moments.length;
}

function assertBudgetKept(rows: readonly TLedgerRow[]): void {
  const byCustomer = new Map<string, number[]>();
  for (const r of rows) {
    if (r.status === 'skipped') {
      assert.ok(
        r.reason && (SKIP_REASONS as readonly string[]).includes(r.reason),
        `skip reason ${r.reason}`,
      );
      continue;
    }
    assert.equal(r.reason, null);
    byCustomer.set(r.customer, [...(byCustomer.get(r.customer) ?? []), new Date(r.send_at).getTime()]);
  }
  for (const [customer, times] of byCustomer) {
    assert.ok(
      keepsBudget(times, BUDGET),
      `${customer}: ${times.map((t) => new Date(t).toISOString()).join(', ')}`,
    );
  }
}

forEachDatabase('invitations: planning under one fatigue budget', (getDb) => {
  test('a customer under several rules and channels never gets more than the budget; the ledger explains each skip', async () => {
    const db = getDb();
    const workspaceId = await workspaceWithRules(db);
    const moments = await ingestHistory(db, workspaceId, 3);
    const report = await planWorkspaceInvitations(db, workspaceId, { now: NOW, batchSize: 25 });
    assert.equal(report.triggers, moments);
    const rows = await ledger(db, workspaceId);
    // Every hotline moment meets two rules (CSAT and the recovery check), every visit one (NPS); the moments
    // the recovery check's condition passes over are tallied per day instead of written to the ledger.
    const counts = await tallies(db, workspaceId);
    assert.ok(report.tallied > 0 && report.tallied < moments / 2, `${report.tallied} tallied`);
    assert.equal(tallied(counts), report.tallied);
    assert.ok(
      counts.every((l) => /^recovery-phone 2026-0[12]-\d\d condition_false \d+$/.test(l)),
      counts[0],
    );
    assert.equal(report.byReason['condition_false'], report.tallied);
    assert.equal(rows.length + report.tallied, moments / 2 + moments / 2 + moments / 2);
    assert.equal(report.planned + report.skipped, rows.length + report.tallied);
    assertBudgetKept(rows);
    const reasons = new Set(rows.map((r) => r.reason));
    assert.ok(!reasons.has('condition_false'), 'no ledger row for a moment a condition passed over');
    for (const reason of ['fatigue_spacing', 'fatigue_window', 'outranked']) {
      assert.ok(reasons.has(reason), `a ${reason} skip among ${[...reasons].join(', ')}`);
    }
    // The recovery check (priority 90) is planned on every poor call the budget allows.
    const planned = rows.filter((r) => r.status === 'planned');
    assert.ok(planned.some((r) => r.rule_key === 'recovery-phone' && r.channel === 'phone'));
    assert.ok(
      planned.length >= 3 && planned.length <= 3 * 4,
      `${planned.length} planned for 3 customers in 60 days`,
    );
    // Planning again decides nothing new.
    const again = await planWorkspaceInvitations(db, workspaceId, { now: NOW });
    assert.equal(again.planned + again.skipped, 0);
    assert.equal((await ledger(db, workspaceId)).length, rows.length);
    assert.deepEqual(await tallies(db, workspaceId), counts, 'a moment read again is not tallied again');
  });

  test('two planners at once make each invitation once, and each planned one has one send job', async () => {
    const db = getDb();
    const workspaceId = await workspaceWithRules(db);
    const alone = await workspaceWithRules(db);
    await ingestHistory(db, workspaceId, 4);
    await ingestHistory(db, alone, 4);
    const [a, b] = await Promise.all([
      planWorkspaceInvitations(db, workspaceId, { now: NOW, batchSize: 7 }),
      planWorkspaceInvitations(db, workspaceId, { now: NOW, batchSize: 11 }),
    ]);
    const rows = await ledger(db, workspaceId);
    const counts = await tallies(db, workspaceId);
    assert.equal(
      a.planned + a.skipped + b.planned + b.skipped,
      rows.length + tallied(counts),
      'each decision made once',
    );
    // The tallies of the two planners are those of one planner alone over the same moments.
    await planWorkspaceInvitations(db, alone, { now: NOW, batchSize: 7 });
    assert.ok(tallied(counts) > 0);
    assert.deepEqual(counts, await tallies(db, alone));
    assertBudgetKept(rows);
    // Each planned invitation has its one send job (a displaced one keeps its job, which then does nothing).
    const [jobs] = await queryRows<{ planned: number | string; with_job: number | string }>(
      db.orm,
      sql`select count(*) as planned,
                 count(*) filter (where (select count(*) from jobs j
                                         where j.kind = 'invitation.send' and j.key = i.id::text) = 1) as with_job
          from invitations i where i.workspace_id = ${workspaceId} and i.status = 'planned'`,
    );
    assert.ok(Number(jobs?.planned) > 0);
    assert.equal(Number(jobs?.with_job), Number(jobs?.planned));
  });

  test('a planner killed mid-batch, run again, neither loses nor repeats a decision', async () => {
    const db = getDb();
    const whole = await workspaceWithRules(db);
    const broken = await workspaceWithRules(db);
    await ingestHistory(db, whole, 3);
    await ingestHistory(db, broken, 3);
    await planWorkspaceInvitations(db, whole, { now: NOW, batchSize: 10 });
    await assert.rejects(
      planWorkspaceInvitations(db, broken, {
        now: NOW,
        batchSize: 10,
        afterBatch: (n) => {
          if (n === 2) throw new Error('server died');
        },
      }),
      /server died/,
    );
    const partial = (await ledger(db, broken)).length;
    assert.ok(
      partial > 0 && partial < (await ledger(db, whole)).length,
      `${partial} decided before the crash`,
    );
    await planWorkspaceInvitations(db, broken, { now: NOW, batchSize: 10 });
    const strip = (rows: TLedgerRow[]) =>
      rows.map((r) =>
        [r.customer, r.rule_key, r.status, r.reason, new Date(r.send_at).toISOString()].join(' '),
      );
    assert.deepEqual(strip(await ledger(db, broken)), strip(await ledger(db, whole)));
    assert.deepEqual(await tallies(db, broken), await tallies(db, whole));
  });

  test('a customer erased while a batch plans them keeps no ledger row (the ledger has no foreign key to customers)', async (t) => {
    const db = getDb();
    // Two connections: one holds the ledger so that the batch stops at its insert, the erasure comes then.
    if (db.kind !== 'postgres') return t.skip('PGlite runs one transaction at a time');
    const workspaceId = await workspaceWithRules(db);
    await ingestHistory(db, workspaceId, 3);
    const holder = await db.client.connect();
    const waiting = async (n: number) => {
      for (let i = 0; i < 500; i += 1) {
        const [row] = await queryRows<{ n: number }>(
          db.orm,
          sql`select count(*)::int as n from pg_stat_activity
              where datname = current_database() and wait_event_type = 'Lock'`,
        );
        if ((row?.n ?? 0) >= n) return;
        await new Promise((resolve) => setTimeout(resolve, 20));
      }
      assert.fail(`${n} transactions never waited`);
    };
    let planning: Promise<unknown> = Promise.resolve();
    let erasing: Promise<unknown> = Promise.resolve();
    try {
      await holder.query('begin');
      await holder.query('lock table invitations in share mode');
      planning = planWorkspaceInvitations(db, workspaceId, { now: NOW, batchSize: 1000 });
      await waiting(1);
      erasing = eraseCustomer(db, workspaceId, 'c-0');
      await waiting(2);
    } finally {
      await holder.query('rollback');
      holder.release();
    }
    await Promise.all([planning, erasing]);
    const [orphans] = await queryRows<{ n: number }>(
      db.orm,
      sql`select count(*)::int as n from invitations i where i.workspace_id = ${workspaceId}
          and not exists (select 1 from customers c where c.workspace_id = i.workspace_id and c.id = i.customer_id)`,
    );
    assert.equal(orphans?.n, 0);
    assert.ok((await ledger(db, workspaceId)).length > 0, 'the other customers are planned');
  });

  test('an opt-out outlives the customer’s erasure: seen again, the customer is still skipped', async () => {
    const db = getDb();
    const workspaceId = await workspaceWithRules(db, [rule('csat-erased')]);
    await ingestMoments(db, workspaceId, [makeMoment({ customer: 'c-2', episode: 'e-old' })]);
    await db.orm.execute(
      sql`insert into survey_opt_outs (workspace_id, customer) values (${workspaceId}, 'c-2')`,
    );
    await eraseCustomer(db, workspaceId, 'c-2');
    const [kept] = await queryRows<{ customer: string }>(
      db.orm,
      sql`select customer from survey_opt_outs where workspace_id = ${workspaceId}`,
    );
    assert.equal(kept?.customer, optOutDigest(workspaceId, 'c-2'));
    await ingestMoments(db, workspaceId, [
      makeMoment({ customer: 'c-0', episode: 'e0', occurredAt: new Date().toISOString() }),
      makeMoment({ customer: 'c-2', episode: 'e2', occurredAt: new Date().toISOString() }),
    ]);
    const report = await planWorkspaceInvitations(db, workspaceId);
    assert.deepEqual([report.planned, report.byReason], [1, { opted_out: 1 }]);
  });

  test('a due invitation mints its link (channel and invitation named) and is sent; an opted-out customer is skipped', async () => {
    const db = getDb();
    const workspaceId = await workspaceWithRules(db, [rule('csat-link', { delayMinutes: 30 })]);
    await db.orm.execute(
      sql`insert into survey_opt_outs (workspace_id, customer) values (${workspaceId}, 'c-1')`,
    );
    await ingestMoments(db, workspaceId, [
      makeMoment({ customer: 'c-0', episode: 'e0', occurredAt: new Date().toISOString() }),
      makeMoment({ customer: 'c-1', episode: 'e1', occurredAt: new Date().toISOString() }),
    ]);
    const report = await planWorkspaceInvitations(db, workspaceId);
    assert.deepEqual([report.planned, report.byReason], [1, { opted_out: 1 }]);
    const [due] = await queryRows<{ id: string; send_at: Date | string }>(
      db.orm,
      sql`select id, send_at from invitations where workspace_id = ${workspaceId} and status = 'planned'`,
    );
    assert.ok(due && new Date(due.send_at).getTime() >= Date.now() + 25 * 60_000, 'sent after the delay');
    await db.orm.execute(
      sql`update jobs set run_at = now() where kind = 'invitation.send' and key = ${due.id}`,
    );
    await runJobsOnce(db, { handlers: { 'invitation.send': (job, d) => handleSendJob(job, d) } });
    const [sent] = await queryRows<{
      status: string;
      url: string | null;
      channel: string;
      invitation_id: string;
    }>(
      db.orm,
      sql`select i.status, i.url, l.channel, l.invitation_id from invitations i
          join survey_links l on l.id = i.link_id where i.id = ${due.id}`,
    );
    assert.equal(sent?.status, 'sent');
    assert.match(sent?.url ?? '', /\/s\/[A-Za-z0-9_-]{43}$/);
    assert.deepEqual([sent?.channel, sent?.invitation_id], ['link', due.id]);
  });
});
