import { AnalyticsInputError } from '../analytics/errors.ts';
import { normalCritical } from '../analytics/proportions.ts';
import type { TEstimateInterval } from './types.ts';

/**
 * Area under the ROC curve (the Mann–Whitney probability that a churner scores above a stayer, ties
 * counting 1/2; Hanley & McNeil 1982, Radiology 143:29) with DeLong, DeLong & Clarke-Pearson's (1988,
 * Biometrics 44:837) nonparametric standard error, computed from midranks as Sun & Xu (2014, IEEE Signal
 * Processing Letters 21:1389) do in O(n log n). The interval is AUC ± z·SE clipped to [0, 1], as R's pROC.
 */
export function aucWithInterval(
  scores: ArrayLike<number>,
  outcomes: ArrayLike<number>,
  confidenceLevel = 0.95,
): TEstimateInterval & { standardError: number } {
  const z = normalCritical(confidenceLevel, 'confidenceLevel');
  const n = scores.length;
  const positives: number[] = [];
  const negatives: number[] = [];
  for (let i = 0; i < n; i++) (outcomes[i] === 1 ? positives : negatives).push(scores[i] as number);
  const m = positives.length;
  const k = negatives.length;
  if (m === 0 || k === 0) {
    throw new AnalyticsInputError('too_few_events', 'outcomes', 'needs at least one churner and one stayer');
  }
  const all = midranks([...positives, ...negatives]);
  const withinPositive = midranks(positives);
  const withinNegative = midranks(negatives);
  // Placement values: V10 = share of stayers a churner outranks, V01 = share of churners above a stayer.
  const v10 = positives.map((_, i) => ((all[i] as number) - (withinPositive[i] as number)) / k);
  const v01 = negatives.map((_, j) => 1 - ((all[m + j] as number) - (withinNegative[j] as number)) / m);
  const auc = mean(v10);
  const variance = (m > 1 ? sampleVariance(v10) / m : 0) + (k > 1 ? sampleVariance(v01) / k : 0);
  const standardError = Math.sqrt(variance);
  return {
    estimate: auc,
    standardError,
    lower: Math.max(0, auc - z * standardError),
    upper: Math.min(1, auc + z * standardError),
  };
}

/** 1-based midranks (ties share the mean of their ranks). */
function midranks(values: readonly number[]): Float64Array {
  const order = values.map((_, i) => i).sort((a, b) => (values[a] as number) - (values[b] as number));
  const ranks = new Float64Array(values.length);
  for (let i = 0; i < order.length;) {
    let j = i;
    while (j < order.length && values[order[j] as number] === values[order[i] as number]) j++;
    const rank = (i + 1 + j) / 2;
    for (let t = i; t < j; t++) ranks[order[t] as number] = rank;
    i = j;
  }
  return ranks;
}

function mean(values: readonly number[]): number {
  return values.reduce((s, v) => s + v, 0) / values.length;
}

function sampleVariance(values: readonly number[]): number {
  const mu = mean(values);
  return values.reduce((s, v) => s + (v - mu) ** 2, 0) / (values.length - 1);
}
