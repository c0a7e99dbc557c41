/**
 * Suggested comparison groups for a difference-in-differences: the candidate touchpoints or segments most
 * like the treated one before the start, in pre-period volume (on a log scale: 200 vs 100 observations is as
 * far as 2,000 vs 1,000) and pre-period level of the metric. Each dimension is divided by its standard
 * deviation over the treated group and the eligible candidates (so neither unit dominates; a dimension
 * without spread counts for nothing), and candidates are ranked by the Euclidean distance to the treated
 * group, ties by id. This is nearest-neighbour matching on standardised pre-period characteristics (Stuart
 * 2010, Statistical Science 25:1, section 2); similar levels make the parallel-trend assumption more
 * plausible, similar volumes similar precision. The parallel-trend check still has to be read.
 */
import { AnalyticsInputError } from '../analytics/errors.ts';
import type { TComparisonCandidate, TSuggestedComparison } from './types.ts';

function spread(values: readonly number[]): number {
  const mean = values.reduce((a, b) => a + b, 0) / values.length;
  const variance = values.reduce((a, v) => a + (v - mean) ** 2, 0) / Math.max(1, values.length - 1);
  const sd = Math.sqrt(variance);
  return sd > 0 && Number.isFinite(sd) ? sd : Infinity;
}

/**
 * The k candidates nearest the treated group (see the file header), nearest first. Candidates with no
 * pre-period volume, a non-finite level or the treated group's id are left out.
 */
export function suggestComparisons(
  treated: { id?: string; preVolume: number; preLevel: number },
  candidates: readonly TComparisonCandidate[],
  k: number,
): TSuggestedComparison[] {
  if (!(Number.isInteger(k) && k >= 1))
    throw new AnalyticsInputError('bad_option', 'k', 'must be an integer >= 1');
  if (!(Number.isFinite(treated.preVolume) && treated.preVolume > 0)) {
    throw new AnalyticsInputError('out_of_range', 'treated.preVolume', 'must be > 0');
  }
  if (!Number.isFinite(treated.preLevel)) throw new AnalyticsInputError('not_finite', 'treated.preLevel');
  const eligible = candidates.filter(
    (c) =>
      c.id !== treated.id && Number.isFinite(c.preVolume) && c.preVolume > 0 && Number.isFinite(c.preLevel),
  );
  if (eligible.length === 0) return [];
  const logVolume = (v: number): number => Math.log(v);
  const volumeScale = spread([treated.preVolume, ...eligible.map((c) => c.preVolume)].map(logVolume));
  const levelScale = spread([treated.preLevel, ...eligible.map((c) => c.preLevel)]);
  const ranked = eligible.map((c) => ({
    ...c,
    distance: Math.hypot(
      (logVolume(c.preVolume) - logVolume(treated.preVolume)) / volumeScale,
      (c.preLevel - treated.preLevel) / levelScale,
    ),
  }));
  ranked.sort((a, b) => a.distance - b.distance || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  return ranked.slice(0, k);
}
