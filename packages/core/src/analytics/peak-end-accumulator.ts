/**
 * Streaming peak-end-floor scoring: moments are added one at a time and nothing is kept but a few numbers,
 * so tens of millions of moments can be scored without arrays of objects. Method and sources: `peak-end.ts`.
 */
import { AnalyticsInputError } from './errors.ts';
import { resolveScoring, toTenPointScale } from './peak-end-options.ts';
import type { TEpisodeScore, TEpisodeScoreOptions, TResolvedScoring } from './peak-end-options.ts';

/** Combines the parts into the clamped score on -1..+1 (the one formula both scorers use). */
function combine(s: TResolvedScoring, max: number, min: number, end: number, mean: number, breaches: number) {
  // The signed peak: a tie between signs goes to the negative moment (Baumeister et al. 2001).
  const peak = -min >= max ? min : max;
  const raw = s.peak * peak + s.end * end + s.mean * mean - s.breachPenalty * breaches;
  return raw < -1 ? -1 : raw > 1 ? 1 : raw;
}

function badValue(index: number, value: number): AnalyticsInputError {
  const code = Number.isNaN(value) ? 'not_finite' : 'out_of_range';
  return new AnalyticsInputError(code, `moments[${index}].value`, 'must be within -1..+1');
}

function badBreaches(index: number): AnalyticsInputError {
  return new AnalyticsInputError('bad_option', `moments[${index}].breaches`, 'must be finite and >= 0');
}

/** Adds moments one by one (`add`), then `score()` or `finish()`; reusable after `reset()` or `finish()`. */
export class EpisodeAccumulator {
  private readonly scoring: TResolvedScoring;
  private n = 0;
  private sum = 0;
  private max = -Infinity;
  private min = Infinity;
  private maxIndex = -1;
  private minIndex = -1;
  private first = NaN;
  private last = NaN;
  private breaches = 0;

  /** Options as for `scoreEpisode`, resolved once here. */
  constructor(options: TEpisodeScoreOptions = {}) {
    this.scoring = resolveScoring(options);
  }

  /** Number of moments added since the last reset. */
  get count(): number {
    return this.n;
  }

  /** Adds the next moment: its experience value (-1..+1) and its breach count. */
  add(value: number, breaches = 0): void {
    if (!(value >= -1 && value <= 1)) throw badValue(this.n, value);
    if (!(breaches >= 0 && breaches < Infinity)) throw badBreaches(this.n);
    if (this.n === 0) this.first = value;
    // Strict comparisons keep the first occurrence of the extreme value.
    if (value > this.max) {
      this.max = value;
      this.maxIndex = this.n;
    }
    if (value < this.min) {
      this.min = value;
      this.minIndex = this.n;
    }
    this.sum += value;
    this.last = value;
    this.breaches += breaches;
    this.n++;
  }

  /** The score on -1..+1 of the moments so far, without allocating. */
  score(): number {
    if (this.n === 0) throw new AnalyticsInputError('too_few_rows', 'moments', 'an episode needs a moment');
    return combine(this.scoring, this.max, this.min, this.last, this.sum / this.n, this.breaches);
  }

  /** The full result for the moments so far; then resets for the next episode. */
  finish(): TEpisodeScore {
    const score = this.score();
    const negativePeak = -this.min >= this.max;
    const result: TEpisodeScore = {
      count: this.n,
      first: this.first,
      end: this.last,
      mean: this.sum / this.n,
      peak: negativePeak ? this.min : this.max,
      peakIndex: negativePeak ? this.minIndex : this.maxIndex,
      positivePeak: this.max,
      trough: this.min,
      breaches: this.breaches,
      score,
      score10: toTenPointScale(score),
    };
    this.reset();
    return result;
  }

  /** Forgets the moments added so far. */
  reset(): void {
    this.n = 0;
    this.sum = 0;
    this.max = -Infinity;
    this.min = Infinity;
    this.maxIndex = -1;
    this.minIndex = -1;
    this.first = NaN;
    this.last = NaN;
    this.breaches = 0;
  }
}

/**
 * Scores many episodes held in flat typed arrays (column layout): episode e owns moments
 * `offsets[e] .. offsets[e + 1] - 1` of `values` (and of `breaches`, when given). Writes each score on -1..+1
 * into `out` (allocated when absent) and returns it. No per-moment allocation.
 */
export function scoreEpisodes(
  values: ArrayLike<number>,
  breaches: ArrayLike<number> | null,
  offsets: ArrayLike<number>,
  options: TEpisodeScoreOptions = {},
  out?: Float64Array,
): Float64Array {
  const scoring = resolveScoring(options);
  const episodes = offsets.length - 1;
  if (episodes < 0) throw new AnalyticsInputError('too_few_rows', 'offsets', 'needs at least one entry');
  const result = out ?? new Float64Array(episodes);
  if (result.length < episodes) {
    throw new AnalyticsInputError('width_mismatch', 'out', 'shorter than episodes');
  }
  if (breaches !== null && breaches.length !== values.length) {
    throw new AnalyticsInputError('width_mismatch', 'breaches', 'length differs from values');
  }
  let start = offsets[0] ?? 0;
  for (let e = 0; e < episodes; e++) {
    const stop = offsets[e + 1] ?? 0;
    if (!(stop > start && stop <= values.length)) {
      throw new AnalyticsInputError('bad_option', `offsets[${e + 1}]`, 'episodes need moments, in order');
    }
    let max = -Infinity;
    let min = Infinity;
    let sum = 0;
    let count = 0;
    for (let i = start; i < stop; i++) {
      const v = values[i] as number;
      const b = breaches === null ? 0 : (breaches[i] as number);
      if (!(v >= -1 && v <= 1)) throw badValue(i, v);
      if (!(b >= 0 && b < Infinity)) throw badBreaches(i);
      if (v > max) max = v;
      if (v < min) min = v;
      sum += v;
      count += b;
    }
    result[e] = combine(scoring, max, min, values[stop - 1] as number, sum / (stop - start), count);
    start = stop;
  }
  return result;
}
