/**
 * Survey scores with their uncertainty.
 * - NPS (Reichheld 2003, HBR 81(12):46): share of promoters (9-10) minus share of detractors (0-6) on the
 *   0-10 scale, here as a fraction in -1..+1 (x100 for the usual display). Its variance per answer is that of
 *   a +1/0/-1 score: P + D - (P - D)², SE = sqrt(Var / n); Wald interval and two-sample z test
 *   z = ΔNPS / sqrt(V1/n1 + V2/n2). Rocks 2016 (The American Statistician 70:365) studies better intervals
 *   for small samples.
 * - CSAT: share of top-box answers (top 2 of a 1-5 scale by default) with a Wilson interval (proportions.ts).
 * - CES (Dixon, Freeman & Toman 2010, HBR 88(7):116): mean effort score with a t interval (means.ts).
 */
import { DEFAULT_RATING_SCALE } from '../domain/journey.ts';
import type { TRatingScale } from '../domain/journey.ts';
import { AnalyticsInputError } from './errors.ts';
import { normalSf } from './distributions.ts';
import { meanInterval } from './means.ts';
import type { TMeanTest } from './means.ts';
import { normalCritical, wilsonInterval } from './proportions.ts';
import type { TProportionOptions } from './proportions.ts';

/** Counts of NPS answers by group. */
export type TNpsCounts = { promoters: number; passives: number; detractors: number };

/** NPS as a fraction in -1..+1 with its variance per answer, standard error and Wald interval. */
export type TNpsScore = TNpsCounts & {
  n: number;
  nps: number;
  variance: number;
  se: number;
  lower: number;
  upper: number;
};

/** NPS from counts; `confidence` defaults to 0.95. */
export function npsFromCounts(counts: TNpsCounts, confidence = 0.95): TNpsScore {
  for (const key of ['promoters', 'passives', 'detractors'] as const) {
    if (!(Number.isInteger(counts[key]) && counts[key] >= 0)) {
      throw new AnalyticsInputError('bad_option', `counts.${key}`, 'must be an integer >= 0');
    }
  }
  const n = counts.promoters + counts.passives + counts.detractors;
  if (n === 0) throw new AnalyticsInputError('too_few_rows', 'counts', 'needs an answer');
  const z = normalCritical(confidence);
  const p = counts.promoters / n;
  const d = counts.detractors / n;
  const nps = p - d;
  const variance = p + d - nps * nps;
  const se = Math.sqrt(variance / n);
  return { ...counts, n, nps, variance, se, lower: nps - z * se, upper: nps + z * se };
}

/** The NPS group of a 0-10 answer: promoters 9-10, passives 7-8, detractors 0-6. */
export function npsGroupOf(answer: number): keyof TNpsCounts {
  return answer >= 9 ? 'promoters' : answer > 6 ? 'passives' : 'detractors';
}

/** NPS of 0-10 answers (promoters 9-10, passives 7-8, detractors 0-6). */
export function scoreNps(answers: ArrayLike<number>, confidence = 0.95): TNpsScore {
  checkOnScale(answers, { min: 0, max: 10 });
  const counts = { promoters: 0, passives: 0, detractors: 0 };
  for (let i = 0; i < answers.length; i++) counts[npsGroupOf(answers[i] as number)]++;
  return npsFromCounts(counts, confidence);
}

/** Difference a - b of two independent NPS with its z test (two-sided) and Wald interval. */
export function compareNps(
  a: TNpsScore,
  b: TNpsScore,
  confidence = 0.95,
): { difference: number; se: number; z: number; p: number; lower: number; upper: number } {
  const critical = normalCritical(confidence);
  const difference = a.nps - b.nps;
  const se = Math.sqrt(a.variance / a.n + b.variance / b.n);
  const z = se > 0 ? difference / se : 0;
  const p = se > 0 ? 2 * normalSf(Math.abs(z)) : difference === 0 ? 1 : 0;
  return { difference, se, z, p, lower: difference - critical * se, upper: difference + critical * se };
}

function checkOnScale(answers: ArrayLike<number>, scale: TRatingScale): void {
  for (let i = 0; i < answers.length; i++) {
    const a = answers[i] as number;
    if (!(a >= scale.min && a <= scale.max)) {
      const code = Number.isNaN(a) ? 'not_finite' : 'bad_answer';
      throw new AnalyticsInputError(code, `answers[${i}]`, `not ${scale.min}..${scale.max}`);
    }
  }
}

/** The lowest answer in the top `topBoxes` points of `scale` (of a 1-5 scale and two boxes, 4). */
export const topBoxCut = (scale: TRatingScale, topBoxes: number): number => scale.max - topBoxes + 1;

/** CSAT: share of answers in the top `topBoxes` points of the scale, with its Wilson interval. */
export function scoreCsat(
  answers: ArrayLike<number>,
  options: TProportionOptions & { scale?: TRatingScale; topBoxes?: number } = {},
): { n: number; satisfied: number; share: number; lower: number; upper: number } {
  const scale = options.scale ?? DEFAULT_RATING_SCALE;
  const topBoxes = options.topBoxes ?? 2;
  if (!(Number.isInteger(topBoxes) && topBoxes >= 1 && topBoxes <= scale.max - scale.min)) {
    throw new AnalyticsInputError('bad_option', 'options.topBoxes', 'must be 1..(max - min)');
  }
  if (answers.length === 0) throw new AnalyticsInputError('too_few_rows', 'answers', 'needs an answer');
  checkOnScale(answers, scale);
  const cut = topBoxCut(scale, topBoxes);
  let satisfied = 0;
  for (let i = 0; i < answers.length; i++) if ((answers[i] as number) >= cut) satisfied++;
  const w = wilsonInterval(satisfied, answers.length, options);
  return { n: answers.length, satisfied, share: w.estimate, lower: w.lower, upper: w.upper };
}

/** Default CES scale: 1..7 agreement that the company made it easy (CES 2.0, CEB 2013). */
export const DEFAULT_CES_SCALE: TRatingScale = { min: 1, max: 7 };

/** CES: mean effort answer with its t interval (`estimate` is the mean; `t`/`p` test a zero mean). */
export function scoreCes(
  answers: ArrayLike<number>,
  options: { scale?: TRatingScale; confidence?: number } = {},
): TMeanTest & { n: number } {
  checkOnScale(answers, options.scale ?? DEFAULT_CES_SCALE);
  return { n: answers.length, ...meanInterval(answers, options.confidence, 'answers') };
}
