/** An order's moments as one key-moment episode, by the product's domain rules (pure). */
import { keyMomentInputOf } from '@mot/core';
import type { TKeyMomentEpisode, TKeyMomentInput } from '@mot/core';
import type { TJourney, TMomentInput, TTouchpoint } from '@mot/core';
import { OUTCOME_TOUCHPOINT, TOUCHPOINT } from './journey.ts';
import { reviewOutcome } from './reviews.ts';
import { RowError } from './olist.ts';

/** The journey's touchpoints that are analysed: all but the one whose rating is the outcome. */
export function analysedTouchpoints(journey: TJourney): TTouchpoint[] {
  return journey.touchpoints.filter((tp) => tp.key !== OUTCOME_TOUCHPOINT);
}

/**
 * One episode (an order): its moments in time order (ties keep journey order) as key-moment input via
 * `keyMomentInputOf` (experience by `experienceOf`, breaches by `findBreaches`); the ratings of the outcome
 * touchpoint become the outcome (their mean) and are not moments of the analysis, since a moment that is
 * the outcome would explain it perfectly.
 */
export function episodeOf(
  key: string,
  moments: readonly TMomentInput[],
  journey: TJourney,
): TKeyMomentEpisode {
  const byKey = new Map(journey.touchpoints.map((tp) => [tp.key, tp]));
  const ratings: number[] = [];
  const timed: { at: number; input: TKeyMomentInput }[] = [];
  for (const m of moments) {
    const tp = byKey.get(m.touchpoint);
    if (tp === undefined)
      throw new RowError(`episode ${key}: touchpoint "${m.touchpoint}" is not in the journey`);
    if (tp.key === OUTCOME_TOUCHPOINT) {
      if (m.rating !== undefined) ratings.push(m.rating);
      continue;
    }
    timed.push({ at: Date.parse(m.occurredAt), input: keyMomentInputOf(m, tp) });
  }
  // Array.prototype.sort is stable, so moments at the same instant keep their journey order.
  timed.sort((a, b) => a.at - b.at);
  return { key, moments: timed.map((t) => t.input), outcome: reviewOutcome(ratings) };
}

/**
 * Whether the order was delivered on or before the promise by the journey's standard (days_late meets its
 * target of 0), read from the episode's delivery moment; null when it has no delivery moment or no measure.
 */
export function keptPromise(episode: TKeyMomentEpisode): boolean | null {
  const delivery = episode.moments.find((m) => m.touchpoint === TOUCHPOINT.delivered);
  return delivery?.meetsStandard ?? null;
}
