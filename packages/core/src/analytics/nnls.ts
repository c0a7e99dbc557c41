/**
 * Non-negative least squares: minimise ||A x - b|| subject to x >= 0.
 * Active-set algorithm NNLS of Lawson & Hanson, Solving Least Squares Problems (1974), ch. 23, run on the
 * cross-products AᵀA and Aᵀb as in Bro & de Jong 1997 (J. Chemometrics 11:393, "FNNLS"), which gives the same
 * iterates. Meant for few columns (a handful of predictors); forming AᵀA squares the condition number, which
 * is harmless at that size.
 */
import { AnalyticsInputError } from './errors.ts';

/** Solution of an NNLS problem. */
export type TNnlsResult = {
  x: number[];
  /** ||A x - b|| (only from `nnls`, which has A and b). */
  residualNorm: number;
  /** Outer iterations used (columns moved into the passive set). */
  iterations: number;
};

const at = (a: ArrayLike<number>, i: number): number => a[i] as number;

/** Solves the k x k system M z = v (M row-major, overwritten) by Gaussian elimination with partial pivoting. */
function solve(m: Float64Array, v: Float64Array, k: number): Float64Array {
  for (let col = 0; col < k; col++) {
    let pivot = col;
    for (let r = col + 1; r < k; r++)
      if (Math.abs(at(m, r * k + col)) > Math.abs(at(m, pivot * k + col))) pivot = r;
    if (pivot !== col) {
      for (let c = 0; c < k; c++) {
        const t = at(m, col * k + c);
        m[col * k + c] = at(m, pivot * k + c);
        m[pivot * k + c] = t;
      }
      const t = at(v, col);
      v[col] = at(v, pivot);
      v[pivot] = t;
    }
    for (let r = col + 1; r < k; r++) {
      const f = at(m, r * k + col) / at(m, col * k + col);
      for (let c = col; c < k; c++) m[r * k + c] = at(m, r * k + c) - f * at(m, col * k + c);
      v[r] = at(v, r) - f * at(v, col);
    }
  }
  const z = new Float64Array(k);
  for (let r = k - 1; r >= 0; r--) {
    let s = at(v, r);
    for (let c = r + 1; c < k; c++) s -= at(m, r * k + c) * at(z, c);
    z[r] = s / at(m, r * k + r);
  }
  return z;
}

/** Least-squares solution restricted to the passive columns (G is n x n, flat), zero elsewhere. */
function solvePassive(g: Float64Array, c: readonly number[], passive: readonly boolean[]): number[] {
  const n = c.length;
  const idx = passive.flatMap((p, j) => (p ? [j] : []));
  const k = idx.length;
  const m = new Float64Array(k * k);
  const v = new Float64Array(k);
  idx.forEach((i, r) => {
    v[r] = at(c, i);
    idx.forEach((j, col) => (m[r * k + col] = at(g, i * n + j)));
  });
  const sub = solve(m, v, k);
  const z = new Array<number>(n).fill(0);
  idx.forEach((j, r) => (z[j] = at(sub, r)));
  return z;
}

/**
 * NNLS from the cross-products G = AᵀA (n x n) and c = Aᵀb: minimises xᵀG x - 2cᵀx over x >= 0.
 * Lawson & Hanson 1974, algorithm 23.10, steps numbered as in the book in the comments.
 */
export function nnlsGram(
  gram: readonly (readonly number[])[],
  c: readonly number[],
): Omit<TNnlsResult, 'residualNorm'> {
  const n = c.length;
  if (gram.length !== n || gram.some((row) => row.length !== n)) {
    throw new AnalyticsInputError('not_square', 'g', `must be ${n} x ${n}`);
  }
  const g = Float64Array.from(gram.flat());
  let scale = 0;
  for (const v of g) scale = Math.max(scale, Math.abs(v));
  const tol = 10 * Number.EPSILON * Math.max(scale, 1e-300) * n;
  const gradient = (x: readonly number[]) =>
    c.map((cj, j) => x.reduce((s, xk, k) => s - at(g, j * n + k) * xk, cj));
  const passive = new Array<boolean>(n).fill(false); // step 1: P empty, x = 0
  let x = new Array<number>(n).fill(0);
  let iterations = 0;
  for (; iterations < 3 * n + 10; iterations++) {
    const w = gradient(x); // step 2: w = Aᵀ(b - A x)
    let t = -1; // steps 3-5: stop when no active column would reduce the residual, else take the best one
    for (let j = 0; j < n; j++) if (!passive[j] && at(w, j) > tol && (t < 0 || at(w, j) > at(w, t))) t = j;
    if (t < 0) break;
    passive[t] = true;
    for (let inner = 0; inner <= n; inner++) {
      const z = solvePassive(g, c, passive); // step 6
      if (passive.every((p, j) => !p || at(z, j) > tol)) {
        x = z; // step 7: feasible, accept
        break;
      }
      let alpha = 1; // steps 8-9: move towards z as far as feasibility allows
      for (let j = 0; j < n; j++) {
        if (!passive[j] || at(z, j) > tol) continue;
        const step = at(x, j) - at(z, j);
        alpha = Math.min(alpha, step > 0 ? at(x, j) / step : 0);
      }
      x = x.map((xj, j) => xj + alpha * (at(z, j) - xj)); // step 10
      for (let j = 0; j < n; j++) {
        if (passive[j] && at(x, j) <= tol) {
          passive[j] = false; // step 11: columns that hit zero leave the passive set
          x[j] = 0;
        }
      }
    }
  }
  return { x, iterations };
}

/** NNLS of A (rows of equal width) against b. */
export function nnls(a: readonly (readonly number[])[], b: readonly number[]): TNnlsResult {
  if (a.length !== b.length)
    throw new AnalyticsInputError('width_mismatch', 'b', `needs ${a.length} entries`);
  const n = a[0]?.length ?? 0;
  if (n === 0) throw new AnalyticsInputError('too_few_predictors', 'a[0]', 'needs a column');
  a.forEach((row, i) => {
    if (row.length !== n) throw new AnalyticsInputError('width_mismatch', `a[${i}]`, `needs ${n} entries`);
    row.forEach((v, j) => {
      if (!Number.isFinite(v)) throw new AnalyticsInputError('not_finite', `a[${i}][${j}]`);
    });
    if (!Number.isFinite(b[i])) throw new AnalyticsInputError('not_finite', `b[${i}]`);
  });
  const g = Array.from({ length: n }, (_, j) =>
    Array.from({ length: n }, (_, k) => a.reduce((s, row) => s + at(row, j) * at(row, k), 0)),
  );
  const c = Array.from({ length: n }, (_, j) => a.reduce((s, row, i) => s + at(row, j) * at(b, i), 0));
  const { x, iterations } = nnlsGram(g, c);
  const residual = a.reduce((s, row, i) => {
    const r = row.reduce((t, v, j) => t + v * at(x, j), -at(b, i));
    return s + r * r;
  }, 0);
  return { x, residualNorm: Math.sqrt(residual), iterations };
}
