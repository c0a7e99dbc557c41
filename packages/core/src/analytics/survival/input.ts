import { AnalyticsInputError } from '../errors.ts';

/** An event flag: 1 or `true` = the event (churn, arrest, relapse) was seen; 0 or `false` = censored. */
export type EventFlag = 0 | 1 | boolean;

/** Durations with their event flags, validated and copied into plain arrays. */
export interface SurvivalData {
  readonly times: number[];
  readonly events: boolean[];
}

/**
 * Checks durations and event flags: equal lengths, finite non-negative times, 0/1 flags.
 * `events` may be omitted, meaning every subject had the event (no censoring).
 */
export function readSurvivalData(times: readonly number[], events?: readonly EventFlag[]): SurvivalData {
  if (times.length === 0) throw new AnalyticsInputError('too_few_rows', 'times', 'no subjects');
  if (events !== undefined && events.length !== times.length) {
    throw new AnalyticsInputError(
      'width_mismatch',
      'events',
      `${events.length} flags for ${times.length} times`,
    );
  }
  const outTimes: number[] = [];
  const outEvents: boolean[] = [];
  times.forEach((time, i) => {
    if (!Number.isFinite(time) || time < 0) {
      throw new AnalyticsInputError('not_finite', `times[${i}]`, 'a duration must be finite and >= 0');
    }
    const flag = events === undefined ? 1 : events[i];
    if (flag !== 0 && flag !== 1 && flag !== true && flag !== false) {
      throw new AnalyticsInputError('not_binary', `events[${i}]`, 'expected 0/1 or a boolean');
    }
    outTimes.push(time);
    outEvents.push(flag === 1 || flag === true);
  });
  return { times: outTimes, events: outEvents };
}

/** Subject indices sorted by time, ascending unless `descending` (stable, so input order breaks ties). */
export function orderByTime(times: readonly number[], descending = false): number[] {
  const sign = descending ? -1 : 1;
  return times.map((_, i) => i).sort((a, b) => sign * ((times[a] ?? 0) - (times[b] ?? 0)));
}
