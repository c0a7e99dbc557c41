// The benchmark's dataset: one pack journey simulated by @mot/core and written through the product's own
// ingestion (ingestMoments, ingestOutcomes) in-process, so the stored experience values, breaches and outcomes
// are what production would hold. Built once per database and size, then reused: a marker row written when
// the build completes records its parameters and counts, and a later run with the same parameters skips the
// build (a missing or different marker means the database is dropped and built again).
import { rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sql } from 'drizzle-orm';
import pg from 'pg';
import { getPack, journeysOf, LIMITS, momentBatches, simulate } from '@mot/core';
import type { TMomentInput, TSimRecord } from '@mot/core';
import {
  ensureWorkspace,
  findJourneys,
  findWorkspace,
  ingestMoments,
  ingestOutcomes,
  migrate,
  openDatabase,
  outcomeInputOfSimulated,
  putJourney,
  queryRows,
} from '@mot/server';
import type { TDatabase, TEpisodeOutcomeInput } from '@mot/server';

/**
 * What is simulated. The hotel stay has the longest episodes of the packs (8 touchpoints, about 5.9
 * moments per episode): no pack journey reaches 10, so 10,000,000 moments are about 1,700,000 episodes.
 */
export const DATASET = {
  pack: 'hotel',
  journey: 'hotel_stay',
  workspace: 'bench',
  seed: 1,
  start: '2025-01-01T00:00:00Z',
  end: '2026-01-01T00:00:00Z',
} as const;

export type TDbKind = 'pg' | 'pglite';

/** Where the dataset of a size lives, for each kind of database. */
export type TDatasetPlace =
  { kind: 'pg'; url: string; database: string } | { kind: 'pglite'; dataDir: string };

/** The marker row: the parameters the dataset was built with, and what it holds. */
export type TDatasetInfo = {
  params: string;
  moments: number;
  episodes: number;
  outcomes: number;
  breaches: number;
  buildSeconds: number;
  sizeBytes: number;
};

const MARKER_TABLE = 'bench_analysis_dataset';
const BATCH_SIZE = LIMITS.maxBatchSize;
/**
 * Batches in flight on PostgreSQL: the database writes one while the simulator and validation prepare the
 * next. PGlite runs in this process and its transactions take turns, so a second batch only waits there.
 */
const IN_FLIGHT = { pg: 2, pglite: 1 } as const;

/** The parameters a dataset of `moments` is built with, as stored in its marker. */
export const paramsOf = (moments: number): string => JSON.stringify({ ...DATASET, moments });

/** The PostgreSQL database and the PGlite folder a dataset of `moments` lives in. */
export function placeOf(kind: TDbKind, moments: number): TDatasetPlace {
  if (kind === 'pg') {
    const admin = process.env['MOT_BENCH_DATABASE_URL'] ?? 'postgres://postgres@127.0.0.1:5432/postgres';
    const database = `mot_bench_analysis_${moments}`;
    const url = new URL(admin);
    url.pathname = `/${database}`;
    return { kind, url: url.toString(), database };
  }
  const root = process.env['MOT_BENCH_DATA_DIR'] ?? join(tmpdir(), 'mot-bench-analysis');
  return { kind, dataDir: join(root, `pglite-${moments}`) };
}

/** Opens the dataset's database (it must exist). */
export function openPlace(place: TDatasetPlace): Promise<TDatabase> {
  return place.kind === 'pg' ? openDatabase({ url: place.url }) : openDatabase({ dataDir: place.dataDir });
}

/** The marker of a complete dataset with these parameters, or null (also when the database is missing). */
export async function readMarker(place: TDatasetPlace, moments: number): Promise<TDatasetInfo | null> {
  if (place.kind === 'pg' && !(await pgDatabaseExists(place))) return null;
  const db = await openPlace(place);
  try {
    const [exists] = await queryRows<{ t: string | null }>(
      db.orm,
      sql`select to_regclass(${MARKER_TABLE}) as t`,
    );
    if (!exists?.t) return null;
    const rows = await queryRows<TDatasetInfo & { size_bytes: string; build_seconds: number }>(
      db.orm,
      sql`select params, moments::float8 as moments, episodes::float8 as episodes,
            outcomes::float8 as outcomes, breaches::float8 as breaches, build_seconds,
            size_bytes::text as size_bytes
          from bench_analysis_dataset where params = ${paramsOf(moments)}`,
    );
    const row = rows[0];
    if (!row) return null;
    return { ...row, buildSeconds: row.build_seconds, sizeBytes: Number(row.size_bytes) };
  } finally {
    await db.close();
  }
}

async function pgAdmin<T>(place: { url: string }, run: (client: pg.Client) => Promise<T>): Promise<T> {
  const url = new URL(place.url);
  url.pathname = '/postgres';
  const client = new pg.Client({ connectionString: url.toString() });
  await client.connect();
  try {
    return await run(client);
  } finally {
    await client.end();
  }
}

async function pgDatabaseExists(place: { url: string; database: string }): Promise<boolean> {
  return pgAdmin(place, async (c) => {
    const r = await c.query('select 1 from pg_database where datname = $1', [place.database]);
    return (r.rowCount ?? 0) > 0;
  });
}

/** Drops whatever is there and creates an empty database (the name is generated here, never input). */
async function recreate(place: TDatasetPlace): Promise<void> {
  if (place.kind === 'pg') {
    await pgAdmin(place, async (c) => {
      await c.query(`drop database if exists ${place.database} with (force)`);
      await c.query(`create database ${place.database}`);
    });
  } else {
    rmSync(place.dataDir, { recursive: true, force: true });
  }
}

