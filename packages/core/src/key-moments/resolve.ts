/** Checks and defaults of `TKeyMomentOptions`, done once per accumulator. */
import { AnalyticsInputError } from '../analytics/errors.ts';
import { resolveScoring } from '../analytics/peak-end-options.ts';
import type { TEpisodeScoreOptions } from '../analytics/peak-end-options.ts';
import { DEFAULT_RATING_SCALE } from '../domain/journey.ts';
import type { TRatingScale } from '../domain/journey.ts';
import { MEETS_TARGET_VALUE } from '../domain/experience.ts';
import { MAX_SUBSET_PREDICTORS } from '../analytics/drivers/subset-r2.ts';
import type { TKeyMomentMeasure, TKeyMomentOptions } from './types.ts';

/** Default bootstrap replicates. */
export const DEFAULT_REPLICATES = 200;
/** Default buckets of the bootstrap (see `importance.ts`). */
export const DEFAULT_BUCKETS = 256;
/** Default pairs kept per measure for floor discovery (bounded memory: 3 x 8 bytes each). */
export const DEFAULT_RESERVOIR_SIZE = 50_000;

/** Options after checks and defaults. */
export type TResolvedKeyMomentOptions = {
  keys: string[];
  index: Map<string, number>;
  scales: TRatingScale[];
  meetsValues: number[];
  measures: TKeyMomentMeasure[];
  measureIndex: Map<string, number>;
  binary: boolean;
  /** +1 when a higher outcome is better, -1 otherwise: multiplies the outcome before correlating. */
  orientation: 1 | -1;
  seed: number;
  replicates: number;
  buckets: number;
  reservoirSize: number;
  scoring: TEpisodeScoreOptions;
  /** Stable fingerprint: only parts with equal fingerprints can be merged. */
  fingerprint: string;
};

function distinctKeys(keys: readonly string[], path: string): Map<string, number> {
  const index = new Map<string, number>();
  keys.forEach((key, i) => {
    if (typeof key !== 'string' || key.length === 0)
      throw new AnalyticsInputError('bad_option', `${path}[${i}].key`);
    if (index.has(key)) throw new AnalyticsInputError('bad_option', `${path}[${i}].key`, 'duplicate');
    index.set(key, i);
  });
  return index;
}

function integerOption(value: number | undefined, fallback: number, min: number, path: string): number {
  const v = value ?? fallback;
  if (!(Number.isInteger(v) && v >= min))
    throw new AnalyticsInputError('bad_option', path, `integer >= ${min}`);
  return v;
}

/** Resolves options; throws `AnalyticsInputError` with the option's path. */
export function resolveKeyMomentOptions(options: TKeyMomentOptions): TResolvedKeyMomentOptions {
  const tps = options.touchpoints;
  if (tps.length < 1) throw new AnalyticsInputError('too_few_predictors', 'options.touchpoints');
  const index = distinctKeys(
    tps.map((t) => t.key),
    'options.touchpoints',
  );
  const scales = tps.map((t, i) => {
    const s = t.ratingScale ?? DEFAULT_RATING_SCALE;
    if (!(Number.isFinite(s.min) && Number.isFinite(s.max) && s.max > s.min))
      throw new AnalyticsInputError('bad_option', `options.touchpoints[${i}].ratingScale`);
    return s;
  });
  const meetsValues = tps.map((t, i) => {
    const m = t.meetsValue ?? MEETS_TARGET_VALUE;
    if (!(m >= -1 && m <= 1))
      throw new AnalyticsInputError('bad_option', `options.touchpoints[${i}].meetsValue`);
    return m;
  });
  const measures = [...(options.measures ?? [])];
  const measureIndex = distinctKeys(
    measures.map((m) => m.key),
    'options.measures',
  );
  const kind = options.outcome.kind;
  if (kind !== 'continuous' && kind !== 'binary')
    throw new AnalyticsInputError('bad_option', 'options.outcome.kind');
  const orientation = options.outcome.direction === 'lower_is_better' ? -1 : 1;
  const seed = integerOption(options.seed, 1, -(2 ** 31), 'options.seed');
  const replicates = integerOption(options.replicates, DEFAULT_REPLICATES, 0, 'options.replicates');
  if (replicates === 1) throw new AnalyticsInputError('bad_option', 'options.replicates', '0 or >= 2');
  const buckets = integerOption(options.buckets, DEFAULT_BUCKETS, 1, 'options.buckets');
  const reservoirSize = integerOption(
    options.reservoirSize,
    DEFAULT_RESERVOIR_SIZE,
    1,
    'options.reservoirSize',
  );
  const scoring = options.scoring ?? {};
  resolveScoring(scoring);
  const fingerprint = JSON.stringify([
    tps,
    measures,
    options.outcome,
    seed,
    replicates,
    buckets,
    reservoirSize,
    scoring,
  ]);
  return {
    keys: tps.map((t) => t.key),
    index,
    scales,
    meetsValues,
    measures,
    measureIndex,
    binary: kind === 'binary',
    orientation,
    seed,
    replicates,
    buckets,
    reservoirSize,
    scoring,
    fingerprint,
  };
}

/** Whether Shapley / general dominance is affordable for `p` touchpoints (else relative weights). */
export function dominanceAffordable(p: number): boolean {
  return p <= Math.min(15, MAX_SUBSET_PREDICTORS);
}
