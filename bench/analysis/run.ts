// Key-moment analysis benchmark (run deliberately; the 10,000,000-moment datasets take long to build once):
//   node --import tsx bench/analysis/run.ts [--moments 10000000] [--db both|pg|pglite] [--rebuild]
//     [--runs 2] [--outcome overall|nps|churn] [--build-only]
// Times analyzeStoredKeyMoments on a cached dataset (see dataset.ts) on PostgreSQL and PGlite, each run in a
// child process (wall clock, its CPU, its peak RSS), and in the same run DuckDB computing the same
// per-touchpoint aggregates from the same rows exported from the database; prints the ratio and whether
// DuckDB's numbers equal the product's. PostgreSQL: MOT_BENCH_DATABASE_URL (default
// postgres://postgres@127.0.0.1:5432/postgres) names the server; PGlite: MOT_BENCH_DATA_DIR (default the OS
// temp folder). `--moments 20000` is a smoke run of well under a minute.
import { loadavg } from 'node:os';
import { parseArgs } from 'node:util';
import { prepareDataset } from './prepare.ts';
import type { TDbKind } from './dataset.ts';

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
if (!Number.isInteger(moments) || moments < 1) throw new Error(`--moments: a positive integer, not "${values.moments}"`);
const kinds: TDbKind[] =
  values.db === 'both' ? ['pg', 'pglite'] : values.db === 'pg' || values.db === 'pglite' ? [values.db] : [];
if (kinds.length === 0) throw new Error(`--db: pg, pglite or both, not "${values.db}"`);

const load = (): string => loadavg().map((x) => x.toFixed(2)).join(' ');
console.log(`node ${process.version}; load average at start ${load()}`);

for (const kind of kinds) {
  await prepareDataset(kind, moments, values.rebuild);
}
if (values['build-only']) {
  console.log(`load average at end ${load()}`);
  process.exit(0);
}
