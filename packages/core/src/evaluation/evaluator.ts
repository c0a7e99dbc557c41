/**
 * The initiative evaluator: a streaming accumulator fed one customer's cell rows after another (the rows of
 * a SQL aggregate ordered by customer), holding per-cell totals and per-cluster cross products (memory set
 * by the window, not by the rows), then assembling before/after, difference-in-differences, the event
 * study, the parallel-trend check and the verdict (assemble.ts).
 */
import { AnalyticsInputError } from '../analytics/errors.ts';
import { assembleEvaluation } from './assemble.ts';
import type { TStreamCounts } from './assemble.ts';
import { ClusterSums } from './cluster-sums.ts';
import type { TEvaluationRow, TInitiativeEvaluator, TInitiativeEvaluatorOptions } from './types.ts';
import { cellOf, resolveWindow } from './window.ts';

/** The common case, checked without allocating: a well-formed row of the kind. */
function isValidRow(row: TEvaluationRow, kind: string): boolean {
  const { n, sum, sumSquares } = row;
  if (typeof row.cluster !== 'string' || row.cluster === '') return false;
  if (row.group !== 'treated' && row.group !== 'comparison') return false;
  if (!Number.isInteger(row.week) || !(Number.isInteger(n) && n >= 1)) return false;
  if (!Number.isFinite(sum) || !(Number.isFinite(sumSquares) && sumSquares >= 0)) return false;
  if (kind === 'rate') return Number.isInteger(sum) && sum >= 0 && sum <= n && sumSquares === sum;
  if (kind === 'nps') {
    return (
      Number.isInteger(sum) &&
      Number.isInteger(sumSquares) &&
      Math.abs(sum) <= sumSquares &&
      sumSquares <= n &&
      (sumSquares + sum) % 2 === 0
    );
  }
  return true;
}

/** Checks a row; throws AnalyticsInputError naming the row (0-based, in the order given) and the field. */
function checkRow(row: TEvaluationRow, kind: string, index: number): void {
  const at = (field: string): string => `rows[${index}].${field}`;
  if (typeof row.cluster !== 'string' || row.cluster === '') {
    throw new AnalyticsInputError('bad_option', at('cluster'), 'must be a non-empty string');
  }
  if (row.group !== 'treated' && row.group !== 'comparison') {
    throw new AnalyticsInputError('bad_option', at('group'), 'must be treated or comparison');
  }
  if (!Number.isInteger(row.week))
    throw new AnalyticsInputError('bad_option', at('week'), 'must be an integer');
  if (!(Number.isInteger(row.n) && row.n >= 1)) {
    throw new AnalyticsInputError('bad_option', at('n'), 'must be an integer >= 1');
  }
  if (!Number.isFinite(row.sum)) throw new AnalyticsInputError('not_finite', at('sum'));
  if (!(Number.isFinite(row.sumSquares) && row.sumSquares >= 0)) {
    throw new AnalyticsInputError('not_finite', at('sumSquares'), 'must be a finite number >= 0');
  }
  if (kind === 'rate') {
    if (!(Number.isInteger(row.sum) && row.sum >= 0 && row.sum <= row.n)) {
      throw new AnalyticsInputError('out_of_range', at('sum'), 'a count of 1s must be an integer in 0..n');
    }
    if (row.sumSquares !== row.sum)
      throw new AnalyticsInputError('out_of_range', at('sumSquares'), 'must equal sum');
  } else if (kind === 'nps') {
    const { sum, sumSquares, n } = row;
    const isCounts =
      Number.isInteger(sum) &&
      Number.isInteger(sumSquares) &&
      Math.abs(sum) <= sumSquares &&
      sumSquares <= n &&
      (sumSquares + sum) % 2 === 0;
    if (!isCounts) {
      throw new AnalyticsInputError(
        'out_of_range',
        at('sumSquares'),
        'not promoters + detractors of n answers',
      );
    }
  }
}

/**
 * Creates the evaluator of an initiative on one metric (see TInitiativeEvaluatorOptions). Feed every row
 * with `add`, all rows of a customer one after another, then call `result`. A customer whose rows are split
 * apart is counted as two customers, which understates the standard errors: the order is the caller's duty.
 * Throws AnalyticsInputError (code and path) on bad options or a bad row.
 */
export function createInitiativeEvaluator(options: TInitiativeEvaluatorOptions): TInitiativeEvaluator {
  const window = resolveWindow(options);
  const sums = new ClusterSums(2 * window.weeks);
  const counts: TStreamCounts = {
    rows: 0,
    ignoredRows: 0,
    clusters: 0,
    treatedClusters: 0,
    comparisonClusters: 0,
    periodClusters: [0, 0, 0, 0],
  };
  const offset = window.placeboStartWeek ?? 0;
  let current: string | null = null;
  let touched = false;
  // Which of treated-before, treated-after, comparison-before, comparison-after the current customer reached.
  const reached = [false, false, false, false];

  const endCluster = (): void => {
    if (touched) {
      sums.endCluster();
      counts.clusters++;
      if (reached[0] || reached[1]) counts.treatedClusters++;
      if (reached[2] || reached[3]) counts.comparisonClusters++;
      reached.forEach((r, i) => {
        if (r) counts.periodClusters[i] = (counts.periodClusters[i] as number) + 1;
      });
    }
    touched = false;
    reached.fill(false);
    current = null;
  };

  return {
    add(row: TEvaluationRow): void {
      if (!isValidRow(row, window.kind)) checkRow(row, window.kind, counts.rows);
      counts.rows++;
      const week = row.week - offset;
      const isAfterRealStart = offset !== 0 && row.week >= 0;
      if (isAfterRealStart || week < -window.weeksBefore || week >= window.weeksAfter) {
        counts.ignoredRows++;
        return;
      }
      if (row.cluster !== current) {
        endCluster();
        current = row.cluster;
      }
      touched = true;
      reached[(row.group === 'treated' ? 0 : 2) + (week >= 0 ? 1 : 0)] = true;
      sums.add(cellOf(window, row.group, week), row.n, row.sum, row.sumSquares);
    },
    result() {
      endCluster();
      return assembleEvaluation(window, sums, counts);
    },
  };
}
