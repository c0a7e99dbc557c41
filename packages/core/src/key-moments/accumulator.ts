/**
 * Streaming input of key-moment analysis: episodes are added one at a time and only aggregates are kept,
 * so hundreds of millions of moments go through in one pass with memory independent of their number:
 * - per touchpoint, additive sums (`sums.ts`);
 * - a correlation accumulator over the per-episode vector (experience at each touchpoint, outcome), with
 *   pairwise deletion: a touchpoint the episode did not pass is missing, so each touchpoint's correlations
 *   use the episodes that touched it (R's `pairwise.complete.obs`); only episodes with a known outcome enter;
 * - the same accumulator per bootstrap bucket: each episode goes to one of `buckets` buckets by a seeded
 *   hash of its key, and replicates reweight whole buckets at analysis time (`importance.ts`), so the
 *   bootstrap costs one more pass, not one per replicate, and SQL can compute the buckets with GROUP BY;
 * - peak / trough / end counts and the 0..10 episode-score histogram (peak-end-floor scorer);
 * - the co-moments of (peak, end, mean, -breaches, outcome) for refitting the peak-end weights, and of
 *   (peak, end, mean, -breaches, x_1..x_p, outcome) for the refit with touchpoint controls, x_j the
 *   episode's experience at touchpoint j minus the experience of meeting its standard (0 when skipped);
 * - per measure, a bottom-k sample of (value, outcome) pairs for floor discovery (`reservoir.ts`).
 * Every random choice is a hash of (seed, episode key), so the result does not depend on the order or the
 * chunking of the episodes: `merge` of parts equals one pass over all of them, up to floating-point rounding.
 */
import { CorrelationAccumulator } from '../analytics/correlation.ts';
import { AnalyticsInputError } from '../analytics/errors.ts';
import { EpisodeAccumulator } from '../analytics/peak-end-accumulator.ts';
import { keyHash, keyPriority, priorityOfHash, seedOfHash } from './hash.ts';
import { CONTROLLED_PARTS } from './peak-end-controlled.ts';
import { PairReservoir } from './reservoir.ts';
import { resolveKeyMomentOptions } from './resolve.ts';
import type { TResolvedKeyMomentOptions } from './resolve.ts';
import {
  addEpisodeSums,
  addTouchpointSums,
  emptyEpisodeSums,
  emptyTouchpointSums,
  scoreBin,
} from './sums.ts';
import type { TEpisodeSums, TTouchpointSums } from './sums.ts';
import { checkEpisode } from './check.ts';
import type { TKeyMomentEpisode, TKeyMomentOptions } from './types.ts';

const BOOTSTRAP_SALT = 1;

/**
 * The bootstrap bucket (0 .. buckets - 1) of an episode: a seeded hash of its key. A server that stores it
 * per episode can aggregate buckets in SQL (GROUP BY bucket) that merge with streamed parts.
 */
export function bootstrapBucketOf(seed: number, episodeKey: string, buckets: number): number {
  return bucketOfHash(seed, keyHash(episodeKey), buckets);
}

/** `bootstrapBucketOf` from the key's `keyHash`. */
function bucketOfHash(seed: number, hash: number, buckets: number): number {
  return seedOfHash(seed, hash, BOOTSTRAP_SALT) % buckets;
}
const RESERVOIR_SALT = 2;

/** Aggregates computed elsewhere (e.g. SQL), to build an accumulator with `fromAggregates`. */
export type TKeyMomentAggregates = {
  /** In the order of `options.touchpoints`. */
  touchpoints: readonly TTouchpointSums[];
  episodes: TEpisodeSums;
  /** Per-episode (experience per touchpoint..., oriented outcome) co-moments, width touchpoints + 1. */
  correlation: CorrelationAccumulator;
  /**
   * The same co-moments per bootstrap bucket (episodes split by a hash of their key), when computed; without
   * them importance has no interval. Their count sets `options.buckets`.
   */
  buckets?: readonly CorrelationAccumulator[] | undefined;
  /** Co-moments of (peak, end, mean, -breaches, outcome) per scored episode with an outcome. */
  peakEnd?: CorrelationAccumulator | undefined;
  /**
   * Co-moments of (peak, end, mean, -breaches, x_1..x_p, outcome) per scored episode with an outcome, listwise,
   * width touchpoints + 5: x_j = the episode's mean experience at touchpoint j minus its `meetsValue`, 0 when
   * the episode skipped j. Without them there is no controlled peak-end refit.
   */
  peakEndControlled?: CorrelationAccumulator | undefined;
  /** Sampled (value, outcome) pairs per measure key, for floors. */
  samples?: Readonly<Record<string, { values: ArrayLike<number>; outcomes: ArrayLike<number> }>> | undefined;
};

