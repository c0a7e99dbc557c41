/** Validation of one episode before anything of it is added, so a bad episode leaves no trace. */
import { AnalyticsInputError } from '../analytics/errors.ts';
import type { TResolvedKeyMomentOptions } from './resolve.ts';
import type { TKeyMomentEpisode } from './types.ts';

const finite = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v);

/** Checks an episode; returns the touchpoint index of each moment. `at` is the episode's path. */
export function checkEpisode(episode: TKeyMomentEpisode, r: TResolvedKeyMomentOptions, at: string): number[] {
  if (typeof episode.key !== 'string' || episode.key.length === 0)
    throw new AnalyticsInputError('bad_option', `${at}.key`);
  if (!Array.isArray(episode.moments)) throw new AnalyticsInputError('bad_option', `${at}.moments`);
  const outcome = episode.outcome;
  if (outcome != null) {
    if (!finite(outcome)) throw new AnalyticsInputError('not_finite', `${at}.outcome`);
    if (r.binary && outcome !== 0 && outcome !== 1)
      throw new AnalyticsInputError('not_binary', `${at}.outcome`);
  }
  checkMeasureValues(episode.measures, r, `${at}.measures`);
  return episode.moments.map((m, i) => {
    const path = `${at}.moments[${i}]`;
    const j = r.index.get(m.touchpoint);
    if (j === undefined)
      throw new AnalyticsInputError('bad_option', `${path}.touchpoint`, 'unknown touchpoint');
    if (m.experience !== null && !(finite(m.experience) && m.experience >= -1 && m.experience <= 1))
      throw new AnalyticsInputError('out_of_range', `${path}.experience`, 'must be within -1..+1 or null');
    if (m.rating != null && !finite(m.rating)) throw new AnalyticsInputError('not_finite', `${path}.rating`);
    if (m.breaches !== undefined && !(finite(m.breaches) && m.breaches >= 0))
      throw new AnalyticsInputError('bad_option', `${path}.breaches`, 'must be finite and >= 0');
    checkMeasureValues(m.measures, r, `${path}.measures`);
    return j;
  });
}

function checkMeasureValues(
  values: Readonly<Record<string, number>> | undefined,
  r: TResolvedKeyMomentOptions,
  path: string,
): void {
  if (values === undefined) return;
  for (const measure of r.measures) {
    const v = values[measure.key];
    if (v !== undefined && !finite(v)) throw new AnalyticsInputError('not_finite', `${path}.${measure.key}`);
  }
}
