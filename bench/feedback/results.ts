// Survey results at size (issue #12): GET /api/surveys/{key}/results as the route computes it
// (readSurveyResults, the function its handler calls), over N answers (default 100,000) seeded straight into
// the database by bulk INSERT ... SELECT from generate_series: six questions as in the templates (a
// touchpoint rating 1-5, NPS 0-10, CSAT 1-5, a multiple choice, a 1-5 matrix of three rows, a comment in one
// answer of five), a year of submissions, five channels, 20,000 customers in four regions, one link in
// eleven never answered. Timed several times each: every answer, a segment (`segment.region=华东`, the
// customer's attribute) and a period with a channel (the last 90 days, SMS).
// Baseline in the same run, just before each: `select count(*)` of the survey's answers (the least any
// summary of them reads). Prints the median and the fastest of both, their ratio, the JavaScript heap's peak
// above its level before the request (sampled every 5 ms, after a full GC when node runs with
// --expose-gc), and the load average.
//
//   npm run bench:feedback:results -w @mot/bench -- [--answers 100000] [--runs 5] [--db postgres|pglite]
//
// PostgreSQL: a scratch database beside MOT_BENCH_DATABASE_URL (default postgres://postgres@127.0.0.1:5432/
// postgres), dropped at the end. PGlite: in memory.
import { loadavg } from 'node:os';
import { parseArgs } from 'node:util';
import { createWorkspace, migrate, openDatabase, queryRows } from '@mot/server';
import type { TDatabase } from '@mot/server';
import { sql } from 'drizzle-orm';
import { readSurveyResults } from '../../packages/server/src/survey-results/read-survey-results.ts';
import type { TResultsFilter } from '../../packages/server/src/survey-results/results-filter.ts';
import { createScratchDatabase } from '../../packages/server/src/testing/scratch-database.ts';

const { values } = parseArgs({
  options: {
    answers: { type: 'string', default: '100000' },
    runs: { type: 'string', default: '5' },
    db: { type: 'string', default: 'postgres' },
  },
});
const total = Number(values.answers);
const runs = Number(values.runs);
const CUSTOMERS = 20_000;

const definition = {
  pages: [
    {
      name: 'p',
      elements: [
        {
          type: 'rating',
          name: 'tp',
          rateMin: 1,
          rateMax: 5,
          mot: { role: 'touchpoint_rating', touchpoint: 'tp0' },
        },
        { type: 'rating', name: 'nps', rateMin: 0, rateMax: 10, mot: { role: 'nps' } },
        { type: 'rating', name: 'csat', rateMin: 1, rateMax: 5, mot: { role: 'csat' } },
        {
          type: 'checkbox',
          name: 'reason',
          choices: [
            { value: 'price', text: { default: 'Price', 'zh-cn': '价格' } },
            { value: 'speed', text: { default: 'Speed', 'zh-cn': '速度' } },
            { value: 'staff', text: { default: 'Staff', 'zh-cn': '员工' } },
            { value: 'quality', text: { default: 'Quality', 'zh-cn': '质量' } },
          ],
        },
        {
          type: 'matrix',
          name: 'grid',
          columns: [1, 2, 3, 4, 5],
          rows: [
            { value: 'clean', text: 'Clean' },
            { value: 'quick', text: 'Quick' },
            { value: 'polite', text: 'Polite' },
          ],
        },
        { type: 'comment', name: 'why', mot: { role: 'comment' } },
      ],
    },
  ],
};

/** Seeds the workspace, the survey, its links and answers; returns the workspace's id. */
async function seed(db: TDatabase): Promise<string> {
  const workspace = await createWorkspace(db.orm, { key: 'bench-results', name: 'Bench results' });
  if (!workspace) throw new Error('the bench workspace exists already');
  const ws = workspace.id;
  const [survey] = await queryRows<{ id: string }>(
    db.orm,
    sql`insert into surveys (workspace_id, key, name, status, created_by, updated_by)
        values (${ws}, 'bench-results', 'Bench results', 'active', 'bench', 'bench') returning id`,
  );
  const surveyId = survey?.id ?? '';
  await db.orm.execute(
    sql`insert into survey_versions (workspace_id, survey_id, version, definition, created_by)
        values (${ws}, ${surveyId}, 1, ${JSON.stringify(definition)}::jsonb, 'bench')`,
  );
  await db.orm.execute(
    sql`insert into customers (workspace_id, external_id, attributes)
        select ${ws}, 'c' || i, jsonb_build_object('region', (array['华东', '华南', '华北', '西南'])[1 + i % 4])
          from generate_series(0, ${CUSTOMERS - 1}) i`,
  );
  // One link in eleven is never answered; links minted over the last year, answered an hour later.
  const links = Math.round((total * 11) / 10);
  const chunk = 50_000;
  for (let start = 0; start < links; start += chunk) {
    const end = Math.min(links, start + chunk) - 1;
    await db.orm.execute(
      sql`insert into survey_links (workspace_id, survey_id, version, token_hash, customer, episode, channel,
                                    expires_at, used_at, created_by, created_at)
          select ${ws}, ${surveyId}, 1, 'bench-' || i, 'c' || (i % ${CUSTOMERS}), 'e' || i,
                 (array['sms', 'wechat', 'link', 'qr', 'email'])[1 + i % 5], now() + interval '30 days',
                 case when i % 11 <> 10 then now() end, 'bench',
                 now() - interval '365 days' + i * (interval '365 days' / ${links})
            from generate_series(${start}::int, ${end}::int) i`,
    );
  }
  // Answer values from a multiplicative hash of the link's number, so the distributions are not flat.
  await db.orm.execute(
    sql`insert into survey_answers (workspace_id, link_id, survey_id, version, customer, episode, language,
                                    answers, submitted_at)
        select l.workspace_id, l.id, l.survey_id, 1, l.customer, l.episode,
               case when h % 3 = 0 then 'en' else 'zh-CN' end,
               jsonb_build_object(
                 'tp', 1 + h % 5, 'nps', (h / 7) % 11, 'csat', 1 + (h / 3) % 5,
                 'reason', (array['["price"]', '["speed","staff"]', '["quality"]', '["staff"]', '["price","quality"]'])[1 + (h / 11) % 5]::jsonb,
                 'grid', jsonb_build_object('clean', 1 + (h / 13) % 5, 'quick', 1 + (h / 17) % 5, 'polite', 1 + (h / 19) % 5))
               || case when h % 5 = 0
                       then jsonb_build_object('why', (array['师傅很准时，服务很好', 'waited too long, nobody called back', '还可以', 'quick and friendly'])[1 + (h / 23) % 4])
                       else '{}'::jsonb end,
               l.created_at + interval '1 hour'
          from (select l.*, (substr(l.token_hash, 7)::int8 * 2654435761) % 4294967296 as h
                  from survey_links l where l.workspace_id = ${ws} and l.used_at is not null) l`,
  );
  await db.orm.execute(sql`analyze`);
  return ws;
}

