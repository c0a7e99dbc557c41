// Evaluation of an initiative over stored moments (bench/evaluate, issue target: 10,000,000 moments in at most
// 10 s on PostgreSQL). Seeds a throw-away database straight in SQL (generate_series): customers with ten
// moments each, alternating between the hotline (the initiative's touchpoint) and the visit (its
// comparison), spread over the 16 weeks around the start, so that every stored moment is in the evaluation's
// window; breaches planted at the hotline at 20% before the start and 12% after, at the visit at 15%
// throughout. Then times the product's evaluation end to end (`evaluateInitiative`: one read snapshot, the
// observations streamed unsorted by binary COPY into core's evaluator) for the breach rate (the moments'
// `breached` flag, no join) and the experience, with the comparison picked and suggested, against a baseline measured
// in the same run: a plain count(*) of the same moments; and the process's peak resident memory (the
// evaluator holds each customer's sums per cell until the end). Run deliberately:
//   node --import tsx bench/evaluate/initiative.ts [--customers 1000000] [--per-customer 10] [--runs 2]
// A throw-away database is created next to MOT_BENCH_DATABASE_URL
// (default postgres://postgres@127.0.0.1:5432/postgres) and dropped afterwards.
import { parseArgs } from 'node:util';
import { evaluateInitiative } from '../../packages/server/src/initiatives/evaluate-initiative.ts';
import type { TEvaluationQuery } from '../../packages/server/src/initiatives/evaluate-initiative.ts';
import { evaluationCellsQuery } from '../../packages/server/src/initiatives/evaluation-sql.ts';
import { createInitiative } from '../../packages/server/src/initiatives/initiatives-store.ts';
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
  options: {
    customers: { type: 'string', default: '1000000' },
    'per-customer': { type: 'string', default: '10' },
    runs: { type: 'string', default: '2' },
  },
});
const customers = Number(values.customers);
const perCustomer = Number(values['per-customer']);
const runs = Number(values.runs);
const url = process.env['MOT_BENCH_DATABASE_URL'] ?? 'postgres://postgres@127.0.0.1:5432/postgres';

/** The initiative's first day (Asia/Shanghai, the workspace's default zone) and its first instant. */
const START_DATE = '2026-03-02';
const START = '2026-03-01T16:00:00Z';
const WEEKS = 8;

const seconds = (ms: number) => (ms / 1000).toFixed(2);
const megabytes = (bytes: number) => (bytes / 1_048_576).toFixed(0);

/** Seeds `n` customers with `per` moments each in SQL (see the file's comment); returns the moments stored. */
async function seed(db: TDatabase, workspaceId: string, n: number, per: number): Promise<number> {
  await putJourney(db, workspaceId, makeJourney());
  const [journey] = await findJourneys(db.orm, workspaceId, 'repair');
  const tp = (key: string) => journey?.touchpointIds.get(key) ?? 0;
  const exec = (text: string, params: unknown[] = []) =>
    db.kind === 'postgres' ? db.client.query(text, params) : Promise.reject(new Error('PostgreSQL only'));
  await exec(
    `insert into customers (workspace_id, external_id) select $1, 'c' || g from generate_series(1, $2::int) g`,
    [workspaceId, n],
  );
  // Each moment's time (uniform over the 16 weeks) and a uniform draw deciding its breach.
  await exec(
    `create unlogged table bench_plan as
     select c.id as customer_id, c.external_id, k,
       case when k % 2 = 0 then $2::int8 else $3::int8 end as touchpoint_id,
       $4::timestamptz - interval '${WEEKS} weeks'
         + ((hashint4(c.id::int * 16 + k) & 2147483647) % (${2 * WEEKS * 7} * 86400)) * interval '1 second' as at,
       (hashint4(c.id::int * 16 + k + 7) & 1023) / 1024.0 as u
     from customers c cross join generate_series(0, $5::int - 1) k where c.workspace_id = $1`,
    [workspaceId, tp('hotline'), tp('visit'), START, per],
  );
  // A breached moment is flagged as ingestion flags it (insert-moments.ts), and gets its breach row below.
  await exec(
    `insert into moments (workspace_id, customer_id, episode_id, touchpoint_id, occurred_at, event_id, measures,
       experience, breached)
     select $1, p.customer_id, p.customer_id * 16 + p.k, p.touchpoint_id, p.at, p.external_id || '-' || p.k,
       '{}'::jsonb, case when p.breached then -1 else 0.2 + 0.6 * p.u end, p.breached
     from (select q.*,
             q.u < (case when q.touchpoint_id = $2::int8 then (case when q.at < $3::timestamptz then 0.20
                                                                   else 0.12 end)
                         else 0.15 end) as breached
           from bench_plan q) p`,
    [workspaceId, tp('hotline'), START],
  );
  await exec(
    `insert into breaches (workspace_id, customer_id, moment_id, touchpoint_id, kind, measure, value, floor,
       occurred_at)
     select m.workspace_id, m.customer_id, m.id, m.touchpoint_id, 'measure', 'wait_seconds', 900, 300, m.occurred_at
     from moments m where m.workspace_id = $1 and m.breached`,
    [workspaceId],
  );
  await exec('drop table bench_plan');
  await exec('vacuum analyze');
  return n * per;
}

