/**
 * Cholesky factorisation of small symmetric positive definite matrices stored row-major in a
 * Float64Array (Golub & Van Loan, Matrix Computations, 4th ed., alg. 4.2.1), for the normal equations
 * of IRLS. No allocation in the factor and solve, which run once per iteration per subset.
 */

/** Overwrites the lower triangle of `a` (k x k) with L, A = L L'. Returns false if A is not positive definite. */
export function choleskyInPlace(a: Float64Array, k: number): boolean {
  for (let j = 0; j < k; j++) {
    const rj = j * k;
    let d = a[rj + j] as number;
    for (let m = 0; m < j; m++) d -= (a[rj + m] as number) ** 2;
    // Relative test: a pivot lost to rounding means the columns are (nearly) collinear.
    if (!(d > 1e-13 * Math.abs(a[rj + j] as number))) return false;
    const l = Math.sqrt(d);
    a[rj + j] = l;
    for (let i = j + 1; i < k; i++) {
      const ri = i * k;
      let s = a[ri + j] as number;
      for (let m = 0; m < j; m++) s -= (a[ri + m] as number) * (a[rj + m] as number);
      a[ri + j] = s / l;
    }
  }
  return true;
}

/** Solves L L' x = b in place in `b`, with L from `choleskyInPlace`. */
export function choleskySolve(l: Float64Array, k: number, b: Float64Array): void {
  for (let i = 0; i < k; i++) {
    let s = b[i] as number;
    for (let m = 0; m < i; m++) s -= (l[i * k + m] as number) * (b[m] as number);
    b[i] = s / (l[i * k + i] as number);
  }
  for (let i = k - 1; i >= 0; i--) {
    let s = b[i] as number;
    for (let m = i + 1; m < k; m++) s -= (l[m * k + i] as number) * (b[m] as number);
    b[i] = s / (l[i * k + i] as number);
  }
}

/** Diagonal of (L L')^-1, i.e. the variances of the estimates when L L' is an information matrix. */
export function choleskyInverseDiagonal(l: Float64Array, k: number): number[] {
  const out: number[] = [];
  const e = new Float64Array(k);
  for (let j = 0; j < k; j++) {
    e.fill(0);
    e[j] = 1;
    choleskySolve(l, k, e);
    out.push(e[j] as number);
  }
  return out;
}
