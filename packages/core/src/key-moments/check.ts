/** Validation of one episode before anything of it is added, so a bad episode leaves no trace. */
import { AnalyticsInputError } from '../analytics/errors.ts';
import type { AnalyticsErrorCode } from '../analytics/errors.ts';
import type { TResolvedKeyMomentOptions } from './resolve.ts';
import type { TKeyMomentEpisode } from './types.ts';

const finite = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v);

/**
 * Checks an episode; returns the touchpoint index of each moment. `n` is the episode's number, for the
 * path of an error (`episodes[n].moments[i]...`); paths are only built when something is wrong.
 */
export function checkEpisode(episode: TKeyMomentEpisode, r: TResolvedKeyMomentOptions, n: number): number[] {
  if (typeof episode.key !== 'string' || episode.key.length === 0) fail('bad_option', n, -1, 'key');
  if (!Array.isArray(episode.moments)) fail('bad_option', n, -1, 'moments');
  const outcome = episode.outcome;
  if (outcome != null) {
    if (!finite(outcome)) fail('not_finite', n, -1, 'outcome');
    if (r.binary && outcome !== 0 && outcome !== 1) fail('not_binary', n, -1, 'outcome');
  }
  checkMeasureValues(episode.measures, r, n, -1);
  const moments = episode.moments;
  const index = new Array<number>(moments.length);
  for (let i = 0; i < moments.length; i++) {
    const m = moments[i] as (typeof moments)[number];
    const j = r.index.get(m.touchpoint);
    if (j === undefined) fail('bad_option', n, i, 'touchpoint', 'unknown touchpoint');
    if (m.experience !== null && !(finite(m.experience) && m.experience >= -1 && m.experience <= 1))
      fail('out_of_range', n, i, 'experience', 'must be within -1..+1 or null');
    if (m.rating != null && !finite(m.rating)) fail('not_finite', n, i, 'rating');
    if (m.breaches !== undefined && !(finite(m.breaches) && m.breaches >= 0))
      fail('bad_option', n, i, 'breaches', 'must be finite and >= 0');
    checkMeasureValues(m.measures, r, n, i);
    index[i] = j;
  }
  return index;
}

function checkMeasureValues(
  values: Readonly<Record<string, number>> | undefined,
  r: TResolvedKeyMomentOptions,
  n: number,
  moment: number,
): void {
  if (values === undefined) return;
  // A moment carries a few values and the options may name many measures: walk the values.
  for (const key in values) {
    const v = values[key];
    if (v !== undefined && !finite(v) && r.measureIndex.has(key))
      fail('not_finite', n, moment, `measures.${key}`);
  }
}

/** Throws the error of episode `n` (moment `moment`, or the episode itself when -1) at field `field`. */
function fail(code: AnalyticsErrorCode, n: number, moment: number, field: string, message?: string): never {
  const at = moment < 0 ? `episodes[${n}]` : `episodes[${n}].moments[${moment}]`;
  throw new AnalyticsInputError(code, `${at}.${field}`, message ?? '');
}