/** One-pass, mergeable accumulator of everything `findKeyMoments` needs. */
export class KeyMomentAccumulator {
  readonly options: TKeyMomentOptions;
  /** Resolved options (internal use by `findKeyMoments`). */
  readonly resolved: TResolvedKeyMomentOptions;
  readonly touchpoints: TTouchpointSums[];
  readonly episodes: TEpisodeSums;
  correlation: CorrelationAccumulator;
  buckets: CorrelationAccumulator[];
  peakEnd: CorrelationAccumulator;
  peakEndControlled: CorrelationAccumulator;
  readonly reservoirs: PairReservoir[];
  private readonly scorer: EpisodeAccumulator;
  // Per-episode scratch: experience sum and count per touchpoint, and touched flags.
  private readonly sum: Float64Array;
  private readonly count: Float64Array;
  /** Per touchpoint, the number of the last episode that passed it. */
  private readonly touchedAt: Float64Array;
  private readonly row: Float64Array;
  private readonly controlledRow: Float64Array;

  constructor(options: TKeyMomentOptions) {
    this.options = options;
    const r = resolveKeyMomentOptions(options);
    this.resolved = r;
    const p = r.keys.length;
    this.touchpoints = r.keys.map(() => emptyTouchpointSums());
    this.episodes = emptyEpisodeSums();
    this.correlation = new CorrelationAccumulator(p + 1, 'pairwise');
    this.buckets = Array.from(
      { length: r.replicates > 0 ? r.buckets : 0 },
      () => new CorrelationAccumulator(p + 1, 'pairwise'),
    );
    this.peakEnd = new CorrelationAccumulator(5, 'listwise');
    this.peakEndControlled = new CorrelationAccumulator(CONTROLLED_PARTS + p + 1, 'listwise');
    this.reservoirs = r.measures.map(() => new PairReservoir(r.reservoirSize));
    this.scorer = new EpisodeAccumulator(r.scoring);
    this.sum = new Float64Array(p);
    this.count = new Float64Array(p);
    this.touchedAt = new Float64Array(p).fill(-1);
    this.row = new Float64Array(p + 1);
    this.controlledRow = new Float64Array(CONTROLLED_PARTS + p + 1);
  }

