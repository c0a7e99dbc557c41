/**
 * Per-cell totals and per-cluster cross products of a group x week table, accumulated one cluster at a time,
 * from which `clustered-contrast.ts` computes cluster-robust variances of any contrast of cell means.
 * Memory: 3 K² numbers for K cells (plus the current cluster's cells), whatever the number of rows.
 */

/** Totals of one cell: observations, sum, sum of squares, clusters (customers) with an observation. */
export type TCellTotals = { n: number; sum: number; sumSquares: number; clusters: number };

/**
 * Accumulates, over clusters g, with s_gk the cluster's (shifted) sum in cell k and n_gk its count:
 *   SS[a][b] = Σ_g s_ga s_gb,  SN[a][b] = Σ_g s_ga n_gb,  NN[a][b] = Σ_g n_ga n_gb.
 * The shift (a constant subtracted from every value, the first value seen) leaves every residual unchanged
 * and keeps the sums small, against cancellation in the variance.
 */
export class ClusterSums {
  readonly cells: number;
  readonly ss: Float64Array;
  readonly sn: Float64Array;
  readonly nn: Float64Array;
  readonly n: Float64Array;
  readonly sum: Float64Array;
  readonly sumSquares: Float64Array;
  readonly clusters: Float64Array;
  shift = NaN;
  private readonly currentN: Float64Array;
  private readonly currentS: Float64Array;
  private touched: number[] = [];

  constructor(cells: number) {
    this.cells = cells;
    this.ss = new Float64Array(cells * cells);
    this.sn = new Float64Array(cells * cells);
    this.nn = new Float64Array(cells * cells);
    this.n = new Float64Array(cells);
    this.sum = new Float64Array(cells);
    this.sumSquares = new Float64Array(cells);
    this.clusters = new Float64Array(cells);
    this.currentN = new Float64Array(cells);
    this.currentS = new Float64Array(cells);
  }

  /** Adds observations of the current cluster to a cell. */
  add(cell: number, n: number, sum: number, sumSquares: number): void {
    if (Number.isNaN(this.shift)) this.shift = sum / n;
    if (this.currentN[cell] === 0) this.touched.push(cell);
    this.currentN[cell] = (this.currentN[cell] as number) + n;
    this.currentS[cell] = (this.currentS[cell] as number) + sum - this.shift * n;
    this.n[cell] = (this.n[cell] as number) + n;
    this.sum[cell] = (this.sum[cell] as number) + sum;
    this.sumSquares[cell] = (this.sumSquares[cell] as number) + sumSquares;
  }

  /** Closes the current cluster: adds its cross products (cost: its cells squared) and clears it. */
  endCluster(): void {
    const k = this.cells;
    const t = this.touched;
    for (const a of t) {
      const sa = this.currentS[a] as number;
      const na = this.currentN[a] as number;
      this.clusters[a] = (this.clusters[a] as number) + 1;
      for (const b of t) {
        const i = a * k + b;
        const sb = this.currentS[b] as number;
        const nb = this.currentN[b] as number;
        this.ss[i] = (this.ss[i] as number) + sa * sb;
        this.sn[i] = (this.sn[i] as number) + sa * nb;
        this.nn[i] = (this.nn[i] as number) + na * nb;
      }
    }
    for (const a of t) {
      this.currentN[a] = 0;
      this.currentS[a] = 0;
    }
    this.touched = [];
  }

  /** Totals of a cell. */
  totals(cell: number): TCellTotals {
    return {
      n: this.n[cell] as number,
      sum: this.sum[cell] as number,
      sumSquares: this.sumSquares[cell] as number,
      clusters: this.clusters[cell] as number,
    };
  }
}
