/**
 * Streaming means, covariances and correlations in one numerically stable pass, with no row storage.
 *
 * Method: co-moment updates (Welford 1962; weighted form West 1979) and the pairwise merge of partial
 * results of Chan, Golub & LeVeque (1979) as generalised by Pébay (2008, Sandia SAND2008-6212, eq. 3.8):
 * for two parts A, B with weights nA, nB and mean difference d = meanB - meanA,
 * C = CA + CB + dX dY nA nB / n. Partial results from SQL or chunks therefore combine exactly.
 *
 * Missing values (NaN, null, undefined):
 * - `listwise`: a row with any missing cell is dropped (counted in `rowsDropped`).
 * - `pairwise`: every pair (j, k) keeps its own count, means, sums of squares and co-moment over the rows
 *   where both are present, like R's `cor(use = "pairwise.complete.obs")`. Rows without a missing cell take
 *   a fast shared path (one mean vector and one co-moment matrix) and are merged into each pair at the end
 *   by the formula above, so the per-pair cost is paid only for incomplete rows.
 */
import { AnalyticsInputError } from './errors.ts';
import { PairMoments } from './drivers/pair-moments.ts';

/** How rows with missing cells are treated; see the module comment. */
export type MissingPolicy = 'pairwise' | 'listwise';

/** A cell as accepted by `add`: NaN, null and undefined are missing. */
export type Cell = number | null | undefined;

/** Summary statistics. Matrices are p x p; for pairwise, `n` and every moment are per pair. */
export interface CorrelationResult {
  /** Sum of row weights behind each pair (the row count when weights are 1); `n[j][j]` per variable. */
  readonly n: number[][];
  /** Per-variable means (over the rows where the variable is present, for pairwise). */
  readonly means: number[];
  /** Per-variable sample standard deviations (n - 1 denominator). */
  readonly sds: number[];
  /** Sample covariances (n - 1 denominator); NaN when fewer than two rows. */
  readonly covariance: number[][];
  /** Pearson correlations; NaN when a variable is constant over the pair's rows. */
  readonly correlation: number[][];
  /** Rows seen and rows dropped (listwise) by the accumulator. */
  readonly rowsSeen: number;
  readonly rowsDropped: number;
}

/** One-pass accumulator of the first two co-moments of `width` variables. */
export class CorrelationAccumulator {
  readonly width: number;
  readonly missing: MissingPolicy;
  private rowsSeen = 0;
  private rowsDropped = 0;
  // Rows without missing cells: shared weight, means and upper-triangular co-moments (row-major p x p).
  private weight = 0;
  private readonly mean: Float64Array;
  private readonly comoment: Float64Array;
  private readonly delta: Float64Array;
  private readonly batch: Float64Array;
  private readonly batchScale = new Float64Array(4);
  private readonly pending = new Int32Array(4);
  // Pairwise only, rows with a missing cell: per pair (j <= k) weight, means, sums of squares, co-moment.
  private readonly pair: PairMoments | undefined;

  constructor(width: number, missing: MissingPolicy = 'pairwise') {
    if (!Number.isInteger(width) || width < 1) throw new AnalyticsInputError('bad_option', 'width');
    this.width = width;
    this.missing = missing;
    this.mean = new Float64Array(width);
    this.comoment = new Float64Array(width * width);
    this.delta = new Float64Array(width);
    this.batch = new Float64Array(4 * width);
    this.pair = missing === 'pairwise' ? new PairMoments(width) : undefined;
  }

