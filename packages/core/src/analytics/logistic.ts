/**
 * Binary logistic regression by iteratively reweighted least squares (Fisher scoring; McCullagh &
 * Nelder 1989, Generalized Linear Models, 2nd ed., sec. 4.4), as R's glm(family = binomial) and
 * statsmodels' Logit. Standard errors from the inverse Fisher information (X'WX)^-1 at the estimate;
 * Wald z tests. Step halving when the deviance rises (as R's glm.fit). Checked against the Spector &
 * Mazzeo vector (Stata/statsmodels, TEST_VECTORS.md).
 */
import { AnalyticsInputError } from './errors.ts';
import { choleskyInPlace, choleskyInverseDiagonal, choleskySolve } from './drivers/cholesky.ts';
import { normalSf } from './distributions.ts';

/** IRLS controls. */
export interface LogisticOptions {
  /** Iteration cap (default 50). */
  readonly maxIterations?: number;
  /** Stop when |dev - dev_prev| / (|dev| + 0.1) falls below this (R's criterion; default 1e-12). */
  readonly tolerance?: number;
  /** Starting coefficients, intercept first (warm starts for subset fits). */
  readonly start?: readonly number[];
  /**
   * Prior (frequency) weights per row: finite and >= 0 (0 leaves a row out, as a bootstrap resample
   * does), one per row. `fitLogistic` checks them; `fitLogisticDesign` trusts its caller.
   */
  readonly weights?: ArrayLike<number>;
}

/** Fitted model; coefficient vectors are intercept first, then predictors in input order. */
export interface LogisticFit {
  readonly coefficients: number[];
  readonly standardErrors: number[];
  readonly zValues: number[];
  /** Two-sided Wald p-values. */
  readonly pValues: number[];
  readonly logLikelihood: number;
  /** Log-likelihood of the intercept-only model. */
  readonly nullLogLikelihood: number;
  readonly deviance: number;
  readonly nullDeviance: number;
  /** McFadden's pseudo-R² = 1 - LL / LL0 (McFadden 1974). */
  readonly mcFaddenR2: number;
  readonly iterations: number;
  /** False when the iteration cap was hit, e.g. under complete separation (estimates then diverge). */
  readonly converged: boolean;
  /** Linear predictor per row (the logit of the fitted probability). */
  readonly linearPredictor: Float64Array;
}

/** Fits y (0/1) on the rows of x (n x p, no intercept column: one is added). */
export function fitLogistic(
  x: readonly (readonly number[])[],
  y: readonly number[],
  options: LogisticOptions = {},
): LogisticFit {
  const n = x.length;
  if (y.length !== n) throw new AnalyticsInputError('width_mismatch', 'y', `${y.length} vs ${n}`);
  const p = checkPredictorRows(x);
  const k = p + 1;
  const design = new Float64Array(n * k);
  const outcome = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    const row = x[i] as readonly number[];
    design[i * k] = 1;
    for (let j = 0; j < p; j++) design[i * k + j + 1] = row[j] as number;
    const yi = y[i];
    if (yi !== 0 && yi !== 1) throw new AnalyticsInputError('not_binary', `y[${i}]`);
    outcome[i] = yi;
  }
  if (options.weights !== undefined) checkWeights(options.weights, n);
  return fitLogisticDesign(design, n, k, outcome, options);
}

/** Throws unless there is one weight per row, each finite and not negative. */
export function checkWeights(weights: ArrayLike<number>, n: number): void {
  if (weights.length !== n)
    throw new AnalyticsInputError('width_mismatch', 'weights', `${weights.length} vs ${n}`);
  for (let i = 0; i < n; i++) {
    const w = weights[i] as number;
    if (!Number.isFinite(w)) throw new AnalyticsInputError('not_finite', `weights[${i}]`);
    if (w < 0) throw new AnalyticsInputError('out_of_range', `weights[${i}]`, `${w} < 0`);
  }
}

/** Throws unless every row of `x` has as many values as the first and all are finite; returns that width. */
export function checkPredictorRows(x: readonly (readonly number[])[]): number {
  const p = x[0]?.length ?? 0;
  x.forEach((row, i) => {
    if (row.length !== p) throw new AnalyticsInputError('width_mismatch', `x[${i}]`);
    row.forEach((v, j) => {
      if (!Number.isFinite(v)) throw new AnalyticsInputError('not_finite', `x[${i}][${j}]`);
    });
  });
  return p;
}

/**
 * IRLS on a packed row-major design (n x k, first column the intercept), without input checks: the
 * inner loop of the subset fits. Throws `singular` when X'WX is not positive definite.
 */
