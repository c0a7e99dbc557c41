import { CholeskyDecomposition, Matrix } from 'ml-matrix';
import { AnalyticsInputError } from '../errors.ts';
import { chiSquareSf, normalSf } from '../distributions.ts';
import { normalCritical } from '../proportions.ts';
import { computeConcordance } from './concordance.ts';
import { computeEfronTerms, linearPredictor, type CoxDesign, type EfronTerms } from './cox-efron.ts';
import { orderByTime, readSurvivalData, type EventFlag } from './input.ts';

/** Subjects for a Cox model: durations, event flags and one covariate row per subject. */
export interface CoxInput {
  readonly times: readonly number[];
  readonly events?: readonly EventFlag[];
  readonly covariates: readonly (readonly number[])[];
  /** Covariate names, for the caller's convenience; defaults to x1..xp. */
  readonly names?: readonly string[];
}

/** Fitting options. */
export interface CoxOptions {
  readonly maxIterations?: number;
  /** Relative change of the log partial likelihood at which to stop (R coxph's eps, 1e-9). */
  readonly tolerance?: number;
  readonly confidenceLevel?: number;
}

/** A fitted Cox model; arrays follow `names`. */
export interface CoxFit {
  readonly names: readonly string[];
  readonly coefficients: readonly number[];
  readonly standardErrors: readonly number[];
  readonly hazardRatios: readonly number[];
  readonly hazardRatioLower: readonly number[];
  readonly hazardRatioUpper: readonly number[];
  /** Wald z and two-sided p per coefficient. */
  readonly z: readonly number[];
  readonly p: readonly number[];
  /** Row-major covariance of the coefficients (inverse information). */
  readonly covariance: readonly (readonly number[])[];
  readonly logLikelihood: number;
  readonly nullLogLikelihood: number;
  readonly likelihoodRatio: { readonly chiSquare: number; readonly df: number; readonly p: number };
  /** Harrell's C of the linear predictor. */
  readonly concordance: number;
  readonly n: number;
  readonly events: number;
  readonly iterations: number;
  readonly converged: boolean;
  /** Per coefficient: the estimate may be infinite (R coxph's "coefficient may be infinite" check). */
  readonly possiblyInfinite: readonly boolean[];
}

/**
 * Cox (1972, JRSS B 34:187) proportional-hazards regression with Efron ties, fitted by Newton–Raphson
 * from β = 0 with step-halving whenever a step lowers the partial likelihood (the safeguard of
 * Therneau & Grambsch 2000, §3.3, used by R survival::coxph). Standard errors from the inverse
 * observed information; likelihood-ratio test against β = 0 on p df. Reproduces R coxph / lifelines
 * on the Rossi recidivism data.
 */
export function fitCox(input: CoxInput, options: CoxOptions = {}): CoxFit {
  const { maxIterations = 50, tolerance = 1e-9, confidenceLevel = 0.95 } = options;
  if (!(Number.isInteger(maxIterations) && maxIterations >= 1)) {
    throw new AnalyticsInputError('bad_option', 'maxIterations', 'must be a whole number >= 1');
  }
  if (!(tolerance > 0)) throw new AnalyticsInputError('bad_option', 'tolerance', 'must be > 0');
  const zCrit = normalCritical(confidenceLevel, 'confidenceLevel');
  const design = buildDesign(input);
  let beta = new Array<number>(design.p).fill(0);
  let current = computeEfronTerms(design, beta);
  const nullLogLik = current.logLik;
  let iterations = 0;
  let converged = false;
  while (!converged && iterations < maxIterations) {
    iterations++;
    const step = solveInformation(current);
    let scale = 1;
    let next = computeEfronTerms(design, add(beta, step, scale));
    for (let halvings = 0; !(next.logLik >= current.logLik) && halvings < 30; halvings++) {
      scale /= 2;
      next = computeEfronTerms(design, add(beta, step, scale));
    }
    const change = Math.abs(next.logLik - current.logLik);
    if (next.logLik >= current.logLik) {
      beta = add(beta, step, scale);
      current = next;
    }
    converged = change <= tolerance * Math.abs(current.logLik) || change === 0;
  }
  const names = input.names ?? beta.map((_, j) => `x${j + 1}`);
  const run = { names, beta, terms: current, nullLogLik, iterations, converged, tolerance };
  return summarise(design, run, zCrit);
}

interface NewtonRun {
  readonly names: readonly string[];
  readonly beta: number[];
  readonly terms: EfronTerms;
  readonly nullLogLik: number;
  readonly iterations: number;
  readonly converged: boolean;
  readonly tolerance: number;
}

