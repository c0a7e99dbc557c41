import {
  analysedTouchpointsOf,
  AnalyticsInputError,
  findKeyMoments,
  KeyMomentAccumulator,
  keyMomentOptionsOf,
} from '@mot/core';
import type { TKeyMomentOutcome, TKeyMomentResult } from '@mot/core';
import { sql } from 'drizzle-orm';
import { PgDialect } from 'drizzle-orm/pg-core';
import { invalidInput, MotError, notFound } from '../errors.ts';
import type { TDatabase } from '../storage/database.ts';
import { findJourneys } from '../storage/find-journeys.ts';
import { sqlLiteral, withReadSnapshot } from '../storage/read-snapshot.ts';
import type { TReadSnapshot } from '../storage/read-snapshot.ts';
import { sourceHoldsSegmentSql } from '../survey-results/segment-holds.ts';
import { feedPage, MOMENT_COLUMNS, readPlanOf } from './feed-page.ts';
import type { TFeedPage, TPeriod, TReadPlan } from './feed-page.ts';
import { startFeedWorker } from './feed-worker-protocol.ts';

/** The outcome an analysis weighs touchpoints against. */
export type TOutcomeKind = 'overall' | 'nps' | 'churn';

/** What to analyse: a journey, optionally a period and a segment, the outcome, the bootstrap seed. */
export type TStoredKeyMomentQuery = {
  journey: string;
  outcome: TOutcomeKind;
  /** Inclusive start and exclusive end of the period the episode's first moment falls in (ISO). */
  from?: string | undefined;
  to?: string | undefined;
  /** Attributes the customer, or any one moment of the episode, must carry, compared as text. */
  segment?: Record<string, string> | undefined;
  seed?: number | undefined;
};

/**
 * Episodes per page, about: a page ends at a customer boundary, so it holds whole customers. Memory is
 * bounded by a page (its episodes and their moments), whatever the journey's size.
 */
export const PAGE_EPISODES = 4_000;

const OUTCOMES: Record<TOutcomeKind, TKeyMomentOutcome> = {
  overall: { kind: 'continuous' },
  nps: { kind: 'continuous' },
  // Churn is 0/1 and lower is better: importance and lift come out oriented to "stays".
  churn: { kind: 'binary', direction: 'lower_is_better' },
};

/** The key an episode is hashed by (bootstrap buckets, floor samples): customer and episode together. */
export const storedEpisodeKey = (customer: string, episode: string): string => `${customer}\u0000${episode}`;

/** An outcome row's value for the chosen outcome; null when unknown. */
export function outcomeValueOf(
  o: { overall: number | null; nps: number | null; churned: boolean | null },
  kind: TOutcomeKind,
): number | null {
  if (kind === 'churn') return o.churned === null ? null : o.churned ? 1 : 0;
  return kind === 'overall' ? o.overall : o.nps;
}

/**
 * Key-moment analysis of stored data, in one pass over the journey's episodes in pages of whole customers
 * (customer id order, the primary key's), all pages in one read-only repeatable-read snapshot:
 * - the page's episodes with their customer, key and outcome come from SQL, filtered by segment there;
 * - their moments come as one binary COPY in primary-key order (no join, no sort in the database);
 * - each episode's moments are put in time order (ties by id, the order they were ingested) and fed to
 *   core's `KeyMomentAccumulator` (`feed-page.ts`): in place when the journey fits in one page, else by a
 *   worker thread while the next page is read; then `findKeyMoments` runs on the aggregates.
 * Experience values and breach counts are the ones stored at ingestion; "meets the standard" is judged
 * against the journey's current standards by core's `meetsStandards`. Every random choice hashes the
 * episode key, so the same data give the same result, equal to core's analysis of the same episodes.
 */
/**
 * Core's accumulator for the journey; a journey core cannot analyse (fewer touchpoints than the analysis
 * compares) is the API's 422 naming the journey, not a server fault.
 */
function accumulatorOf(
  options: ReturnType<typeof keyMomentOptionsOf>,
  journey: string,
): KeyMomentAccumulator {
  try {
    return new KeyMomentAccumulator(options);
  } catch (error) {
    if (error instanceof AnalyticsInputError && error.code === 'too_few_predictors') {
      throw new MotError(
        'not_enough_data',
        `journey "${journey}" has too few touchpoints to compare: the analysis needs at least two`,
        ['params', 'journey'],
      );
    }
    throw error;
  }
}

