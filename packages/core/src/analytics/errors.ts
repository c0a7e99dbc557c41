/**
 * Stable codes for bad input to the analytics (core returns codes, never sentences): one error type for
 * every method, so callers map codes to messages in one place.
 */
export type AnalyticsErrorCode =
  | 'width_mismatch'
  | 'not_square'
  | 'too_few_predictors'
  | 'too_many_predictors'
  | 'too_few_rows'
  /** Too few outcome events (churners, deaths) to fit a model on. */
  | 'too_few_events'
  | 'not_binary'
  | 'not_finite'
  | 'bad_option'
  /** A number outside its allowed range: an experience outside -1..+1, k > n, a p-value outside 0..1. */
  | 'out_of_range'
  /** A survey answer outside the declared coding or scale. */
  | 'bad_answer'
  | 'singular';

/** Thrown on bad input; `path` says where (argument, row or cell), e.g. `rows[12][3]`. */
export class AnalyticsInputError extends Error {
  readonly code: AnalyticsErrorCode;
  readonly path: string;

  constructor(code: AnalyticsErrorCode, path: string, detail = '') {
    super(`${code} at ${path}${detail === '' ? '' : `: ${detail}`}`);
    this.name = 'AnalyticsInputError';
    this.code = code;
    this.path = path;
  }
}
