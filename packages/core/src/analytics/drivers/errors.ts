/** Stable codes for bad input to the analytics drivers (core returns codes, never sentences). */
export type AnalyticsErrorCode =
  | 'width_mismatch'
  | 'not_square'
  | 'too_few_predictors'
  | 'too_many_predictors'
  | 'too_few_rows'
  | 'not_binary'
  | 'not_finite'
  | 'bad_option'
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
