/**
 * The pre-period parallel-trend check, two tests on the saturated group x week model (clustered by customer,
 * clustered-contrast.ts), over the pre-period weeks with observations in both groups:
 * - the difference of the groups' pre-period linear slopes (treated minus comparison, per week), each the
 *   observation-weighted least-squares slope of the group's weekly means: a single number with an interval,
 *   in the metric's units per week, with power against the divergence that biases a difference-in-
 *   differences most when extrapolated past the start (a steady drift apart); needs 3 weeks;
 * - the joint Wald F test that every pre-period event-study coefficient is 0, which also catches a dip or a
 *   jump just before the start (Ashenfelter 1978, REStat 60:47) that a slope misses; needs week -1 and one
 *   more, and no more coefficients than clusters - 1.
 * `differs` combines them by Bonferroni (Dunn 1961, JASA 56:52): the smaller p times the number of tests
 * below 1 - confidence, so the check raises a false alarm at most at that rate. Passing it does not prove
 * parallel trends, and low power is the rule with few weeks (Roth 2022, AER: Insights 4:305); the caution
 * `pre_trend_untestable` says when there is too little to test.
 */
import type { TStreamCounts } from './assemble.ts';
import type { ClusterSums } from './cluster-sums.ts';
import { clusteredEstimate, clusteredWaldTest, prepareContrast } from './clustered-contrast.ts';
import type { TContrastTerm, TPreparedContrast } from './clustered-contrast.ts';
import { eventContrast, REFERENCE_WEEK, saturatedModel } from './event-study.ts';
import type { TEvaluationGroup, TParallelTrends } from './types.ts';
import { cellOf } from './window.ts';
import type { TWindow } from './window.ts';

/** Pre-period weeks needed for the slope test. */
export const SLOPE_MIN_WEEKS = 3;

/** The observation-weighted least-squares slope of a group's weekly means over `weeks`, as contrast terms. */
function slopeTerms(
  window: TWindow,
  sums: ClusterSums,
  group: TEvaluationGroup,
  weeks: number[],
  sign: number,
) {
  const cells = weeks.map((w) => cellOf(window, group, w));
  const n = cells.map((k) => sums.n[k] as number);
  const total = n.reduce((a, b) => a + b, 0);
  const centre = weeks.reduce((a, w, i) => a + w * (n[i] as number), 0) / total;
  const sxx = weeks.reduce((a, w, i) => a + (n[i] as number) * (w - centre) ** 2, 0);
  return cells.map((k, i): TContrastTerm => ({
    coefficient: (sign * (n[i] as number) * ((weeks[i] as number) - centre)) / sxx,
    cells: [k],
  }));
}

/** The parallel-trend check (see the file header). */
export function parallelTrendsOf(window: TWindow, sums: ClusterSums, counts: TStreamCounts): TParallelTrends {
  const weeks: number[] = [];
  for (let w = -window.weeksBefore; w < 0; w++) {
    const both =
      (sums.n[cellOf(window, 'treated', w)] as number) > 0 &&
      (sums.n[cellOf(window, 'comparison', w)] as number) > 0;
    if (both) weeks.push(w);
  }
  const model = saturatedModel(window, sums, counts, true);
  const slopeDifference =
    weeks.length >= SLOPE_MIN_WEEKS
      ? clusteredEstimate(
          sums,
          prepareContrast(sums, [
            ...slopeTerms(window, sums, 'treated', weeks, 1),
            ...slopeTerms(window, sums, 'comparison', weeks, -1),
          ]),
          model,
          window.confidence,
        )
      : null;
  const coefficients = weeks.includes(REFERENCE_WEEK)
    ? weeks
        .filter((w) => w !== REFERENCE_WEEK)
        .map((w) => prepareContrast(sums, eventContrast(window, w, true)))
        .filter((c): c is TPreparedContrast => c !== null)
    : [];
  const joint = clusteredWaldTest(sums, coefficients, model);
  const ps = [slopeDifference?.p, joint?.p].filter((p): p is number => p !== undefined && Number.isFinite(p));
  const differs = ps.length > 0 && Math.min(...ps) * ps.length < 1 - window.confidence;
  return { preWeeks: weeks.length, slopeDifference, joint, differs };
}