  /** Adds one row of `width` cells with an optional frequency weight (default 1). */
  add(row: ArrayLike<Cell>, weight = 1): void {
    if (row.length !== this.width) {
      throw new AnalyticsInputError('width_mismatch', `rows[${this.rowsSeen}]`, `${row.length}`);
    }
    if (!(weight >= 0 && weight < Infinity)) throw new AnalyticsInputError('bad_option', 'weight');
    this.rowsSeen++;
    if (weight === 0) return;
    const p = this.width;
    const d = this.delta;
    let complete = true;
    for (let j = 0; j < p; j++) {
      const v = row[j];
      if (v == null || v !== v) complete = false;
      else if (v - v !== 0) throw new AnalyticsInputError('not_finite', `rows[${this.rowsSeen - 1}][${j}]`);
      else d[j] = v;
    }
    if (complete) this.addComplete(d, 0, weight);
    else if (this.pair === undefined) this.rowsDropped++;
    else this.pair.add(row, weight);
  }

  /**
   * Adds `rows` rows packed row-major in `values` (NaN for missing), from `offset`. This is the fast path
   * for large inputs: no per-row allocation.
   */
  addBlock(values: Float64Array, rows = Math.floor(values.length / this.width), offset = 0): void {
    const p = this.width;
    if (offset + rows * p > values.length) throw new AnalyticsInputError('width_mismatch', 'values');
    const pending = this.pending;
    let waiting = 0;
    for (let r = 0, at = offset; r < rows; r++, at += p) {
      this.rowsSeen++;
      let complete = true;
      for (let j = 0; j < p; j++) {
        const v = values[at + j] as number;
        // One test for NaN and ±Infinity (x - x is 0 only for finite x); infinities are errors.
        if (v - v !== 0) {
          if (v === v) throw new AnalyticsInputError('not_finite', `values[${at + j}]`);
          complete = false;
          break;
        }
      }
      if (complete) {
        pending[waiting++] = at;
        if (waiting === 4) {
          this.addFour(values, pending);
          waiting = 0;
        }
      } else if (this.pair === undefined) this.rowsDropped++;
      // Pair moments of incomplete rows are kept apart from the shared ones, so order does not matter.
      else this.pair.add(values.subarray(at, at + p), 1);
    }
    for (let b = 0; b < waiting; b++) this.addComplete(values, pending[b] as number, 1);
  }

  /**
   * Four complete rows at once: the same sequential Welford updates of the means, but one sweep of the
   * co-moment triangle with four multiply-adds per cell, which quarters its loads and stores.
   */
  private addFour(x: Float64Array, offsets: Int32Array): void {
    const p = this.width;
    const mean = this.mean;
    const co = this.comoment;
    const d = this.batch;
    const f = this.batchScale;
    for (let b = 0; b < 4; b++) {
      const before = this.weight;
      const after = before + 1;
      this.weight = after;
      f[b] = before / after;
      const at = offsets[b] as number;
      const share = 1 / after;
      for (let j = 0, o = b * p; j < p; j++, o++) {
        const dj = (x[at + j] as number) - (mean[j] as number);
        d[o] = dj;
        mean[j] = (mean[j] as number) + dj * share;
      }
    }
    const f0 = f[0] as number;
    const f1 = f[1] as number;
    const f2 = f[2] as number;
    const f3 = f[3] as number;
    const p2 = 2 * p;
    const p3 = 3 * p;
    for (let j = 0, row = 0; j < p; j++, row += p) {
      const a0 = (d[j] as number) * f0;
      const a1 = (d[p + j] as number) * f1;
      const a2 = (d[p2 + j] as number) * f2;
      const a3 = (d[p3 + j] as number) * f3;
      for (let k = j; k < p; k++) {
        co[row + k] =
          (co[row + k] as number) +
          a0 * (d[k] as number) +
          a1 * (d[p + k] as number) +
          a2 * (d[p2 + k] as number) +
          a3 * (d[p3 + k] as number);
      }
    }
  }

