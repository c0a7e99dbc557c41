/**
 * Johnson's relative weights (Johnson 2000, Multivariate Behavioral Research 35:1-19; Tonidandel &
 * LeBreton 2011). With R_xx = V L V', Λ = V L^1/2 V' (the loadings of X on its closest orthonormal
 * counterpart Z), b* = Λ^-1 r_xy (the outcome on Z), eps_j = sum_k Λ_jk² b*_k²; sum eps = R².
 * Matches martinctc/rwa and iopsych relWt (TEST_VECTORS.md).
 *
 * Sign convention: `signs` follows the rwa package, sign(b*_j). The full-model standardized
 * coefficients are returned too (`beta`), for the Displayr/Q convention of taking the sign from them.
 */
import { checkDriverInput, type DriverInput } from './input.ts';
import { inverseSqrt, multiply, spectralFunction, symmetricEigen } from './eigen.ts';

/** Relative weights of p predictors. */
export interface RelativeWeightsResult {
  /** R² of the full model (sum of `raw`). */
  readonly rSquared: number;
  /** Raw weights eps_j (shares of variance explained). */
  readonly raw: number[];
  /** 100 eps_j / R² (percent of R²). */
  readonly rescaled: number[];
  /** sign(b*_j): +1 or -1 (0 when b*_j is 0), the rwa convention. */
  readonly signs: number[];
  /** b* = Λ^-1 r_xy, the outcome regressed on the orthogonal counterparts. */
  readonly betaStar: number[];
  /** Full-model standardized regression coefficients R_xx^+ r_xy. */
  readonly beta: number[];
}

/** Johnson's relative weights from a correlation matrix (any number of predictors). */
export function relativeWeightsFromCorrelation(input: DriverInput): RelativeWeightsResult {
  checkDriverInput(input);
  const eigen = symmetricEigen(input.rxx);
  const lambda = spectralFunction(eigen, Math.sqrt);
  const betaStar = multiply(spectralFunction(eigen, inverseSqrt), input.rxy);
  const beta = multiply(
    spectralFunction(eigen, (v) => (v > 0 ? 1 / v : 0)),
    input.rxy,
  );
  return weightsFromLoadings(lambda, betaStar, beta);
}

/** eps_j = sum_k Λ_jk² b*_k², shared with the logistic variant. */
export function weightsFromLoadings(
  lambda: readonly (readonly number[])[],
  betaStar: readonly number[],
  beta: readonly number[],
): RelativeWeightsResult {
  const squared = betaStar.map((b) => b * b);
  const raw = lambda.map((row) => row.reduce((s, l, k) => s + l * l * (squared[k] as number), 0));
  const rSquared = squared.reduce((a, b) => a + b, 0);
  return {
    rSquared,
    raw,
    rescaled: raw.map((e) => (100 * e) / rSquared),
    signs: betaStar.map(Math.sign),
    betaStar: [...betaStar],
    beta: [...beta],
  };
}