  /** Adds one episode; throws `AnalyticsInputError` (path `episodes[i]...`) and adds nothing on bad input. */
  addEpisode(episode: TKeyMomentEpisode): void {
    const r = this.resolved;
    const tpIndex = checkEpisode(episode, r, this.episodes.episodes);
    const outcome = episode.outcome ?? null;
    const ep = this.episodes;
    ep.episodes++;
    if (outcome !== null) {
      ep.withOutcome++;
      ep.outcomeSum += outcome;
      ep.outcomeSumSq += outcome * outcome;
    }
    this.sum.fill(0);
    this.count.fill(0);
    let troughIndex = -1;
    let trough = Infinity;
    const valued: number[] = [];
    // The key's hash serves the bootstrap bucket and every sampled measure value of the episode.
    const hash = outcome === null ? 0 : keyHash(episode.key);
    episode.moments.forEach((m, i) => {
      const j = tpIndex[i] as number;
      const s = this.touchpoints[j] as TTouchpointSums;
      // A touchpoint counts one episode however often the episode passes it.
      if (this.touchedAt[j] !== ep.episodes) {
        this.touchedAt[j] = ep.episodes;
        s.episodes++;
      }
      s.moments++;
      const e = m.experience;
      if (e !== null) {
        s.experienceN++;
        s.experienceSum += e;
        s.experienceSumSq += e * e;
        this.sum[j] = (this.sum[j] as number) + e;
        this.count[j] = (this.count[j] as number) + 1;
        this.scorer.add(e, m.breaches ?? 0);
        if (e < trough) [trough, troughIndex] = [e, j];
        valued.push(j);
      }
      if (m.rating != null) {
        s.ratingN++;
        s.ratingSum += m.rating;
        s.ratingSumSq += m.rating * m.rating;
      }
      if (m.meetsStandard !== undefined) {
        s.meetsN++;
        if (m.meetsStandard) s.meetsCount++;
      }
      const b = m.breaches ?? 0;
      s.breaches += b;
      if (b > 0) s.breachMoments++;
      if (outcome !== null && m.measures !== undefined) this.sampleMeasures(hash, i, m.measures, outcome);
    });
    if (outcome !== null && episode.measures !== undefined)
      this.sampleMeasures(hash, episode.moments.length, episode.measures, outcome);
    const p = r.keys.length;
    for (let j = 0; j < p; j++) {
      const c = this.count[j] as number;
      const value = c > 0 ? (this.sum[j] as number) / c : NaN;
      this.row[j] = value;
      if (c > 0) {
        const s = this.touchpoints[j] as TTouchpointSums;
        s.shortfallN++;
        s.shortfallSum += Math.max(0, (r.meetsValues[j] as number) - value);
      }
    }
    this.scoreEpisode(valued, troughIndex, outcome);
    if (outcome === null) return;
    this.row[p] = r.orientation * outcome;
    this.correlation.add(this.row);
    if (this.buckets.length > 0) {
      const bucket = bucketOfHash(r.seed, hash, this.buckets.length);
      (this.buckets[bucket] as CorrelationAccumulator).add(this.row);
    }
  }

  /** Peak-end-floor score, its histogram bin, and the touchpoints at the peak, the trough and the end. */
  private scoreEpisode(valued: readonly number[], troughIndex: number, outcome: number | null): void {
    if (valued.length === 0) return;
    const score = this.scorer.finish();
    const ep = this.episodes;
    ep.scored++;
    ep.scoreSum += score.score10;
    ep.scoreSumSq += score.score10 * score.score10;
    const bin = scoreBin(score.score10);
    ep.histogram[bin] = (ep.histogram[bin] as number) + 1;
    (this.touchpoints[valued[score.peakIndex] as number] as TTouchpointSums).peak++;
    (this.touchpoints[troughIndex] as TTouchpointSums).trough++;
    (this.touchpoints[valued[valued.length - 1] as number] as TTouchpointSums).end++;
    if (outcome === null) return;
    this.peakEnd.add([score.peak, score.end, score.mean, -score.breaches, outcome]);
    // this.row holds the episode's mean experience per touchpoint (NaN where skipped) at this point.
    const x = this.controlledRow;
    const p = this.resolved.keys.length;
    x[0] = score.peak;
    x[1] = score.end;
    x[2] = score.mean;
    x[3] = -score.breaches;
    for (let j = 0; j < p; j++) {
      const e = this.row[j] as number;
      x[CONTROLLED_PARTS + j] = Number.isNaN(e) ? 0 : e - (this.resolved.meetsValues[j] as number);
    }
    x[CONTROLLED_PARTS + p] = outcome;
    this.peakEndControlled.add(x);
  }

  /** Offers the moment's measure values to the reservoirs; `hash` is the episode key's `keyHash`. */
  private sampleMeasures(
    hash: number,
    moment: number,
    values: Readonly<Record<string, number>>,
    y: number,
  ): void {
    const index = this.resolved.measureIndex;
    // A moment carries a few values and the options may name many measures: walk the values.
    for (const key in values) {
      const v = values[key];
      const k = index.get(key);
      if (v === undefined || k === undefined) continue;
      // The salt tells apart the measures and the moments of one episode.
      const priority = priorityOfHash(this.resolved.seed, hash, RESERVOIR_SALT + k * 65_536 + moment);
      (this.reservoirs[k] as PairReservoir).offer(priority, v, y);
    }
  }

