// Invitation planning at scale (bench/feedback/plan.ts): a day of moments (default 1,000,000: 3 a customer at
// the hotline, the visit and the callback of the repair journey, one in ten poor) planned by 5 distribution
// rules under the fatigue budget on PostgreSQL, through the planner the job runs (batches under the workspace
// lock, every decision recorded, send jobs enqueued). Prints the planning time against a
// baseline measured in the same run: a plain keyset scan of the same moments with the same joins, in the
// same batch size, that decides and writes nothing. Target (issue #12): at most 60 s for 1,000,000 moments.
//   node --import tsx bench/feedback/plan.ts [--moments 1000000] [--batch 5000]
// A throw-away database is created next to MOT_BENCH_DATABASE_URL
// (default postgres://postgres@127.0.0.1:5432/postgres) and dropped afterwards. Run on a quiet machine.
import { parseArgs } from 'node:util';
import type { TDistributionRuleInput } from '@mot/core';
import {
  createRule,
  planWorkspaceInvitations,
  writeFatigueBudget,
} from '../../packages/server/src/invitations/index.ts';
import { queryRows } from '../../packages/server/src/storage/database.ts';
import { openDatabase } from '../../packages/server/src/storage/database.ts';
import { ensureWorkspace } from '../../packages/server/src/storage/ensure-workspace.ts';
import { findJourneys } from '../../packages/server/src/storage/find-journeys.ts';
import { migrate } from '../../packages/server/src/storage/migrate.ts';
import { putJourney } from '../../packages/server/src/storage/put-journey.ts';
import { createSurvey } from '../../packages/server/src/surveys/surveys-store.ts';
import { createScratchDatabase } from '../../packages/server/src/testing/scratch-database.ts';
import { makeJourney } from '../../packages/server/src/testing/factories.ts';
import { sql } from 'drizzle-orm';

const { values } = parseArgs({
  options: { moments: { type: 'string', default: '1000000' }, batch: { type: 'string', default: '5000' } },
});
const moments = Number(values.moments);
const batchSize = Number(values.batch);
const customers = Math.ceil(moments / 3);
const url = process.env['MOT_BENCH_DATABASE_URL'] ?? 'postgres://postgres@127.0.0.1:5432/postgres';
const seconds = (ms: number) => (ms / 1000).toFixed(2);
const DAY = Date.UTC(2026, 5, 1);

const moment = (key: string, touchpoint: string, change: Partial<TDistributionRuleInput> = {}) => ({
  key,
  name: key,
  survey: 'csat',
  enabled: true,
  trigger: { kind: 'moment' as const, journey: 'repair', touchpoint },
  recontactDays: 30,
  ...change,
});

/** The five rules: routine CSAT, NPS and CES on three channels, and two recovery checks that outrank them. */
const RULES: TDistributionRuleInput[] = [
  moment('hotline-csat', 'hotline', { channel: 'sms', priority: 10, sampling: 0.5 }),
  moment('visit-nps', 'visit', { survey: 'nps', channel: 'email', priority: 20, delayMinutes: 120 }),
  moment('callback-ces', 'callback', { survey: 'ces', channel: 'wechat', priority: 30, sampling: 0.3 }),
  moment('hotline-recovery', 'hotline', {
    survey: 'recovery',
    channel: 'phone',
    priority: 90,
    conditions: { attributes: [], experience: { max: 0 } },
  }),
  moment('visit-recovery', 'visit', {
    survey: 'recovery',
    channel: 'phone',
    priority: 80,
    conditions: { attributes: [], experience: { max: 0 } },
  }),
];

