/**
 * The evaluation's window and its cell layout: weeks -weeksBefore..weeksAfter-1 relative to the start (or to
 * the placebo start), two groups; cell index = group offset + week + weeksBefore.
 */
import { AnalyticsInputError } from '../analytics/errors.ts';
import { normalCritical } from '../analytics/proportions.ts';
import type { TEvaluationGroup, TEvaluationMetricKind, TInitiativeEvaluatorOptions } from './types.ts';

/** Largest weeksBefore + weeksAfter: memory grows with its square (3 x (2 x weeks)² numbers). */
export const MAX_EVALUATION_WEEKS = 156;

/** Options checked and resolved: the effective window (shifted for a placebo). */
export type TWindow = {
  kind: TEvaluationMetricKind;
  higherIsBetter: boolean;
  confidence: number;
  /** Effective weeks before and after the (placebo) start. */
  weeksBefore: number;
  weeksAfter: number;
  placeboStartWeek: number | null;
  /** Weeks of the window: weeksBefore + weeksAfter. */
  weeks: number;
};

const KINDS: readonly TEvaluationMetricKind[] = ['mean', 'rate', 'nps'];

function checkInteger(value: number, min: number, path: string): void {
  if (!(Number.isInteger(value) && value >= min && value <= MAX_EVALUATION_WEEKS)) {
    throw new AnalyticsInputError(
      'bad_option',
      path,
      `must be an integer in ${min}..${MAX_EVALUATION_WEEKS}`,
    );
  }
}

/** Checks the options and resolves the window; throws AnalyticsInputError naming the option. */
export function resolveWindow(options: TInitiativeEvaluatorOptions): TWindow {
  if (!KINDS.includes(options.kind)) {
    throw new AnalyticsInputError('bad_option', 'options.kind', 'must be mean, rate or nps');
  }
  if (typeof options.higherIsBetter !== 'boolean') {
    throw new AnalyticsInputError('bad_option', 'options.higherIsBetter', 'must be true or false');
  }
  const confidence = options.confidence ?? 0.95;
  normalCritical(confidence);
  checkInteger(options.weeksBefore, 2, 'options.weeksBefore');
  checkInteger(options.weeksAfter, 1, 'options.weeksAfter');
  if (options.weeksBefore + options.weeksAfter > MAX_EVALUATION_WEEKS) {
    throw new AnalyticsInputError(
      'bad_option',
      'options.weeksAfter',
      `weeks in all at most ${MAX_EVALUATION_WEEKS}`,
    );
  }
  const placebo = options.placeboStartWeek;
  if (placebo === undefined) {
    const weeks = options.weeksBefore + options.weeksAfter;
    return { ...options, confidence, placeboStartWeek: null, weeks };
  }
  if (!(Number.isInteger(placebo) && placebo <= -1 && options.weeksBefore + placebo >= 2)) {
    throw new AnalyticsInputError(
      'bad_option',
      'options.placeboStartWeek',
      'must be an integer <= -1 leaving at least 2 weeks before it',
    );
  }
  const weeksBefore = options.weeksBefore + placebo;
  const weeksAfter = -placebo;
  return {
    kind: options.kind,
    higherIsBetter: options.higherIsBetter,
    confidence,
    weeksBefore,
    weeksAfter,
    placeboStartWeek: placebo,
    weeks: weeksBefore + weeksAfter,
  };
}

/** The cell of a group and an effective week (inside the window). */
export function cellOf(window: TWindow, group: TEvaluationGroup, week: number): number {
  return (group === 'treated' ? 0 : window.weeks) + week + window.weeksBefore;
}

/** Cells of a group for effective weeks from..to (inclusive). */
export function cellsOf(window: TWindow, group: TEvaluationGroup, from: number, to: number): number[] {
  const cells: number[] = [];
  for (let w = from; w <= to; w++) cells.push(cellOf(window, group, w));
  return cells;
}
