import { DEFAULT_RATING_SCALE } from './journey.ts';
import type { TDirection, TMeasure, TRatingScale, TStandard, TTouchpoint } from './journey.ts';
import type { TMeasureValues } from './moment.ts';

/**
 * Experience value of a measure that meets its standard. Meeting a standard is good but is not delight:
 * operational measures behave like must-be attributes (Kano), so doing better than the target earns no more.
 */
export const MEETS_TARGET_VALUE = 0.5;
/** Experience value exactly at the tolerance floor: the worst acceptable value, still not a breach. */
export const AT_FLOOR_VALUE = -0.5;
/** Experience value beyond the floor (a breach) or at the bottom of the rating scale. */
export const BREACH_VALUE = -1;

/** How a measured value stands against its standard. */
export type TStandardStatus = 'meets' | 'below_target' | 'breach';

/** A measure's value judged against its standard. */
export type TMeasureCheck = {
  measure: string;
  value: number;
  target: number;
  floor: number;
  status: TStandardStatus;
  /** Experience value of this measure alone, on -1..+1. */
  experience: number;
};

/**
 * Judges one measured value against its standard.
 * - at or better than the target: `meets`, experience +0.5;
 * - between target and floor (floor included): `below_target`, experience interpolated linearly from +0.5
 *   at the target to -0.5 at the floor;
 * - beyond the floor: `breach`, experience -1.
 * When target and floor coincide, anything worse than the target is a breach.
 */
export function checkStandard(
  value: number,
  direction: TDirection,
  standard: TStandard,
): Pick<TMeasureCheck, 'status' | 'experience'> {
  // Turn both directions into "larger is worse" so one rule serves both.
  const sign = direction === 'lower_is_better' ? 1 : -1;
  const v = sign * value;
  const target = sign * standard.target;
  const floor = sign * standard.floor;
  if (v <= target) return { status: 'meets', experience: MEETS_TARGET_VALUE };
  if (v > floor) return { status: 'breach', experience: BREACH_VALUE };
  const share = (v - target) / (floor - target);
  return {
    status: 'below_target',
    experience: MEETS_TARGET_VALUE + share * (AT_FLOOR_VALUE - MEETS_TARGET_VALUE),
  };
}

/** Checks every measure of a moment that has a standard and a value; measures without either are skipped. */
export function checkMeasures(measures: TMeasureValues, definitions: readonly TMeasure[]): TMeasureCheck[] {
  const checks: TMeasureCheck[] = [];
  for (const def of definitions) {
    const value = measures[def.key];
    if (def.standard === undefined || value === undefined) continue;
    checks.push({
      measure: def.key,
      value,
      target: def.standard.target,
      floor: def.standard.floor,
      ...checkStandard(value, def.direction, def.standard),
    });
  }
  return checks;
}

/**
 * Whether a moment meets its standards: every measure that has a standard and a value meets it (the checks
 * of `checkMeasures`); undefined when no measure can be checked. Builds no report, for bulk reads.
 */
export function meetsStandards(
  measures: TMeasureValues,
  definitions: readonly TMeasure[],
): boolean | undefined {
  let meets: boolean | undefined;
  for (const def of definitions) {
    const value = measures[def.key];
    if (def.standard === undefined || value === undefined) continue;
    if (checkStandard(value, def.direction, def.standard).status !== 'meets') return false;
    meets = true;
  }
  return meets;
}

/** Maps a rating on its scale to -1..+1 linearly (bottom of the scale -1, top +1). */
export function ratingToExperience(rating: number, scale: TRatingScale = DEFAULT_RATING_SCALE): number {
  const clamped = Math.min(scale.max, Math.max(scale.min, rating));
  return (2 * (clamped - scale.min)) / (scale.max - scale.min) - 1;
}

/** Whether a rating is at the bottom of its scale, which counts as a tolerance-floor breach. */
export function isBottomRating(rating: number, scale: TRatingScale = DEFAULT_RATING_SCALE): boolean {
  return rating <= scale.min;
}

/** Where a moment's experience value came from, in order of trust. */
export type TExperienceSource = 'rating' | 'sentiment' | 'measures';

/** A moment's experience value on -1..+1 and its source; `value` is null when nothing tells. */
export type TExperience = { value: number | null; source: TExperienceSource | null };

/** What `experienceOf` needs to know of a moment. */
export type TMomentSignals = {
  measures: TMeasureValues;
  rating?: number | null | undefined;
  /**
   * Sentiment of the moment's comment on -1..+1, when it has been scored and reads positive or negative
   * (`sentimentSignal` in `@mot/core/text`); a neutral comment leaves it null.
   */
  sentiment?: number | null | undefined;
};

/**
 * A moment's experience value (-1 very negative .. +1 very positive), from the most trusted signal it has:
 * 1. the customer's own rating of the moment, mapped linearly from the touchpoint's rating scale;
 * 2. else the sentiment of its comment;
 * 3. else its measures against their standards: the worst measure decides (a single breached floor makes
 *    the moment a bad one however good the rest was), see `checkStandard`.
 * With none of these (no rating, no sentiment, no measure that has a standard) the value is null.
 * `checks`: the moment's `checkMeasures`, when the caller has them already (so a moment is judged once).
 */
export function experienceOf(
  moment: TMomentSignals,
  touchpoint: Pick<TTouchpoint, 'measures' | 'ratingScale'>,
  checks?: readonly TMeasureCheck[],
): TExperience {
  if (moment.rating != null) {
    return { value: ratingToExperience(moment.rating, touchpoint.ratingScale), source: 'rating' };
  }
  if (moment.sentiment != null) {
    return { value: Math.min(1, Math.max(-1, moment.sentiment)), source: 'sentiment' };
  }
  const judged = checks ?? checkMeasures(moment.measures, touchpoint.measures);
  if (judged.length === 0) return { value: null, source: null };
  return { value: Math.min(...judged.map((c) => c.experience)), source: 'measures' };
}

/** A tolerance-floor breach of one moment: a measure beyond its floor, or a rating at the bottom of the scale. */
export type TBreach =
  | { kind: 'measure'; measure: string; value: number; floor: number }
  | { kind: 'rating'; value: number; floor: number };

/** Every tolerance-floor breach of a moment at a touchpoint; `checks` as for `experienceOf`. */
export function findBreaches(
  moment: Pick<TMomentSignals, 'measures' | 'rating'>,
  touchpoint: Pick<TTouchpoint, 'measures' | 'ratingScale'>,
  checks: readonly TMeasureCheck[] = checkMeasures(moment.measures, touchpoint.measures),
): TBreach[] {
  const breaches: TBreach[] = checks
    .filter((c) => c.status === 'breach')
    .map((c) => ({ kind: 'measure', measure: c.measure, value: c.value, floor: c.floor }));
  const scale = touchpoint.ratingScale ?? DEFAULT_RATING_SCALE;
  if (moment.rating != null && isBottomRating(moment.rating, scale)) {
    breaches.push({ kind: 'rating', value: moment.rating, floor: scale.min });
  }
  return breaches;
}
