/** Input and option types of key-moment analysis (see `accumulator.ts` and `analyze.ts`). */
import type { TDirection, TRatingScale } from '../domain/journey.ts';
import type { TEpisodeScoreOptions } from '../analytics/peak-end-options.ts';
import type { TFindFloorOptions } from '../analytics/floors.ts';

/** A touchpoint analysed: its key and, when moments carry ratings, its rating scale. */
export type TKeyMomentTouchpoint = {
  key: string;
  /** Default 1..5 (the domain's default scale). */
  ratingScale?: TRatingScale | undefined;
  /**
   * Experience value (-1..+1) of a moment that meets the standard, the level the lift is computed to.
   * Default `MEETS_TARGET_VALUE` (+0.5, the domain rule); survey input uses the target rating's value.
   */
  meetsValue?: number | undefined;
};

/** A measure searched for a tolerance floor, with its direction and (optionally) its current standard. */
export type TKeyMomentMeasure = {
  key: string;
  direction: TDirection;
  /** The touchpoint it belongs to, for display; floors are searched on every moment that has the measure. */
  touchpoint?: string | undefined;
  /** The current tolerance floor, echoed in the suggestion for comparison. */
  floor?: number | undefined;
};

/** The overall outcome the touchpoints are weighed against. */
export type TKeyMomentOutcome = {
  /** `continuous`: overall satisfaction or NPS 0..10; `binary`: 0/1, e.g. churned or promoter. */
  kind: 'continuous' | 'binary';
  /** Default `higher_is_better`; churn is `lower_is_better`. Importance and lift are oriented to "better". */
  direction?: TDirection | undefined;
};

/** Options fixed when the accumulator is created; every part that is merged must share them. */
export type TKeyMomentOptions = {
  touchpoints: readonly TKeyMomentTouchpoint[];
  outcome: TKeyMomentOutcome;
  measures?: readonly TKeyMomentMeasure[] | undefined;
  /** Seed of the bootstrap weights and reservoir priorities; default 1. */
  seed?: number | undefined;
  /** Bootstrap replicates of the importance weights; 0 turns the bootstrap off; default 200. */
  replicates?: number | undefined;
  /** Buckets the episodes are hashed into for the bootstrap (see `importance.ts`); default 256. */
  buckets?: number | undefined;
  /** Pairs kept per measure for floor discovery; default 50,000. */
  reservoirSize?: number | undefined;
  /** How episodes are scored for the histogram and the peak / trough / end counts. */
  scoring?: TEpisodeScoreOptions | undefined;
};

/** One moment of an episode, in time order. */
export type TKeyMomentInput = {
  touchpoint: string;
  /** Experience value on -1..+1 (see `experienceOf`); null when nothing tells (the moment still counts). */
  experience: number | null;
  /** The customer's rating on the touchpoint's scale, when rated. */
  rating?: number | null | undefined;
  /** Whether every measure with a standard met it; absent when unknown (left out of the share). */
  meetsStandard?: boolean | undefined;
  /** Tolerance-floor breaches of this moment (`findBreaches(...).length`); default 0. */
  breaches?: number | undefined;
  /** Measured values by measure key; only keys listed in `options.measures` are used. */
  measures?: Readonly<Record<string, number>> | undefined;
};

/** One episode: a key (for seeded, order-free sampling), its moments in time order, and its outcome. */
export type TKeyMomentEpisode = {
  key: string;
  moments: readonly TKeyMomentInput[];
  /** Operational values recorded for the episode as a whole (e.g. a survey's delay column), by measure key. */
  measures?: Readonly<Record<string, number>> | undefined;
  /** The overall outcome when known (a rating, NPS, or 0/1); null or absent when not asked or not yet known. */
  outcome?: number | null | undefined;
};

/** Options of `findKeyMoments`. */
export type TFindKeyMomentsOptions = {
  /** Confidence level of every interval; default 0.95. */
  confidence?: number | undefined;
  /** Passed to `findFloor` (direction and outcome kind come from the measure and the outcome). */
  floors?: Omit<TFindFloorOptions, 'direction' | 'outcomeDirection' | 'outcomeKind'> | undefined;
  /** Importance method; default `auto`: dominance up to 15 touchpoints, relative weights beyond. */
  method?: 'auto' | 'dominance' | 'relative_weights' | undefined;
};
