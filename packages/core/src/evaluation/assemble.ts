/**
 * Assembles the evaluation from the accumulated sums: before/after of the treated group, the 2x2
 * difference-in-differences, the event study, the parallel-trend check, then the verdict and cautions.
 * Every clustered figure is a contrast of cell means (clustered-contrast.ts explains why that is exact).
 */
import { compareBeforeAfter } from './before-after.ts';
import type { TPeriodTotals } from './before-after.ts';
import type { ClusterSums } from './cluster-sums.ts';
import { clusteredEstimate, prepareContrast } from './clustered-contrast.ts';
import type { TClusterModel } from './clustered-contrast.ts';
import { eventStudyOf } from './event-study.ts';
import { parallelTrendsOf } from './parallel-trends.ts';
import type {
  TBeforeAfter,
  TCellSummary,
  TDifferenceInDifferences,
  TEvaluationGroup,
  TInitiativeEvaluation,
} from './types.ts';
import { cautionsOf, verdictOf } from './verdict.ts';
import { cellsOf } from './window.ts';
import type { TWindow } from './window.ts';

/** What the stream counted besides the sums. */
export type TStreamCounts = {
  rows: number;
  ignoredRows: number;
  clusters: number;
  treatedClusters: number;
  comparisonClusters: number;
  /** Customers in treated-before, treated-after, comparison-before, comparison-after. */
  periodClusters: number[];
};

function totalsOf(sums: ClusterSums, cells: readonly number[]): TPeriodTotals {
  const t = { n: 0, sum: 0, sumSquares: 0 };
  for (const k of cells) {
    t.n += sums.n[k] as number;
    t.sum += sums.sum[k] as number;
    t.sumSquares += sums.sumSquares[k] as number;
  }
  return t;
}

/** Observations, customers and mean of a cell or set of cells (mean NaN when empty). */
export function summaryOf(totals: TPeriodTotals, clusters: number): TCellSummary {
  return { n: totals.n, clusters, mean: totals.n > 0 ? totals.sum / totals.n : NaN };
}

/** Assembles the evaluation (see the file header). */
export function assembleEvaluation(
  window: TWindow,
  sums: ClusterSums,
  counts: TStreamCounts,
): TInitiativeEvaluation {
  const { confidence } = window;
  const period = (group: TEvaluationGroup, after: boolean): number[] =>
    after
      ? cellsOf(window, group, 0, window.weeksAfter - 1)
      : cellsOf(window, group, -window.weeksBefore, -1);
  const tb = period('treated', false);
  const ta = period('treated', true);
  const cb = period('comparison', false);
  const ca = period('comparison', true);
  const totals = [tb, ta, cb, ca].map((cells) => totalsOf(sums, cells));
  const [tbT, taT, cbT, caT] = totals as [TPeriodTotals, TPeriodTotals, TPeriodTotals, TPeriodTotals];
  const summaries = totals.map((t, i) => summaryOf(t, counts.periodClusters[i] as number));
  const [tbS, taS, cbS, caS] = summaries as [TCellSummary, TCellSummary, TCellSummary, TCellSummary];
  const treatedObservations = tbT.n + taT.n;
  const observations = treatedObservations + cbT.n + caT.n;

  let beforeAfter: TBeforeAfter | null = null;
  const compared = compareBeforeAfter(window.kind, tbT, taT, confidence);
  if (compared !== null) {
    const model: TClusterModel = {
      clusters: counts.treatedClusters,
      observations: treatedObservations,
      parameters: 2,
    };
    const contrast = prepareContrast(sums, [
      { coefficient: 1, cells: ta },
      { coefficient: -1, cells: tb },
    ]);
    const clustered = clusteredEstimate(sums, contrast, model, confidence);
    beforeAfter = { ...compared, before: tbS, after: taS, clustered };
  }

  let did: TDifferenceInDifferences | null = null;
  const didModel: TClusterModel = { clusters: counts.clusters, observations, parameters: 4 };
  const didContrast = prepareContrast(sums, [
    { coefficient: 1, cells: ta },
    { coefficient: -1, cells: tb },
    { coefficient: -1, cells: ca },
    { coefficient: 1, cells: cb },
  ]);
  const estimate = clusteredEstimate(sums, didContrast, didModel, confidence);
  const comparisonChange = clusteredEstimate(
    sums,
    prepareContrast(sums, [
      { coefficient: 1, cells: ca },
      { coefficient: -1, cells: cb },
    ]),
    didModel,
    confidence,
  );
  if (estimate !== null && comparisonChange !== null) {
    did = {
      estimate,
      comparisonChange,
      cells: { treatedBefore: tbS, treatedAfter: taS, comparisonBefore: cbS, comparisonAfter: caS },
    };
  }

  const hasComparison = counts.comparisonClusters > 0;
  const eventStudy = eventStudyOf(window, sums, counts, hasComparison);
  const parallelTrends = hasComparison ? parallelTrendsOf(window, sums, counts) : null;
  const evaluation = {
    kind: window.kind,
    confidence,
    window: {
      weeksBefore: window.weeksBefore,
      weeksAfter: window.weeksAfter,
      placeboStartWeek: window.placeboStartWeek,
    },
    counts: {
      rows: counts.rows,
      ignoredRows: counts.ignoredRows,
      observations,
      clusters: counts.clusters,
      treatedClusters: counts.treatedClusters,
      comparisonClusters: counts.comparisonClusters,
    },
    beforeAfter,
    did,
    eventStudy,
    parallelTrends,
  };
  const verdict = verdictOf(window, beforeAfter, did);
  return { ...evaluation, verdict, cautions: cautionsOf(window, evaluation, verdict) };
}
