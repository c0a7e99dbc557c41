import { pickTypicalEpisodes, scoreEpisode } from '@mot/core';
import type { TEpisodeMoment, TTypicalCandidate, TTypicalPick } from '@mot/core';
import { notFound } from '../errors.ts';
import type { TDatabase } from '../storage/database.ts';
import { findJourneys } from '../storage/find-journeys.ts';
import { withReadSnapshot } from '../storage/read-snapshot.ts';
import type { TReadSnapshot } from '../storage/read-snapshot.ts';
import { outcomeValueOf, PAGE_EPISODES, storedEpisodeKey } from './stored-key-moments.ts';
import type { TAnalysisHooks, TOutcomeKind } from './stored-key-moments.ts';

/** Which episodes to choose from: a journey, the outcome, the period its first moment falls in. */
export type TTypicalEpisodeQuery = {
  journey: string;
  outcome: TOutcomeKind;
  /** Inclusive start and exclusive end (ISO instants). */
  from?: string | undefined;
  to?: string | undefined;
};

/** A picked episode: who and which, its outcome (as stored), its score and its group. */
export type TTypicalRef = {
  customer: string;
  key: string;
  outcome: number;
  score: number;
  groupSize: number;
  medianScore: number;
};

/** The typical good and bad episodes of a journey (core's `pickTypicalEpisodes`), and how many qualified. */
export type TTypicalEpisodeIds = { good: TTypicalRef | null; bad: TTypicalRef | null; candidates: number };

type TCandidate = TTypicalCandidate & { customer: string; key: string; stored: number };

type TEpisodeRow = {
  customer_id: number | string;
  customer: string;
  key: string;
  overall: number | null;
  nps: number | null;
  churned: boolean | null;
  experiences: Array<number | null>;
  breaches: number[];
};

/**
 * Scores every episode of the journey with an outcome (core's peak-end-floor `scoreEpisode` on its moments'
 * stored experience values and breach counts, in time order, ties by id: as the key-moment analysis does)
 * and picks the typical good and bad episodes by core's rule. One read-only snapshot, pages of whole
 * customers; memory holds one page's moments and three values per episode.
 */
export async function findTypicalEpisodes(
  db: TDatabase,
  workspaceId: string,
  query: TTypicalEpisodeQuery,
  { pageEpisodes = PAGE_EPISODES, onProgress, inSnapshot }: TAnalysisHooks = {},
): Promise<TTypicalEpisodeIds> {
  const [stored] = await findJourneys(db.orm, workspaceId, query.journey);
  if (!stored) throw notFound(`journey "${query.journey}"`, ['params', 'journey']);
  // The journey's current touchpoints: moments of touchpoints since removed are left out, as in the analysis.
  const touchpoints = stored.journey.touchpoints.flatMap((tp) => {
    const id = stored.touchpointIds.get(tp.key);
    return id === undefined ? [] : [id];
  });
  const candidates: TCandidate[] = [];
  await withReadSnapshot(db, async (snapshot) => {
    await inSnapshot?.(snapshot);
    const [count] = await snapshot.rows<{ n: number | string }>(
      'select count(*)::int8 as n from episodes where workspace_id = $1 and journey_id = $2',
      [workspaceId, stored.id],
    );
    const pagesTotal = Math.max(1, Math.ceil(Number(count?.n ?? 0) / pageEpisodes));
    let [after, pagesDone] = [0, 0];
    for (;;) {
      const last = await pageEnd(snapshot, workspaceId, stored.id, after, pageEpisodes);
      const rows = await readScoredEpisodes(snapshot, workspaceId, stored.id, touchpoints, query, {
        after,
        upTo: last ?? Number.MAX_SAFE_INTEGER,
      });
      for (const row of rows) {
        const candidate = candidateOf(row, query.outcome);
        if (candidate) candidates.push(candidate);
      }
      onProgress?.({ pagesDone: ++pagesDone, pagesTotal: Math.max(pagesTotal, pagesDone) });
      if (last === null) break;
      after = last;
    }
  });
  const picked = pickTypicalEpisodes(candidates, query.outcome === 'churn' ? 'binary' : 'continuous');
  const refOf = (pick: TTypicalPick<TCandidate> | null): TTypicalRef | null =>
    pick && {
      customer: pick.episode.customer,
      key: pick.episode.key,
      outcome: pick.episode.stored,
      score: pick.episode.score,
      groupSize: pick.groupSize,
      medianScore: pick.medianScore,
    };
  return { good: refOf(picked.good), bad: refOf(picked.bad), candidates: candidates.length };
}

