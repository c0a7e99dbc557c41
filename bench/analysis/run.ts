// Key-moment analysis benchmark (run deliberately; the 10,000,000-moment datasets take long to build once):
//   node --import tsx bench/analysis/run.ts [--moments 10000000] [--db both|pg|pglite] [--rebuild]
//     [--runs 2] [--outcome overall|nps|churn] [--build-only]
// Times analyzeStoredKeyMoments on a cached dataset (see dataset.ts) on PostgreSQL and PGlite, each run in a
// child process (wall clock, its CPU, its peak RSS), and in the same run DuckDB computing the same
// per-touchpoint aggregates from the same rows exported from the database; prints the ratio and whether
// DuckDB's numbers equal the product's. PostgreSQL: MOT_BENCH_DATABASE_URL (default
// postgres://postgres@127.0.0.1:5432/postgres) names the server; PGlite: MOT_BENCH_DATA_DIR (default the OS
// temp folder). `--moments 20000` is a smoke run of well under a minute.
import { execFileSync, fork } from 'node:child_process';
import { loadavg } from 'node:os';
import { parseArgs } from 'node:util';
import { sql } from 'drizzle-orm';
import { queryRows } from '@mot/server';
import type { TOutcomeKind } from '@mot/server';
import type { TChildResult } from './analyze-child.ts';
import { openPlace } from './dataset.ts';
import type { TDatasetInfo, TDatasetPlace, TDbKind } from './dataset.ts';
import { compare, runBaseline } from './duckdb-baseline.ts';
import { prepareDataset } from './prepare.ts';

const { values } = parseArgs({
  options: {
    moments: { type: 'string', default: '10000000' },
    db: { type: 'string', default: 'both' },
    rebuild: { type: 'boolean', default: false },
    runs: { type: 'string', default: '2' },
    outcome: { type: 'string', default: 'overall' },
    'build-only': { type: 'boolean', default: false },
  },
});

const moments = Number(values.moments);
if (!Number.isInteger(moments) || moments < 1)
  throw new Error(`--moments: a positive integer, not "${values.moments}"`);
const kinds: TDbKind[] =
  values.db === 'both' ? ['pg', 'pglite'] : values.db === 'pg' || values.db === 'pglite' ? [values.db] : [];
if (kinds.length === 0) throw new Error(`--db: pg, pglite or both, not "${values.db}"`);

const runs = Number(values.runs);
if (!Number.isInteger(runs) || runs < 1) throw new Error(`--runs: a positive integer, not "${values.runs}"`);
const OUTCOMES: readonly TOutcomeKind[] = ['overall', 'nps', 'churn'];
const outcome = OUTCOMES.find((o) => o === values.outcome);
if (!outcome) throw new Error(`--outcome: overall, nps or churn, not "${values.outcome}"`);

const load = (): string =>
  loadavg()
    .map((x) => x.toFixed(2))
    .join(' ');
const fmt = (n: number): string => Math.round(n).toLocaleString('en-US');
const secs = (ms: number): string => `${(ms / 1000).toFixed(2)} s`;
const mb = (bytes: number): string => `${fmt(bytes / 2 ** 20)} MB`;