const scratch = await createScratchDatabase(url, 'mot_bench_plan');
const db = await openDatabase({ url: scratch.url });
try {
  if (db.kind !== 'postgres') throw new Error('PostgreSQL only');
  await migrate(db);
  const workspace = await ensureWorkspace(db, { key: 'bench', name: 'Bench' });
  await putJourney(db, workspace.id, makeJourney());
  for (const key of ['csat', 'nps', 'ces', 'recovery']) {
    await createSurvey(db, workspace.id, {
      key,
      name: key,
      journey: 'repair',
      status: 'active',
      template: { template: 'episode_overall' },
    });
  }
  await writeFatigueBudget(db, workspace.id, { maxInvitations: 2, windowDays: 30, minDaysApart: 7 });
  for (const rule of RULES) await createRule(db, workspace.id, rule);
  const [journey] = await findJourneys(db.orm, workspace.id, 'repair');
  const tp = (key: string) => journey?.touchpointIds.get(key) ?? 0;
  let started = performance.now();
  await db.client.query(
    `insert into customers (workspace_id, external_id, attributes)
     select $1, 'c' || g, jsonb_build_object('tier', case when g % 4 = 0 then 'gold' else 'silver' end)
     from generate_series(1, $2::int) g`,
    [workspace.id, customers],
  );
  await db.client.query(
    `insert into episodes (workspace_id, customer_id, id, journey_id, key)
     overriding system value select $1, c.id, c.id, $2, c.external_id from customers c where c.workspace_id = $1`,
    [workspace.id, journey?.id ?? 0],
  );
  // Three moments a customer within one day, one in ten poor (experience below zero); limited to `moments`.
  await db.client.query(
    `insert into moments (workspace_id, customer_id, episode_id, touchpoint_id, occurred_at, event_id, measures,
       experience)
     select $1, c.id, c.id, t.id,
       to_timestamp($6::float8 / 1000) + ((hashint4(c.id::int) & 65535) / 65536.0) * interval '20 hours'
         + t.k * interval '1 hour',
       c.external_id || '-' || t.k, '{}'::jsonb,
       case when (hashint4(c.id::int + t.k) & 1023) < 102 then -0.5 else 0.5 end
     from customers c cross join (values (0, $2::int8), (1, $3::int8), (2, $4::int8)) as t(k, id)
     where c.workspace_id = $1 and (c.id - 1) * 3 + t.k < $5`,
    [workspace.id, tp('hotline'), tp('visit'), tp('callback'), moments, DAY],
  );
  await db.client.query('analyze');
  process.stdout.write(
    `seeded ${moments} moments of ${customers} customers in ${seconds(performance.now() - started)} s\n`,
  );

  // Baseline: the planner's own read (keyset batches over the arrival index, same joins), deciding nothing.
  started = performance.now();
  let cursor = { at: '-infinity', id: 0 };
  let scanned = 0;
  for (;;) {
    const rows = await queryRows<{ id: number | string; created: string }>(
      db.orm,
      sql`select m.id, m.created_at::text as created, c.external_id, e.key, m.experience,
                 coalesce(c.attributes, '{}'::jsonb) || coalesce(m.attributes, '{}'::jsonb) as attributes
          from moments m
          join customers c on c.workspace_id = m.workspace_id and c.id = m.customer_id
          join episodes e on e.workspace_id = m.workspace_id and e.customer_id = m.customer_id and e.id = m.episode_id
          where m.workspace_id = ${workspace.id} and (m.created_at, m.id) > (${cursor.at}::timestamptz, ${cursor.id})
          order by m.created_at, m.id limit ${batchSize}`,
    );
    scanned += rows.length;
    const last = rows.at(-1);
    if (!last || rows.length < batchSize) break;
    cursor = { at: last.created, id: Number(last.id) };
  }
  const baselineMs = performance.now() - started;

  // WAL written while planning: the server's whole log, so other databases' writes meanwhile count too.
  const walAt = async () =>
    (await db.client.query<{ lsn: string }>('select pg_current_wal_lsn()::text as lsn')).rows[0]?.lsn ??
    '0/0';
  const walBefore = await walAt();
  started = performance.now();
  const report = await planWorkspaceInvitations(db, workspace.id, { now: new Date(DAY), batchSize });
  const planMs = performance.now() - started;
  const [wal] = await queryRows<{ mb: number | string }>(
    db.orm,
    sql`select pg_wal_lsn_diff(${await walAt()}::pg_lsn, ${walBefore}::pg_lsn) / 1048576.0 as mb`,
  );

  const [over] = await queryRows<{ n: number | string }>(
    db.orm,
    sql`select count(*) as n from (
          select customer_id, count(*) over (partition by customer_id order by send_at
                   range between interval '30 days' preceding and current row) as in_window,
                 send_at - lag(send_at) over (partition by customer_id order by send_at) as gap
          from invitations where workspace_id = ${workspace.id} and status = 'planned') x
        where in_window > 2 or gap < interval '7 days'`,
  );
  const [jobs] = await queryRows<{ n: number | string }>(
    db.orm,
    sql`select count(*) as n from jobs where workspace_id = ${workspace.id} and kind = 'invitation.send'`,
  );
  const decisions = report.planned + report.skipped;
  const written = decisions - report.tallied;
  process.stdout.write(
    [
      `baseline (plain keyset scan of the same ${scanned} moments, same joins, batch ${batchSize}): ${seconds(baselineMs)} s`,
      `planning (5 rules, budget 2 per 30 days, 7 days apart; ${report.batches} batches): ${seconds(planMs)} s` +
        ` = ${(planMs / baselineMs).toFixed(1)}x the baseline; target 60 s for 1,000,000 moments`,
      `  ${report.triggers} moments read, ${decisions} decisions (${Math.round(decisions / (planMs / 1000))}/s):` +
        ` ${report.planned} planned (${jobs?.n} send jobs), ${report.skipped} skipped ${JSON.stringify(report.byReason)};` +
        ` ${written} written to the ledger, ${report.tallied} tallied (conditions not met)`,
      `  planned invitations breaking the budget: ${over?.n}`,
      `  WAL written while planning: ${Number(wal?.mb ?? 0).toFixed(0)} MB (the whole server's, other databases' too)`,
    ].join('\n') + '\n',
  );
} finally {
  await db.close();
  await scratch.drop();
}
