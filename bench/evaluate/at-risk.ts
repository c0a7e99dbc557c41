// At-risk scoring of stored customers (bench/evaluate, issue target: 1,000,000 customers in at most 30 s on
// PostgreSQL). Seeds a throw-away database straight in SQL (generate_series: customers, three moments each
// at three touchpoints, breaches at a share of them, status events with churn planted after breaches), then
// times the product's at-risk analysis end to end (`analyzeAtRisk`: the subjects' SQL, the logistic fit on
// 70%, the held-out validation, scoring every customer who has not churned and keeping the 1,000 most at
// risk), with its parts, against a baseline measured in the same run: PostgreSQL grouping the same moments
// by customer (the least any per-customer read of them costs). Run deliberately:
//   node --import tsx bench/evaluate/at-risk.ts [--customers 1000000] [--runs 2]
// A throw-away database is created next to MOT_BENCH_DATABASE_URL
// (default postgres://postgres@127.0.0.1:5432/postgres) and dropped afterwards.
import { parseArgs } from 'node:util';
import { analyzeAtRisk } from '../../packages/server/src/churn/analyze-churn.ts';
import { readChurnSubjects } from '../../packages/server/src/churn/read-churn-subjects.ts';
import { ensureWorkspace } from '../../packages/server/src/storage/ensure-workspace.ts';
import { findJourneys } from '../../packages/server/src/storage/find-journeys.ts';
import { openDatabase } from '../../packages/server/src/storage/database.ts';
import type { TDatabase } from '../../packages/server/src/storage/database.ts';
import { migrate } from '../../packages/server/src/storage/migrate.ts';
import { putJourney } from '../../packages/server/src/storage/put-journey.ts';
import { withReadSnapshot } from '../../packages/server/src/storage/read-snapshot.ts';
import { createScratchDatabase } from '../../packages/server/src/testing/scratch-database.ts';
import { makeJourney } from '../../packages/server/src/testing/factories.ts';

const { values } = parseArgs({
  options: { customers: { type: 'string', default: '1000000' }, runs: { type: 'string', default: '2' } },
});
const customers = Number(values.customers);
const runs = Number(values.runs);
const url = process.env['MOT_BENCH_DATABASE_URL'] ?? 'postgres://postgres@127.0.0.1:5432/postgres';

const seconds = (ms: number) => (ms / 1000).toFixed(2);
const hooks = { onProgress: () => undefined, inSnapshot: async () => undefined };

/**
 * Seeds `n` customers in SQL. Each has three moments (hotline, visit, callback) from a start in 2025; one in
 * five waits past the hotline floor and one in ten arrives late to the visit (breaches). Churn is planted
 * with a daily hazard three times higher after a hotline breach and twice after a visit breach, as
 * status events (a `started` for everyone, a `churned` when the exponential time falls within the year).
 */