const scratch = await createScratchDatabase(url, 'mot_bench_initiative');
const db = await openDatabase({ url: scratch.url });
try {
  await migrate(db);
  const workspace = await ensureWorkspace(db, { key: 'bench', name: 'Bench' });
  let started = performance.now();
  const stored = await seed(db, workspace.id, customers, perCustomer);
  process.stdout.write(
    `seeded ${customers} customers, ${stored} moments in ${seconds(performance.now() - started)} s; ` +
      `peak RSS so far ${megabytes(process.resourceUsage().maxRSS * 1024)} MB\n`,
  );
  const initiative = await createInitiative(db, workspace.id, {
    name: 'Hotline callback script',
    kind: 'new_script',
    description: null,
    ownerUserId: null,
    ownerName: 'Bench',
    journey: 'repair',
    touchpoints: ['hotline'],
    segment: {},
    startDate: START_DATE,
    endDate: null,
    expectedEffect: null,
    comparison: { kind: 'touchpoints', touchpoints: [{ journey: 'repair', touchpoint: 'visit' }] },
  });
  const cases: Array<[string, TEvaluationQuery]> = [
    [
      'breach rate, comparison picked',
      { metric: 'breach_rate', weeksBefore: WEEKS, weeksAfter: WEEKS, placebo: false },
    ],
    [
      'experience, comparison picked',
      { metric: 'experience', weeksBefore: WEEKS, weeksAfter: WEEKS, placebo: false },
    ],
    [
      'breach rate, comparison suggested',
      {
        metric: 'breach_rate',
        weeksBefore: WEEKS,
        weeksAfter: WEEKS,
        placebo: false,
        comparison: 'suggested',
      },
    ],
  ];
  for (let run = 1; run <= runs; run += 1) {
    // Baseline: PostgreSQL counting the same moments, in a read snapshot like the evaluation.
    started = performance.now();
    await withReadSnapshot(db, (s) =>
      s.rows('select count(*) from moments where workspace_id = $1', [workspace.id]),
    );
    const baseline = performance.now() - started;
    // The database's share: the cells query of the breach rate, counted where it runs (nothing sent).
    const [journey] = await findJourneys(db.orm, workspace.id, 'repair');
    const cells = evaluationCellsQuery({
      workspaceId: workspace.id,
      metric: 'breach_rate',
      start: new Date(START),
      from: new Date(Date.parse(START) - WEEKS * 7 * 86_400_000),
      to: new Date(Date.parse(START) + WEEKS * 7 * 86_400_000),
      treated: [journey?.touchpointIds.get('hotline') ?? 0],
      comparison: [journey?.touchpointIds.get('visit') ?? 0],
      segment: {},
      comparisonSegment: null,
    });
    started = performance.now();
    await withReadSnapshot(db, async (s) => {
      await s.rows("set local work_mem = '64MB'");
      return s.rows(`select count(*) from (${cells.text}) x`, cells.params);
    });
    const inDatabase = performance.now() - started;
    process.stdout.write(
      `run ${run}: baseline count(*) of the moments ${seconds(baseline)} s; the breach rate's cells query ` +
        `counted in the database ${seconds(inDatabase)} s (${(inDatabase / baseline).toFixed(1)}x)\n`,
    );
    for (const [label, query] of cases) {
      started = performance.now();
      const result = await evaluateInitiative(db, workspace.id, initiative.id, query, 1);
      const total = performance.now() - started;
      const { counts, did, verdict } = result.evaluation;
      const estimate = did?.estimate;
      process.stdout.write(
        `  ${label}: ${seconds(total)} s (${(total / baseline).toFixed(1)}x the count) over ` +
          `${counts.observations} observations, ${counts.rows} cells, ${counts.clusters} customers; ` +
          `DiD ${estimate ? `${estimate.estimate.toFixed(4)} [${estimate.lower.toFixed(4)}, ${estimate.upper.toFixed(4)}]` : '-'}` +
          `, verdict ${verdict.code}; peak RSS ${megabytes(process.resourceUsage().maxRSS * 1024)} MB\n`,
      );
    }
  }
} finally {
  await db.close();
  await scratch.drop();
}
