/**
 * The event study: the saturated group x week model (a mean per group and week), each week's effect the
 * contrast (treated_w - treated_-1) - (comparison_w - comparison_-1) against the reference week -1 (the
 * week before the start), with customer-clustered standard errors and pointwise t(G - 1) intervals
 * (clustered-contrast.ts). Without a comparison group, treated_w - treated_-1. An event study of this
 * form is the dynamic difference-in-differences of e.g. Freyaldenhoven, Hansen & Shapiro 2019 (AER
 * 109:3307) and Roth et al. 2023 (J. Econometrics 235:2218), with one treated cohort.
 */
import type { TStreamCounts } from './assemble.ts';
import type { ClusterSums } from './cluster-sums.ts';
import { clusteredEstimate, prepareContrast } from './clustered-contrast.ts';
import type { TClusterModel, TContrastTerm } from './clustered-contrast.ts';
import type { TCellSummary, TEventStudy, TEventStudyWeek } from './types.ts';
import { cellOf } from './window.ts';
import type { TWindow } from './window.ts';

/** The reference week of the event study. */
export const REFERENCE_WEEK = -1;

function cellSummary(sums: ClusterSums, cell: number): TCellSummary | null {
  const n = sums.n[cell] as number;
  if (n === 0) return null;
  return { n, clusters: sums.clusters[cell] as number, mean: (sums.sum[cell] as number) / n };
}

/** Non-empty cells of the saturated model over the groups used: its parameter count K. */
export function saturatedModel(
  window: TWindow,
  sums: ClusterSums,
  counts: TStreamCounts,
  hasComparison: boolean,
): TClusterModel {
  const cells = hasComparison ? 2 * window.weeks : window.weeks;
  let parameters = 0;
  let observations = 0;
  for (let k = 0; k < cells; k++) {
    const n = sums.n[k] as number;
    if (n > 0) parameters++;
    observations += n;
  }
  const clusters = hasComparison ? counts.clusters : counts.treatedClusters;
  return { clusters, observations, parameters };
}

/** The contrast of week w against the reference week (vs the comparison group when asked). */
export function eventContrast(window: TWindow, week: number, hasComparison: boolean): TContrastTerm[] {
  const terms: TContrastTerm[] = [
    { coefficient: 1, cells: [cellOf(window, 'treated', week)] },
    { coefficient: -1, cells: [cellOf(window, 'treated', REFERENCE_WEEK)] },
  ];
  if (hasComparison) {
    terms.push(
      { coefficient: -1, cells: [cellOf(window, 'comparison', week)] },
      { coefficient: 1, cells: [cellOf(window, 'comparison', REFERENCE_WEEK)] },
    );
  }
  return terms;
}

/** The event study over every week of the window (see the file header). */
export function eventStudyOf(
  window: TWindow,
  sums: ClusterSums,
  counts: TStreamCounts,
  hasComparison: boolean,
): TEventStudy {
  const model = saturatedModel(window, sums, counts, hasComparison);
  const weeks: TEventStudyWeek[] = [];
  for (let week = -window.weeksBefore; week < window.weeksAfter; week++) {
    const treated = cellSummary(sums, cellOf(window, 'treated', week));
    const comparison = hasComparison ? cellSummary(sums, cellOf(window, 'comparison', week)) : null;
    const empty = { week, estimate: null, se: null, lower: null, upper: null, treated, comparison };
    if (week === REFERENCE_WEEK) {
      const hasReference = treated !== null && (!hasComparison || comparison !== null);
      weeks.push({ ...empty, estimate: hasReference ? 0 : null });
      continue;
    }
    const contrast = prepareContrast(sums, eventContrast(window, week, hasComparison));
    const e = clusteredEstimate(sums, contrast, model, window.confidence);
    weeks.push(
      e === null ? empty : { ...empty, estimate: e.estimate, se: e.se, lower: e.lower, upper: e.upper },
    );
  }
  return { referenceWeek: REFERENCE_WEEK, versus: hasComparison ? 'comparison' : 'reference_week', weeks };
}
