/**
 * Peak-end weights refitted with touchpoint controls, from streamed co-moments, so no episode is kept.
 *
 * Model (ordinary least squares, free intercept), one row per scored episode with an outcome:
 *   outcome = a + w.peak peak + w.end end + w.mean mean + b (-breaches) + sum_j c_j x_j + error,
 * with peak, end and mean those of the core scorer and x_j the episode's mean experience at touchpoint j
 * minus the experience of a moment meeting its standard (0 when the episode skipped j). `refitPeakEnd`
 * leaves the x_j out; when touchpoints differ in importance the omitted sum_j c_j x_j is correlated with
 * the mean and the peak, which absorb it (omitted-variable bias, e.g. Greene, Econometric Analysis, 7th
 * ed., 4.3.2). With the controls the weights estimate the peak-end form itself.
 *
 * Estimation: the normal equations on centred cross-products (covariance x (n - 1)), X'X b = X'y
 * (Gauss 1809), standard errors from s² (X'X)⁻¹ with s² = SSE / (n - 1 - rank) (Greene ch. 4), Student-t
 * intervals. No sign constraints: they would hide a weight the data contradict and leave no standard error.
 *
 * Identifiability. X'X is singular when a part never varies (a touchpoint whose experience is constant),
 * when the end is always the same touchpoint (end = x_j + m) or when every episode passes every touchpoint
 * (the mean = m + sum_j x_j / length): then only combinations of those coefficients are determined. The
 * Gram matrix is scaled to unit diagonal and split by its eigenvectors (ml-matrix's symmetric
 * EigenvalueDecomposition); eigenvalues below RANK_TOLERANCE of the largest span its null space N. A
 * coefficient b_j is estimable iff the unit vector e_j is orthogonal to N (Searle, Linear Models, 1971,
 * 5.4: c'b is estimable iff c lies in the row space of X); it is then the same for every solution, and
 * the Moore-Penrose solution gives it, with variance s² (X'X)⁺_jj (any generalised inverse serves for an
 * estimable function, Searle 5.4). The other coefficients are reported as not identifiable (NaN).
 */
import { EigenvalueDecomposition, Matrix } from 'ml-matrix';
import type { CorrelationAccumulator } from '../analytics/correlation.ts';
import { studentTQuantile } from '../analytics/distributions.ts';
import type { TControlledCoefficient, TPeakEndControlledRefit } from './result-types.ts';

/** Episode-level parts before the touchpoint controls: peak, end, mean, -breaches. */
export const CONTROLLED_PARTS = 4;
/** Eigenvalues of the unit-diagonal Gram matrix below this share of the largest count as zero. */
const RANK_TOLERANCE = 1e-9;
/** A coefficient whose unit vector has more than this squared length in the null space is not identifiable. */
const NULL_SPACE_TOLERANCE = 1e-6;
/** A part whose standard deviation is below this (relative to 1 + |mean|) does not vary. */
const CONSTANT_TOLERANCE = 1e-9;

const NOT_IDENTIFIABLE: TControlledCoefficient = {
  estimate: NaN,
  se: NaN,
  lower: NaN,
  upper: NaN,
  identifiable: false,
};

/**
 * The controlled refit from the co-moments of (peak, end, mean, -breaches, x_1..x_p, outcome), or null
 * with fewer than 3 episodes or a constant outcome. `keys` are the touchpoints in column order.
 */
export function refitPeakEndControlled(
  acc: CorrelationAccumulator,
  keys: readonly string[],
  confidence: number,
): TPeakEndControlledRefit | null {
  const k = CONTROLLED_PARTS + keys.length;
  if (acc.width !== k + 1) return null;
  const c = acc.result();
  const n = c.n[k]?.[k] ?? 0;
  if (n < 3) return null;
  const cross = (i: number, j: number): number => {
    const v = (c.covariance[i]?.[j] ?? NaN) * (n - 1);
    return Number.isFinite(v) ? v : 0;
  };
  const syy = cross(k, k);
  if (!(syy > 0)) return null;
  // Parts that vary; the others are absorbed by the intercept and not identifiable.
  const varying: number[] = [];
  for (let i = 0; i < k; i++) {
    const sd = c.sds[i] ?? NaN;
    if (sd > CONSTANT_TOLERANCE * (1 + Math.abs(c.means[i] ?? 0))) varying.push(i);
  }
  const q = varying.length;
  const scale = varying.map((i) => Math.sqrt(cross(i, i)));
  const gram = varying.map((i, a) =>
    varying.map((j, b) => cross(i, j) / ((scale[a] ?? 1) * (scale[b] ?? 1))),
  );
  const rhs = varying.map((i, a) => cross(i, k) / (scale[a] ?? 1));
  let values: number[] = [];
  let vectors: number[][] = [];
  if (q > 0) {
    const evd = new EigenvalueDecomposition(new Matrix(gram), { assumeSymmetric: true });
    values = evd.realEigenvalues;
    vectors = evd.eigenvectorMatrix.to2DArray();
  }
  const largest = Math.max(0, ...values);
  const kept = values.map((v) => v > RANK_TOLERANCE * largest);
  const rank = kept.filter(Boolean).length;
  // Moore-Penrose inverse of the scaled Gram matrix: sum over kept eigenpairs of v v' / value.
  const pinv = (a: number, b: number): number =>
    values.reduce((s, v, e) => (kept[e] ? s + ((vectors[a]?.[e] ?? 0) * (vectors[b]?.[e] ?? 0)) / v : s), 0);
  const inverse = varying.map((_, a) => varying.map((__, b) => pinv(a, b)));
  const beta = inverse.map((row) => row.reduce((s, v, b) => s + v * (rhs[b] ?? 0), 0));
  // The fitted values are the projection of y whichever solution is taken: SSE = y'y - b'X'y.
  const sse = Math.max(0, syy - beta.reduce((s, v, a) => s + v * (rhs[a] ?? 0), 0));
  const df = n - 1 - rank;
  const s2 = df > 0 ? sse / df : NaN;
  const t = df > 0 ? studentTQuantile(1 - (1 - confidence) / 2, df) : NaN;
  const coefficients: TControlledCoefficient[] = Array.from({ length: k }, () => NOT_IDENTIFIABLE);
  varying.forEach((i, a) => {
    const inNull = values.reduce((s, _, e) => (kept[e] ? s : s + (vectors[a]?.[e] ?? 0) ** 2), 0);
    if (inNull > NULL_SPACE_TOLERANCE) return;
    const sc = scale[a] ?? 1;
    const estimate = (beta[a] ?? NaN) / sc;
    const se = Math.sqrt((s2 * Math.max(0, inverse[a]?.[a] ?? NaN)) / (sc * sc));
    coefficients[i] = {
      estimate,
      se,
      lower: estimate - t * se,
      upper: estimate + t * se,
      identifiable: true,
    };
  });
  const at = (i: number): TControlledCoefficient => coefficients[i] ?? NOT_IDENTIFIABLE;
  const breaches = at(3);
  return {
    method: 'ols',
    n,
    weights: {
      peak: at(0),
      end: at(1),
      mean: at(2),
      // The column is -breaches; the weight is per breach (negative: a breach costs).
      breaches: breaches.identifiable
        ? { ...breaches, estimate: -breaches.estimate, lower: -breaches.upper, upper: -breaches.lower }
        : breaches,
    },
    touchpoints: keys.map((key, j) => ({ key, ...at(CONTROLLED_PARTS + j) })),
    rank,
    r2: Math.max(0, 1 - sse / syy),
    residualSd: Math.sqrt(s2),
  };
}
