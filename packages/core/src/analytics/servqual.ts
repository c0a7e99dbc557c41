import { AnalyticsInputError } from './errors.ts';
import { meanIntervalFromSummary, summarizeSample } from './means.ts';
import { meanWeights, readWeights, respondentWeights } from './servqual-weights.ts';

/** One respondent: expectation and perception answers by item position (item k at index k − 1). */
export interface ServqualResponse {
  readonly expectations: readonly (number | null | undefined)[];
  readonly perceptions: readonly (number | null | undefined)[];
  /** The respondent's own importance points per dimension, read when `importance` is `'respondents'`. */
  readonly importance?: Readonly<Record<string, number | null | undefined>>;
}

/** Dimension name → its item numbers (1-based). */
export type ServqualDimensionMap = Readonly<Record<string, readonly number[]>>;

/**
 * The 22-item instrument's dimensions (Parasuraman, Zeithaml & Berry 1988, J. Retailing 64(1):12–40):
 * tangibles 1–4, reliability 5–9, responsiveness 10–13, assurance 14–17, empathy 18–22.
 */
export const SERVQUAL_DIMENSIONS: ServqualDimensionMap = {
  tangibles: [1, 2, 3, 4],
  reliability: [5, 6, 7, 8, 9],
  responsiveness: [10, 11, 12, 13],
  assurance: [14, 15, 16, 17],
  empathy: [18, 19, 20, 21, 22],
};

/** Options of a SERVQUAL analysis. */
export interface ServqualOptions {
  readonly dimensions?: ServqualDimensionMap;
  /**
   * Importance allocation; enables the weighted score. Points per dimension summing to 100 (one
   * allocation for the study), or `'respondents'`: each respondent's own points (`response.importance`),
   * normalised by their own total (see `respondentWeights`).
   */
  readonly importance?: Readonly<Record<string, number>> | 'respondents';
  /** How far the allocation may stray from 100 (default 0.5, for rounded averages of allocations). */
  readonly importanceTolerance?: number;
  /** Answer scale; answers outside it are errors (default 1..7, the original instrument). */
  readonly scale?: { readonly min: number; readonly max: number };
  readonly confidenceLevel?: number;
}

/** A mean with its t interval; bounds are null when n < 2. */
export interface ServqualMeanInterval {
  readonly n: number;
  readonly mean: number;
  readonly sd: number;
  readonly lower: number | null;
  readonly upper: number | null;
}

/** Expectation, perception and gap (P − E, paired) of one item or dimension. */
export interface ServqualGapSummary {
  readonly expectation: ServqualMeanInterval;
  readonly perception: ServqualMeanInterval;
  readonly gap: ServqualMeanInterval;
}

/** Result of one item. */
export interface ServqualItemResult extends ServqualGapSummary {
  readonly item: number;
  readonly dimension: string;
}

/** Result of one dimension. */
export interface ServqualDimensionResult extends ServqualGapSummary {
  readonly dimension: string;
  readonly items: readonly number[];
  /** allocation / 100; null without an allocation. */
  readonly weight: number | null;
  /** weight · gap, this dimension's part of the weighted score; null without an allocation. */
  readonly weightedGap: number | null;
}

/** A SERVQUAL study's gaps. */
export interface ServqualResult {
  readonly items: readonly ServqualItemResult[];
  readonly dimensions: readonly ServqualDimensionResult[];
  /** Mean of the dimension gaps. */
  readonly unweightedScore: number;
  /**
   * Σ w_d · gap_d with w_d = allocation_d / 100; with respondents' own allocations, the mean of each
   * respondent's own weighted score. Null without an allocation.
   */
  readonly weightedScore: number | null;
  /** The weights (summing to 1); with respondents' own allocations, their mean. */
  readonly weights: Readonly<Record<string, number>> | null;
  /** The unweighted score with its interval (spread from respondents who answered every dimension). */
  readonly unweighted: ServqualMeanInterval;
  /** The weighted score with its interval; null without an allocation. */
  readonly weighted: ServqualMeanInterval | null;
}

