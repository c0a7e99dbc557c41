/**
 * Cluster-robust inference for contrasts of cell means (Liang & Zeger 1986, Biometrika 73:13; White 1984
 * for the sandwich), with the CR1 small-sample factor and a t reference with G - 1 degrees of freedom, as
 * Stata's `regress, vce(cluster)` and Cameron & Miller 2015 ("A practitioner's guide to cluster-robust
 * inference", J. Human Resources 50:317) describe.
 *
 * Derivation. Every model here is saturated in its cells: y_i = Σ_A β_A d_iA + ε_i, one dummy per cell A
 * (a group x week cell in the event study; a group x period cell, pooling weeks, in the 2x2 model). Then
 * X'X = diag(N_A) and the OLS coefficient β̂_A is the cell mean m_A = S_A / N_A. The usual parametrisation
 * (intercept, treated, post, treated x post) spans the same columns (X̃ = X M, M invertible), so it has the
 * same fitted values and residuals, its DiD coefficient is the contrast (1, -1, -1, 1) of the four cell
 * means, and the sandwich is equivariant under M: the variance of that coefficient is the variance of the
 * contrast computed here. The Liang-Zeger sandwich is
 *   V = (X'X)⁻¹ [Σ_g X_g' e_g e_g' X_g] (X'X)⁻¹,
 * and component A of X_g' e_g is the cluster's sum of residuals in cell A, r_gA = S_gA - n_gA m_A (S_gA and
 * n_gA the cluster's sum and count there). For a contrast θ = Σ_A c_A m_A:
 *   Var(θ̂) = c'Vc = Σ_g φ_g²,  φ_g = Σ_A c_A r_gA / N_A.
 * With base cells k (each A a set of them), φ_g = Σ_k (u_k S_gk - v_k n_gk), u_k = c_A / N_A and
 * v_k = c_A m_A / N_A for k in A. So, with SS = Σ_g s_g s_g', SN = Σ_g s_g n_g', NN = Σ_g n_g n_g' over the
 * base cells (ClusterSums), the covariance of two contrasts is
 *   Σ_g φ1_g φ2_g = u1' SS u2 - u1' SN v2 - u2' SN v1 + v1' NN v2,
 * exact, from per-cluster sums alone. Values are shifted by a constant before the sums (ClusterSums.shift),
 * which changes no residual (m_A shifts with them). The CR1 factor multiplies the variance by
 * G/(G - 1) x (N - 1)/(N - K) (G clusters, N observations, K cell parameters of the model); intervals and
 * p-values use Student's t with G - 1 df; a joint test of q contrasts is the Wald statistic over q,
 * referred to F(q, G - 1) (Stata's `test` after a clustered regression).
 */
import { fSf, studentTQuantile, studentTTwoSidedP } from '../analytics/distributions.ts';
import type { ClusterSums } from './cluster-sums.ts';
import type { TClusteredEstimate } from './types.ts';

/** One term of a contrast: coefficient x the observation-weighted mean of a set of base cells. */
export type TContrastTerm = { coefficient: number; cells: readonly number[] };

/** The model a contrast belongs to: its clusters G, observations N and cell parameters K (for CR1). */
export type TClusterModel = { clusters: number; observations: number; parameters: number };

/**
 * A contrast prepared for variance computation: its estimate, weights on sums (u) and counts (v), and the
 * cells where they are not zero (a week's contrast touches 4 of the window's cells).
 */
export type TPreparedContrast = { estimate: number; u: Float64Array; v: Float64Array; cells: number[] };

/** Prepares a contrast Σ c_j mean(cells_j); null when a term's cells have no observation. */
export function prepareContrast(
  sums: ClusterSums,
  terms: readonly TContrastTerm[],
): TPreparedContrast | null {
  const u = new Float64Array(sums.cells);
  const v = new Float64Array(sums.cells);
  let estimate = 0;
  for (const term of terms) {
    let n = 0;
    let s = 0;
    for (const k of term.cells) {
      n += sums.n[k] as number;
      s += sums.sum[k] as number;
    }
    if (n === 0) return null;
    const mean = s / n;
    estimate += term.coefficient * mean;
    const shifted = Number.isNaN(sums.shift) ? mean : mean - sums.shift;
    for (const k of term.cells) {
      u[k] = (u[k] as number) + term.coefficient / n;
      v[k] = (v[k] as number) + (term.coefficient * shifted) / n;
    }
  }
  const cells = new Set<number>();
  for (const term of terms) for (const k of term.cells) cells.add(k);
  return { estimate, u, v, cells: [...cells] };
}

/** x' M y over the cells where x and y may be non-zero. */
function bilinear(
  matrix: Float64Array,
  k: number,
  x: Float64Array,
  xCells: readonly number[],
  y: Float64Array,
  yCells: readonly number[],
): number {
  let total = 0;
  for (const a of xCells) {
    let row = 0;
    for (const b of yCells) row += (matrix[a * k + b] as number) * (y[b] as number);
    total += (x[a] as number) * row;
  }
  return total;
}

