/**
 * A rating question's score with its 95% interval, by what the question measures, through core's one
 * implementation of each method (analytics/scores.ts, means.ts):
 * - NPS (Reichheld 2003): promoters minus detractors, in points (-100..+100), Wald interval from the
 *   +1/0/-1 variance P + D - (P - D)² (`scoreNps`);
 * - CSAT: the share of the top two points of the scale, Wilson interval (`scoreCsat`, Wilson 1927);
 * - CES (Dixon, Freeman & Toman 2010) and any other rating: the mean with a Student t interval
 *   (`scoreCes`, `meanInterval`; Student 1908).
 * An interval needs two answers for a mean; with one the estimate stands alone (bounds null). The Wald
 * interval of a small sample can pass the ends of the NPS scale; it is cut at -100 and +100 (Rocks 2016
 * studies intervals that need no cut).
 */
import { meanInterval, scoreCes, scoreCsat, scoreNps } from '@mot/core';

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

/** The score of `values` (answers on `scale`, already checked) as `kind`; null without answers. */
export function scoreRatings(
  kind: TScoreKind,
  values: readonly number[],
  scale: { min: number; max: number },
): TScore | null {
  const n = values.length;
  if (n === 0) return null;
  switch (kind) {
    case 'nps': {
      const s = scoreNps(values);
      return {
        kind,
        n,
        estimate: 100 * s.nps,
        lower: Math.max(-100, 100 * s.lower),
        upper: Math.min(100, 100 * s.upper),
        promoters: s.promoters,
        passives: s.passives,
        detractors: s.detractors,
      };
    }
    case 'csat': {
      // Top two boxes of the question's own scale (of a 1-5 CSAT: 4 and 5).
      const s = scoreCsat(values, { scale, topBoxes: Math.min(2, scale.max - scale.min) });
      return { kind, n, estimate: s.share, lower: s.lower, upper: s.upper };
    }
    case 'ces':
    case 'mean': {
      if (n < 2) return { kind, n, estimate: values[0] as number, lower: null, upper: null };
      const s = kind === 'ces' ? scoreCes(values, { scale }) : meanInterval(values);
      return { kind, n, estimate: s.estimate, lower: s.lower, upper: s.upper };
    }
  }
}
