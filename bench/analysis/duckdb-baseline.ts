// The analyst's baseline: the journey's moment rows exported from the database as CSV (timed on its own),
// loaded into an in-memory DuckDB (timed on its own), then DuckDB computing the per-touchpoint figures the
// product reports (timed: the compute the product's analysis is compared with), checked against the product.
import { closeSync, createWriteStream, mkdtempSync, openSync, rmSync, statSync, writeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pipeline } from 'node:stream/promises';
import { DuckDBInstance } from '@duckdb/node-api';
import type { TOutcomeKind } from '@mot/server';
import { findJourneys, findWorkspace, queryRows } from '@mot/server';
import { sql } from 'drizzle-orm';
import { to as copyTo } from 'pg-copy-streams';
import { DATASET, openPlace } from './dataset.ts';
import type { TDatasetPlace } from './dataset.ts';
import type { TProductTouchpoint } from './analyze-child.ts';

/** The export's columns, one row per moment of the journey's episodes. */
const COLUMNS = {
  touchpoint: 'VARCHAR',
  customer_id: 'BIGINT',
  episode_id: 'BIGINT',
  experience: 'DOUBLE',
  rating: 'DOUBLE',
  breaches: 'INTEGER',
  overall: 'DOUBLE',
  nps: 'DOUBLE',
  churned: 'BOOLEAN',
} as const;

/**
 * The moments of the journey's episodes with the touchpoint key, the stored experience and rating, the
 * moment's stored breach count and the episode's outcome. Ids are inlined (COPY takes no parameters); both
 * come from the database and are checked to be plain before they are.
 */
function exportQuery(workspaceId: string, journeyId: number, customers?: [number, number]): string {
  if (!/^[0-9a-zA-Z_-]+$/.test(workspaceId) || !Number.isInteger(journeyId))
    throw new Error(`unexpected ids: workspace ${workspaceId}, journey ${journeyId}`);
  const ws = `'${workspaceId}'`;
  // A range of customers is put on every table: the planner does not carry a range across a join.
  const range = (alias: string) =>
    customers
      ? ` and ${alias}.customer_id >= ${customers[0]} and ${alias}.customer_id < ${customers[1]}`
      : '';
  return `copy (
    select t.key as touchpoint, m.customer_id, m.episode_id, m.experience, m.rating,
      coalesce(b.n, 0) as breaches, o.overall, o.nps, o.churned
    from episodes e
    join moments m on m.workspace_id = e.workspace_id and m.customer_id = e.customer_id and m.episode_id = e.id
    join touchpoints t on t.workspace_id = m.workspace_id and t.id = m.touchpoint_id
    left join (select b.customer_id, b.moment_id, count(*) as n from breaches b where b.workspace_id = ${ws}${range('b')}
        group by b.customer_id, b.moment_id) b on b.customer_id = m.customer_id and b.moment_id = m.id
    left join episode_outcomes o on o.workspace_id = e.workspace_id and o.customer_id = e.customer_id
      and o.episode_id = e.id${range('o')}
    where e.workspace_id = ${ws} and e.journey_id = ${journeyId}${range('e')}${range('m')}
  ) to %TARGET% with (format csv%HEADER%)`;
}

/**
 * Customers per COPY from PGlite (about 55,000 moments of the benchmark's journey): at 100,000 the planner
 * chose whole-table scans and one chunk took minutes.
 */
const PGLITE_EXPORT_CUSTOMERS = 10_000;

