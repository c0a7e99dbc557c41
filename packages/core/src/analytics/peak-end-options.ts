/**
 * Options and result types of peak-end-floor scoring (see `peak-end.ts` for the method and its sources).
 */
import { AnalyticsInputError } from './errors.ts';

/** Relative weights of the peak, the end and the mean; normalised to sum to 1 before use. */
export type TPeakEndWeights = { peak: number; end: number; mean: number };

/** How an episode is scored. */
export type TEpisodeScoreOptions = {
  /**
   * `peak_end_floor` (default): weighted peak, end and mean minus a penalty per breach.
   * `snapshot`: (peak + end) / 2 exactly (Fredrickson & Kahneman 1993); weights and penalty are not allowed.
   */
  mode?: 'peak_end_floor' | 'snapshot';
  /** Default 1/3 each. */
  weights?: TPeakEndWeights;
  /** Subtracted per breach on the -1..+1 scale; default `DEFAULT_BREACH_PENALTY`. */
  breachPenalty?: number;
};

/** The score and its parts; values on -1..+1 except `score10` (0..10) and the counts. */
export type TEpisodeScore = {
  count: number;
  /** Value of the first moment. */
  first: number;
  /** Value of the last moment. */
  end: number;
  mean: number;
  /** Most intense moment (largest |value|) with its sign; a tie between signs goes to the negative one. */
  peak: number;
  /** Index of the peak moment (first occurrence of that value). */
  peakIndex: number;
  /** Best moment (largest value). */
  positivePeak: number;
  /** Worst moment (smallest value). */
  trough: number;
  /** Total tolerance-floor breaches over the episode. */
  breaches: number;
  /** Weighted score clamped to -1..+1. */
  score: number;
  /** `score` mapped linearly from -1..+1 to 0..10. */
  score10: number;
};

/** Default penalty per breach: a quarter of the -1..+1 scale (1.25 points on 0..10), a design choice. */
export const DEFAULT_BREACH_PENALTY = 0.25;

/** Default weights: peak, end and mean in equal parts (see the header for why). */
export const DEFAULT_PEAK_END_WEIGHTS: Readonly<TPeakEndWeights> = { peak: 1 / 3, end: 1 / 3, mean: 1 / 3 };

/** Weights and penalty after defaults and validation, as the accumulator uses them. */
export type TResolvedScoring = { peak: number; end: number; mean: number; breachPenalty: number };

/** Resolves and checks scoring options; weights are normalised to sum to 1. */
export function resolveScoring(options: TEpisodeScoreOptions = {}): TResolvedScoring {
  if (options.mode === 'snapshot') {
    if (options.weights !== undefined || options.breachPenalty !== undefined) {
      throw new AnalyticsInputError('bad_option', 'options.mode', 'snapshot takes no weights or penalty');
    }
    return { peak: 0.5, end: 0.5, mean: 0, breachPenalty: 0 };
  }
  if (options.mode !== undefined && options.mode !== 'peak_end_floor') {
    throw new AnalyticsInputError('bad_option', 'options.mode', String(options.mode));
  }
  const w = options.weights ?? DEFAULT_PEAK_END_WEIGHTS;
  for (const key of ['peak', 'end', 'mean'] as const) {
    if (!(Number.isFinite(w[key]) && w[key] >= 0)) {
      throw new AnalyticsInputError('bad_option', `options.weights.${key}`, 'must be finite and >= 0');
    }
  }
  const total = w.peak + w.end + w.mean;
  if (!(total > 0)) throw new AnalyticsInputError('bad_option', 'options.weights', 'all zero');
  const breachPenalty = options.breachPenalty ?? DEFAULT_BREACH_PENALTY;
  if (!(Number.isFinite(breachPenalty) && breachPenalty >= 0)) {
    throw new AnalyticsInputError('bad_option', 'options.breachPenalty', 'must be finite and >= 0');
  }
  return { peak: w.peak / total, end: w.end / total, mean: w.mean / total, breachPenalty };
}

/** Maps a score on -1..+1 to the 0..10 display scale. */
export function toTenPointScale(score: number): number {
  return (score + 1) * 5;
}
