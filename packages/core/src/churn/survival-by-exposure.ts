import { fitKaplanMeier } from '../analytics/survival/kaplan-meier.ts';
import { logRankTest } from '../analytics/survival/log-rank.ts';
import { AnalyticsInputError } from '../analytics/errors.ts';
import type { TChurnSubject, TSurvivalComparison, TSurvivalCurve, TSurvivalOptions } from './types.ts';

/**
 * Kaplan–Meier curves of time to churn per group (Kaplan & Meier 1958, JASA 53:457; Greenwood variance,
 * log-log pointwise intervals: core's `fitKaplanMeier`) and the log-rank test of equal survival across the
 * groups (Mantel 1966, Cancer Chemother. Rep. 50:163; Peto & Peto 1972: core's `logRankTest`).
 * `groupOf` returning null leaves a subject out. Curves are sorted by group label; the test is null when
 * fewer than two groups have subjects.
 */
export function survivalByGroup(
  subjects: readonly TChurnSubject[],
  groupOf: (subject: TChurnSubject) => string | null,
  options: TSurvivalOptions = {},
): TSurvivalComparison {
  const confidenceLevel = options.confidenceLevel ?? 0.95;
  const byGroup = new Map<string, { times: number[]; events: boolean[] }>();
  const times: number[] = [];
  const events: boolean[] = [];
  const labels: string[] = [];
  subjects.forEach((subject, i) => {
    if (!Number.isFinite(subject.durationDays) || subject.durationDays < 0) {
      throw new AnalyticsInputError('not_finite', `subjects[${i}].durationDays`, 'must be finite and >= 0');
    }
    const group = groupOf(subject);
    if (group === null) return;
    let entry = byGroup.get(group);
    if (entry === undefined) {
      entry = { times: [], events: [] };
      byGroup.set(group, entry);
    }
    entry.times.push(subject.durationDays);
    entry.events.push(subject.churned);
    times.push(subject.durationDays);
    events.push(subject.churned);
    labels.push(group);
  });
  const groups = [...byGroup.keys()].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  const curves: TSurvivalCurve[] = groups.map((group) => {
    const entry = byGroup.get(group) ?? { times: [], events: [] };
    const fit = fitKaplanMeier(entry.times, entry.events, { confidenceLevel });
    return { group, n: fit.n, events: fit.events, steps: [...fit.steps], median: fit.median };
  });
  const hasEvent = events.includes(true);
  if (groups.length < 2 || !hasEvent) return { confidenceLevel, curves, logRank: null };
  const test = logRankTest(times, labels, events);
  // logRankTest sorts its labels the same way, so its arrays follow `curves`.
  return {
    confidenceLevel,
    curves,
    logRank: {
      chiSquare: test.chiSquare,
      df: test.df,
      p: test.p,
      observed: [...test.observed],
      expected: [...test.expected],
    },
  };
}

/**
 * Survival of customers exposed (e.g. who hit a tolerance floor at a touchpoint) against those who were not:
 * `survivalByGroup` with the groups 'exposed' and 'unexposed' (curves[0] unexposed, curves[1] exposed when
 * both have subjects).
 */
export function survivalByExposure(
  subjects: readonly TChurnSubject[],
  isExposed: (subject: TChurnSubject) => boolean,
  options: TSurvivalOptions = {},
): TSurvivalComparison {
  const result = survivalByGroup(subjects, (s) => (isExposed(s) ? 'exposed' : 'unexposed'), options);
  // 'exposed' sorts before 'unexposed'; the unexposed (reference) curve is listed first.
  return { ...result, curves: [...result.curves].reverse(), logRank: reverseLogRank(result.logRank) };
}

function reverseLogRank(test: TSurvivalComparison['logRank']): TSurvivalComparison['logRank'] {
  if (test === null) return null;
  return { ...test, observed: [...test.observed].reverse(), expected: [...test.expected].reverse() };
}