/**
 * SERVQUAL gap analysis (Parasuraman, Zeithaml & Berry 1988; weighting by a 100-point allocation as in
 * Zeithaml, Parasuraman & Berry 1990, "Delivering Quality Service"). Item gap = P − E; dimension gap =
 * mean of its item gaps; unweighted score = mean of the dimension gaps.
 *
 * Missing answers: an item uses the respondents who answered both its E and P (so its gap is exactly
 * P̄ − Ē); a respondent missing one item still counts for the others. A dimension's means are the means
 * of its item means; its interval half-width comes from respondents' own dimension scores (the mean of
 * the items they answered), t on n − 1 df, which is exact when nothing is missing. The overall scores
 * (unweighted and weighted) get their half-width the same way, from the scores of respondents who
 * answered at least one item of every dimension: every interval is a paired-difference t interval.
 */
export function analyzeServqual(
  responses: readonly ServqualResponse[],
  options: ServqualOptions = {},
): ServqualResult {
  const dims = options.dimensions ?? SERVQUAL_DIMENSIONS;
  const itemCount = checkDimensions(dims);
  const level = options.confidenceLevel ?? 0.95;
  if (!(level > 0 && level < 1))
    throw new AnalyticsInputError('bad_option', 'confidenceLevel', 'must lie in (0, 1)');
  const pairs = readPairs(responses, itemCount, options.scale ?? { min: 1, max: 7 });
  const items: ServqualItemResult[] = [];
  const dimensions = Object.entries(dims).map(([dimension, numbers]) => {
    const own = numbers.map((item) => {
      const answered = pairs.map((r) => r[item - 1]).filter(isPair);
      const result = {
        item,
        dimension,
        expectation: interval(
          answered.map((p) => p.e),
          level,
        ),
        perception: interval(
          answered.map((p) => p.p),
          level,
        ),
        gap: interval(
          answered.map((p) => p.p - p.e),
          level,
        ),
      };
      items.push(result);
      return result;
    });
    const scores = pairs
      .map((r) => numbers.map((item) => r[item - 1]).filter(isPair))
      .filter((x) => x.length > 0);
    const summary = (
      pick: (s: ServqualGapSummary) => ServqualMeanInterval,
      value: (p: Pair) => number,
    ): ServqualMeanInterval =>
      recentre(
        own.map((o) => pick(o).mean),
        scores.map((s) => s.reduce((a, p) => a + value(p), 0) / s.length),
        level,
      );
    return {
      dimension,
      items: [...numbers],
      expectation: summary(
        (s) => s.expectation,
        (p) => p.e,
      ),
      perception: summary(
        (s) => s.perception,
        (p) => p.p,
      ),
      gap: summary(
        (s) => s.gap,
        (p) => p.p - p.e,
      ),
    };
  });
  items.sort((a, b) => a.item - b.item);
  const gaps = dimensions.map((d) => d.gap.mean);
  const dimensionNames = Object.keys(dims);
  // Each respondent's dimension gaps, null unless every dimension has an answered item.
  const own = pairs.map((r) => {
    const scores = Object.values(dims).map((numbers) => {
      const answered = numbers.map((item) => r[item - 1]).filter(isPair);
      return answered.length === 0 ? null : answered.reduce((a, p) => a + p.p - p.e, 0) / answered.length;
    });
    return scores.every((g) => g !== null) ? (scores as number[]) : null;
  });
  const complete = own.filter((g) => g !== null);
  const unweightedScore = gaps.reduce((a, b) => a + b, 0) / gaps.length;
  let perRespondent: (Record<string, number> | null)[] | null = null;
  let weights: Readonly<Record<string, number>> | null = null;
  const allocation = options.importance;
  if (allocation === 'respondents') {
    perRespondent = respondentWeights(responses, dimensionNames);
    weights = meanWeights(perRespondent, dimensionNames);
  } else if (allocation !== undefined) {
    weights = readWeights(allocation, dims, options.importanceTolerance ?? 0.5);
  }
  const weightOf = (name: string) => (weights === null ? null : (weights[name] ?? 0));
  const weightedOf = (g: readonly number[], w: Readonly<Record<string, number>>) =>
    g.reduce((a, x, k) => a + (w[dimensionNames[k] ?? ''] ?? 0) * x, 0);
  let weighted: ServqualMeanInterval | null = null;
  if (perRespondent !== null) {
    // Zeithaml, Parasuraman & Berry (1990): each respondent's score weighted by their own allocation.
    const scores = own.flatMap((g, i) => {
      const w = perRespondent[i];
      return g === null || w == null ? [] : [weightedOf(g, w)];
    });
    weighted = interval(scores, level);
  } else if (weights !== null) {
    const point = dimensions.reduce((a, d) => a + (weights[d.dimension] ?? 0) * d.gap.mean, 0);
    weighted = recentre(
      [point],
      complete.map((g) => weightedOf(g, weights)),
      level,
    );
  }
  return {
    items,
    dimensions: dimensions.map((d) => {
      const weight = weightOf(d.dimension);
      return { ...d, weight, weightedGap: weight === null ? null : weight * d.gap.mean };
    }),
    unweightedScore,
    weightedScore: weighted === null ? null : weighted.mean,
    weights,
    unweighted: recentre(
      [unweightedScore],
      complete.map((g) => g.reduce((a, b) => a + b, 0) / g.length),
      level,
    ),
    weighted,
  };
}