/** Σ_g φ1_g φ2_g of two prepared contrasts (see the derivation above), before the CR1 factor. */
export function clusterCrossProduct(sums: ClusterSums, a: TPreparedContrast, b: TPreparedContrast): number {
  const k = sums.cells;
  return (
    bilinear(sums.ss, k, a.u, a.cells, b.u, b.cells) -
    bilinear(sums.sn, k, a.u, a.cells, b.v, b.cells) -
    bilinear(sums.sn, k, b.u, b.cells, a.v, a.cells) +
    bilinear(sums.nn, k, a.v, a.cells, b.v, b.cells)
  );
}

/** The CR1 factor G/(G - 1) x (N - 1)/(N - K). */
export function cr1Factor(model: TClusterModel): number {
  const { clusters: g, observations: n, parameters: k } = model;
  return (g / (g - 1)) * (n > k ? (n - 1) / (n - k) : 1);
}

/** A contrast's clustered estimate with t(G - 1) interval and p; null with fewer than 2 clusters. */
export function clusteredEstimate(
  sums: ClusterSums,
  contrast: TPreparedContrast | null,
  model: TClusterModel,
  confidence: number,
): TClusteredEstimate | null {
  if (contrast === null || model.clusters < 2) return null;
  const variance = Math.max(0, clusterCrossProduct(sums, contrast, contrast)) * cr1Factor(model);
  const se = Math.sqrt(variance);
  const df = model.clusters - 1;
  const estimate = contrast.estimate;
  const t = se > 0 ? estimate / se : estimate === 0 ? 0 : estimate * Infinity;
  const p = se > 0 ? studentTTwoSidedP(t, df) : estimate === 0 ? 1 : 0;
  const half = studentTQuantile(1 - (1 - confidence) / 2, df) * se;
  return { estimate, se, df, t, p, lower: estimate - half, upper: estimate + half, clusters: model.clusters };
}

/**
 * Joint Wald test that every contrast is 0: F = θ'V⁻¹θ / q against F(q, G - 1). Null when q = 0, when q
 * exceeds G - 1 (the clustered covariance then has rank below q) or when V is not positive definite.
 */
export function clusteredWaldTest(
  sums: ClusterSums,
  contrasts: readonly TPreparedContrast[],
  model: TClusterModel,
): { f: number; df1: number; df2: number; p: number } | null {
  const q = contrasts.length;
  if (q === 0 || q > model.clusters - 1) return null;
  const factor = cr1Factor(model);
  const v = contrasts.map((a) => contrasts.map((b) => clusterCrossProduct(sums, a, b) * factor));
  const solved = solvePositiveDefinite(
    v,
    contrasts.map((c) => c.estimate),
  );
  if (solved === null) return null;
  const wald = solved.reduce((total, x, i) => total + x * (contrasts[i] as TPreparedContrast).estimate, 0);
  const f = wald / q;
  const df2 = model.clusters - 1;
  return { f, df1: q, df2, p: fSf(f, q, df2) };
}

/** Solves A x = b for a symmetric positive definite A by Cholesky; null when A is not (numerically) so. */
export function solvePositiveDefinite(
  a: readonly (readonly number[])[],
  b: readonly number[],
): number[] | null {
  const q = b.length;
  const l = Array.from({ length: q }, () => new Float64Array(q));
  let largest = 0;
  for (let i = 0; i < q; i++) largest = Math.max(largest, Math.abs(a[i]?.[i] ?? 0));
  for (let i = 0; i < q; i++) {
    const li = l[i] as Float64Array;
    for (let j = 0; j <= i; j++) {
      const lj = l[j] as Float64Array;
      let s = a[i]?.[j] ?? 0;
      for (let k = 0; k < j; k++) s -= (li[k] as number) * (lj[k] as number);
      if (i === j) {
        if (!(s > largest * 1e-12)) return null;
        li[i] = Math.sqrt(s);
      } else li[j] = s / (lj[j] as number);
    }
  }
  const y = new Float64Array(q);
  for (let i = 0; i < q; i++) {
    let s = b[i] as number;
    for (let k = 0; k < i; k++) s -= ((l[i] as Float64Array)[k] as number) * (y[k] as number);
    y[i] = s / ((l[i] as Float64Array)[i] as number);
  }
  const x = new Array<number>(q).fill(0);
  for (let i = q - 1; i >= 0; i--) {
    let s = y[i] as number;
    for (let k = i + 1; k < q; k++) s -= ((l[k] as Float64Array)[i] as number) * (x[k] as number);
    x[i] = s / ((l[i] as Float64Array)[i] as number);
  }
  return x;
}