const median = (xs: readonly number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor((s.length - 1) / 2)] ?? Number.NaN;
};
const gc = (globalThis as { gc?: () => void }).gc;

/** Runs `work` once: its time in ms and the heap's peak above the level before it, in MB. */
async function measure<T>(work: () => Promise<T>): Promise<{ ms: number; heapMb: number; value: T }> {
  gc?.();
  const start = process.memoryUsage().heapUsed;
  let peak = start;
  const sampler = setInterval(() => {
    peak = Math.max(peak, process.memoryUsage().heapUsed);
  }, 5);
  const began = performance.now();
  const value = await work();
  const ms = performance.now() - began;
  clearInterval(sampler);
  peak = Math.max(peak, process.memoryUsage().heapUsed);
  return { ms, heapMb: (peak - start) / 2 ** 20, value };
}

const load = () =>
  loadavg()
    .map((l) => l.toFixed(2))
    .join(' ');

const baseUrl = process.env['MOT_BENCH_DATABASE_URL'] ?? 'postgres://postgres@127.0.0.1:5432/postgres';
const scratch =
  values.db === 'pglite' ? undefined : await createScratchDatabase(baseUrl, 'mot_bench_results');
const db = await openDatabase(scratch ? { url: scratch.url } : { dataDir: 'memory://' });
try {
  await migrate(db);
  const seeding = performance.now();
  const workspaceId = await seed(db);
  console.error(`${total} answers seeded in ${((performance.now() - seeding) / 1000).toFixed(1)} s`);
  const now = Date.now();
  const cases: Array<{ name: string; filter: TResultsFilter }> = [
    { name: 'every answer', filter: {} },
    { name: 'segment.region=华东', filter: { segment: { region: '华东' } } },
    {
      name: 'last 90 days, sms',
      filter: { from: new Date(now - 90 * 86_400_000), to: new Date(now + 86_400_000), channel: 'sms' },
    },
  ];
  const loadBefore = load();
  const lines: string[] = [];
  for (const { name, filter } of cases) {
    const baseline: number[] = [];
    const timed: number[] = [];
    const heaps: number[] = [];
    let answers = 0;
    for (let run = 0; run < runs; run += 1) {
      const count = await measure(() =>
        queryRows<{ n: number }>(
          db.orm,
          sql`select count(*)::int as n from survey_answers a
               where a.workspace_id = ${workspaceId}
                 and a.survey_id = (select id from surveys where workspace_id = ${workspaceId} and key = 'bench-results')`,
        ),
      );
      baseline.push(count.ms);
      const results = await measure(() => readSurveyResults(db, workspaceId, 'bench-results', filter, 'en'));
      timed.push(results.ms);
      heaps.push(results.heapMb);
      answers = results.value.answers;
      console.error(
        `  ${name} run ${run + 1}: ${results.ms.toFixed(0)} ms (count ${count.ms.toFixed(1)} ms)`,
      );
    }
    lines.push(
      `  ${name} (${answers} answers): results median ${median(timed).toFixed(0)} ms, fastest ${Math.min(...timed).toFixed(0)} ms;` +
        ` baseline count(*) median ${median(baseline).toFixed(1)} ms; ratio ${(median(timed) / median(baseline)).toFixed(1)};` +
        ` heap peak ${Math.min(...heaps).toFixed(0)} to ${Math.max(...heaps).toFixed(0)} MB`,
    );
  }
  console.log(
    [
      `survey results: ${total} answers, ${db.kind}, ${runs} runs each${gc ? '' : ' (no --expose-gc: heap peaks less exact)'}`,
      `  load average (1, 5, 15 min): ${loadBefore} before, ${load()} after`,
      ...lines,
    ].join('\n'),
  );
} finally {
  await db.close();
  await scratch?.drop();
}
