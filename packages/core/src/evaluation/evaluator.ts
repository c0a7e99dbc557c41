/**
 * The initiative evaluator: a streaming accumulator fed cell rows in any order (the rows of a SQL query as
 * the database scans them), holding per-cell totals and, per customer, its sums in the cells it has
 * observations in; at the end it adds up the per-cluster cross products (cluster-sums.ts) and assembles
 * before/after, difference-in-differences, the event study, the parallel-trend check and the verdict
 * (assemble.ts). Memory: set by the window, plus about 22 bytes per customer and cell with observations.
 */
import { AnalyticsInputError } from '../analytics/errors.ts';
import { assembleEvaluation } from './assemble.ts';
import type { TStreamCounts } from './assemble.ts';
import { ClusterSums } from './cluster-sums.ts';
import type { TEvaluationRow, TInitiativeEvaluator, TInitiativeEvaluatorOptions } from './types.ts';
import { cellOf, resolveWindow } from './window.ts';

/** A customer as a row may name it: a non-empty string or a safe integer. */
function isClusterKey(cluster: unknown): boolean {
  return typeof cluster === 'string' ? cluster !== '' : Number.isSafeInteger(cluster);
}

/** The common case, checked without allocating: a well-formed row of the kind. */
function isValidRow(row: TEvaluationRow, kind: string): boolean {
  const { n, sum, sumSquares } = row;
  if (!isClusterKey(row.cluster)) return false;
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
  if (!isClusterKey(row.cluster)) {
    throw new AnalyticsInputError(
      'bad_option',
      at('cluster'),
      'must be a non-empty string or a safe integer',
    );
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
 * with `add`, in any order, then call `result`. Throws AnalyticsInputError (code and path) on bad options
 * or a bad row.
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
  // Each cell's period: treated-before 0, treated-after 1, comparison-before 2, comparison-after 3.
  const periodOfCell = Uint8Array.from({ length: sums.cells }, (_, cell) => {
    const group = cell < window.weeks ? 0 : 1;
    return 2 * group + (cell - group * window.weeks >= window.weeksBefore ? 1 : 0);
  });
  const reached = [false, false, false, false];

  // Counts a closed cluster in the groups and periods its cells reach.
  const countCluster = (cells: readonly number[]): void => {
    reached.fill(false);
    for (const cell of cells) reached[periodOfCell[cell] as number] = true;
    counts.clusters++;
    if (reached[0] || reached[1]) counts.treatedClusters++;
    if (reached[2] || reached[3]) counts.comparisonClusters++;
    reached.forEach((r, i) => {
      if (r) counts.periodClusters[i] = (counts.periodClusters[i] as number) + 1;
    });
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
      sums.add(row.cluster, cellOf(window, row.group, week), row.n, row.sum, row.sumSquares);
    },
    result() {
      sums.endClusters(countCluster);
      return assembleEvaluation(window, sums, counts);
    },
  };
}
