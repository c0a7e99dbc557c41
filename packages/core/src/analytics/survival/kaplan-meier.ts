import { AnalyticsInputError } from '../errors.ts';
import { normalCritical } from '../proportions.ts';
import { orderByTime, readSurvivalData, type EventFlag } from './input.ts';

/** One step of the Kaplan–Meier curve, at a distinct observed time. */
export interface KaplanMeierStep {
  readonly time: number;
  /** Subjects still at risk just before `time`. */
  readonly atRisk: number;
  readonly events: number;
  readonly censored: number;
  /** S(t) just after `time`. */
  readonly survival: number;
  /** Greenwood standard error of S(t) (on the survival scale). */
  readonly standardError: number;
  /** Log-log interval; null where it is undefined (S = 1 or S = 0), as R's survfit gives NA. */
  readonly lower: number | null;
  readonly upper: number | null;
}

/** Median survival time with its interval; null where the curve (or bound) never reaches 0.5. */
export interface MedianSurvival {
  readonly estimate: number | null;
  readonly lower: number | null;
  readonly upper: number | null;
}

/** A fitted Kaplan–Meier curve. */
export interface KaplanMeierFit {
  readonly n: number;
  readonly events: number;
  readonly confidenceLevel: number;
  readonly steps: readonly KaplanMeierStep[];
  readonly median: MedianSurvival;
}

/**
 * Kaplan–Meier product-limit estimate (Kaplan & Meier 1958, JASA 53:457) with Greenwood's (1926)
 * variance and the log-log interval of Kalbfleisch & Prentice (1980, §1.3): with
 * v = Σ d/(n(n−d)), se(log(−log S)) = √v / |log S| and the bounds are S^exp(±z·se), which stay in
 * [0, 1]. Matches R survival::survfit(conf.type = "log-log"). Steps are listed at every distinct time,
 * censored-only times included (as survfit does).
 */
export function fitKaplanMeier(
  times: readonly number[],
  events?: readonly EventFlag[],
  options: { readonly confidenceLevel?: number } = {},
): KaplanMeierFit {
  const level = options.confidenceLevel ?? 0.95;
  const z = normalCritical(level, 'confidenceLevel');
  const data = readSurvivalData(times, events);
  const order = orderByTime(data.times);
  const steps: KaplanMeierStep[] = [];
  let atRisk = order.length;
  let survival = 1;
  let greenwood = 0;
  let totalEvents = 0;
  for (let k = 0; k < order.length;) {
    const time = data.times[order[k] ?? 0] ?? 0;
    let d = 0;
    let c = 0;
    for (; k < order.length && data.times[order[k] ?? 0] === time; k++) {
      if (data.events[order[k] ?? 0] === true) d++;
      else c++;
    }
    if (d > 0) {
      survival *= 1 - d / atRisk;
      // Greenwood's term is infinite once everyone at risk has failed; S is then 0 and so is its SE.
      greenwood += d < atRisk ? d / (atRisk * (atRisk - d)) : Infinity;
    }
    totalEvents += d;
    steps.push({ time, atRisk, events: d, censored: c, survival, ...bounds(survival, greenwood, z) });
    atRisk -= d + c;
  }
  return { n: order.length, events: totalEvents, confidenceLevel: level, steps, median: findMedian(steps) };
}

function bounds(
  s: number,
  v: number,
  z: number,
): { standardError: number; lower: number | null; upper: number | null } {
  if (s <= 0) return { standardError: 0, lower: null, upper: null };
  const standardError = s * Math.sqrt(v);
  if (s >= 1) return { standardError, lower: null, upper: null };
  const factor = Math.exp((z * Math.sqrt(v)) / Math.abs(Math.log(s)));
  return { standardError, lower: s ** factor, upper: s ** (1 / factor) };
}

/**
 * Median as in R survival (print.survfit): the first time S(t) ≤ 0.5, or the midpoint to the next
 * step when S is exactly 0.5 over an interval; its bounds are where the lower and upper curves cross
 * 0.5 (Brookmeyer & Crowley 1982, Biometrics 38:29).
 */
function findMedian(steps: readonly KaplanMeierStep[]): MedianSurvival {
  return {
    estimate: crossing(steps, (s) => s.survival),
    lower: crossing(steps, (s) => s.lower ?? s.survival),
    upper: crossing(steps, (s) => s.upper ?? s.survival),
  };
}

function crossing(steps: readonly KaplanMeierStep[], curve: (s: KaplanMeierStep) => number): number | null {
  const tol = 1e-12;
  for (let i = 0; i < steps.length; i++) {
    const step = steps[i];
    if (step === undefined || curve(step) > 0.5 + tol) continue;
    if (Math.abs(curve(step) - 0.5) > tol) return step.time;
    // Flat at exactly 0.5: average with the next time the curve drops (R's convention).
    const next = steps.slice(i + 1).find((s) => curve(s) < 0.5 - tol);
    return next === undefined ? null : (step.time + next.time) / 2;
  }
  return null;
}

/** The curve read at one time: S(t) with its interval, and how many were still at risk. */
export interface SurvivalAtTime {
  readonly time: number;
  readonly survival: number;
  readonly lower: number | null;
  readonly upper: number | null;
  /** Subjects still under observation at `time` (at risk just after it). */
  readonly atRisk: number;
  /** False past the last observed time, where the curve is not estimated (R gives NA there). */
  readonly isEstimated: boolean;
}

/**
 * Reads the right-continuous step function at `time` (e.g. 90-day retention = S(90)); before the first
 * step S = 1. Binary search over the steps.
 */
export function survivalAt(fit: KaplanMeierFit, time: number): SurvivalAtTime {
  if (!Number.isFinite(time)) throw new AnalyticsInputError('not_finite', 'time');
  let lo = 0;
  let hi = fit.steps.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((fit.steps[mid]?.time ?? Infinity) <= time) lo = mid + 1;
    else hi = mid;
  }
  const step = fit.steps[lo - 1];
  const last = fit.steps[fit.steps.length - 1];
  if (step === undefined)
    return { time, survival: 1, lower: null, upper: null, atRisk: fit.n, isEstimated: true };
  return {
    time,
    survival: step.survival,
    lower: step.lower,
    upper: step.upper,
    atRisk: step.atRisk - step.events - step.censored,
    isEstimated: last === undefined || time <= last.time,
  };
}