  private addComplete(x: ArrayLike<number>, at: number, w: number): void {
    const p = this.width;
    const mean = this.mean;
    const co = this.comoment;
    const d = this.delta;
    const before = this.weight;
    const after = before + w;
    this.weight = after;
    const share = w / after;
    for (let j = 0; j < p; j++) {
      const dj = (x[at + j] as number) - (mean[j] as number);
      d[j] = dj;
      mean[j] = (mean[j] as number) + dj * share;
    }
    // Welford/West: C_jk += w (x_j - old mean_j)(x_k - new mean_k) = w (W_before / W_after) d_j d_k.
    const f = w * before * (1 / after);
    for (let j = 0, row = 0; j < p; j++, row += p) {
      const dj = (d[j] as number) * f;
      for (let k = j; k < p; k++) co[row + k] = (co[row + k] as number) + dj * (d[k] as number);
    }
  }

  /**
   * An accumulator holding a summary computed elsewhere, e.g. by SQL (`count(*)`, `avg(x)`,
   * `covar_samp(x, y)` over complete rows), ready to `merge` with others. `covariance` uses n - 1.
   */
  static fromSummary(
    n: number,
    means: readonly number[],
    covariance: readonly (readonly number[])[],
    missing: MissingPolicy = 'pairwise',
  ): CorrelationAccumulator {
    const p = means.length;
    const acc = new CorrelationAccumulator(p, missing);
    if (!(Number.isInteger(n) && n >= 0)) throw new AnalyticsInputError('bad_option', 'n');
    if (covariance.length !== p) throw new AnalyticsInputError('not_square', 'covariance');
    for (let j = 0; j < p; j++) {
      const m = means[j] as number;
      if (!Number.isFinite(m)) throw new AnalyticsInputError('not_finite', `means[${j}]`);
      acc.mean[j] = m;
      for (let k = j; k < p; k++) {
        const c = covariance[j]?.[k];
        if (c === undefined || !Number.isFinite(c))
          throw new AnalyticsInputError('not_finite', `covariance[${j}][${k}]`);
        acc.comoment[j * p + k] = n > 1 ? c * (n - 1) : 0;
      }
    }
    acc.weight = n;
    acc.rowsSeen = n;
    return acc;
  }

  /** Merges another accumulator of the same width and policy into this one (Chan et al. 1979). */
  merge(other: CorrelationAccumulator): this {
    if (other.width !== this.width || other.missing !== this.missing) {
      throw new AnalyticsInputError('width_mismatch', 'merge');
    }
    this.rowsSeen += other.rowsSeen;
    this.rowsDropped += other.rowsDropped;
    const p = this.width;
    const nA = this.weight;
    const nB = other.weight;
    const n = nA + nB;
    if (nB > 0) {
      const d = this.delta;
      for (let j = 0; j < p; j++) d[j] = (other.mean[j] as number) - (this.mean[j] as number);
      const f = (nA * nB) / n;
      for (let j = 0; j < p; j++) {
        for (let k = j; k < p; k++) {
          const at = j * p + k;
          this.comoment[at] =
            (this.comoment[at] as number) +
            (other.comoment[at] as number) +
            f * (d[j] as number) * (d[k] as number);
        }
        this.mean[j] = (this.mean[j] as number) + ((d[j] as number) * nB) / n;
      }
      this.weight = n;
    }
    if (this.pair !== undefined && other.pair !== undefined) this.pair.merge(other.pair);
    return this;
  }

  /** Current means, SDs, covariance and correlation matrices and counts. */
  result(): CorrelationResult {
    const p = this.width;
    const full = new PairMoments(p);
    full.fillFromShared(this.weight, this.mean, this.comoment);
    if (this.pair !== undefined) full.merge(this.pair);
    return full.summarize(this.rowsSeen, this.rowsDropped);
  }
}

/** Convenience: accumulate `rows` in one call (see `CorrelationAccumulator`). */
export function correlateRows(
  rows: Iterable<ArrayLike<Cell>>,
  width: number,
  missing: MissingPolicy = 'pairwise',
): CorrelationResult {
  const acc = new CorrelationAccumulator(width, missing);
  for (const row of rows) acc.add(row);
  return acc.result();
}