export function fitLogisticDesign(
  design: Float64Array,
  n: number,
  k: number,
  y: Float64Array,
  options: LogisticOptions = {},
): LogisticFit {
  const maxIterations = options.maxIterations ?? 50;
  const tolerance = options.tolerance ?? 1e-12;
  const prior = options.weights;
  const weightOf = (i: number): number => (prior === undefined ? 1 : (prior[i] as number));
  let total = 0;
  let positive = 0;
  for (let i = 0; i < n; i++) {
    total += weightOf(i);
    positive += weightOf(i) * (y[i] as number);
  }
  if (!(total > 0)) throw new AnalyticsInputError('too_few_rows', 'rows');
  const share = positive / total;
  const nullLogLikelihood =
    share <= 0 || share >= 1 ? 0 : total * (share * Math.log(share) + (1 - share) * Math.log(1 - share));

  let beta = new Float64Array(k);
  if (options.start !== undefined) beta.set(options.start.slice(0, k));
  else beta[0] = share > 0 && share < 1 ? Math.log(share / (1 - share)) : 0;
  const eta = new Float64Array(n);
  let ll = logLikelihood(design, n, k, y, beta, eta, weightOf);
  const info = new Float64Array(k * k);
  const rhs = new Float64Array(k);
  let iterations = 0;
  let converged = false;
  while (iterations < maxIterations && !converged) {
    iterations++;
    buildNormalEquations(design, n, k, y, eta, weightOf, info, rhs);
    if (!choleskyInPlace(info, k))
      throw new AnalyticsInputError('singular', 'x', "X'WX not positive definite");
    choleskySolve(info, k, rhs);
    let next = Float64Array.from(rhs);
    let nextLl = logLikelihood(design, n, k, y, next, eta, weightOf);
    // Step halving (R glm.fit): a full Newton step can overshoot far from the optimum.
    for (let h = 0; h < 30 && !(nextLl >= ll - 1e-12 * Math.abs(ll)); h++) {
      next = next.map((b, j) => (b + (beta[j] as number)) / 2);
      nextLl = logLikelihood(design, n, k, y, next, eta, weightOf);
    }
    converged = Math.abs(-2 * nextLl + 2 * ll) / (Math.abs(-2 * nextLl) + 0.1) < tolerance;
    beta = next;
    ll = nextLl;
  }
  buildNormalEquations(design, n, k, y, eta, weightOf, info, rhs);
  const variances = choleskyInPlace(info, k)
    ? choleskyInverseDiagonal(info, k)
    : new Array<number>(k).fill(NaN);
  const coefficients = Array.from(beta);
  const standardErrors = variances.map(Math.sqrt);
  const zValues = coefficients.map((b, j) => b / (standardErrors[j] as number));
  return {
    coefficients,
    standardErrors,
    zValues,
    pValues: zValues.map((z) => 2 * normalSf(Math.abs(z))),
    logLikelihood: ll,
    nullLogLikelihood,
    deviance: -2 * ll,
    nullDeviance: -2 * nullLogLikelihood,
    mcFaddenR2: nullLogLikelihood === 0 ? NaN : 1 - ll / nullLogLikelihood,
    iterations,
    converged,
    linearPredictor: eta,
  };
}

/** Sets eta = X beta and returns sum w (y eta - log(1 + e^eta)), computed without overflow. */
function logLikelihood(
  design: Float64Array,
  n: number,
  k: number,
  y: Float64Array,
  beta: Float64Array,
  eta: Float64Array,
  weightOf: (i: number) => number,
): number {
  let ll = 0;
  for (let i = 0, at = 0; i < n; i++, at += k) {
    let e = 0;
    for (let j = 0; j < k; j++) e += (design[at + j] as number) * (beta[j] as number);
    eta[i] = e;
    const softplus = e > 0 ? e + Math.log1p(Math.exp(-e)) : Math.log1p(Math.exp(e));
    ll += weightOf(i) * ((y[i] as number) * e - softplus);
  }
  return ll;
}

/** info = X'WX and rhs = X'(W eta + y - mu), the Newton step written as weighted least squares. */
function buildNormalEquations(
  design: Float64Array,
  n: number,
  k: number,
  y: Float64Array,
  eta: Float64Array,
  weightOf: (i: number) => number,
  info: Float64Array,
  rhs: Float64Array,
): void {
  info.fill(0);
  rhs.fill(0);
  for (let i = 0, at = 0; i < n; i++, at += k) {
    const e = eta[i] as number;
    const mu = 1 / (1 + Math.exp(-e));
    const w = weightOf(i) * mu * (1 - mu);
    const r = w * e + weightOf(i) * ((y[i] as number) - mu);
    for (let a = 0; a < k; a++) {
      const xa = design[at + a] as number;
      rhs[a] = (rhs[a] as number) + xa * r;
      const wa = w * xa;
      for (let b = 0; b <= a; b++)
        info[a * k + b] = (info[a * k + b] as number) + wa * (design[at + b] as number);
    }
  }
}