  /** Adds every episode of an iterable. */
  addEpisodes(episodes: Iterable<TKeyMomentEpisode>): this {
    for (const e of episodes) this.addEpisode(e);
    return this;
  }

  /** Merges a part built with the same options (same touchpoints, measures, outcome, seed, sizes). */
  merge(other: KeyMomentAccumulator): this {
    if (other.resolved.fingerprint !== this.resolved.fingerprint)
      throw new AnalyticsInputError('width_mismatch', 'merge', 'options differ');
    this.touchpoints.forEach((s, j) => addTouchpointSums(s, other.touchpoints[j] as TTouchpointSums));
    addEpisodeSums(this.episodes, other.episodes);
    this.correlation.merge(other.correlation);
    this.buckets.forEach((acc, b) => acc.merge(other.buckets[b] as CorrelationAccumulator));
    this.peakEnd.merge(other.peakEnd);
    this.peakEndControlled.merge(other.peakEndControlled);
    this.reservoirs.forEach((res, k) => res.merge(other.reservoirs[k] as PairReservoir));
    return this;
  }

  /**
   * An accumulator holding aggregates computed elsewhere (e.g. SQL: per-touchpoint sums with GROUP BY, the
   * per-episode experience vector streamed into a `CorrelationAccumulator` or summarised with
   * `CorrelationAccumulator.fromSummary`), ready for `findKeyMoments` or to `merge` with others.
   */
  static fromAggregates(options: TKeyMomentOptions, aggregates: TKeyMomentAggregates): KeyMomentAccumulator {
    const buckets = aggregates.buckets ?? [];
    const acc = new KeyMomentAccumulator(
      buckets.length > 0 ? { ...options, buckets: buckets.length } : { ...options, replicates: 0 },
    );
    const p = acc.resolved.keys.length;
    if (aggregates.touchpoints.length !== p)
      throw new AnalyticsInputError('width_mismatch', 'aggregates.touchpoints', `needs ${p}`);
    if (aggregates.correlation.width !== p + 1)
      throw new AnalyticsInputError('width_mismatch', 'aggregates.correlation', `needs width ${p + 1}`);
    aggregates.touchpoints.forEach((s, j) => addTouchpointSums(acc.touchpoints[j] as TTouchpointSums, s));
    addEpisodeSums(acc.episodes, aggregates.episodes);
    acc.correlation = aggregates.correlation;
    buckets.forEach((b, i) => {
      if (b.width !== p + 1) throw new AnalyticsInputError('width_mismatch', `aggregates.buckets[${i}]`);
    });
    acc.buckets = [...buckets];
    if (aggregates.peakEnd !== undefined) acc.peakEnd = aggregates.peakEnd;
    const controlled = aggregates.peakEndControlled;
    if (controlled !== undefined) {
      if (controlled.width !== CONTROLLED_PARTS + p + 1 || controlled.missing !== 'listwise')
        throw new AnalyticsInputError(
          'width_mismatch',
          'aggregates.peakEndControlled',
          `needs width ${CONTROLLED_PARTS + p + 1}, listwise`,
        );
      acc.peakEndControlled = controlled;
    }
    acc.resolved.measures.forEach((m, k) => {
      const sample = aggregates.samples?.[m.key];
      if (sample === undefined) return;
      if (sample.values.length !== sample.outcomes.length)
        throw new AnalyticsInputError('width_mismatch', `aggregates.samples.${m.key}.outcomes`);
      // Pairs computed elsewhere are a sample already; seeded priorities by position thin a larger one uniformly.
      for (let i = 0; i < sample.values.length; i++)
        (acc.reservoirs[k] as PairReservoir).offer(
          keyPriority(acc.resolved.seed, m.key, i),
          sample.values[i] as number,
          sample.outcomes[i] as number,
        );
    });
    return acc;
  }
}
