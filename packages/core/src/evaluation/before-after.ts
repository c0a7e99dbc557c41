/**
 * The treated group before vs after, each observation taken as independent, with the method that fits the
 * metric: Welch's t for means (analytics/means.ts), Newcombe's hybrid score interval with the pooled z
 * test for rates (analytics/proportions.ts), the NPS difference with its own +1/0/-1 variance
 * (analytics/scores.ts). The clustered version (repeated customers) is added by the evaluator.
 */
import { welchTestFromSummaries } from '../analytics/means.ts';
import { newcombeDifference, twoProportionZTest } from '../analytics/proportions.ts';
import { compareNps, npsFromCounts } from '../analytics/scores.ts';
import type { TCellTotals } from './cluster-sums.ts';
import type { TBeforeAfter, TEvaluationMetricKind } from './types.ts';

/** Observations of a period, pooled over its weeks. */
export type TPeriodTotals = Omit<TCellTotals, 'clusters'>;

/** NPS answer counts from the sums of +1/0/-1 scores: promoters - detractors and promoters + detractors. */
export function npsCountsOf(t: TPeriodTotals): { promoters: number; passives: number; detractors: number } {
  const promoters = Math.round((t.sumSquares + t.sum) / 2);
  const detractors = Math.round((t.sumSquares - t.sum) / 2);
  return { promoters, detractors, passives: t.n - promoters - detractors };
}

function sdOf(t: TPeriodTotals): number {
  return Math.sqrt(Math.max(0, (t.sumSquares - (t.sum * t.sum) / t.n) / (t.n - 1)));
}

/** after - before of the treated group; null with fewer than 2 observations on a side. */
export function compareBeforeAfter(
  kind: TEvaluationMetricKind,
  before: TPeriodTotals,
  after: TPeriodTotals,
  confidence: number,
): Omit<TBeforeAfter, 'before' | 'after' | 'clustered'> | null {
  if (before.n < 2 || after.n < 2) return null;
  if (kind === 'mean') {
    const r = welchTestFromSummaries(
      { n: after.n, mean: after.sum / after.n, sd: sdOf(after) },
      { n: before.n, mean: before.sum / before.n, sd: sdOf(before) },
      confidence,
    );
    return { method: 'welch', difference: { estimate: r.estimate, lower: r.lower, upper: r.upper, p: r.p } };
  }
  if (kind === 'rate') {
    const interval = newcombeDifference(after.sum, after.n, before.sum, before.n, { confidence });
    const { p } = twoProportionZTest(after.sum, after.n, before.sum, before.n);
    return { method: 'newcombe', difference: { ...interval, p } };
  }
  const r = compareNps(
    npsFromCounts(npsCountsOf(after), confidence),
    npsFromCounts(npsCountsOf(before), confidence),
    confidence,
  );
  return {
    method: 'nps_wald',
    difference: { estimate: r.difference, lower: r.lower, upper: r.upper, p: r.p },
  };
}