/** Writes the journey's rows to `file` as CSV; returns the rows' byte size. */
export async function exportRows(place: TDatasetPlace, file: string): Promise<number> {
  const db = await openPlace(place);
  try {
    const workspace = await findWorkspace(db, DATASET.workspace);
    const [journey] = await findJourneys(db.orm, workspace?.id ?? '', DATASET.journey);
    if (!workspace || !journey) throw new Error('the dataset has no benchmark workspace or journey');
    const query = exportQuery(workspace.id, journey.id);
    if (db.kind === 'postgres') {
      const client = await db.client.connect();
      try {
        const copy = query.replace('%TARGET%', 'stdout').replace('%HEADER%', ', header');
        await pipeline(client.query(copyTo(copy)), createWriteStream(file));
      } finally {
        client.release();
      }
    } else {
      // PGlite writes COPY output to a Blob in its (32-bit) memory: a range of customers at a time.
      const [range] = await queryRows<{ lo: number | null; hi: number | null }>(
        db.orm,
        sql`select min(customer_id)::float8 as lo, max(customer_id)::float8 as hi from episodes
            where workspace_id = ${workspace.id} and journey_id = ${journey.id}`,
      );
      const out = openSync(file, 'w');
      try {
        for (let lo = range?.lo ?? 0, first = true; lo <= (range?.hi ?? -1); lo += PGLITE_EXPORT_CUSTOMERS) {
          const part = exportQuery(workspace.id, journey.id, [lo, lo + PGLITE_EXPORT_CUSTOMERS])
            .replace('%TARGET%', `'/dev/blob'`)
            .replace('%HEADER%', first ? ', header' : '');
          first = false;
          const result = await db.client.query(part);
          if (!result.blob) throw new Error('PGlite returned no COPY output');
          writeSync(out, Buffer.from(await result.blob.arrayBuffer()));
        }
      } finally {
        closeSync(out);
      }
    }
    return statSync(file).size;
  } finally {
    await db.close();
  }
}

/** The outcome as the product's analysis weighs it: churn is 0/1 and oriented so that staying is higher. */
const OUTCOME_SQL: Record<TOutcomeKind, string> = {
  overall: 'overall',
  nps: 'nps',
  churn: 'case when churned is null then null when churned then -1.0 else 0.0 end',
};

/**
 * Per touchpoint: moments, episodes touched, mean experience and rating with their counts, moments with a
 * breach, and the correlation of the per-episode mean experience at the touchpoint with the outcome over
 * the episodes that have both (pairwise complete, as the product's correlation accumulator).
 */
function computeQuery(outcome: TOutcomeKind): string {
  return `with per_episode as (
      select touchpoint, customer_id, episode_id, avg(experience) as x, any_value(${OUTCOME_SQL[outcome]}) as y
      from m group by touchpoint, customer_id, episode_id
    ), by_moment as (
      select touchpoint, count(*)::double as moments, count(experience)::double as experience_n,
        avg(experience) as experience, count(rating)::double as rating_n, avg(rating) as rating,
        count(*) filter (where breaches > 0)::double as breach_moments
      from m group by touchpoint
    ), by_episode as (
      select touchpoint, count(*)::double as episodes, corr(x, y) as correlation
      from per_episode group by touchpoint
    )
    select * from by_moment join by_episode using (touchpoint) order by touchpoint`;
}

type TDuckRow = {
  touchpoint: string;
  moments: number;
  episodes: number;
  experience_n: number;
  experience: number | null;
  rating_n: number;
  rating: number | null;
  breach_moments: number;
  correlation: number | null;
};

export type TBaseline = {
  exportMs: number;
  csvBytes: number;
  loadMs: number;
  rows: number;
  computeMs: number[];
  computeCpuMs: number[];
  threads: string;
  version: string;
  touchpoints: TDuckRow[];
};

