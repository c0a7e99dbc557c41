/**
 * Types of the evaluation of an initiative (a named change at some touchpoints from a start date): before /
 * after on the treated group, difference-in-differences against a comparison group with standard errors
 * clustered by customer, the event study by week relative to the start, the pre-period parallel-trend check,
 * and a verdict as codes and numbers. See docs/evaluation.md ("Method").
 */

/**
 * What is measured per observation: `mean` (an experience, a rating, a duration), `rate` (0/1, e.g. a
 * tolerance-floor breach) or `nps` (each 0-10 answer scored +1 promoter, 0 passive, -1 detractor; the mean
 * of the scores is the NPS as a fraction in -1..+1, x100 for the usual display).
 */
export type TEvaluationMetricKind = 'mean' | 'rate' | 'nps';

/** Which side of the comparison an observation belongs to. */
export type TEvaluationGroup = 'treated' | 'comparison';

/**
 * Observations of one customer in one cell (group x week): one observation, or several added up. Rows come
 * in any order (a customer's rows need not be together). A customer may have several rows for the same cell
 * (they are added) and rows in both groups.
 */
export type TEvaluationRow = {
  /**
   * The customer: the unit standard errors are clustered by. A non-empty string or a safe integer, the same
   * value in every row of the customer (1 and '1' are two customers).
   */
  cluster: string | number;
  group: TEvaluationGroup;
  /**
   * Whole weeks relative to the initiative's start: 0 is the week starting at the start, -1 the week before
   * (the reference week of the event study). Rows outside the window are counted and ignored.
   */
  week: number;
  /** Observations (moments, answers) of this customer in this cell; an integer >= 1. */
  n: number;
  /** Sum of the values (rate: number of 1s, e.g. breaches; nps: promoters minus detractors). */
  sum: number;
  /** Sum of the squared values (rate: equals `sum`; nps: promoters plus detractors). */
  sumSquares: number;
};

/** Options of `createInitiativeEvaluator`. */
export type TInitiativeEvaluatorOptions = {
  kind: TEvaluationMetricKind;
  /**
   * Weeks before the start that make the pre-period: weeks -weeksBefore..-1; an integer >= 2, and
   * weeksBefore + weeksAfter <= MAX_EVALUATION_WEEKS (156).
   */
  weeksBefore: number;
  /** Weeks from the start that make the post-period: weeks 0..weeksAfter-1; an integer >= 1. */
  weeksAfter: number;
  /** Whether a higher value is better (false for a breach rate or a waiting time); decides the verdict. */
  higherIsBetter: boolean;
  /** Confidence level of every interval; default 0.95. */
  confidence?: number;
  /**
   * Placebo: evaluate as if the initiative had started at this (negative) week of the real pre-period.
   * Rows keep their weeks relative to the real start; rows at week >= 0 are ignored, the placebo's
   * post-period is weeks placeboStartWeek..-1 and its pre-period weeks -weeksBefore..placeboStartWeek-1
   * (at least 2 weeks). An integer <= -1 with weeksBefore + placeboStartWeek >= 2.
   */
  placeboStartWeek?: number;
};

/** An estimate with its cluster-robust (CR1) standard error, t test with G - 1 df, and interval. */
export type TClusteredEstimate = {
  estimate: number;
  se: number;
  /** Degrees of freedom of the t reference: clusters - 1. */
  df: number;
  t: number;
  /** Two-sided p-value. */
  p: number;
  lower: number;
  upper: number;
  /** Clusters (customers) G of the model the estimate comes from. */
  clusters: number;
};

/** Observations, customers and mean of a cell or period. */
export type TCellSummary = { n: number; clusters: number; mean: number };

/** The treated group before vs after, observations taken as independent (Welch / Newcombe / NPS Wald). */
export type TBeforeAfter = {
  /** welch: Welch's t (means); newcombe: Newcombe's hybrid score interval with the pooled z test (rates);
   * nps_wald: NPS difference with its own +1/0/-1 variance (nps). */
  method: 'welch' | 'newcombe' | 'nps_wald';
  before: TCellSummary;
  after: TCellSummary;
  /** after - before, with its interval and two-sided p. */
  difference: { estimate: number; lower: number; upper: number; p: number };
  /** The same after - before with standard errors clustered by customer (null with fewer than 2 customers). */
  clustered: TClusteredEstimate | null;
};

/** Difference-in-differences of the 2x2 model (group x before/after), clustered by customer. */
export type TDifferenceInDifferences = {
  /** (treated after - treated before) - (comparison after - comparison before). */
  estimate: TClusteredEstimate;
  /** The comparison group's own after - before (clustered). */
  comparisonChange: TClusteredEstimate;
  cells: {
    treatedBefore: TCellSummary;
    treatedAfter: TCellSummary;
    comparisonBefore: TCellSummary;
    comparisonAfter: TCellSummary;
  };
};

