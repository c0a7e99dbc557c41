/** Driver input from a correlation matrix: what every correlation-based driver method needs. */
import { AnalyticsInputError } from '../errors.ts';
import { correlateRows, type Cell, type MissingPolicy } from '../correlation.ts';

/** Predictor intercorrelations `rxx` (p x p) and predictor-outcome correlations `rxy` (p). */
export interface DriverInput {
  readonly rxx: readonly (readonly number[])[];
  readonly rxy: readonly number[];
}

/**
 * Picks the outcome and predictors out of a full correlation matrix (e.g. `CorrelationResult.correlation`).
 * `predictors` defaults to every other column, in order.
 */
export function selectDriverInput(
  correlation: readonly (readonly number[])[],
  outcome: number,
  predictors?: readonly number[],
): DriverInput {
  const size = correlation.length;
  const chosen = predictors ?? Array.from({ length: size }, (_, i) => i).filter((i) => i !== outcome);
  for (const [at, index] of [outcome, ...chosen].entries()) {
    if (!Number.isInteger(index) || index < 0 || index >= size) {
      throw new AnalyticsInputError('bad_option', at === 0 ? 'outcome' : `predictors[${at - 1}]`);
    }
  }
  const cell = (i: number, j: number): number => correlation[i]?.[j] ?? NaN;
  const input = {
    rxx: chosen.map((i) => chosen.map((j) => cell(i, j))),
    rxy: chosen.map((i) => cell(i, outcome)),
  };
  checkDriverInput(input);
  return input;
}

/** Throws `AnalyticsInputError` unless `rxx` is square, matches `rxy` and every cell is finite. */
export function checkDriverInput(input: DriverInput): number {
  const p = input.rxy.length;
  if (p < 1) throw new AnalyticsInputError('too_few_predictors', 'rxy');
  if (input.rxx.length !== p) throw new AnalyticsInputError('not_square', 'rxx');
  input.rxx.forEach((row, i) => {
    if (row.length !== p) throw new AnalyticsInputError('not_square', `rxx[${i}]`);
    row.forEach((v, j) => {
      if (!Number.isFinite(v)) throw new AnalyticsInputError('not_finite', `rxx[${i}][${j}]`);
    });
  });
  input.rxy.forEach((v, i) => {
    if (!Number.isFinite(v)) throw new AnalyticsInputError('not_finite', `rxy[${i}]`);
  });
  return p;
}

/** Correlates `rows` in one streaming pass and selects the driver input (column indices into each row). */
export function driverInputFromRows(
  rows: Iterable<ArrayLike<Cell>>,
  width: number,
  outcome: number,
  predictors?: readonly number[],
  missing: MissingPolicy = 'pairwise',
): DriverInput {
  return selectDriverInput(correlateRows(rows, width, missing).correlation, outcome, predictors);
}