/** The row as a candidate: outcome oriented higher-is-better, score of its valued moments; or null. */
function candidateOf(row: TEpisodeRow, outcome: TOutcomeKind): TCandidate | null {
  const stored = outcomeValueOf(row, outcome);
  if (stored === null) return null;
  const moments: TEpisodeMoment[] = [];
  row.experiences.forEach((value, i) => {
    if (value !== null) moments.push({ value, breaches: row.breaches[i] ?? 0 });
  });
  if (moments.length === 0) return null;
  return {
    tieKey: storedEpisodeKey(row.customer, row.key),
    // Churn is 1 when the customer left: staying is the good outcome.
    outcome: outcome === 'churn' ? 1 - stored : stored,
    score: scoreEpisode(moments).score10,
    customer: row.customer,
    key: row.key,
    stored,
  };
}

/** The customer of the `pageEpisodes`-th episode after customer `after`, or null when fewer remain. */
async function pageEnd(
  snapshot: TReadSnapshot,
  workspaceId: string,
  journeyId: number,
  after: number,
  pageEpisodes: number,
): Promise<number | null> {
  const [row] = await snapshot.rows<{ customer_id: number | string }>(
    `select customer_id from episodes where workspace_id = $1 and journey_id = $2 and customer_id > $3
     order by customer_id, id offset $4 limit 1`,
    [workspaceId, journeyId, after, pageEpisodes - 1],
  );
  return row === undefined ? null : Number(row.customer_id);
}

type TMomentRow = {
  episode_id: number | string;
  id: number | string;
  experience: number | null;
  first: boolean;
};

/**
 * The page's episodes that have an outcome row, with their moments' experience values and breach counts
 * in time order (ties by id), at the journey's touchpoints, whose first such moment is in the period. Three
 * reads by key range, as the analysis reads (no per-moment subquery): the episodes with their outcomes,
 * the moments in order, the breach counts per moment.
 */
async function readScoredEpisodes(
  snapshot: TReadSnapshot,
  workspaceId: string,
  journeyId: number,
  touchpoints: readonly number[],
  query: TTypicalEpisodeQuery,
  range: { after: number; upTo: number },
): Promise<TEpisodeRow[]> {
  const keys = [workspaceId, range.after, range.upTo];
  const episodes = await snapshot.rows<TEpisodeRow & { id: number | string }>(
    `select e.id, e.customer_id, c.external_id as customer, e.key, o.overall, o.nps, o.churned
     from episodes e
     join customers c on c.workspace_id = e.workspace_id and c.id = e.customer_id
     join episode_outcomes o on o.workspace_id = e.workspace_id and o.customer_id = e.customer_id
       and o.episode_id = e.id
     where e.workspace_id = $1 and e.customer_id > $2 and e.customer_id <= $3 and e.journey_id = $4
       and c.id > $2 and c.id <= $3
     order by e.customer_id, e.id`,
    [...keys, journeyId],
  );
  // Each moment says whether the period holds it; only the first of an episode decides (below).
  const moments = await snapshot.rows<TMomentRow>(
    `select m.episode_id, m.id, m.experience,
       ($5::timestamptz is null or m.occurred_at >= $5::timestamptz)
         and ($6::timestamptz is null or m.occurred_at < $6::timestamptz) as first
     from moments m
     where m.workspace_id = $1 and m.customer_id > $2 and m.customer_id <= $3 and m.touchpoint_id = any($4::int8[])
     order by m.episode_id, m.occurred_at, m.id`,
    [...keys, touchpoints, query.from ?? null, query.to ?? null],
  );
  const breaches = await snapshot.rows<{ moment_id: number | string; n: number }>(
    `select moment_id, count(*)::int4 as n from breaches
     where workspace_id = $1 and customer_id > $2 and customer_id <= $3 and touchpoint_id = any($4::int8[])
     group by moment_id`,
    [...keys, touchpoints],
  );
  const breachesOf = new Map(breaches.map((b) => [Number(b.moment_id), b.n]));
  const byEpisode = new Map<number, TMomentRow[]>();
  for (const m of moments) {
    const id = Number(m.episode_id);
    const list = byEpisode.get(id);
    if (list) list.push(m);
    else byEpisode.set(id, [m]);
  }
  return episodes.flatMap((e) => {
    const list = byEpisode.get(Number(e.id));
    if (!list || !list[0]?.first) return [];
    return [
      {
        ...e,
        experiences: list.map((m) => m.experience),
        breaches: list.map((m) => breachesOf.get(Number(m.id)) ?? 0),
      },
    ];
  });
}
