/**
 * Types of churn linkage: survival by exposure, the Cox model of churn, the at-risk model and the churn a
 * touchpoint meeting its standard would avoid. Core returns numbers and codes only; callers word them.
 */
import type { KaplanMeierStep, MedianSurvival } from '../analytics/survival/kaplan-meier.ts';

/**
 * One customer (or one customer's spell at risk): time observed in days, whether the spell ended in churn
 * (false = still a customer when last seen: censored), and numeric covariates by key (breaches per
 * touchpoint, episode scores, tenure, counts, 0/1 flags of attributes).
 */
export type TChurnSubject = {
  id: string;
  durationDays: number;
  churned: boolean;
  covariates: Record<string, number>;
};

/** A Kaplan–Meier curve of one group, with pointwise log-log intervals and the median time to churn. */
export type TSurvivalCurve = {
  /** The group's label: 'exposed' / 'unexposed' from `survivalByExposure`, the attribute's value otherwise. */
  group: string;
  n: number;
  events: number;
  steps: KaplanMeierStep[];
  median: MedianSurvival;
};

/** Log-rank test of equal survival across the groups (null when fewer than two groups have subjects). */
export type TChurnLogRank = {
  chiSquare: number;
  df: number;
  p: number;
  /** Per group (same order as `curves`): observed and expected churn events under equal survival. */
  observed: number[];
  expected: number[];
};

/** Survival curves of several groups and their log-rank test. */
export type TSurvivalComparison = {
  confidenceLevel: number;
  curves: TSurvivalCurve[];
  logRank: TChurnLogRank | null;
};

/** Options of the survival comparisons. */
export type TSurvivalOptions = { confidenceLevel?: number };

/** A covariate left out of a model, and why. */
export type TDroppedCovariate = { key: string; reason: 'constant' | 'collinear' | 'missing' };

/** One covariate of the Cox model of churn. */
export type TChurnHazardRatio = {
  key: string;
  coefficient: number;
  standardError: number;
  /** exp(coefficient): the multiplication of the churn hazard per unit of the covariate. */
  hazardRatio: number;
  lower: number;
  upper: number;
  z: number;
  p: number;
  /** The estimate may be running off to infinity (a covariate that separates churners from stayers). */
  possiblyInfinite: boolean;
  /** Mean of the covariate over the subjects the model was fitted on. */
  mean: number;
};

/** A Cox model of churn: hazard ratios with intervals, Harrell's C, counts and what was dropped. */
export type TChurnCoxFit = {
  confidenceLevel: number;
  covariates: TChurnHazardRatio[];
  dropped: TDroppedCovariate[];
  /** Harrell's concordance of the linear predictor on the fitted subjects. */
  concordance: number;
  n: number;
  events: number;
  logLikelihood: number;
  likelihoodRatio: { chiSquare: number; df: number; p: number };
  converged: boolean;
  /** Row-major covariance of the coefficients (same order as `covariates`). */
  covariance: number[][];
};

/** Options of `fitChurnCox`. */
export type TChurnCoxOptions = { confidenceLevel?: number; maxIterations?: number };

/** An estimate with its interval. */
export type TEstimateInterval = { estimate: number; lower: number; upper: number };

/** One bin of predicted risk on the held-out customers: mean predicted against observed churn. */
export type TCalibrationBin = {
  n: number;
  /** Range of predicted risk in the bin. */
  minPredicted: number;
  maxPredicted: number;
  meanPredicted: number;
  /** Observed churn share with its Wilson interval. */
  observed: number;
  observedLower: number;
  observedUpper: number;
};

/** How well the at-risk model does on customers it was not fitted on. */
export type TAtRiskValidation = {
  n: number;
  events: number;
  /** Area under the ROC curve with DeLong's standard error and interval. */
  auc: TEstimateInterval & { standardError: number };
  /** Mean squared error of the predicted risk (Brier 1950). */
  brier: number;
  /** Deciles of predicted risk (fewer bins when there are fewer customers). */
  calibration: TCalibrationBin[];
  /**
   * Logistic recalibration (Cox 1958): logit(observed) = intercept + slope * logit(predicted); slope 1 and
   * intercept 0 are perfect; null when it cannot be fitted (no events in the held-out customers).
   */
  calibrationSlope: number | null;
  calibrationIntercept: number | null;
};