export async function analyzeStoredKeyMoments(
  db: TDatabase,
  workspaceId: string,
  query: TStoredKeyMomentQuery,
  { pageEpisodes = PAGE_EPISODES, onProgress, inSnapshot }: TAnalysisHooks = {},
): Promise<TKeyMomentResult> {
  const [stored] = await findJourneys(db.orm, workspaceId, query.journey);
  if (!stored) throw notFound(`journey "${query.journey}"`, ['params', 'journey']);
  const { journey } = stored;
  const plan = readPlanOf(analysedTouchpointsOf(journey.touchpoints), stored.touchpointIds);
  const period = periodOf(query);
  const options = keyMomentOptionsOf(journey, { outcome: OUTCOMES[query.outcome], seed: query.seed ?? 1 });
  const acc = accumulatorOf(options, query.journey);
  if (plan.touchpoints.size === 0) return findKeyMoments(acc);
  const scope = { workspaceId, journeyId: stored.id, segment: query.segment, pageEpisodes };
  return withReadSnapshot(db, async (snapshot) => {
    await inSnapshot?.(snapshot);
    const page = await readPage(snapshot, scope, plan, 0, query.outcome);
    // One page is fed here; more are fed by a worker thread while the next page is read (below).
    if (page.last === null) {
      feedPage(acc, page, plan, period);
      onProgress?.({ pagesDone: 1, pagesTotal: 1 });
      // The bootstrap below holds this thread: let a waiting request answer with the progress first.
      await new Promise<void>((resolve) => setImmediate(resolve));
      return findKeyMoments(acc);
    }
    // A page holds at least `pageEpisodes` episodes (it ends at a customer boundary): at most this many.
    const pagesTotal = Math.max(2, Math.ceil((await countEpisodes(snapshot, scope)) / pageEpisodes));
    let pagesDone = 0;
    const fedOne = () =>
      onProgress?.({ pagesDone: ++pagesDone, pagesTotal: Math.max(pagesTotal, pagesDone) });
    const worker = startFeedWorker({
      options,
      plan: { ...plan, touchpoints: [...plan.touchpoints] },
      period,
    });
    // Reading and feeding run side by side: each promise is awaited later, so a failure of one while the
    // other is awaited must not count as unhandled (it is thrown where it is awaited).
    const inFlight = <T>(promise: Promise<T>): Promise<T> => {
      promise.catch(() => undefined);
      return promise;
    };
    try {
      let next = inFlight(readPage(snapshot, scope, plan, page.last, query.outcome));
      let fed = inFlight(worker.feed(page));
      for (;;) {
        const current = await next;
        if (current.last !== null)
          next = inFlight(readPage(snapshot, scope, plan, current.last, query.outcome));
        await fed;
        fedOne();
        fed = inFlight(worker.feed(current));
        if (current.last === null) break;
      }
      await fed;
      fedOne();
      return await worker.finish();
    } finally {
      await worker.close();
    }
  });
}

/** Options of a stored analysis: its page size and the hooks of a background computation. */
export type TAnalysisHooks = {
  pageEpisodes?: number | undefined;
  /** Called as pages are fed: pages done of the pages the journey's episodes fill at most. */
  onProgress?: ((progress: TAnalysisProgress) => void) | undefined;
  /** Runs first inside the read snapshot; may throw to stop the analysis (analysis-runs.ts). */
  inSnapshot?: ((snapshot: TReadSnapshot) => Promise<void>) | undefined;
};

/** How far a paged computation is. */
export type TAnalysisProgress = { pagesDone: number; pagesTotal: number };

/** The journey's episodes (every one, before the segment and period filters): what the pages cover. */
async function countEpisodes(snapshot: TReadSnapshot, scope: TScope): Promise<number> {
  const [row] = await snapshot.rows<{ n: number | string }>(
    'select count(*)::int8 as n from episodes where workspace_id = $1 and journey_id = $2',
    [scope.workspaceId, scope.journeyId],
  );
  return Number(row?.n ?? 0);
}

type TScope = {
  workspaceId: string;
  journeyId: number;
  segment?: Record<string, string> | undefined;
  pageEpisodes: number;
};
/** Customers after `after` up to `upTo` inclusive; `last` null (all the rest) makes `upTo` 2^53 - 1. */
type TRange = { after: number; last: number | null; upTo: number };

/** One page as read: customers after `after` up to `last` (null: all the rest), ready to feed. */
type TReadPage = TFeedPage & { last: number | null };

async function readPage(
  snapshot: TReadSnapshot,
  scope: TScope,
  plan: TReadPlan,
  after: number,
  outcome: TOutcomeKind,
): Promise<TReadPage> {
  const last = await pageEnd(snapshot, scope, after);
  const range = { after, last, upTo: last ?? Number.MAX_SAFE_INTEGER };
  const rows = await readEpisodes(snapshot, scope, range);
  const breaches = await readBreachCounts(snapshot, scope, range, plan);
  const copied = await snapshot.copyOut(momentsQuery(scope, range, plan), 'binary');
  const episodes = {
    ids: Float64Array.from(rows, (r) => Number(r.id)),
    keys: rows.map((r) => storedEpisodeKey(r.customer, r.key)),
    outcomes: Float64Array.from(rows, (r) => outcomeValueOf(r, outcome) ?? NaN),
  };
  return { last, episodes, breaches, copied };
}