/** Exports, loads and computes `repetitions` times; the temporary CSV is removed afterwards. */
export async function runBaseline(
  place: TDatasetPlace,
  outcome: TOutcomeKind,
  repetitions: number,
): Promise<TBaseline> {
  const dir = mkdtempSync(join(tmpdir(), 'mot-bench-duckdb-'));
  const file = join(dir, 'moments.csv');
  const instance = await DuckDBInstance.create(':memory:');
  const connection = await instance.connect();
  try {
    let t0 = performance.now();
    const csvBytes = await exportRows(place, file);
    const exportMs = performance.now() - t0;
    const columns = `{${Object.entries(COLUMNS)
      .map(([k, v]) => `'${k}': '${v}'`)
      .join(', ')}}`;
    t0 = performance.now();
    await connection.run(
      `create table m as select * from read_csv('${file}', header = true, columns = ${columns})`,
    );
    const loadMs = performance.now() - t0;
    rmSync(dir, { recursive: true, force: true });
    const count = await connection.runAndReadAll('select count(*)::double as n from m');
    const info = await connection.runAndReadAll(
      `select version() as version, current_setting('threads')::varchar as threads`,
    );
    const [meta] = info.getRowObjectsJS() as { version: string; threads: string }[];
    const computeMs: number[] = [];
    const computeCpuMs: number[] = [];
    let touchpoints: TDuckRow[] = [];
    for (let i = 0; i < repetitions; i++) {
      const cpu = process.cpuUsage();
      t0 = performance.now();
      const reader = await connection.runAndReadAll(computeQuery(outcome));
      touchpoints = reader.getRowObjectsJS() as TDuckRow[];
      computeMs.push(performance.now() - t0);
      const used = process.cpuUsage(cpu);
      computeCpuMs.push((used.user + used.system) / 1000);
    }
    const [rows] = count.getRowObjectsJS() as { n: number }[];
    return {
      exportMs,
      csvBytes,
      loadMs,
      rows: rows?.n ?? 0,
      computeMs,
      computeCpuMs,
      threads: meta?.threads ?? '?',
      version: meta?.version ?? '?',
      touchpoints,
    };
  } finally {
    connection.closeSync();
    instance.closeSync();
    rmSync(dir, { recursive: true, force: true });
  }
}

/** One figure compared: the product's, DuckDB's, and whether they agree. */
export type TCheck = {
  touchpoint: string;
  figure: string;
  product: number | null;
  duckdb: number | null;
  ok: boolean;
};

const close = (a: number | null, b: number | null, tolerance: number): boolean =>
  a === null || b === null || !Number.isFinite(a) || !Number.isFinite(b)
    ? (a === null || Number.isNaN(a)) && (b === null || Number.isNaN(b))
    : Math.abs(a - b) <= tolerance * Math.max(1, Math.abs(a), Math.abs(b));

/**
 * Every per-touchpoint figure of the product against DuckDB's: counts exactly, means and correlations to a
 * relative 1e-9 (the product sums in a different order). A correlation the product did not estimate (the
 * touchpoint left out of the model) is not compared.
 */
export function compare(product: readonly TProductTouchpoint[], duck: readonly TDuckRow[]): TCheck[] {
  const checks: TCheck[] = [];
  const byKey = new Map(duck.map((d) => [d.touchpoint, d]));
  for (const p of product) {
    if (p.moments === 0 && !byKey.has(p.key)) continue;
    const d = byKey.get(p.key);
    const add = (figure: string, a: number | null, b: number | null, tolerance: number) =>
      checks.push({ touchpoint: p.key, figure, product: a, duckdb: b, ok: close(a, b, tolerance) });
    add('moments', p.moments, d?.moments ?? null, 0);
    add('episodes', p.episodes, d?.episodes ?? null, 0);
    add('experience n', p.experienceN, d?.experience_n ?? null, 0);
    add('mean experience', p.experience, d?.experience ?? null, 1e-9);
    add('rating n', p.ratingN, d?.rating_n ?? null, 0);
    add('mean rating', p.rating, d?.rating ?? null, 1e-9);
    add('breach moments', p.breachMoments, d?.breach_moments ?? null, 0);
    if (p.correlation !== null) add('correlation', p.correlation, d?.correlation ?? null, 1e-9);
  }
  for (const d of duck)
    if (!product.some((p) => p.key === d.touchpoint))
      checks.push({
        touchpoint: d.touchpoint,
        figure: 'moments',
        product: null,
        duckdb: d.moments,
        ok: false,
      });
  return checks;
}