/** The at-risk model: a logistic regression of churn on the covariates, fitted on a seeded training split. */
export type TAtRiskModel = {
  kind: 'logistic';
  /** Covariates in the model, in the order of `coefficients`, `means` and the batch scorer's columns. */
  keys: string[];
  dropped: TDroppedCovariate[];
  intercept: number;
  coefficients: number[];
  standardErrors: number[];
  /** Training means of the covariates: a missing value scores as the mean, and contributions are from it. */
  means: number[];
  /** Churn within this many days of the start is the outcome; null = churned at all. */
  horizonDays: number | null;
  seed: number;
  holdoutShare: number;
  confidenceLevel: number;
  training: { n: number; events: number };
  holdout: TAtRiskValidation;
};

/** Options of `fitAtRiskModel`. */
export type TAtRiskOptions = {
  /** Share of the subjects held out for validation, in (0, 1). */
  holdoutShare: number;
  seed: number;
  /** Outcome = churned within this many days; subjects censored before it are left out. */
  horizonDays?: number;
  confidenceLevel?: number;
};

/** One covariate's part in a customer's risk: coefficient x (value - training mean), on the logit scale. */
export type TRiskContribution = { key: string; value: number; contribution: number };

/** A customer's predicted risk and the covariates that raise it most first. */
export type TAtRiskScore = { risk: number; contributions: TRiskContribution[] };

/** Options of `churnAvoided`. */
export type TChurnAvoidedOptions = {
  /** The covariate counting the touchpoint's breaches (set to 0 for the counterfactual). */
  covariate: string;
  horizonDays: number;
  /** Who counts as exposed; default: the covariate is above 0. */
  isExposed?: (subject: TChurnSubject) => boolean;
  /** Draws of the coefficients from their sampling distribution for the interval (default 500). */
  draws?: number;
  /**
   * How the interval is found: 'draws' (percentiles over coefficient draws), 'delta' (delta method, 2p
   * passes over the subjects), or 'auto' (default): draws while subjects x draws <= 2e7, delta beyond.
   */
  interval?: 'draws' | 'delta' | 'auto';
  seed?: number;
  confidenceLevel?: number;
};

/** Expected churn among the exposed over the horizon, as it is and if the touchpoint met its standard. */
export type TChurnAvoided = {
  covariate: string;
  horizonDays: number;
  exposed: number;
  /** Expected churners among the exposed over the horizon as things are (the model's prediction). */
  expectedChurn: number;
  /** The same with the covariate set to 0 for them. */
  expectedChurnIfMet: number;
  /** Churners avoided (expectedChurn - expectedChurnIfMet) with its interval. */
  avoided: TEstimateInterval;
  /** Avoided as a share of the exposed customers, with its interval. */
  avoidedShare: TEstimateInterval;
  confidenceLevel: number;
  /** How the interval was found. */
  interval: 'draws' | 'delta';
  /** Draws used (0 with the delta method). */
  draws: number;
};

/** Driver importance of one covariate for churn (logistic dominance or relative weights), with its interval. */
export type TChurnDriver = {
  key: string;
  importance: number;
  lower: number;
  upper: number;
  /** Share of the explained pseudo-R² (importance / sum of importances). */
  share: number;
};

/** Logistic driver importance of churn. */
export type TChurnDrivers = {
  method: 'dominance' | 'relative_weights';
  /** McFadden pseudo-R² (dominance) or R²_O (relative weights) of the full model. */
  total: number;
  drivers: TChurnDriver[];
  dropped: TDroppedCovariate[];
  confidenceLevel: number;
  replicates: number;
};

/** Options of `churnDrivers`. */
export type TChurnDriversOptions = { replicates?: number; seed?: number; confidenceLevel?: number };
