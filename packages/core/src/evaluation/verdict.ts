/**
 * The verdict and the cautions, as codes and numbers (the product words them). Rules:
 * - basis: the difference-in-differences when there is a comparison group, else the treated group's
 *   before/after with customer-clustered errors; insufficient_data when that estimate cannot be computed
 *   (an empty side, fewer than 2 customers);
 * - improved / worsened: the interval excludes 0, the sign read with the metric's higherIsBetter (a breach
 *   rate that falls improved);
 * - moved_with_comparison: the difference-in-differences interval covers 0 while the treated group's own
 *   before/after interval does not: it changed, but not detectably more than the comparison group;
 * - no_detectable_change: otherwise.
 */
import type {
  TBeforeAfter,
  TClusteredEstimate,
  TDifferenceInDifferences,
  TEvaluationCaution,
  TEvaluationVerdict,
  TInitiativeEvaluation,
} from './types.ts';
import type { TWindow } from './window.ts';

/** Customers per group below which clustered errors are unreliable (Cameron & Miller 2015, "few clusters"). */
export const FEW_CLUSTERS = 30;
/** Observations per cell below which the large-sample intervals are doubtful. */
export const SMALL_CELL = 30;
/** Events (or non-events) per cell below which a rate's interval is doubtful (the usual np >= 5 rule). */
export const SMALL_COUNT = 5;
/** Weeks on either side below which the window is short. */
export const SHORT_WINDOW_WEEKS = 4;

function directionOf(e: { lower: number; upper: number; estimate: number }): 'up' | 'down' | 'none' {
  if (e.lower > 0) return 'up';
  if (e.upper < 0) return 'down';
  return 'none';
}

/** The verdict (see the file header). */
export function verdictOf(
  window: TWindow,
  beforeAfter: TBeforeAfter | null,
  did: TDifferenceInDifferences | null,
): TEvaluationVerdict {
  const base = { confidence: window.confidence, higherIsBetter: window.higherIsBetter };
  const decided: TClusteredEstimate | null | undefined = did ? did.estimate : beforeAfter?.clustered;
  if (beforeAfter === null || decided == null || !Number.isFinite(decided.se)) {
    return {
      ...base,
      code: 'insufficient_data',
      basis: null,
      estimate: null,
      lower: null,
      upper: null,
      p: null,
      direction: 'none',
    };
  }
  const direction = directionOf(decided);
  const numbers = {
    ...base,
    basis: did ? ('difference_in_differences' as const) : ('before_after' as const),
    estimate: decided.estimate,
    lower: decided.lower,
    upper: decided.upper,
    p: decided.p,
    direction,
  };
  if (direction !== 'none') {
    const isBetter = (direction === 'up') === window.higherIsBetter;
    return { ...numbers, code: isBetter ? 'improved' : 'worsened' };
  }
  const treated = beforeAfter.clustered;
  const treatedMoved = did !== null && treated !== null && directionOf(treated) !== 'none';
  return { ...numbers, code: treatedMoved ? 'moved_with_comparison' : 'no_detectable_change' };
}

/** The cautions of an evaluation, in a fixed order. */
export function cautionsOf(
  window: TWindow,
  e: Omit<TInitiativeEvaluation, 'verdict' | 'cautions'>,
  verdict: TEvaluationVerdict,
): TEvaluationCaution[] {
  const cautions: TEvaluationCaution[] = [];
  if (e.did === null) cautions.push('no_comparison');
  if (e.parallelTrends?.differs) cautions.push('pre_trend_differs');
  if (e.parallelTrends && e.parallelTrends.slopeDifference === null) cautions.push('pre_trend_untestable');
  const hasComparison = e.counts.comparisonClusters > 0;
  if (
    e.counts.treatedClusters < FEW_CLUSTERS ||
    (hasComparison && e.counts.comparisonClusters < FEW_CLUSTERS)
  ) {
    cautions.push('few_clusters');
  }
  const cells = e.did
    ? Object.values(e.did.cells)
    : e.beforeAfter
      ? [e.beforeAfter.before, e.beforeAfter.after]
      : [];
  const isSmall = (c: { n: number; mean: number }): boolean =>
    c.n < SMALL_CELL ||
    (window.kind === 'rate' && Math.min(c.n * c.mean, c.n * (1 - c.mean)) < SMALL_COUNT - 1e-9);
  if (verdict.code !== 'insufficient_data' && cells.some(isSmall)) cautions.push('small_sample');
  if (window.weeksBefore < SHORT_WINDOW_WEEKS || window.weeksAfter < SHORT_WINDOW_WEEKS)
    cautions.push('window_short');
  const change = e.did?.comparisonChange;
  if (change && (change.lower > 0 || change.upper < 0)) cautions.push('comparison_changed_too');
  return cautions;
}