interface Pair {
  readonly e: number;
  readonly p: number;
}

function isPair(p: Pair | null | undefined): p is Pair {
  return p != null;
}

/** Validates the map: items 1..k each used exactly once; returns k. */
function checkDimensions(dims: ServqualDimensionMap): number {
  const all = Object.values(dims).flat();
  const k = all.length;
  if (Object.keys(dims).length === 0 || k === 0)
    throw new AnalyticsInputError('bad_option', 'dimensions', 'no items');
  const seen = new Set<number>();
  for (const [name, numbers] of Object.entries(dims)) {
    if (numbers.length === 0) throw new AnalyticsInputError('bad_option', `dimensions.${name}`, 'no items');
    for (const item of numbers) {
      if (!Number.isInteger(item) || item < 1 || item > k || seen.has(item)) {
        throw new AnalyticsInputError(
          'bad_option',
          `dimensions.${name}`,
          `item ${item}: items must be 1..${k}, each once`,
        );
      }
      seen.add(item);
    }
  }
  return k;
}

/** Reads every respondent's answers into complete pairs (null where E or P is missing). */
function readPairs(
  responses: readonly ServqualResponse[],
  itemCount: number,
  scale: { readonly min: number; readonly max: number },
): (Pair | null)[][] {
  return responses.map((r, i) => {
    const read = (field: 'expectations' | 'perceptions', k: number): number | null => {
      const v = r[field][k];
      if (v === null || v === undefined) return null;
      if (!Number.isFinite(v) || v < scale.min || v > scale.max) {
        throw new AnalyticsInputError(
          'bad_answer',
          `responses[${i}].${field}[${k}]`,
          `answer ${v} outside ${scale.min}..${scale.max}`,
        );
      }
      return v;
    };
    for (const field of ['expectations', 'perceptions'] as const) {
      if (r[field].length !== itemCount) {
        throw new AnalyticsInputError(
          'width_mismatch',
          `responses[${i}].${field}`,
          `expected ${itemCount} answers`,
        );
      }
    }
    return Array.from({ length: itemCount }, (_, k) => {
      const e = read('expectations', k);
      const p = read('perceptions', k);
      return e === null || p === null ? null : { e, p };
    });
  });
}

/** Mean with a t interval (Student 1908, `means.ts`). */
function interval(values: readonly number[], level: number): ServqualMeanInterval {
  const s = summarizeSample(values);
  if (s.n < 2) return { n: s.n, mean: s.n === 0 ? NaN : s.mean, sd: NaN, lower: null, upper: null };
  const { lower, upper } = meanIntervalFromSummary(s, level);
  return { n: s.n, mean: s.mean, sd: s.sd, lower, upper };
}

/** A dimension: mean of its item means, spread from respondents' dimension scores. */
function recentre(
  itemMeans: readonly number[],
  scores: readonly number[],
  level: number,
): ServqualMeanInterval {
  const mean = itemMeans.reduce((a, b) => a + b, 0) / itemMeans.length;
  const spread = interval(scores, level);
  const half = spread.upper === null ? null : spread.upper - spread.mean;
  return {
    n: spread.n,
    mean,
    sd: spread.sd,
    lower: half === null ? null : mean - half,
    upper: half === null ? null : mean + half,
  };
}
