/**
 * Intervals and tests for proportions.
 * - Wilson score interval (Wilson 1927, JASA 22:209), with and without continuity correction, in the closed
 *   forms of Newcombe 1998a (Stat. Med. 17:857, methods 3 and 4).
 * - Difference of two independent proportions: Newcombe 1998b (Stat. Med. 17:873) hybrid score interval,
 *   method 10 (method 11 with continuity correction).
 * - Two-proportion z test with the pooled variance (e.g. Agresti, Categorical Data Analysis, 3rd ed., 3.1;
 *   statsmodels `proportions_ztest`).
 */
import { AnalyticsInputError } from './errors.ts';
import { normalQuantile, normalSf } from './distributions.ts';

/** An estimate and its confidence interval. */
export type TInterval = { estimate: number; lower: number; upper: number };

/** Interval options: confidence level (default 0.95) and Yates-style continuity correction (default off). */
export type TProportionOptions = { confidence?: number; continuityCorrection?: boolean };

/** Two-sided critical value of the standard normal for a confidence level, after checking it. */
export function normalCritical(confidence = 0.95, path = 'options.confidence'): number {
  if (!(confidence > 0 && confidence < 1))
    throw new AnalyticsInputError('bad_option', path, 'must be in (0, 1)');
  return normalQuantile(1 - (1 - confidence) / 2);
}

/** Checks a count of successes out of trials: integers, 0 <= successes <= trials, trials >= 1. */
function checkProportionCounts(successes: number, trials: number, path = ''): void {
  if (!(Number.isInteger(trials) && trials >= 1)) {
    throw new AnalyticsInputError('bad_option', `${path}trials`, 'must be an integer >= 1');
  }
  if (!(Number.isInteger(successes) && successes >= 0 && successes <= trials)) {
    throw new AnalyticsInputError('out_of_range', `${path}successes`, 'must be an integer in 0..trials');
  }
}

function wilsonWith(k: number, n: number, z: number, corrected: boolean): TInterval {
  const p = k / n;
  const z2 = z * z;
  const denominator = 2 * (n + z2);
  if (!corrected) {
    const centre = 2 * n * p + z2;
    const half = z * Math.sqrt(z2 + 4 * n * p * (1 - p));
    return { estimate: p, lower: (centre - half) / denominator, upper: (centre + half) / denominator };
  }
  const lower =
    k === 0
      ? 0
      : (2 * n * p + z2 - 1 - z * Math.sqrt(z2 - 2 - 1 / n + 4 * p * (n * (1 - p) + 1))) / denominator;
  const upper =
    k === n
      ? 1
      : (2 * n * p + z2 + 1 + z * Math.sqrt(z2 + 2 - 1 / n + 4 * p * (n * (1 - p) - 1))) / denominator;
  return { estimate: p, lower: Math.max(0, lower), upper: Math.min(1, upper) };
}

/** Wilson score interval for `successes` out of `trials` (Newcombe 1998a, methods 3 and 4). */
export function wilsonInterval(
  successes: number,
  trials: number,
  options: TProportionOptions = {},
): TInterval {
  checkProportionCounts(successes, trials);
  const z = normalCritical(options.confidence);
  return wilsonWith(successes, trials, z, options.continuityCorrection === true);
}

/**
 * Interval for p1 - p2 of two independent proportions, Newcombe 1998b method 10 (hybrid score, from the two
 * Wilson intervals; method 11 with continuity correction):
 * lower = d - sqrt((p1 - l1)² + (u2 - p2)²), upper = d + sqrt((u1 - p1)² + (p2 - l2)²).
 */
export function newcombeDifference(
  successes1: number,
  trials1: number,
  successes2: number,
  trials2: number,
  options: TProportionOptions = {},
): TInterval {
  checkProportionCounts(successes1, trials1, 'first.');
  checkProportionCounts(successes2, trials2, 'second.');
  const z = normalCritical(options.confidence);
  const corrected = options.continuityCorrection === true;
  const a = wilsonWith(successes1, trials1, z, corrected);
  const b = wilsonWith(successes2, trials2, z, corrected);
  const d = a.estimate - b.estimate;
  return {
    estimate: d,
    lower: d - Math.hypot(a.estimate - a.lower, b.upper - b.estimate),
    upper: d + Math.hypot(a.upper - a.estimate, b.estimate - b.lower),
  };
}

/** Result of a two-sample test: the statistic and its two-sided p-value. */
export type TZTest = { difference: number; z: number; p: number };

/**
 * Two-proportion z test with the pooled proportion, two-sided. When both samples are all successes or all
 * failures there is no variance and no evidence of a difference: z = 0, p = 1.
 */
export function twoProportionZTest(
  successes1: number,
  trials1: number,
  successes2: number,
  trials2: number,
): TZTest {
  checkProportionCounts(successes1, trials1, 'first.');
  checkProportionCounts(successes2, trials2, 'second.');
  const difference = successes1 / trials1 - successes2 / trials2;
  const pooled = (successes1 + successes2) / (trials1 + trials2);
  const se = Math.sqrt(pooled * (1 - pooled) * (1 / trials1 + 1 / trials2));
  if (se === 0) return { difference, z: 0, p: 1 };
  const z = difference / se;
  return { difference, z, p: 2 * normalSf(Math.abs(z)) };
}
