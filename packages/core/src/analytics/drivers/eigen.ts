/**
 * Symmetric square roots of a predictor correlation matrix, shared by the relative-weight methods.
 * Eigendecomposition by ml-matrix's EigenvalueDecomposition with `assumeSymmetric` (Householder
 * tridiagonalisation + QL, the JAMA/EISPACK tred2/tql2 routines), O(p³).
 */
import { EigenvalueDecomposition, Matrix } from 'ml-matrix';

/** R = V diag(values) V'; `vectors[i][k]` is component i of eigenvector k. */
export interface SymmetricEigen {
  readonly values: number[];
  readonly vectors: number[][];
}

// Eigenvalues below this share of the largest are treated as zero (a rank-deficient R_xx): their
// directions get no weight instead of an exploding inverse square root.
const RANK_TOLERANCE = 1e-12;

/** Eigendecomposition of a symmetric matrix; tiny or negative eigenvalues are clamped to 0. */
export function symmetricEigen(matrix: readonly (readonly number[])[]): SymmetricEigen {
  const evd = new EigenvalueDecomposition(new Matrix(matrix.map((row) => [...row])), {
    assumeSymmetric: true,
  });
  const raw = evd.realEigenvalues;
  const largest = Math.max(...raw.map(Math.abs), 0);
  return {
    values: raw.map((v) => (v > RANK_TOLERANCE * largest ? v : 0)),
    vectors: evd.eigenvectorMatrix.to2DArray(),
  };
}

/** V diag(f(values)) V' for a function f of the eigenvalues (f(0) must be finite). */
export function spectralFunction(eigen: SymmetricEigen, f: (value: number) => number): number[][] {
  const p = eigen.values.length;
  const scaled = eigen.values.map(f);
  const out = Array.from({ length: p }, () => new Array<number>(p).fill(0));
  for (let i = 0; i < p; i++) {
    const vi = eigen.vectors[i] as number[];
    const row = out[i] as number[];
    for (let j = i; j < p; j++) {
      const vj = eigen.vectors[j] as number[];
      let s = 0;
      for (let k = 0; k < p; k++) s += (vi[k] as number) * (scaled[k] as number) * (vj[k] as number);
      row[j] = s;
      (out[j] as number[])[i] = s;
    }
  }
  return out;
}

/** Inverse square root that maps the zero eigenvalues of a singular matrix to 0 (pseudo-inverse). */
export function inverseSqrt(value: number): number {
  return value > 0 ? 1 / Math.sqrt(value) : 0;
}

/** Matrix-vector product. */
export function multiply(matrix: readonly (readonly number[])[], vector: readonly number[]): number[] {
  return matrix.map((row) => row.reduce((s, v, k) => s + v * (vector[k] as number), 0));
}