/** One week of the event study. */
export type TEventStudyWeek = {
  week: number;
  /** Effect against week -1 (0 with a null interval at week -1); null when a needed cell is empty. */
  estimate: number | null;
  se: number | null;
  lower: number | null;
  upper: number | null;
  treated: TCellSummary | null;
  comparison: TCellSummary | null;
};

/**
 * Event study: per relative week w, (treated_w - treated_-1) - (comparison_w - comparison_-1) from the
 * saturated group x week model with customer-clustered errors; `versus: 'reference_week'` without a
 * comparison group (treated_w - treated_-1 only).
 */
export type TEventStudy = {
  referenceWeek: -1;
  versus: 'comparison' | 'reference_week';
  weeks: TEventStudyWeek[];
};

/**
 * Pre-period parallel-trend check over the pre-period weeks with observations in both groups: the
 * difference between the groups' pre-period linear slopes (per week; treated minus comparison; null with
 * fewer than 3 such weeks), and the joint Wald F test that every pre-period event-study coefficient is 0
 * (null without week -1 and one more week, with more coefficients than clusters - 1, or with a singular
 * covariance). See parallel-trends.ts.
 */
export type TParallelTrends = {
  /** Pre-period weeks with observations in both groups. */
  preWeeks: number;
  slopeDifference: TClusteredEstimate | null;
  joint: { f: number; df1: number; df2: number; p: number } | null;
  /** True when the smaller p of the two tests, times the number of tests made (Bonferroni), is below 1 - confidence. */
  differs: boolean;
};

/** The verdict's code. */
export type TVerdictCode =
  | 'improved'
  | 'worsened'
  | 'no_detectable_change'
  /** The treated group changed, but no more than the comparison group did. */
  | 'moved_with_comparison'
  | 'insufficient_data';

/** The verdict: a code and the numbers to state it (no sentences). */
export type TEvaluationVerdict = {
  code: TVerdictCode;
  /** Which estimate decided: the difference-in-differences, or the treated group's clustered before/after. */
  basis: 'difference_in_differences' | 'before_after' | null;
  estimate: number | null;
  lower: number | null;
  upper: number | null;
  p: number | null;
  confidence: number;
  /** Direction of the estimate when its interval excludes 0; 'none' otherwise. */
  direction: 'up' | 'down' | 'none';
  higherIsBetter: boolean;
};

/** Cautions: assumptions that failed or evidence that is thin. */
export type TEvaluationCaution =
  /** No comparison group: the verdict is a before/after, open to anything else that changed. */
  | 'no_comparison'
  /** The pre-period trends of the groups differ (parallel-trend check). */
  | 'pre_trend_differs'
  /** Fewer than 3 pre-period weeks with data in both groups: the parallel-trend check cannot be made. */
  | 'pre_trend_untestable'
  /** Fewer than 30 customers in the treated (or comparison) group: clustered errors are unreliable. */
  | 'few_clusters'
  /** A cell of the 2x2 has fewer than 30 observations, or (rates) fewer than 5 events or non-events. */
  | 'small_sample'
  /** Fewer than 4 weeks before or after the start. */
  | 'window_short'
  /** The comparison group's own before/after interval excludes 0. */
  | 'comparison_changed_too';

/** Everything the evaluation returns. */
export type TInitiativeEvaluation = {
  kind: TEvaluationMetricKind;
  confidence: number;
  /**
   * The window analysed; for a placebo, relative to the placebo start (weeks before it and weeks from it to
   * the real start), and every week of the result (event study included) is relative to the placebo start.
   */
  window: { weeksBefore: number; weeksAfter: number; placeboStartWeek: number | null };
  counts: {
    rows: number;
    /** Rows outside the window (or, for a placebo, at or after the real start). */
    ignoredRows: number;
    observations: number;
    clusters: number;
    treatedClusters: number;
    comparisonClusters: number;
  };
  /** Null when the treated group lacks observations before or after (fewer than 2 on a side). */
  beforeAfter: TBeforeAfter | null;
  /** Null without a comparison group or with an empty cell. */
  did: TDifferenceInDifferences | null;
  eventStudy: TEventStudy;
  /** Null without a comparison group. */
  parallelTrends: TParallelTrends | null;
  verdict: TEvaluationVerdict;
  cautions: TEvaluationCaution[];
};

/** The streaming accumulator: feed rows in any order, then read the result (any number of times). */
export type TInitiativeEvaluator = {
  add(row: TEvaluationRow): void;
  result(): TInitiativeEvaluation;
};

/** A candidate comparison (touchpoint or segment) with its pre-period volume and level. */
export type TComparisonCandidate = {
  id: string;
  /** Observations in the pre-period (or a rate of them per week: the same unit for every candidate). */
  preVolume: number;
  /** Pre-period mean of the metric. */
  preLevel: number;
};

/** A suggested comparison, nearest first. */
export type TSuggestedComparison = TComparisonCandidate & {
  /** Distance to the treated group (standardised log volume and level); smaller is more similar. */
  distance: number;
};
