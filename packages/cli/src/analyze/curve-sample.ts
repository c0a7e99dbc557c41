/**
 * A bounded, seeded sample of scored episodes with their moments, from which the report picks the "typical
 * good" and "typical bad" episodes once every score is known. Reservoir sampling (Vitter 1985, algorithm R)
 * keeps a uniform sample of `capacity` episodes in one pass; all scores are kept as plain numbers (8 bytes an
 * episode) so the percentiles are exact.
 */
import type { TEmotionCurve } from './report-model.ts';
import { mulberry32, quantile, scoreEpisode } from '@mot/core';
import type { TKeyMomentInput } from '@mot/core';

/** Episodes kept as candidates for the emotion curves. */
export const CURVE_SAMPLE_SIZE = 500;

/** Every episode score, and a uniform sample of whole episodes to draw the curves from. */
export class CurveSample {
  private scores = new Float64Array(1024);
  private count = 0;
  private seen = 0;
  private readonly kept: TEmotionCurve[] = [];
  private readonly random: () => number;

  constructor(
    seed: number,
    private readonly capacity = CURVE_SAMPLE_SIZE,
  ) {
    this.random = mulberry32(seed);
  }

  /**
   * Adds an episode from its moments, for the moments and the survey readers alike: the moments with an
   * experience make its curve (touchpoints shown by `nameOf`) and its score (core's `scoreEpisode`); an
   * episode with none is left out.
   */
  addEpisode(key: string, moments: readonly TKeyMomentInput[], nameOf: (touchpoint: string) => string): void {
    const valued = moments.flatMap((m) => (m.experience === null ? [] : [m]));
    if (valued.length === 0) return;
    const score = scoreEpisode(valued.map((m) => ({ value: m.experience as number, breaches: m.breaches })));
    this.add(score.score10, () => ({
      episode: key,
      score10: score.score10,
      points: valued.map((m) => ({
        key: m.touchpoint,
        touchpoint: nameOf(m.touchpoint),
        value: m.experience as number,
      })),
    }));
  }

  /** Adds an episode's score (0..10); `curve` is built only when the episode is kept, so most cost nothing. */
  add(score10: number, curve: () => TEmotionCurve): void {
    if (this.count === this.scores.length) {
      const grown = new Float64Array(this.scores.length * 2);
      grown.set(this.scores);
      this.scores = grown;
    }
    this.scores[this.count++] = score10;
    this.seen++;
    if (this.kept.length < this.capacity) this.kept.push(curve());
    else {
      const slot = Math.floor(this.random() * this.seen);
      if (slot < this.capacity) this.kept[slot] = curve();
    }
  }

  /** Scores sorted ascending. */
  sortedScores(): Float64Array {
    return this.scores.slice(0, this.count).sort();
  }

  /** The sampled episode whose score is nearest the `q` quantile of all scores, preferring longer curves. */
  nearestTo(q: number): TEmotionCurve | null {
    const sorted = this.sortedScores();
    if (sorted.length === 0) return null;
    const target = quantile(sorted, q);
    let best: TEmotionCurve | null = null;
    let bestCost = Infinity;
    for (const curve of this.kept) {
      // A one-moment curve says little: it is chosen only if nothing longer is near.
      const cost = Math.abs(curve.score10 - target) + (curve.points.length < 2 ? 5 : 0);
      if (cost < bestCost) [best, bestCost] = [curve, cost];
    }
    return best;
  }
}
