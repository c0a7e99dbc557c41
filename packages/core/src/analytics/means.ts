/**
 * Means and their differences.
 * - Sample mean and standard deviation in one pass: Welford 1962 (Technometrics 4:419).
 * - t interval of a mean: Student 1908 (Biometrika 6:1).
 * - Welch's t test for two independent means with unequal variances (Welch 1947, Biometrika 34:28), degrees
 *   of freedom by Welch-Satterthwaite (Satterthwaite 1946, Biometrics Bulletin 2:110); as R's `t.test`.
 * - Difference-in-differences of four independent groups' means (before/after x treated/control; Card &
 *   Krueger 1994, AER 84:772): DiD = (T1 - T0) - (C1 - C0), SE = sqrt(Σ s²/n) over the four groups, df by
 *   Satterthwaite's formula for a sum of variances, t interval and two-sided p. The groups must be different
 *   people (e.g. repeated cross-section surveys); paired panels need a paired analysis instead.
 */
import { AnalyticsInputError } from './errors.ts';
import { studentTQuantile, studentTTwoSidedP } from './distributions.ts';
import { normalCritical } from './proportions.ts';

/** Size, mean and standard deviation (n - 1 denominator) of a sample. */
export type TSampleSummary = { n: number; mean: number; sd: number };

/** An estimated difference with its standard error, t statistic, df, two-sided p and interval. */
export type TMeanTest = {
  estimate: number;
  se: number;
  df: number;
  t: number;
  p: number;
  lower: number;
  upper: number;
};

/** Summarises a sample in one pass (Welford 1962); `path` names it in errors. */
export function summarizeSample(values: ArrayLike<number>, path = 'values'): TSampleSummary {
  let mean = 0;
  let m2 = 0;
  for (let i = 0; i < values.length; i++) {
    const v = values[i] as number;
    if (!Number.isFinite(v)) throw new AnalyticsInputError('not_finite', `${path}[${i}]`);
    const delta = v - mean;
    mean += delta / (i + 1);
    m2 += delta * (v - mean);
  }
  const n = values.length;
  return { n, mean, sd: n > 1 ? Math.sqrt(m2 / (n - 1)) : 0 };
}

function checkSummary(s: TSampleSummary, path: string): void {
  if (!(Number.isInteger(s.n) && s.n >= 2))
    throw new AnalyticsInputError('too_few_rows', `${path}.n`, 'needs >= 2');
  if (!Number.isFinite(s.mean)) throw new AnalyticsInputError('not_finite', `${path}.mean`);
  if (!(Number.isFinite(s.sd) && s.sd >= 0)) throw new AnalyticsInputError('not_finite', `${path}.sd`);
}

/**
 * t test and interval of an estimate that is a signed sum of independent means, Σ sign_i·mean_i, with the
 * Satterthwaite df (Σ v_i)² / Σ v_i²/(n_i - 1), v_i = s_i²/n_i. Zero variance gives t = ±∞ (p 0) for a
 * non-zero estimate, t = 0 (p 1) for a zero one.
 */
function testCombination(
  groups: readonly TSampleSummary[],
  signs: readonly number[],
  confidence: number,
  exactDf?: number,
): TMeanTest {
  normalCritical(confidence);
  let estimate = 0;
  let variance = 0;
  let dfDenominator = 0;
  groups.forEach((g, i) => {
    const v = (g.sd * g.sd) / g.n;
    estimate += (signs[i] as number) * g.mean;
    variance += v;
    dfDenominator += (v * v) / (g.n - 1);
  });
  const se = Math.sqrt(variance);
  const pooledDf = groups.reduce((sum, g) => sum + g.n - 1, 0);
  const df = exactDf ?? (dfDenominator > 0 ? (variance * variance) / dfDenominator : pooledDf);
  const t = se > 0 ? estimate / se : estimate === 0 ? 0 : estimate * Infinity;
  const half = studentTQuantile(1 - (1 - confidence) / 2, df) * se;
  const p = se > 0 ? studentTTwoSidedP(t, df) : estimate === 0 ? 1 : 0;
  return { estimate, se, df, t, p, lower: estimate - half, upper: estimate + half };
}

/** t interval of a mean (Student 1908), with the t test of a zero mean; `confidence` defaults to 0.95. */
export function meanInterval(values: ArrayLike<number>, confidence = 0.95, path = 'values'): TMeanTest {
  return meanIntervalFromSummary(summarizeSample(values, path), confidence, path);
}

/** `meanInterval` from a sample's summary; `path` names it in errors. */
export function meanIntervalFromSummary(s: TSampleSummary, confidence = 0.95, path = 'summary'): TMeanTest {
  checkSummary(s, path);
  return testCombination([s], [1], confidence, s.n - 1);
}

/** Welch's t test of mean(a) - mean(b) from two summaries, two-sided, with its interval. */
export function welchTestFromSummaries(a: TSampleSummary, b: TSampleSummary, confidence = 0.95): TMeanTest {
  checkSummary(a, 'a');
  checkSummary(b, 'b');
  return testCombination([a, b], [1, -1], confidence);
}

/** Welch's t test of mean(a) - mean(b) (as R's `t.test(a, b)`), two-sided, with its interval. */
export function welchTest(a: ArrayLike<number>, b: ArrayLike<number>, confidence = 0.95): TMeanTest {
  return welchTestFromSummaries(summarizeSample(a, 'a'), summarizeSample(b, 'b'), confidence);
}

/** The four independent groups of a before/after x treated/control comparison (samples or summaries). */
export type TDidGroups<T> = { treatedBefore: T; treatedAfter: T; controlBefore: T; controlAfter: T };

const DID_KEYS = ['treatedAfter', 'treatedBefore', 'controlAfter', 'controlBefore'] as const;

/** Difference-in-differences (T1 - T0) - (C1 - C0) of four independent groups; see the file header. */
export function differenceInDifferences(
  groups: TDidGroups<TSampleSummary | ArrayLike<number>>,
  confidence = 0.95,
): TMeanTest {
  const summaries = DID_KEYS.map((key) => {
    const g = groups[key];
    const s = 'sd' in g && 'mean' in g && 'n' in g ? g : summarizeSample(g, key);
    checkSummary(s, key);
    return s;
  });
  return testCombination(summaries, [1, -1, -1, 1], confidence);
}
