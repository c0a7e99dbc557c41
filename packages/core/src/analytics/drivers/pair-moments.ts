/**
 * Per-pair moments for the streaming correlation accumulator: count (weight), means, sums of squares
 * and co-moment of every pair (j <= k) over the rows where both are present, combined by the merge of
 * Chan, Golub & LeVeque (1979) / Pébay (2008). Used for pairwise deletion and to assemble results.
 */
import type { Cell, CorrelationResult } from '../correlation.ts';

/** Per-pair moments, upper triangle of row-major p x p arrays. */
export class PairMoments {
  readonly p: number;
  readonly w: Float64Array;
  readonly mx: Float64Array;
  readonly my: Float64Array;
  readonly sxx: Float64Array;
  readonly syy: Float64Array;
  readonly sxy: Float64Array;

  constructor(p: number) {
    this.p = p;
    const size = p * p;
    this.w = new Float64Array(size);
    this.mx = new Float64Array(size);
    this.my = new Float64Array(size);
    this.sxx = new Float64Array(size);
    this.syy = new Float64Array(size);
    this.sxy = new Float64Array(size);
  }

  /** Adds a row with missing cells: every pair present in it is updated. */
  add(row: ArrayLike<Cell>, weight: number): void {
    const p = this.p;
    for (let j = 0; j < p; j++) {
      const x = row[j];
      if (x == null || x !== x) continue;
      for (let k = j; k < p; k++) {
        const y = row[k];
        if (y == null || y !== y) continue;
        this.combine(j * p + k, weight, x, y, 0, 0, 0);
      }
    }
  }

  /** Chan et al. (1979) merge of a part (w, means, sums) into pair `at`. */
  private combine(
    at: number,
    w: number,
    mx: number,
    my: number,
    sxx: number,
    syy: number,
    sxy: number,
  ): void {
    const wa = this.w[at] as number;
    const n = wa + w;
    if (w === 0) return;
    const dx = mx - (this.mx[at] as number);
    const dy = my - (this.my[at] as number);
    const f = (wa * w) / n;
    this.w[at] = n;
    this.mx[at] = (this.mx[at] as number) + (dx * w) / n;
    this.my[at] = (this.my[at] as number) + (dy * w) / n;
    this.sxx[at] = (this.sxx[at] as number) + sxx + f * dx * dx;
    this.syy[at] = (this.syy[at] as number) + syy + f * dy * dy;
    this.sxy[at] = (this.sxy[at] as number) + sxy + f * dx * dy;
  }

  /** Merges another set of pair moments into this one. */
  merge(other: PairMoments): void {
    const p = this.p;
    for (let j = 0; j < p; j++) {
      for (let k = j; k < p; k++) {
        const at = j * p + k;
        const o = other;
        this.combine(
          at,
          o.w[at] as number,
          o.mx[at] as number,
          o.my[at] as number,
          o.sxx[at] as number,
          o.syy[at] as number,
          o.sxy[at] as number,
        );
      }
    }
  }

  /** Sets every pair from shared (listwise) weight, means and co-moments. */
  fillFromShared(weight: number, mean: Float64Array, comoment: Float64Array): void {
    const p = this.p;
    for (let j = 0; j < p; j++) {
      for (let k = j; k < p; k++) {
        const at = j * p + k;
        this.w[at] = weight;
        this.mx[at] = mean[j] as number;
        this.my[at] = mean[k] as number;
        this.sxx[at] = comoment[j * p + j] as number;
        this.syy[at] = comoment[k * p + k] as number;
        this.sxy[at] = comoment[at] as number;
      }
    }
  }

  /** Means, SDs, covariances and correlations from the pair moments. */
  summarize(rowsSeen: number, rowsDropped: number): CorrelationResult {
    const p = this.p;
    const square = (): number[][] => Array.from({ length: p }, () => new Array<number>(p).fill(0));
    const n = square();
    const covariance = square();
    const correlation = square();
    const means: number[] = [];
    const sds: number[] = [];
    for (let j = 0; j < p; j++) {
      const at = j * p + j;
      const w = this.w[at] as number;
      means.push(w > 0 ? (this.mx[at] as number) : NaN);
      sds.push(w > 1 ? Math.sqrt((this.sxx[at] as number) / (w - 1)) : NaN);
      for (let k = j; k < p; k++) {
        const ak = j * p + k;
        const wk = this.w[ak] as number;
        const cov = wk > 1 ? (this.sxy[ak] as number) / (wk - 1) : NaN;
        const denom = Math.sqrt((this.sxx[ak] as number) * (this.syy[ak] as number));
        const r = wk > 1 && denom > 0 ? clamp((this.sxy[ak] as number) / denom) : NaN;
        for (const [a, b] of [
          [j, k],
          [k, j],
        ] as const) {
          (n[a] as number[])[b] = wk;
          (covariance[a] as number[])[b] = cov;
          (correlation[a] as number[])[b] = a === b && wk > 1 && denom > 0 ? 1 : r;
        }
      }
    }
    return { n, means, sds, covariance, correlation, rowsSeen, rowsDropped };
  }
}

// Rounding can push |r| a hair past 1; the drivers' linear algebra expects a valid correlation.
function clamp(r: number): number {
  return r > 1 ? 1 : r < -1 ? -1 : r;
}
