import type { TReportLocale } from './messages.ts';

/**
 * What the report shows, already computed: the renderer only lays it out. Built from the key-moment analysis
 * (`build-report-model.ts`), so the renderer does not depend on how the numbers were found.
 */
export type TReportModel = {
  locale: TReportLocale;
  source: 'moments' | 'survey';
  outcome: TOutcomeKind;
  journeyKey: string;
  journeyName: string;
  /** First and last moment times, shifted to the data's UTC offset so their UTC dates are the local ones. */
  period: { from: string; to: string } | null;
  counts: { episodes: number; moments: number; withOutcome: number };
  stages: { key: string; name: string }[];
  touchpoints: TReportTouchpoint[];
  /** IPA crosshairs (mean importance, mean experience); null when nothing could be placed. */
  ipa: { importance: number; performance: number } | null;
  /** Episode scores on 0..10, in ten bins of width 1. */
  histogram: number[];
  /** Median episode score on 0..10; null without episodes. */
  medianScore: number | null;
  /** Share of episodes scoring below 5. */
  lowScoreShare: number | null;
  /** Touchpoints most often holding the peak, the trough and the end of an episode, with counts. */
  peakEnd: { peaks: TKeyCount[]; troughs: TKeyCount[]; ends: TKeyCount[] };
  curves: { good: TEmotionCurve | null; bad: TEmotionCurve | null };
  /** The most negative customer comments at each key moment, in rank order. */
  quotes: { key: string; name: string; rank: number; quotes: { text: string; value: number }[] }[];
  /** Shares of peak, end and mean in the score refitted on the outcome, with its R²; null when not fitted. */
  peakEndRefit: { peak: number; end: number; mean: number; r2: number } | null;
  /**
   * Outcome change per unit of peak and end experience and per floor breach, with each touchpoint's own
   * effect held fixed (core's controlled refit); a part the data cannot separate from the touchpoints is
   * null; the whole is null when not fitted or when neither the peak nor the end can be told.
   */
  peakEndControlled: {
    n: number;
    peak: TReportCoefficient | null;
    end: TReportCoefficient | null;
    breaches: TReportCoefficient | null;
  } | null;
  floors: TReportFloor[];
  /** Confidence level of every interval, e.g. 0.95. */
  confidence: number;
  dataQuality: TDataQuality;
  /** ISO date of the run, for the footer. */
  generatedAt: string;
};

/** A refitted weight with its interval. */
export type TReportCoefficient = { estimate: number; lower: number; upper: number };

/** Importance-performance quadrants (Martilla & James 1977), as core's `IpaQuadrant`. */
export type TQuadrant = 'concentrate_here' | 'keep_up_the_good_work' | 'low_priority' | 'possible_overkill';

/** The outcome the analysis explains. */
export type TOutcomeKind = 'overall' | 'nps' | 'churn';

/** A count per touchpoint: its key and its name in the report's language. */
export type TKeyCount = { key: string; name: string; count: number; share: number };

/** One touchpoint with everything the report says about it. */
export type TReportTouchpoint = {
  key: string;
  name: string;
  stage: string;
  volume: number;
  /** Share of moments meeting the standard (0..1); null when no moment has a standard to meet. */
  performance: number | null;
  /** Mean experience of its moments on -1..+1: the performance axis of the IPA chart. */
  experience: number | null;
  /** Share of moments beyond a tolerance floor (0..1). */
  breachRate: number | null;
  /** Share of the outcome's variance it explains (driver weight), with its interval. */
  importance: { value: number; low: number; high: number } | null;
  /** Outcome gain if every moment met the standard, in outcome units (points; churn in percentage points). */
  expectedLift: number | null;
  quadrant: TQuadrant | null;
  /** 1 = most important key moment; null when not ranked. */
  rank: number | null;
  isKeyMoment: boolean;
  /** Its one measure's floor, for the recommendation sentence; null with none or several. */
  floor: { measure: string; value: number; unit: string } | null;
};

/** The moments of one episode, in time order, as an emotion curve. */
export type TEmotionCurve = {
  episode: string;
  score10: number;
  /** `touchpoint` is the touchpoint's name in the report's language, `key` its key. */
  points: { key: string; touchpoint: string; value: number }[];
};

/** A suggested tolerance floor for one measure. */
export type TReportFloor = {
  touchpointKey: string | null;
  measureKey: string;
  /** The touchpoint's and the measure's names in the report's language. */
  touchpoint: string;
  measure: string;
  unit: string;
  current: number | null;
  suggested: number;
  drop: number;
  low: number;
  high: number;
  p: number;
  isSignificant: boolean;
};

/** Rows read, rows rejected and the first few reasons, for the data-quality note. */
export type TDataQuality = {
  rowsRead: number;
  rowsRejected: number;
  firstProblems: { file: string; line: number; reason: string }[];
  episodesWithoutOutcome: number;
  lateMoments: number;
  /** Cells read as missing by the mapping's missing-value codes, per column (in the file's column names). */
  missingByCode: { column: string; cells: number }[];
};
