/**
 * Peak-end-floor scoring of an episode from its moments' experience values (-1..+1, see `experienceOf`) and
 * their tolerance-floor breaches (see `findBreaches`).
 *
 * Sources:
 * - Fredrickson & Kahneman 1993 (J. Pers. Soc. Psych. 65:45), the snapshot model: a remembered episode is the
 *   average of its most intense moment and its end, duration neglected: (peak + end) / 2. Kahneman's worked
 *   example (Thinking, Fast and Slow, 2011, ch. 35): patient A peak 8, end 7 -> 7.5; patient B peak 8, end 1
 *   -> 4.5.
 * - Redelmeier, Katz & Kahneman 2003 (Pain 104:187), RCT n = 682: a gentler ending lowered remembered pain.
 * - Alaybek et al. 2022 (OBHDP 170:104149), meta-analysis: peak-end r = 0.581, about as strong as the mean,
 *   which is why the default blends peak, end and mean in equal parts (a design choice of this product).
 * - Baumeister et al. 2001 (Rev. Gen. Psych. 5:323), "bad is stronger than good": when a positive and a
 *   negative moment are equally intense, the negative one is the peak.
 */
import { EpisodeAccumulator } from './peak-end-accumulator.ts';
import type { TEpisodeScore, TEpisodeScoreOptions } from './peak-end-options.ts';

export * from './peak-end-options.ts';
export * from './peak-end-accumulator.ts';

/** One moment of an episode, in time order. */
export type TEpisodeMoment = {
  /** Experience value on -1..+1 (see `experienceOf`). */
  value: number;
  /** Tolerance-floor breaches at this moment (see `findBreaches`); `true` counts 1; absent counts 0. */
  breaches?: number | boolean | undefined;
};

/**
 * Scores one episode (moments in time order) by the peak-end-floor rule; see the file header for sources.
 * Throws `AnalyticsInputError` on an empty episode or a value outside -1..+1 (path `moments[i].value`).
 */
export function scoreEpisode(
  moments: readonly TEpisodeMoment[],
  options: TEpisodeScoreOptions = {},
): TEpisodeScore {
  const acc = new EpisodeAccumulator(options);
  for (const m of moments) {
    const b = m.breaches;
    acc.add(m.value, b === true ? 1 : b === false || b === undefined ? 0 : b);
  }
  return acc.finish();
}
