/**
 * Simulator records as key-moment episodes, for recovery tests, demos and benchmarks: the moments of an
 * episode are gathered until its `episode_outcome` record (the simulator emits them in that order), so only
 * one episode is held at a time.
 */
import type { TJourney, TTouchpoint } from '../domain/journey.ts';
import type { TSimEpisodeOutcome, TSimRecord } from '../simulator/records.ts';
import { keyMomentInputOf } from './journey.ts';
import type { TKeyMomentEpisode, TKeyMomentInput } from './types.ts';

/**
 * Which outcome to read: overall satisfaction (1..10), NPS answer (0..10), promoter (1 when the answer is 9
 * or 10, 0 otherwise; Reichheld 2003), or churned (1) / stayed (0).
 */
export type TSimulatedOutcome = 'overall' | 'nps' | 'promoter' | 'churned';

/** Options: which outcome, and whether experience is the planted one (`measures`) or the domain rule's. */
export type TSimulatedEpisodeOptions = {
  outcome: TSimulatedOutcome;
  /**
   * `measures` (default): the record's experience and breaches of its measures, what the outcome is planted
   * on; `domain`: `experienceOf` (rating first) and `findBreaches` (a bottom rating is a breach too).
   */
  experience?: 'measures' | 'domain';
};

function outcomeOf(record: TSimEpisodeOutcome, which: TSimulatedOutcome): number | null {
  if (which === 'churned') return record.churned ? 1 : 0;
  if (which === 'promoter') return record.nps === null ? null : record.nps >= 9 ? 1 : 0;
  return which === 'nps' ? record.nps : record.overall;
}

/** Yields each finished episode with its journey key; moments of episodes without an outcome are dropped. */
export function* simulatedEpisodes(
  records: Iterable<TSimRecord>,
  journeys: readonly TJourney[],
  options: TSimulatedEpisodeOptions,
): Generator<{ journey: string; episode: TKeyMomentEpisode }> {
  const touchpoints = new Map<string, TTouchpoint>();
  for (const j of journeys) for (const tp of j.touchpoints) touchpoints.set(`${j.key}/${tp.key}`, tp);
  let moments: TKeyMomentInput[] = [];
  let episode = '';
  for (const record of records) {
    if (record.kind === 'customer') continue;
    if (record.kind === 'moment') {
      const m = record.moment;
      if (m.episode !== episode) [moments, episode] = [[], m.episode];
      const tp = touchpoints.get(`${m.journey}/${m.touchpoint}`);
      if (tp === undefined) continue;
      const input = keyMomentInputOf({ measures: m.measures, rating: m.rating }, tp);
      // The planted view: the measures' experience and breaches only (a bottom rating is not a planted breach).
      const planted = { ...input, experience: record.experience, breaches: record.breaches };
      moments.push(options.experience === 'domain' ? input : planted);
      continue;
    }
    if (record.episode === episode) {
      yield {
        journey: record.journey,
        episode: { key: record.episode, moments, outcome: outcomeOf(record, options.outcome) },
      };
    }
    [moments, episode] = [[], ''];
  }
}