async function seed(db: TDatabase, workspaceId: string, n: number): Promise<void> {
  await putJourney(db, workspaceId, makeJourney());
  const [journey] = await findJourneys(db.orm, workspaceId, 'repair');
  const tp = (key: string) => journey?.touchpointIds.get(key) ?? 0;
  const exec = (text: string, params: unknown[] = []) =>
    db.kind === 'postgres' ? db.client.query(text, params) : Promise.reject(new Error('PostgreSQL only'));
  await exec(
    `insert into customers (workspace_id, external_id)
     select $1, 'c' || g from generate_series(1, $2::int) g`,
    [workspaceId, n],
  );
  // One row per customer with its planted draws, kept for the inserts below.
  await exec(
    `create unlogged table bench_plan as
     select c.id as customer_id, c.external_id,
       timestamptz '2025-01-01' + (hashint4(c.id::int) & 255) * interval '1 day' as first_at,
       ((hashint4(c.id::int + 1) & 1023) < 205) as hotline_breach,
       ((hashint4(c.id::int + 2) & 1023) < 102) as visit_breach,
       ((hashint4(c.id::int + 3) & 1048575) + 1) / 1048577.0 as u,
       (hashint4(c.id::int + 4) & 1023) / 1023.0 as e
     from customers c where c.workspace_id = $1`,
    [workspaceId],
  );
  // One episode per customer, which the three moments belong to.
  await exec(
    `insert into episodes (workspace_id, customer_id, id, journey_id, key)
     overriding system value select $1, customer_id, customer_id, $2, external_id from bench_plan`,
    [workspaceId, journey?.id ?? 0],
  );
  await exec(
    `insert into moments (workspace_id, customer_id, episode_id, touchpoint_id, occurred_at, event_id, measures,
       experience)
     select $1, p.customer_id, p.customer_id, t.id, p.first_at + t.k * interval '1 day', p.external_id || '-' || t.k,
       '{}'::jsonb,
       case when (t.k = 0 and p.hotline_breach) or (t.k = 1 and p.visit_breach) then -1
            else 0.2 + 0.6 * p.e end
     from bench_plan p cross join (values (0, $2::int8), (1, $3::int8), (2, $4::int8)) as t(k, id)`,
    [workspaceId, tp('hotline'), tp('visit'), tp('callback')],
  );
  await exec(
    `insert into breaches (workspace_id, customer_id, moment_id, touchpoint_id, kind, measure, value, floor,
       occurred_at)
     select m.workspace_id, m.customer_id, m.id, m.touchpoint_id, 'measure', 'wait_seconds', 900, 300, m.occurred_at
     from moments m where m.workspace_id = $1 and m.experience = -1`,
    [workspaceId],
  );
  // Exponential time to churn: -ln(u) / hazard, the hazard 1/2000 a day, x3 after a hotline breach, x2 after
  // a visit breach (proportional hazards).
  await exec(
    `insert into customer_status_events (workspace_id, customer_id, event_id, kind, at)
     select $1, customer_id, 'start-' || external_id, 'started', first_at from bench_plan`,
    [workspaceId],
  );
  await exec(
    `insert into customer_status_events (workspace_id, customer_id, event_id, kind, at, reason)
     select $1, customer_id, 'churn-' || external_id, 'churned',
       first_at + interval '3 days' + (-ln(u) * 2000 / ((case when hotline_breach then 3 else 1 end) *
         (case when visit_breach then 2 else 1 end))) * interval '1 day', 'planted'
     from bench_plan
     where -ln(u) * 2000 / ((case when hotline_breach then 3 else 1 end) * (case when visit_breach then 2 else 1 end))
       < 365`,
    [workspaceId],
  );
  await exec('drop table bench_plan');
  await exec('analyze');
}

const scratch = await createScratchDatabase(url, 'mot_bench_at_risk');
const db = await openDatabase({ url: scratch.url });
try {
  await migrate(db);
  const workspace = await ensureWorkspace(db, { key: 'bench', name: 'Bench' });
  let started = performance.now();
  await seed(db, workspace.id, customers);
  process.stdout.write(
    `seeded ${customers} customers (3 moments each) in ${seconds(performance.now() - started)} s\n`,
  );
  const [journey] = await findJourneys(db.orm, workspace.id, 'repair');
  const touchpoints = [...(journey?.touchpointIds ?? new Map<string, number>())].map(([key, id]) => ({
    key,
    id,
  }));
  for (let run = 1; run <= runs; run += 1) {
    // Baseline: PostgreSQL grouping the moments by customer, in a read snapshot like the analysis.
    started = performance.now();
    await withReadSnapshot(db, (s) =>
      s.rows(
        'select customer_id, count(*), avg(experience) from moments where workspace_id = $1 group by 1',
        [workspace.id],
      ),
    );
    const baseline = performance.now() - started;
    started = performance.now();
    const read = await withReadSnapshot(db, (s) =>
      readChurnSubjects(s, workspace.id, journey?.id ?? 0, touchpoints),
    );
    const readMs = performance.now() - started;
    started = performance.now();
    const result = await analyzeAtRisk(db, workspace.id, { journey: 'repair' }, hooks);
    const total = performance.now() - started;
    const hotline = result.model.keys.indexOf('breaches:hotline');
    process.stdout.write(
      `run ${run}: at-risk analysis ${seconds(total)} s end to end (subjects read alone ${seconds(readMs)} s, ` +
        `so fit + validation + scoring about ${seconds(total - readMs)} s); baseline group-by of the moments ` +
        `${seconds(baseline)} s (${(total / baseline).toFixed(1)}x)\n` +
        `  ${read.subjects.length} customers, ${result.churned} churned, ${result.scored} scored; held-out AUC ` +
        `${result.model.holdout.auc.estimate.toFixed(3)} [${result.model.holdout.auc.lower.toFixed(3)}, ` +
        `${result.model.holdout.auc.upper.toFixed(3)}]; hotline breach odds ratio ` +
        `${Math.exp(result.model.coefficients[hotline] ?? NaN).toFixed(2)}\n`,
    );
  }
} finally {
  await db.close();
  await scratch.drop();
}
