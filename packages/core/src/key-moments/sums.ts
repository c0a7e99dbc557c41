/**
 * Additive per-touchpoint and per-episode-score aggregates: plain sums and counts, so chunks, partitions and
 * SQL `GROUP BY touchpoint` results combine by adding them up.
 */

/** What is kept per touchpoint. Moment-level unless the name says episode. */
export type TTouchpointSums = {
  moments: number;
  /** Episodes with at least one moment at the touchpoint. */
  episodes: number;
  /** Moments with an experience value, their sum and sum of squares (-1..+1 scale). */
  experienceN: number;
  experienceSum: number;
  experienceSumSq: number;
  /** Rated moments, sum and sum of squares of the ratings on the touchpoint's scale. */
  ratingN: number;
  ratingSum: number;
  ratingSumSq: number;
  /** Moments whose standard status is known, and those that met it. */
  meetsN: number;
  meetsCount: number;
  /** Moments with at least one tolerance-floor breach, and all breaches. */
  breachMoments: number;
  breaches: number;
  /** Episodes with a per-episode experience, and the sum of max(0, meetsValue - episode experience). */
  shortfallN: number;
  shortfallSum: number;
  /** Episodes in which this touchpoint held the peak, the trough, the end. */
  peak: number;
  trough: number;
  end: number;
};

/** All-zero sums. */
export function emptyTouchpointSums(): TTouchpointSums {
  return {
    moments: 0,
    episodes: 0,
    experienceN: 0,
    experienceSum: 0,
    experienceSumSq: 0,
    ratingN: 0,
    ratingSum: 0,
    ratingSumSq: 0,
    meetsN: 0,
    meetsCount: 0,
    breachMoments: 0,
    breaches: 0,
    shortfallN: 0,
    shortfallSum: 0,
    peak: 0,
    trough: 0,
    end: 0,
  };
}

/** Adds `b` into `a` field by field. */
export function addTouchpointSums(a: TTouchpointSums, b: Readonly<TTouchpointSums>): void {
  for (const k of Object.keys(a) as (keyof TTouchpointSums)[]) a[k] += b[k];
}

/** Bins of the episode-score histogram: [0, 1), [1, 2), ... [9, 10] on the 0..10 scale. */
export const SCORE_BINS = 10;

/** Episode counts and score sums for the 0..10 histogram. */
export type TEpisodeSums = {
  /** Episodes added (with or without an outcome). */
  episodes: number;
  /** Episodes with a known outcome. */
  withOutcome: number;
  /** Episodes with at least one experience value (those scored). */
  scored: number;
  scoreSum: number;
  scoreSumSq: number;
  /** `histogram[i]`: scored episodes with score10 in [i, i + 1) (the last bin includes 10). */
  histogram: number[];
  /** Outcome count, sum and sum of squares (on the outcome's own scale, not oriented). */
  outcomeSum: number;
  outcomeSumSq: number;
};

/** All-zero episode sums. */
export function emptyEpisodeSums(): TEpisodeSums {
  return {
    episodes: 0,
    withOutcome: 0,
    scored: 0,
    scoreSum: 0,
    scoreSumSq: 0,
    histogram: new Array<number>(SCORE_BINS).fill(0),
    outcomeSum: 0,
    outcomeSumSq: 0,
  };
}

/** Adds `b` into `a`. */
export function addEpisodeSums(a: TEpisodeSums, b: Readonly<TEpisodeSums>): void {
  a.episodes += b.episodes;
  a.withOutcome += b.withOutcome;
  a.scored += b.scored;
  a.scoreSum += b.scoreSum;
  a.scoreSumSq += b.scoreSumSq;
  a.outcomeSum += b.outcomeSum;
  a.outcomeSumSq += b.outcomeSumSq;
  b.histogram.forEach((c, i) => (a.histogram[i] = (a.histogram[i] ?? 0) + c));
}

/** The histogram bin of a score on 0..10. */
export function scoreBin(score10: number): number {
  return Math.min(SCORE_BINS - 1, Math.max(0, Math.floor(score10)));
}
