/** Result types of `findKeyMoments`: numbers and codes only, each figure with its n and interval bounds. */
import type { IpaQuadrant } from '../analytics/ipa.ts';
import type { TImportanceMethod } from './importance.ts';

/** An estimate with its interval (NaN bounds when none could be computed) and its count. */
export type TEstimate = { n: number; estimate: number; lower: number; upper: number };

/** How often a touchpoint held the peak, the trough or the end of a scored episode. */
export type TRoleCount = { count: number; share: number };

/** Everything measured for one touchpoint. */
export type TTouchpointKeyMoment = {
  key: string;
  volume: { moments: number; episodes: number; episodeShare: number };
  performance: {
    /** Mean moment experience on -1..+1. */
    experience: TEstimate;
    /** Mean rating on the touchpoint's scale; null when no moment was rated. */
    rating: TEstimate | null;
    /** Share of moments (with a known status) meeting the standard, Wilson interval. */
    meetsStandard: TEstimate | null;
  };
  /** Share of moments with at least one tolerance-floor breach, Wilson interval. */
  breachRate: TEstimate | null;
  /** Null when the touchpoint could not enter the model (`code` says why). */
  importance: {
    /** General dominance (Shapley / LMG) or raw relative weight: share of outcome variance explained. */
    weight: TEstimate;
    /** `weight` / R² of the model. */
    share: number;
    /** Outcome points per unit of experience, others held fixed (oriented: positive = better). */
    slope: TEstimate;
    /** Zero-order correlation of the episode experience with the oriented outcome. */
    correlation: number;
  } | null;
  /** Mean shortfall of the episode experience below the standard's value, over episodes touching it. */
  shortfall: { n: number; mean: number };
  /** Expected outcome gain over all episodes if it met its standard wherever it falls short (oriented). */
  lift: TEstimate | null;
  quadrant: IpaQuadrant | null;
  /** 1 = largest expected lift; null when there is no lift. */
  rank: number | null;
  peak: TRoleCount;
  trough: TRoleCount;
  end: TRoleCount;
  code: 'ok' | 'no_outcome_pairs' | 'not_estimable';
};

/** A suggested tolerance floor of a measure (only where one was found). */
export type TFloorSuggestion = {
  measure: string;
  touchpoint: string | null;
  /** Measure value at or better than which the outcome holds; worse values are beyond the floor. */
  threshold: number;
  /** The current floor, when given, for comparison. */
  currentFloor: number | null;
  /** Outcome drop beyond the threshold (outcome units, positive = worse) with its interval. */
  drop: number;
  lower: number;
  upper: number;
  /** Max-statistic permutation p-value (accounts for the search over thresholds). */
  p: number;
  /** Pairs in the sample searched, and pairs offered to it. */
  n: number;
  seen: number;
  within: { n: number; mean: number };
  beyond: { n: number; mean: number };
};

/** Peak-end weights refitted on the episodes with an outcome (NNLS as `fitPeakEndWeights`). */
export type TPeakEndRefit = {
  n: number;
  intercept: number;
  weights: { peak: number; end: number; mean: number; breaches: number };
  r2: number;
};

/** A coefficient of the controlled refit; NaN figures and `identifiable: false` when the data cannot tell it. */
export type TControlledCoefficient = {
  estimate: number;
  /** Standard error; the interval is estimate ± t x se at the analysis' confidence. */
  se: number;
  lower: number;
  upper: number;
  /** False when the coefficient is not determined by the data (see `refitPeakEndControlled`). */
  identifiable: boolean;
};

/**
 * Peak-end weights refitted with each touchpoint's experience as a control (ordinary least squares, no
 * sign constraints), on the outcome as given. Weights are outcome points per unit of peak, end and mean
 * experience; `breaches` per breach (negative: a breach costs); a touchpoint's coefficient is the outcome
 * points per unit of its experience beyond its share of the peak, end and mean.
 */
export type TPeakEndControlledRefit = {
  method: 'ols';
  n: number;
  weights: {
    peak: TControlledCoefficient;
    end: TControlledCoefficient;
    mean: TControlledCoefficient;
    breaches: TControlledCoefficient;
  };
  /** In the order of the options' touchpoints. */
  touchpoints: (TControlledCoefficient & { key: string })[];
  /** Rank of the predictors' Gram matrix: below 4 + touchpoints when some parts are not identifiable. */
  rank: number;
  r2: number;
  residualSd: number;
};

/** The result of `findKeyMoments`. */
export type TKeyMomentResult = {
  episodes: { total: number; withOutcome: number; scored: number };
  outcome: { kind: 'continuous' | 'binary'; n: number; mean: number; sd: number };
  model: {
    method: TImportanceMethod | null;
    r2: number;
    interval: 'bootstrap' | 'none';
    replicates: number;
    failedReplicates: number;
    confidence: number;
  };
  /** In the order of the options' touchpoints. */
  touchpoints: TTouchpointKeyMoment[];
  /** Touchpoint keys by rank (expected lift, descending). */
  ranking: string[];
  ipa: { importance: number; performance: number } | null;
  episodeScores: {
    n: number;
    mean: number;
    sd: number;
    histogram: { from: number; to: number; count: number; share: number }[];
  };
  floors: TFloorSuggestion[];
  peakEnd: TPeakEndRefit | null;
  /** The peak-end refit with touchpoint controls; null without co-moments (e.g. aggregates without them). */
  peakEndControlled: TPeakEndControlledRefit | null;
};
