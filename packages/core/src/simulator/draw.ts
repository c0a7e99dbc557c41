import type { TMeasure } from '../domain/journey.ts';
import type { TMeasureDistribution } from '../packs/simulation-schema.ts';
import type { Random } from './random.ts';

/** z such that P(Z > z) = 0.07 for a standard normal: by default 7% of durations fall past the floor. */
const Z_PAST_FLOOR = 1.476;

/**
 * Draws a measure's value from its distribution, clamped and rounded as the distribution says; `scale`
 * stretches continuous draws (a slower region's durations).
 */
export function drawMeasure(dist: TMeasureDistribution, random: Random, scale = 1): number {
  let value: number;
  switch (dist.dist) {
    case 'lognormal':
      value = scale * dist.median * Math.exp(dist.sigma * random.normal());
      break;
    case 'normal':
      value = scale * (dist.mean + dist.sd * random.normal());
      break;
    case 'bernoulli':
      return random.chance(dist.p) ? 1 : 0;
    case 'count':
      value = dist.start;
      while (value < dist.start + 50 && random.chance(dist.more)) value++;
      break;
  }
  if (dist.min !== undefined && value < dist.min) value = dist.min;
  if (dist.max !== undefined && value > dist.max) value = dist.max;
  const factor = 10 ** (dist.decimals ?? 2);
  return Math.round(value * factor) / factor;
}

/**
 * A plausible distribution for a measure that a pack gives none for, derived from its standard: durations
 * lognormal with the median at 70% of the target and 7% past the floor; yes/no measures met 88% of the
 * time; counts 1 + geometric. Measures without a standard get none (they are not simulated).
 */
export function defaultDistribution(measure: TMeasure): TMeasureDistribution | undefined {
  const standard = measure.standard;
  if (!standard) return undefined;
  const lowerIsBetter = measure.direction === 'lower_is_better';
  if (measure.unit === 'boolean') return { dist: 'bernoulli', p: lowerIsBetter ? 0.12 : 0.88 };
  if (measure.unit === 'count' && lowerIsBetter) {
    return { dist: 'count', start: Math.max(0, Math.round(standard.target)), more: 0.15 };
  }
  const { target, floor } = standard;
  if (lowerIsBetter && target > 0) {
    const median = 0.7 * target;
    return { dist: 'lognormal', median, sigma: Math.log(floor / median) / Z_PAST_FLOOR, min: 0 };
  }
  // Scores and shares: a normal centred a little better than the target, 7% beyond the floor.
  const sign = lowerIsBetter ? -1 : 1;
  const spread = Math.max(Math.abs(target - floor), Math.abs(target) * 0.1, 1);
  const mean = target + sign * 0.3 * spread;
  const dist: TMeasureDistribution = { dist: 'normal', mean, sd: (1.3 * spread) / Z_PAST_FLOOR };
  // A duration or count whose target is zero cannot go below it; a percentage cannot pass 100.
  if (lowerIsBetter && target >= 0) dist.min = 0;
  if (measure.unit === 'percent') dist.max = 100;
  return dist;
}
