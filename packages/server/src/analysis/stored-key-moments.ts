import { findKeyMoments, KeyMomentAccumulator, keyMomentInputOf, keyMomentOptionsOf } from '@mot/core';
import type { TKeyMomentInput, TKeyMomentOutcome, TKeyMomentResult, TTouchpoint } from '@mot/core';
import { notFound } from '../errors.ts';
import type { TDatabase } from '../storage/database.ts';
import { findEpisodeSummaries } from '../storage/find-episode-summaries.ts';
import type { TEpisodeFilter, TEpisodeSummary } from '../storage/find-episode-summaries.ts';
import { findJourneys } from '../storage/find-journeys.ts';

/** The outcome an analysis weighs touchpoints against. */
export type TOutcomeKind = 'overall' | 'nps' | 'churn';

/** What to analyse: a journey, optionally a period and a segment, the outcome, the bootstrap seed. */
export type TStoredKeyMomentQuery = Omit<TEpisodeFilter, 'journeyId'> & {
  journey: string;
  outcome: TOutcomeKind;
  seed?: number | undefined;
};

/** Episodes read per query: memory stays bounded by a page of episodes, whatever the journey's size. */
export const SUMMARY_PAGE_SIZE = 500;

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
  o: Pick<TEpisodeSummary, 'overall' | 'nps' | 'churned'>,
  kind: TOutcomeKind,
): number | null {
  if (kind === 'churn') return o.churned === null ? null : o.churned ? 1 : 0;
  return kind === 'overall' ? o.overall : o.nps;
}

/**
 * Key-moment analysis of stored data: episodes are read in keyset pages of summaries (each episode's
 * moments aggregated by SQL), fed one by one into core's `KeyMomentAccumulator`, then `findKeyMoments`.
 * Memory is O(page), never all moments. Experience and breach counts are the ones stored at ingestion;
 * "meets the standard" is judged against the journey's current standards (core's `checkMeasures` through
 * `keyMomentInputOf`). Every random choice hashes the episode key, so the same data give the same result.
 * All pages are read in one read-only repeatable-read transaction: one snapshot, even while ingesting.
 */
export async function analyzeStoredKeyMoments(
  db: TDatabase,
  workspaceId: string,
  query: TStoredKeyMomentQuery,
): Promise<TKeyMomentResult> {
  const [stored] = await findJourneys(db.orm, workspaceId, query.journey);
  if (!stored) throw notFound(`journey "${query.journey}"`, ['params', 'journey']);
  const { journey } = stored;
  const byId = new Map<number, TTouchpoint>();
  for (const tp of journey.touchpoints) {
    const id = stored.touchpointIds.get(tp.key);
    if (id !== undefined) byId.set(id, tp);
  }
  const options = keyMomentOptionsOf(journey, { outcome: OUTCOMES[query.outcome], seed: query.seed ?? 1 });
  const acc = new KeyMomentAccumulator(options);
  const filter: TEpisodeFilter = { ...query, journeyId: stored.id };
  await db.orm.transaction(
    async (tx) => {
      let after = { customerId: 0, episodeId: 0 };
      for (;;) {
        const page = await findEpisodeSummaries(tx, workspaceId, filter, after, SUMMARY_PAGE_SIZE);
        for (const summary of page) {
          const moments = momentsOf(summary, byId);
          if (moments.length === 0) continue;
          const outcome = outcomeValueOf(summary, query.outcome);
          acc.addEpisode({ key: storedEpisodeKey(summary.customer, summary.episode), moments, outcome });
        }
        const last = page.at(-1);
        if (!last || page.length < SUMMARY_PAGE_SIZE) break;
        after = { customerId: last.customerId, episodeId: last.episodeId };
      }
    },
    { isolationLevel: 'repeatable read', accessMode: 'read only' },
  );
  return findKeyMoments(acc);
}

/** The episode's moments as key-moment input; moments of touchpoints no longer in the journey are left out. */
function momentsOf(summary: TEpisodeSummary, byId: ReadonlyMap<number, TTouchpoint>): TKeyMomentInput[] {
  const inputs: TKeyMomentInput[] = [];
  for (const [touchpointId, experience, rating, measures, breaches] of summary.moments) {
    const tp = byId.get(Number(touchpointId));
    if (!tp) continue;
    const judged = keyMomentInputOf({ measures, rating }, tp);
    inputs.push({ ...judged, experience, breaches: Number(breaches) });
  }
  return inputs;
}
