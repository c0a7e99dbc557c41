/**
 * Importance-performance analysis (Martilla & James 1977, Journal of Marketing 41(1):77-79).
 * Each attribute is placed by importance (vertical) and performance (horizontal) against crosshairs:
 * high importance / low performance = concentrate here; high / high = keep up the good work;
 * low / low = low priority; low importance / high performance = possible overkill.
 * Crosshairs are either data-centred (the grand means over the attributes, as in most applications
 * since Martilla & James) or scale-centred (fixed points such as a 1-7 scale's midpoint 4): a parameter.
 * Importance may be stated (survey ratings) or derived, e.g. from driver weights (Shapley values or
 * relative weights), whose scale differs from performance's; each axis has its own crosshair.
 * A value exactly on a crosshair counts as high.
 */
import { AnalyticsInputError } from './errors.ts';

/** Quadrant codes. */
export type IpaQuadrant = 'concentrate_here' | 'keep_up_the_good_work' | 'low_priority' | 'possible_overkill';

/** One attribute (touchpoint, moment, service aspect) with its importance and performance. */
export interface IpaAttribute {
  readonly id: string;
  readonly importance: number;
  readonly performance: number;
}

/** Where the crosshairs go: grand means of the attributes, or fixed scale points. */
export type IpaCrosshairs =
  | { readonly kind: 'data' }
  | { readonly kind: 'scale'; readonly importance: number; readonly performance: number };

/** An attribute with its quadrant and signed distances from the crosshairs. */
export interface IpaPoint extends IpaAttribute {
  readonly quadrant: IpaQuadrant;
  readonly importanceGap: number;
  readonly performanceGap: number;
}

/** Crosshair values used and the classified attributes, in input order. */
export interface IpaResult {
  readonly crosshairs: { readonly importance: number; readonly performance: number };
  readonly points: IpaPoint[];
}

/** Classifies attributes into the four IPA quadrants. */
export function analyzeImportancePerformance(
  attributes: readonly IpaAttribute[],
  crosshairs: IpaCrosshairs = { kind: 'data' },
): IpaResult {
  if (attributes.length === 0) throw new AnalyticsInputError('too_few_rows', 'attributes');
  attributes.forEach((a, i) => {
    if (!Number.isFinite(a.importance))
      throw new AnalyticsInputError('not_finite', `attributes[${i}].importance`);
    if (!Number.isFinite(a.performance))
      throw new AnalyticsInputError('not_finite', `attributes[${i}].performance`);
  });
  const mean = (f: (a: IpaAttribute) => number): number =>
    attributes.reduce((s, a) => s + f(a), 0) / attributes.length;
  const centre =
    crosshairs.kind === 'data'
      ? { importance: mean((a) => a.importance), performance: mean((a) => a.performance) }
      : { importance: crosshairs.importance, performance: crosshairs.performance };
  if (!Number.isFinite(centre.importance) || !Number.isFinite(centre.performance)) {
    throw new AnalyticsInputError('not_finite', 'crosshairs');
  }
  const points = attributes.map((a) => {
    const importanceGap = a.importance - centre.importance;
    const performanceGap = a.performance - centre.performance;
    return {
      ...a,
      importanceGap,
      performanceGap,
      quadrant: quadrantOf(importanceGap >= 0, performanceGap >= 0),
    };
  });
  return { crosshairs: centre, points };
}

function quadrantOf(importanceHigh: boolean, performanceHigh: boolean): IpaQuadrant {
  if (importanceHigh) return performanceHigh ? 'keep_up_the_good_work' : 'concentrate_here';
  return performanceHigh ? 'possible_overkill' : 'low_priority';
}

/**
 * Derived importance: pairs driver weights (e.g. `DominanceResult.general` or relative weights) with
 * mean performance per attribute, in the same order.
 */
export function attributesFromDriverWeights(
  ids: readonly string[],
  weights: readonly number[],
  performance: readonly number[],
): IpaAttribute[] {
  if (weights.length !== ids.length) throw new AnalyticsInputError('width_mismatch', 'weights');
  if (performance.length !== ids.length) throw new AnalyticsInputError('width_mismatch', 'performance');
  return ids.map((id, i) => ({
    id,
    importance: weights[i] as number,
    performance: performance[i] as number,
  }));
}