/** The size of the database on disk: pg_database_size on PostgreSQL, the data folder's on PGlite. */
async function sizeOf(db: TDatabase): Promise<number> {
  const [row] = await queryRows<{ size: string }>(
    db.orm,
    sql`select pg_database_size(current_database())::text as size`,
  );
  return Number(row?.size ?? NaN);
}

/** Progress of a build, reported after every batch. */
export type TBuildProgress = { moments: number; target: number; seconds: number };

/**
 * Builds the dataset from scratch: a fresh database, migrations, the `bench` workspace with the pack's
 * journey, then the simulated moments in batches of 10,000 through `ingestMoments` and each batch's
 * episode outcomes through `ingestOutcomes` once the batch is stored; VACUUM ANALYZE at the end, as
 * autovacuum would leave a settled database. The marker row is written last.
 */
export async function buildDataset(
  place: TDatasetPlace,
  target: number,
  onProgress: (p: TBuildProgress) => void,
): Promise<TDatasetInfo> {
  const pack = getPack(DATASET.pack);
  const journey = pack && journeysOf(pack).find((j) => j.key === DATASET.journey);
  if (!pack || !journey) throw new Error(`the ${DATASET.pack} pack has no ${DATASET.journey} journey`);
  await recreate(place);
  const started = performance.now();
  const db = await openPlace(place);
  try {
    await migrate(db);
    const workspace = await ensureWorkspace(db, { key: DATASET.workspace, name: 'Benchmark' });
    await putJourney(db, workspace.id, journey);
    const records = simulate(pack, {
      seed: DATASET.seed,
      customers: target,
      maxMoments: target,
      start: DATASET.start,
      end: DATASET.end,
      journeys: [DATASET.journey],
    });
    // Outcomes seen while a batch was being filled belong to episodes whose moments are in it or earlier.
    let outcomes: TEpisodeOutcomeInput[] = [];
    const tap = function* (source: Iterable<TSimRecord>): Generator<TSimRecord> {
      for (const r of source) {
        if (r.kind === 'episode_outcome') outcomes.push(outcomeInputOfSimulated(r));
        yield r;
      }
    };
    let done = 0;
    let breaches = 0;
    let outcomeCount = 0;
    const storeOutcomes = async (list: TEpisodeOutcomeInput[]) => {
      for (let i = 0; i < list.length; i += LIMITS.maxBatchSize) {
        const report = await ingestOutcomes(db, workspace.id, list.slice(i, i + LIMITS.maxBatchSize));
        if (!report.ok) throw new Error(`an outcome was refused: ${JSON.stringify(report.items[0])}`);
        outcomeCount += report.created + report.updated;
      }
    };
    const store = async (batch: TMomentInput[], batchOutcomes: TEpisodeOutcomeInput[]) => {
      const report = await ingestMoments(db, workspace.id, batch);
      if (!report.ok) {
        const item = report.items.find((i) => i.status === 'rejected');
        throw new Error(`moment ${item?.eventId ?? '?'} was refused: ${JSON.stringify(item?.errors)}`);
      }
      breaches += report.breaches;
      await storeOutcomes(batchOutcomes);
      done += batch.length;
      onProgress({ moments: done, target, seconds: (performance.now() - started) / 1000 });
    };
    // Batches are stored in order of completion of their moments; an outcome waits for its own batch only,
    // and its batch holds the episode's last moment, so the episode exists when the outcome arrives.
    const inFlight = new Set<Promise<void>>();
    let failure: unknown = null;
    for (const batch of momentBatches(tap(records), BATCH_SIZE)) {
      const batchOutcomes = outcomes;
      outcomes = [];
      const p: Promise<void> = store(batch, batchOutcomes)
        .catch((error: unknown) => {
          failure ??= error;
        })
        .finally(() => inFlight.delete(p));
      inFlight.add(p);
      if (inFlight.size >= IN_FLIGHT[place.kind]) await Promise.race(inFlight);
      if (failure) throw failure;
    }
    await Promise.all(inFlight);
    if (failure) throw failure;
    await storeOutcomes(outcomes);
    await db.orm.execute(sql.raw('vacuum analyze'));
    const ws = await findWorkspace(db, DATASET.workspace);
    const [stored] = await findJourneys(db.orm, ws?.id ?? '', DATASET.journey);
    const [counts] = await queryRows<{ moments: number; episodes: number }>(
      db.orm,
      sql`select (select count(*) from moments where workspace_id = ${workspace.id})::float8 as moments,
            (select count(*) from episodes where workspace_id = ${workspace.id}
              and journey_id = ${stored?.id ?? -1})::float8 as episodes`,
    );
    const info: TDatasetInfo = {
      params: paramsOf(target),
      moments: counts?.moments ?? 0,
      episodes: counts?.episodes ?? 0,
      outcomes: outcomeCount,
      breaches,
      buildSeconds: (performance.now() - started) / 1000,
      sizeBytes: await sizeOf(db),
    };
    await db.orm.execute(
      sql.raw(`create table ${MARKER_TABLE} (params text primary key, moments int8 not null,
        episodes int8 not null, outcomes int8 not null, breaches int8 not null,
        build_seconds float8 not null, size_bytes int8 not null, built_at timestamptz not null default now())`),
    );
    await db.orm.execute(
      sql`insert into bench_analysis_dataset (params, moments, episodes, outcomes, breaches, build_seconds, size_bytes)
          values (${info.params}, ${info.moments}, ${info.episodes}, ${info.outcomes}, ${info.breaches},
            ${info.buildSeconds}, ${info.sizeBytes})`,
    );
    return info;
  } finally {
    await db.close();
  }
}
