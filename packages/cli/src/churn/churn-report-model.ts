import type {
  TAtRiskValidation,
  TChurnAvoided,
  TChurnCoxFit,
  TChurnDrivers,
  TSurvivalComparison,
} from '@mot/core';
import type { TTenureUnit } from './churn-mapping.ts';

/** Where a model covariate came from, so the report can name it: a numeric column, a level, or breaches. */
export type TCovariateSource =
  | { key: string; kind: 'count'; column: string }
  | { key: string; kind: 'level'; column: string; level: string; reference: string }
  | { key: string; kind: 'breaches'; touchpoint: string; name: string };

/** One churn reason with its share of the churned customers (Wilson interval). */
export type TChurnReason = { reason: string; n: number; share: number; lower: number; upper: number };

/** Retention read off a curve at a few times (in tenure units). */
export type TRetentionAt = { time: number; survival: number; lower: number | null; upper: number | null };

/** Everything the churn report shows; also the `--format json` output. */
export type TChurnReport = {
  generatedAt: string;
  tenureUnit: TTenureUnit;
  input: {
    customers: string;
    moments: string | null;
    rowsRead: number;
    rowsRejected: number;
    problems: { file: string; line: number; reason: string }[];
  };
  summary: {
    customers: number;
    churned: number;
    churnShare: number;
    /** Kaplan–Meier median tenure of all customers (tenure units); null when under half ever churn. */
    medianTenure: number | null;
    /** Retention of all customers at the `retentionTimes`. */
    retention: TRetentionAt[];
  };
  covariates: TCovariateSource[];
  /** Kaplan–Meier curves by `by` (an attribute column, or 'breach' with --moments). */
  survival: {
    by: string;
    byBreach: boolean;
    comparison: TSurvivalComparison;
    retention: { group: string; values: TRetentionAt[] }[];
  } | null;
  retentionTimes: number[];
  cox: TChurnCoxFit | null;
  /** Why a model is missing: an AnalyticsInputError code ('too_few_events', 'too_few_predictors'...). */
  coxProblem: string | null;
  drivers: TChurnDrivers | null;
  driversProblem: string | null;
  /** How well the factors predict churn on customers held out of the fit (core's at-risk model). */
  validation: TAtRiskValidation | null;
  reasons: TChurnReason[];
  /** With --moments: churn avoided over `horizonDays` if each touchpoint met its standard. */
  avoided: (TChurnAvoided & { touchpoint: string; name: string })[];
  horizonDays: number;
  moments: { rows: number; touchpoints: number; customersWithMoments: number } | null;
};
