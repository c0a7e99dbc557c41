import { createHash } from 'node:crypto';
import { takeAnalysisSlot } from '../http/analysis-slots.ts';
import { findAnalysisResult, saveAnalysisResult } from '../storage/analysis-results.ts';
import type { TAnalysisKey, TStoredAnalysis } from '../storage/analysis-results.ts';
import type { TDatabase } from '../storage/database.ts';
import type { TReadSnapshot } from '../storage/read-snapshot.ts';
import { isSameVersion, readDataVersion } from './data-version.ts';
import type { TAnalysisHooks, TAnalysisProgress } from './stored-key-moments.ts';

/** An analysis to answer: what it is, its normalised query, and how to compute it. */
export type TAnalysisRequest = {
  kind: string;
  workspaceId: string;
  journey: string;
  /** Normalised: equal queries have equal JSON once keys are sorted (undefined fields are dropped). */
  query: Record<string, unknown>;
  compute: (hooks: Required<Omit<TAnalysisHooks, 'pageEpisodes'>>) => Promise<unknown>;
};

/** The answer: the result, current or just computed; or the computation's progress and the last result. */
export type TAnalysisAnswer =
  | { state: 'done'; stored: TStoredAnalysis }
  | {
      state: 'running';
      /** Null while another server computes it. */
      progress: TAnalysisProgress | null;
      last: TStoredAnalysis | null;
    };

/** How long a request waits for a computation, and how many computations a workspace may run at once. */
export type TAnalysisLimits = { waitMs: number; maxRunning: number };

/** A running computation: its progress (null while another server computes it) and its result. */
type TProgress = { current: TAnalysisProgress | null };
type TRun = { progress: TProgress; done: Promise<TStoredAnalysis> };
type TRuns = { running: Map<string, TRun>; started: number };

const RUNS = 'analysis-runs';
/** How often a server waiting on another server's computation looks for its result. */
const POLL_MS = 250;
/** Thrown inside a computation's snapshot when another server holds the same computation. */
const ELSEWHERE = new Error('computed by another server');

const runsOf = (db: TDatabase): TRuns => {
  let runs = db.caches.get(RUNS) as TRuns | undefined;
  if (!runs) db.caches.set(RUNS, (runs = { running: new Map(), started: 0 }));
  return runs;
};

/** How many computations this database's servers have started in this process (tests read it). */
export const countStartedAnalyses = (db: TDatabase): number => runsOf(db).started;

const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms).unref());

/** JSON with object keys sorted at every level, so equal queries hash equally. */
function canonicalJson(value: unknown): string {
  if (value === null || typeof value !== 'object') return JSON.stringify(value);
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  const entries = Object.entries(value as Record<string, unknown>)
    .filter(([, v]) => v !== undefined)
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(',')}}`;
}

/**
 * Answers an analysis from its stored result when that was computed at the workspace's current data
 * version (data-version.ts); otherwise starts its computation, or joins the one running for the same key,
 * and waits up to `waitMs` for it. A computation outlives the request that started it: it stores its result
 * for the next request, and a request that stops waiting gets the progress and the last stored result.
 *
 * One computation per key: in this server by the map of running computations; across servers on one
 * database by a transaction advisory lock on the key, taken first in the computation's read snapshot. A
 * server that finds the lock held waits for the other's stored result instead of computing it again.
 *
 * The result is stored with the data version read before the computation began (before the journey and
 * the snapshot are read): whatever it read is at least that version, so a result is never labelled newer
 * than the data it saw; a change that lands meanwhile costs one more computation, never a stale answer.
 */
export async function answerAnalysis(
  db: TDatabase,
  request: TAnalysisRequest,
  limits: TAnalysisLimits,
): Promise<TAnalysisAnswer> {
  const queryHash = createHash('sha256').update(canonicalJson(request.query)).digest('hex');
  const key: TAnalysisKey = {
    workspaceId: request.workspaceId,
    kind: request.kind,
    journey: request.journey,
    queryHash,
  };
  const version = await readDataVersion(db, request.workspaceId);
  const last = await findAnalysisResult(db, key);
  if (last && isSameVersion(last.version, version)) return { state: 'done', stored: last };
  const runs = runsOf(db);
  const runKey = [key.workspaceId, key.kind, key.journey, key.queryHash].join('\u0000');
  let run = runs.running.get(runKey);
  if (!run) {
    const release = takeAnalysisSlot(db, request.workspaceId, request.kind, limits.maxRunning);
    runs.started++;
    const progress: TProgress = { current: { pagesDone: 0, pagesTotal: 1 } };
    const done = computeOnce(db, request, key, version, progress).finally(() => {
      release();
      runs.running.delete(runKey);
    });
    // Its failure is thrown to the requests that wait for it; nobody may be waiting any more.
    done.catch(() => undefined);
    run = { progress, done };
    runs.running.set(runKey, run);
  }
  const settled = await Promise.race([
    run.done.then(
      () => true,
      () => true,
    ),
    sleep(limits.waitMs).then(() => false),
  ]);
  if (settled) return { state: 'done', stored: await run.done };
  return { state: 'running', progress: run.progress.current, last };
}

/** Computes and stores the result, or waits for another server computing the same key to store it. */
async function computeOnce(
  db: TDatabase,
  request: TAnalysisRequest,
  key: TAnalysisKey,
  version: TStoredAnalysis['version'],
  progress: TProgress,
): Promise<TStoredAnalysis> {
  const lockId = createHash('sha256')
    .update(`analysis\u0000${Object.values(key).join('\u0000')}`)
    .digest();
  const claim = async (snapshot: TReadSnapshot) => {
    const [row] = await snapshot.rows<{ ok: boolean }>('select pg_try_advisory_xact_lock($1::int8) as ok', [
      lockId.readBigInt64BE(0).toString(),
    ]);
    if (!row?.ok) throw ELSEWHERE;
  };
  for (;;) {
    const computedAt = new Date().toISOString();
    const startedAt = performance.now();
    try {
      const result = await request.compute({
        onProgress: (now) => (progress.current = now),
        inSnapshot: claim,
      });
      const stored: TStoredAnalysis = {
        // Through JSON, as it is stored and answered (a number that could not be computed is null).
        result: JSON.parse(JSON.stringify(result)) as unknown,
        version,
        computedAt,
        durationMs: Math.round(performance.now() - startedAt),
      };
      await saveAnalysisResult(db, key, request.query, stored);
      return stored;
    } catch (error) {
      if (error !== ELSEWHERE) throw error;
    }
    progress.current = null;
    await sleep(POLL_MS);
    const theirs = await findAnalysisResult(db, key);
    if (theirs && theirs.version.count >= version.count) return theirs;
  }
}
