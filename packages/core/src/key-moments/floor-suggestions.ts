/**
 * Floor suggestions per measure: `findFloor` (maximally selected two-group split with a max-statistic
 * permutation test, see analytics/floors.ts) on each measure's sampled (value, outcome) pairs. Only measures
 * where a floor is found are returned. The sample is uniform (bottom-k), so the threshold estimates the
 * population's; its p-value and interval are those of the sample size searched.
 */
import { findFloor } from '../analytics/floors.ts';
import type { KeyMomentAccumulator } from './accumulator.ts';
import type { TFloorSuggestion } from './result-types.ts';
import type { TFindKeyMomentsOptions } from './types.ts';

/** Floor suggestions for every measure of the accumulator where `findFloor` finds one. */
export function suggestFloors(
  acc: KeyMomentAccumulator,
  options: TFindKeyMomentsOptions,
): TFloorSuggestion[] {
  const r = acc.resolved;
  const out: TFloorSuggestion[] = [];
  r.measures.forEach((measure, k) => {
    const reservoir = acc.reservoirs[k];
    if (reservoir === undefined) return;
    const sample = reservoir.sample();
    const found = findFloor(sample.values, sample.outcomes, {
      confidence: options.confidence ?? 0.95,
      ...options.floors,
      direction: measure.direction,
      outcomeDirection: r.orientation === 1 ? 'higher_is_better' : 'lower_is_better',
      outcomeKind: r.binary ? 'binary' : 'continuous',
    });
    if (found.code !== 'floor') return;
    out.push({
      measure: measure.key,
      touchpoint: measure.touchpoint ?? null,
      threshold: found.threshold,
      currentFloor: measure.floor ?? null,
      drop: found.drop,
      lower: found.lower,
      upper: found.upper,
      p: found.p,
      n: sample.values.length,
      seen: sample.seen,
      within: found.within,
      beyond: found.beyond,
    });
  });
  return out;
}