/** `zCrit`: the two-sided normal critical value of the hazard ratios' intervals. */
function summarise(design: CoxDesign, run: NewtonRun, zCrit: number): CoxFit {
  const { beta, terms } = run;
  const covariance = invertInformation(terms);
  const se = beta.map((_, j) => Math.sqrt(covariance[j]?.[j] ?? NaN));
  const z = beta.map((b, j) => b / (se[j] ?? NaN));
  const lr = 2 * (terms.logLik - run.nullLogLik);
  const risk = Array.from(linearPredictor(design, beta));
  // R coxph's check: a sizeable Newton step left after the likelihood converged means the estimate is
  // running off to ±∞ (monotone likelihood, e.g. a covariate that separates events from survivors).
  const lastStep = covariance.map((row) => row.reduce((s, v, k) => s + v * (terms.score[k] ?? 0), 0));
  const tolInf = Math.sqrt(run.tolerance);
  return {
    names: run.names,
    coefficients: beta,
    standardErrors: se,
    hazardRatios: beta.map(Math.exp),
    hazardRatioLower: beta.map((b, j) => Math.exp(b - zCrit * (se[j] ?? NaN))),
    hazardRatioUpper: beta.map((b, j) => Math.exp(b + zCrit * (se[j] ?? NaN))),
    z,
    p: z.map((v) => 2 * normalSf(Math.abs(v))),
    covariance,
    logLikelihood: terms.logLik,
    nullLogLikelihood: run.nullLogLik,
    likelihoodRatio: { chiSquare: lr, df: design.p, p: chiSquareSf(lr, design.p) },
    concordance: computeConcordance(design.times, design.events, risk).concordance,
    n: design.n,
    events: design.events.filter(Boolean).length,
    iterations: run.iterations,
    converged: run.converged,
    possiblyInfinite: lastStep.map(
      (d, j) => Math.abs(d) > run.tolerance && Math.abs(d) > tolInf * Math.abs(beta[j] ?? 0),
    ),
  };
}

/** Newton step Δ = I⁻¹U. */
function solveInformation(terms: EfronTerms): number[] {
  return choleskyOf(terms).solve(Matrix.columnVector(terms.score)).getColumn(0);
}

/** Covariance of β̂: the inverse of the observed information. */
function invertInformation(terms: EfronTerms): number[][] {
  return choleskyOf(terms).solve(Matrix.eye(terms.score.length)).to2DArray();
}

/** A singular information means collinear (or constant) covariates. */
function choleskyOf(terms: EfronTerms): CholeskyDecomposition {
  const chol = new CholeskyDecomposition(new Matrix(terms.information));
  if (!chol.isPositiveDefinite()) {
    throw new AnalyticsInputError(
      'singular',
      'covariates',
      'information matrix is singular: collinear or constant columns',
    );
  }
  return chol;
}

function add(beta: readonly number[], step: readonly number[], scale: number): number[] {
  return beta.map((b, j) => b + scale * (step[j] ?? 0));
}

function buildDesign(input: CoxInput): CoxDesign {
  const data = readSurvivalData(input.times, input.events);
  const rows = input.covariates;
  if (rows.length !== data.times.length) {
    throw new AnalyticsInputError(
      'width_mismatch',
      'covariates',
      `${rows.length} rows for ${data.times.length} times`,
    );
  }
  if (!data.events.includes(true))
    throw new AnalyticsInputError('too_few_rows', 'events', 'no events to fit');
  const p = rows[0]?.length ?? 0;
  if (p === 0) throw new AnalyticsInputError('too_few_predictors', 'covariates[0]', 'no covariates');
  if (input.names !== undefined && input.names.length !== p) {
    throw new AnalyticsInputError(
      'width_mismatch',
      'names',
      `${input.names.length} names for ${p} covariates`,
    );
  }
  const n = rows.length;
  const means = new Array<number>(p).fill(0);
  rows.forEach((row, i) => {
    if (row.length !== p)
      throw new AnalyticsInputError('width_mismatch', `covariates[${i}]`, `expected ${p} values`);
    row.forEach((v, j) => {
      if (!Number.isFinite(v)) throw new AnalyticsInputError('not_finite', `covariates[${i}][${j}]`);
      means[j] = (means[j] ?? 0) + v / n;
    });
  });
  const x = new Float64Array(n * p);
  rows.forEach((row, i) => row.forEach((v, j) => (x[i * p + j] = v - (means[j] ?? 0))));
  return { n, p, times: data.times, events: data.events, x, order: orderByTime(data.times, true) };
}
