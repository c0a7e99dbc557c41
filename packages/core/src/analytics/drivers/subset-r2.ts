/**
 * R² of every subset of predictors from a correlation matrix, indexed by bitmask (bit j = predictor j).
 *
 * R²(S) = r_Sy' R_SS^-1 r_Sy. With the Cholesky factor L of R_SS and z = L^-1 r_Sy, R²(S) = |z|². A
 * depth-first walk adds predictors in increasing index order, so each subset extends its parent's factor
 * by one row (a forward solve, O(k²)) instead of a fresh O(k³) factorisation: 2^p subsets in about
 * p² 2^p / 6 flops. A predictor whose new pivot is (numerically) zero lies in the span of the others:
 * it adds nothing to R², and it is left out of the factor so its descendants stay well posed (the
 * pseudo-inverse answer). Cholesky on a correlation matrix needs no pivoting for stability (Higham 2002,
 * Accuracy and Stability of Numerical Algorithms, ch. 10).
 */
import { checkDriverInput, type DriverInput } from './input.ts';
import { AnalyticsInputError } from '../errors.ts';

/** Largest predictor count for exhaustive subsets (2^20 doubles = 8 MB). */
export const MAX_SUBSET_PREDICTORS = 20;

// Relative pivot below which a predictor counts as collinear with those already in the subset.
const PIVOT_TOLERANCE = 1e-10;

/** Returns R² for all 2^p subsets; entry 0 (the empty set) is 0. */
export function allSubsetRSquared(input: DriverInput): Float64Array {
  const p = checkDriverInput(input);
  if (p > MAX_SUBSET_PREDICTORS) throw new AnalyticsInputError('too_many_predictors', 'rxx', `${p}`);
  const r = Float64Array.from(input.rxx.flat());
  const rxy = Float64Array.from(input.rxy);
  const out = new Float64Array(1 << p);
  // Factor rows by depth (row-major p x p), the predictor behind each row, and z by depth.
  const factor = new Float64Array(p * p);
  const rowVar = new Int32Array(p);
  const z = new Float64Array(p);

  const visit = (mask: number, next: number, depth: number, r2: number): void => {
    for (let j = next; j < p; j++) {
      const base = depth * p;
      let sumSq = 0;
      let dot = 0;
      for (let i = 0; i < depth; i++) {
        let s = r[(rowVar[i] as number) * p + j] as number;
        const rowI = i * p;
        for (let m = 0; m < i; m++) s -= (factor[rowI + m] as number) * (factor[base + m] as number);
        const l = s / (factor[rowI + i] as number);
        factor[base + i] = l;
        sumSq += l * l;
        dot += l * (z[i] as number);
      }
      const diag = r[j * p + j] as number;
      const pivot = diag - sumSq;
      const child = mask | (1 << j);
      if (pivot > PIVOT_TOLERANCE * diag) {
        const d = Math.sqrt(pivot);
        factor[base + depth] = d;
        rowVar[depth] = j;
        const zj = ((rxy[j] as number) - dot) / d;
        z[depth] = zj;
        out[child] = r2 + zj * zj;
        visit(child, j + 1, depth + 1, r2 + zj * zj);
      } else {
        out[child] = r2;
        visit(child, j + 1, depth, r2);
      }
    }
  };
  visit(0, 0, 0, 0);
  return out;
}
