/**
 * A rating question's score with its 95% interval, by what the question measures, through core's one
 * implementation of each method (analytics/scores.ts, proportions.ts, means.ts), from the counts of each
 * answer the database summed (count-answer-values.ts):
 * - NPS (Reichheld 2003): promoters minus detractors, in points (-100..+100), Wald interval from the
 *   +1/0/-1 variance P + D - (P - D)² (`npsFromCounts`, as `scoreNps`);
 * - CSAT: the share of the top two points of the scale, Wilson interval (`wilsonInterval`, as `scoreCsat`;
 *   Wilson 1927);
 * - CES (Dixon, Freeman & Toman 2010) and any other rating: the mean with a Student t interval
 *   (`meanIntervalFromSummary`, as `scoreCes` and `meanInterval`; Student 1908).
 * An interval needs two answers for a mean; with one the estimate stands alone (bounds null). The Wald
 * interval of a small sample can pass the ends of the NPS scale; it is cut at -100 and +100 (Rocks 2016
 * studies intervals that need no cut).
 */
import { meanIntervalFromSummary, npsFromCounts, npsGroupOf, topBoxCut, wilsonInterval } from '@mot/core';
import type { TNpsScore } from '@mot/core';

/** How a rating is scored. */
export type TScoreKind = 'nps' | 'csat' | 'ces' | 'mean';

/** A score with its interval (null bounds: not enough answers for one). */
export type TScore = {
  kind: TScoreKind;
  n: number;
  estimate: number;
  lower: number | null;
  upper: number | null;
  /** NPS only: the counts of each group. */
  promoters?: number;
  passives?: number;
  detractors?: number;
};

/**
 * An NPS as the results show it: in points (-100..100), the interval cut at the ends of the scale, with
 * the counts of each group.
 */
export function npsScoreOf(s: TNpsScore): TScore {
  return {
    kind: 'nps',
    n: s.n,
    estimate: 100 * s.nps,
    lower: Math.max(-100, 100 * s.lower),
    upper: Math.min(100, 100 * s.upper),
    promoters: s.promoters,
    passives: s.passives,
    detractors: s.detractors,
  };
}

/** How many answers gave each number (a number given by no answer may be left out). */
export type TRatingCounts = ReadonlyArray<{ value: number; count: number }>;

/**
 * Size, mean and standard deviation (n - 1 denominator) of the answers `counts` describes: the mean, then
 * the squared deviations from it, each distinct value once with its weight (two passes over a few values,
 * as exact as Welford's one pass over every answer).
 */
function summarizeCounts(counts: TRatingCounts): { n: number; mean: number; sd: number } {
  let n = 0;
  let sum = 0;
  for (const { value, count } of counts) {
    n += count;
    sum += value * count;
  }
  const mean = sum / n;
  let m2 = 0;
  for (const { value, count } of counts) m2 += count * (value - mean) ** 2;
  return { n, mean, sd: n > 1 ? Math.sqrt(m2 / (n - 1)) : 0 };
}

/**
 * The score of the answers `counts` describes (answers on `scale`, already checked) as `kind`; null without
 * answers. From counts, by core's methods that take them: `npsFromCounts` (what `scoreNps` counts),
 * `wilsonInterval` of the top two boxes (as `scoreCsat`), `meanIntervalFromSummary` (as `scoreCes` and
 * `meanInterval`).
 */
export function scoreCounts(
  kind: TScoreKind,
  counts: TRatingCounts,
  scale: { min: number; max: number },
): TScore | null {
  const given = counts.filter((c) => c.count > 0);
  const n = given.reduce((sum, c) => sum + c.count, 0);
  if (n === 0) return null;
  switch (kind) {
    case 'nps': {
      // Grouped by core's rule, as `scoreNps` groups its answers.
      const groups = { promoters: 0, passives: 0, detractors: 0 };
      for (const { value, count } of given) groups[npsGroupOf(value)] += count;
      return npsScoreOf(npsFromCounts(groups));
    }
    case 'csat': {
      // Top two boxes of the question's own scale (of a 1-5 CSAT: 4 and 5).
      const topBoxes = Math.min(2, scale.max - scale.min);
      const cut = topBoxCut(scale, topBoxes);
      const w = wilsonInterval(
        given.reduce((sum, c) => sum + (c.value >= cut ? c.count : 0), 0),
        n,
      );
      return { kind, n, estimate: w.estimate, lower: w.lower, upper: w.upper };
    }
    case 'ces':
    case 'mean': {
      const summary = summarizeCounts(given);
      if (n < 2) return { kind, n, estimate: summary.mean, lower: null, upper: null };
      const s = meanIntervalFromSummary(summary);
      return { kind, n, estimate: s.estimate, lower: s.lower, upper: s.upper };
    }
  }
}