/** The commit the product code was measured at, and whether core or server had uncommitted changes. */
function revision(): string {
  try {
    const git = (...args: string[]) =>
      execFileSync('git', args, { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
    const dirty = git('status', '--porcelain', '--', 'packages/core', 'packages/server').length > 0;
    return `commit ${git('rev-parse', '--short', 'HEAD')}${dirty ? ' with uncommitted changes in packages/' : ''}`;
  } catch {
    return 'commit unknown';
  }
}

const DUCKDB_RUNS = 5;

console.log(`node ${process.version}; ${revision()}; load average at start ${load()}`);

const prepared: { kind: TDbKind; place: TDatasetPlace; info: TDatasetInfo }[] = [];
for (const kind of kinds) prepared.push({ kind, ...(await prepareDataset(kind, moments, values.rebuild)) });
if (values['build-only']) {
  console.log(`load average at end ${load()}`);
  process.exit(0);
}

/** One analysis in a child process (fresh heap, its own CPU and peak RSS). */
function analyzeInChild(place: TDatasetPlace): Promise<TChildResult> {
  const child = fork(new URL('./analyze-child.ts', import.meta.url), [JSON.stringify({ place, outcome })], {
    execArgv: ['--import', 'tsx'],
  });
  return new Promise((resolve, reject) => {
    let answer: TChildResult | null = null;
    child.on('message', (m: { type: string; result?: TChildResult; message?: string }) => {
      if (m.type === 'result' && m.result) answer = m.result;
      else reject(new Error(`analysis failed: ${m.message ?? 'no message'}`));
    });
    child.once('error', reject);
    child.once('exit', (code) =>
      answer ? resolve(answer) : reject(new Error(`analysis exited with ${code}`)),
    );
  });
}

async function versionOf(place: TDatasetPlace): Promise<string> {
  const db = await openPlace(place);
  try {
    const [row] = await queryRows<{ v: string }>(db.orm, sql`select version() as v`);
    return row?.v ?? '?';
  } finally {
    await db.close();
  }
}

type TSummary = {
  kind: TDbKind;
  info: TDatasetInfo;
  best: TChildResult;
  duckdbMs: number;
  exportMs: number;
  loadMs: number;
  match: boolean;
};
const summaries: TSummary[] = [];

for (const { kind, place, info } of prepared) {
  console.log(
    `\n== ${kind}: ${fmt(info.moments)} moments, ${fmt(info.episodes)} episodes of ${info.params}\n` +
      `   ${await versionOf(place)}; dataset built in ${info.buildSeconds.toFixed(0)} s, ${mb(info.sizeBytes)}`,
  );
  const results: TChildResult[] = [];
  for (let i = 1; i <= runs; i++) {
    const r = await analyzeInChild(place);
    results.push(r);
    console.log(
      `${kind} analyzeStoredKeyMoments (${outcome}) run ${i}: ${secs(r.wallMs)} wall, ${secs(r.cpuMs)} ` +
        `CPU of the analysing process, peak RSS ${mb(r.peakRssBytes)}, ${fmt(r.episodes)} episodes; ` +
        `load ${load()}`,
    );
  }
  const best = results.reduce((a, b) => (b.wallMs < a.wallMs ? b : a));
  const base = await runBaseline(place, outcome, DUCKDB_RUNS);
  console.log(
    `${kind} export for DuckDB (COPY to CSV, not part of DuckDB's time): ${fmt(base.rows)} rows, ` +
      `${mb(base.csvBytes)} in ${secs(base.exportMs)}; DuckDB ${base.version} (${base.threads} threads) ` +
      `load ${secs(base.loadMs)}`,
  );
  base.computeMs.forEach((ms, i) =>
    console.log(
      `${kind} DuckDB per-touchpoint aggregates run ${i + 1}: ${secs(ms)} wall, ${secs(base.computeCpuMs[i] ?? NaN)} CPU`,
    ),
  );
  const duckdbMs = Math.min(...base.computeMs);
  const checks = compare(best.touchpoints, base.touchpoints);
  const failed = checks.filter((c) => !c.ok);
  for (const c of failed.slice(0, 20))
    console.log(`  MISMATCH ${c.touchpoint} ${c.figure}: product ${c.product}, DuckDB ${c.duckdb}`);
  const match = failed.length === 0 && base.rows === info.moments;
  console.log(
    `${kind} DuckDB's figures equal the product's: ${match ? 'yes' : 'NO'} (${checks.length - failed.length}/` +
      `${checks.length} per-touchpoint figures; rows exported ${fmt(base.rows)} of ${fmt(info.moments)} moments)`,
  );
  console.log(
    `${kind} product best ${secs(best.wallMs)} / DuckDB best ${secs(duckdbMs)} = ${(best.wallMs / duckdbMs).toFixed(1)}x; ` +
      `with DuckDB's export and load counted: ${(best.wallMs / (duckdbMs + base.exportMs + base.loadMs)).toFixed(2)}x`,
  );
  summaries.push({ kind, info, best, duckdbMs, exportMs: base.exportMs, loadMs: base.loadMs, match });
}

console.log(`\nsummary (${outcome}, best of ${runs}; DuckDB best of ${DUCKDB_RUNS}):`);
for (const s of summaries)
  console.log(
    `  ${s.kind.padEnd(6)} ${fmt(s.info.moments)} moments / ${fmt(s.info.episodes)} episodes: product ` +
      `${secs(s.best.wallMs)} (CPU ${secs(s.best.cpuMs)}, RSS ${mb(s.best.peakRssBytes)}), DuckDB ${secs(s.duckdbMs)} ` +
      `(+ export ${secs(s.exportMs)}, load ${secs(s.loadMs)}), ratio ${(s.best.wallMs / s.duckdbMs).toFixed(1)}x, ` +
      `figures match: ${s.match ? 'yes' : 'no'}`,
  );
const pg = summaries.find((s) => s.kind === 'pg');
if (pg && moments === 10_000_000)
  console.log(
    `  target: at most 30 s on PostgreSQL for 10,000,000 moments: ${pg.best.wallMs <= 30_000 ? 'met' : 'not met'}`,
  );
console.log(`load average at end ${load()}`);
if (summaries.some((s) => !s.match)) process.exitCode = 1;