/**
 * The customer of the `pageEpisodes`-th episode of the journey after customer `after`, or null when fewer
 * remain: the page takes every episode of the customers up to it.
 */
async function pageEnd(snapshot: TReadSnapshot, scope: TScope, after: number): Promise<number | null> {
  const [row] = await snapshot.rows<{ customer_id: number | string }>(
    `select customer_id from episodes where workspace_id = $1 and journey_id = $2 and customer_id > $3
     order by customer_id, id offset $4 limit 1`,
    [scope.workspaceId, scope.journeyId, after, scope.pageEpisodes - 1],
  );
  return row === undefined ? null : Number(row.customer_id);
}

/** Turns a drizzle query into the text and parameters a read snapshot runs. */
const PG = new PgDialect();

type TEpisodeRow = {
  id: number | string;
  customer: string;
  key: string;
  overall: number | null;
  nps: number | null;
  churned: boolean | null;
};

/** The page's episodes in key order with their outcomes, those of the segment only when one is given. */
function readEpisodes(snapshot: TReadSnapshot, scope: TScope, range: TRange): Promise<TEpisodeRow[]> {
  // Segment: the rule of the survey results' segments (`sourceHoldsSegmentSql`), every attribute on one
  // source, here the customer or any one moment of the episode.
  const inSegment =
    scope.segment === undefined
      ? sql`true`
      : sql`(${sourceHoldsSegmentSql(scope.segment, sql`c.attributes`)}
          or exists (select 1 from moments m where m.workspace_id = e.workspace_id
            and m.customer_id = e.customer_id and m.episode_id = e.id
            and ${sourceHoldsSegmentSql(scope.segment, sql`m.attributes`)}))`;
  const query = PG.sqlToQuery(
    sql`select e.id, c.external_id as customer, e.key, o.overall, o.nps, o.churned
     from episodes e
     join customers c on c.workspace_id = e.workspace_id and c.id = e.customer_id
     left join episode_outcomes o on o.workspace_id = e.workspace_id and o.customer_id = e.customer_id
       and o.episode_id = e.id
     where e.workspace_id = ${scope.workspaceId} and e.journey_id = ${scope.journeyId}
       and e.customer_id > ${range.after} and e.customer_id <= ${range.upTo}
       -- The same range on the customers, so that they are read by key rather than all hashed.
       and c.id > ${range.after} and c.id <= ${range.upTo}
       and ${inSegment}
     order by e.customer_id, e.id`,
  );
  return snapshot.rows<TEpisodeRow>(query.sql, query.params);
}

/** Breaches stored per moment of the page's customers, by moment id. */
async function readBreachCounts(
  snapshot: TReadSnapshot,
  scope: TScope,
  range: TRange,
  plan: TReadPlan,
): Promise<Map<number, number>> {
  const rows = await snapshot.rows<{ moment_id: number | string; n: number }>(
    `select moment_id, count(*)::int4 as n from breaches
     where workspace_id = $1 and customer_id > $2 and customer_id <= $3
       and touchpoint_id = any($4::int8[])
     group by moment_id`,
    [scope.workspaceId, range.after, range.upTo, [...plan.touchpoints.keys()]],
  );
  return new Map(rows.map((r) => [Number(r.moment_id), r.n]));
}

/**
 * The page's moments at the journey's touchpoints in primary-key order, as a SELECT for binary COPY (which
 * takes no parameters: every value is inlined by `sqlLiteral`), in the columns of `MOMENT_COLUMNS`.
 */
function momentsQuery(scope: TScope, range: TRange, plan: TReadPlan): string {
  const ids = [...plan.touchpoints.keys()].map(sqlLiteral).join(', ');
  return `select ${MOMENT_COLUMNS.map(([column]) => column).join(', ')}
    from moments m
    where m.workspace_id = ${sqlLiteral(scope.workspaceId)}::uuid and m.customer_id > ${sqlLiteral(range.after)}
      and m.customer_id <= ${sqlLiteral(range.upTo)} and m.touchpoint_id in (${ids})
    order by m.customer_id, m.id`;
}

const PG_EPOCH_MS = Date.UTC(2000, 0, 1);

function periodOf(query: Pick<TStoredKeyMomentQuery, 'from' | 'to'>): TPeriod {
  const at = (value: string | undefined, field: 'from' | 'to', open: number): number => {
    if (value === undefined) return open;
    const ms = Date.parse(value);
    if (Number.isNaN(ms)) throw invalidInput(`"${value}" is not a date and time`, ['query', field]);
    return (ms - PG_EPOCH_MS) * 1000;
  };
  return { from: at(query.from, 'from', -Infinity), to: at(query.to, 'to', Infinity) };
}
