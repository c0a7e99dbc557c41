/** Bridges from the domain model: accumulator options from a journey, key-moment inputs from moments. */
import { checkMeasures, experienceOf, findBreaches } from '../domain/experience.ts';
import type { TMomentSignals } from '../domain/experience.ts';
import type { TJourney, TTouchpoint } from '../domain/journey.ts';
import { RECOVERY_CALLBACK_TOUCHPOINT } from '../loop/callback.ts';
import type { TKeyMomentInput, TKeyMomentOptions } from './types.ts';

/**
 * The touchpoints the key-moment analysis weighs: every one but the recovery callback. Only customers who
 * hit a floor are called back, so its experience would stand for "had a breach" rather than for a step all
 * customers pass (a confounded candidate), and its `solved` measure is not a floor to find. Its moments stay
 * in the episode (timeline, recovery figures) but not in this analysis.
 */
export function analysedTouchpointsOf<T extends { key: string }>(touchpoints: readonly T[]): T[] {
  return touchpoints.filter((tp) => tp.key !== RECOVERY_CALLBACK_TOUCHPOINT);
}

/**
 * Options for a journey's touchpoints (in journey order) and every measure that has a standard, its
 * current floor echoed. A measure key used at two touchpoints is searched once, over both (first wins).
 */
export function keyMomentOptionsOf(
  journey: Pick<TJourney, 'touchpoints'>,
  rest: Omit<TKeyMomentOptions, 'touchpoints' | 'measures'>,
): TKeyMomentOptions {
  const measures = new Map<string, NonNullable<TKeyMomentOptions['measures']>[number]>();
  const touchpoints = analysedTouchpointsOf(journey.touchpoints);
  for (const tp of touchpoints) {
    for (const m of tp.measures) {
      if (m.standard === undefined || measures.has(m.key)) continue;
      measures.set(m.key, {
        key: m.key,
        direction: m.direction,
        touchpoint: tp.key,
        floor: m.standard.floor,
      });
    }
  }
  return {
    ...rest,
    touchpoints: touchpoints.map((tp) => ({ key: tp.key, ratingScale: tp.ratingScale })),
    measures: [...measures.values()],
  };
}

/**
 * A moment as key-moment input by the domain rules: experience by `experienceOf` (rating, else sentiment,
 * else measures), breaches by `findBreaches`, and "meets the standard" when every measure with a standard
 * meets it (unknown when none has one).
 */
export function keyMomentInputOf(
  moment: TMomentSignals,
  touchpoint: Pick<TTouchpoint, 'key' | 'measures' | 'ratingScale'>,
): TKeyMomentInput {
  const checks = checkMeasures(moment.measures, touchpoint.measures);
  return {
    touchpoint: touchpoint.key,
    experience: experienceOf(moment, touchpoint, checks).value,
    rating: moment.rating ?? null,
    meetsStandard: checks.length === 0 ? undefined : checks.every((c) => c.status === 'meets'),
    breaches: findBreaches(moment, touchpoint, checks).length,
    measures: moment.measures,
  };
}
