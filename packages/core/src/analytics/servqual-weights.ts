import { AnalyticsInputError } from './errors.ts';
import type { ServqualDimensionMap, ServqualResponse } from './servqual.ts';

/** One importance allocation (points summing to 100) → weights summing to 1; the allocation must cover exactly the dimensions. */
export function readWeights(
  allocation: Readonly<Record<string, number>>,
  dims: ServqualDimensionMap,
  tolerance: number,
): Record<string, number> {
  const names = Object.keys(dims);
  for (const key of Object.keys(allocation)) {
    if (!names.includes(key))
      throw new AnalyticsInputError('bad_option', `importance.${key}`, 'not a dimension');
  }
  let total = 0;
  for (const name of names) {
    const v = allocation[name];
    if (v === undefined || !Number.isFinite(v) || v < 0) {
      throw new AnalyticsInputError('bad_option', `importance.${name}`, 'needs a points value >= 0');
    }
    total += v;
  }
  if (Math.abs(total - 100) > tolerance) {
    throw new AnalyticsInputError(
      'bad_option',
      'importance',
      `points sum to ${total}, expected 100 ± ${tolerance}`,
    );
  }
  return Object.fromEntries(names.map((name) => [name, (allocation[name] ?? 0) / 100]));
}

/**
 * Each respondent's own allocation (`response.importance`) as weights summing to 1: their points divided
 * by their own total, since respondents asked to allocate 100 points often miss the sum. An allocation
 * with a dimension missing or negative, or a total of 0, is unusable (null): that respondent counts for
 * the gaps but not for the weighted score. Throws when no respondent gave a usable allocation.
 */
export function respondentWeights(
  responses: readonly ServqualResponse[],
  names: readonly string[],
): (Record<string, number> | null)[] {
  const weights = responses.map((r) => {
    const points = names.map((name) =>
      r.importance && Object.hasOwn(r.importance, name) ? r.importance[name] : null,
    );
    if (points.some((v) => v == null || !Number.isFinite(v) || v < 0)) return null;
    const total = points.reduce<number>((a, v) => a + (v ?? 0), 0);
    return total > 0 ? Object.fromEntries(names.map((name, k) => [name, (points[k] ?? 0) / total])) : null;
  });
  if (!weights.some((w) => w !== null)) {
    throw new AnalyticsInputError('too_few_rows', 'importance', 'no respondent gave a usable allocation');
  }
  return weights;
}

/** The mean of the respondents' weights, over those with a usable allocation. */
export function meanWeights(
  weights: readonly (Readonly<Record<string, number>> | null)[],
  names: readonly string[],
): Record<string, number> {
  const usable = weights.filter((w) => w !== null);
  return Object.fromEntries(
    names.map((name) => [name, usable.reduce((a, w) => a + (w[name] ?? 0), 0) / usable.length]),
  );
}
