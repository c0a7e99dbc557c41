/**
 * The one error type of the server: a stable code, a message saying what was wrong, and the path of the
 * field at fault. Codes map to HTTP statuses in ONE table; anything else is a server fault (500).
 */

/** A path to the field at fault, as zod reports it. */
export type TPath = (string | number)[];

/** A zod issue's path as ours: array indexes stay numbers, every other key becomes a string. */
export const toPath = (path: readonly PropertyKey[]): TPath =>
  path.map((p) => (typeof p === 'number' ? p : String(p)));

/** HTTP status of every error code a client can cause. */
export const STATUS_BY_CODE = {
  invalid_input: 400,
  malformed_json: 400,
  invalid_encoding: 400,
  batch_too_large: 400,
  invalid_journey: 422,
  batch_rejected: 422,
  not_enough_data: 422,
  workspace_required: 400,
  unauthenticated: 401,
  forbidden: 403,
  workspace_not_found: 404,
  not_found: 404,
  already_exists: 409,
  in_use: 409,
  ambiguous: 409,
  invalid_transition: 409,
  already_answered: 409,
  link_expired: 410,
  body_too_large: 413,
  unsupported_media_type: 415,
  unsupported_charset: 415,
  rate_limited: 429,
} as const;

/** A stable error code. */
export type TErrorCode = keyof typeof STATUS_BY_CODE;

/** An error a client caused; `details` rides along in the response body (e.g. an ingestion report). */
export class MotError extends Error {
  readonly code: TErrorCode;
  readonly path: TPath;
  readonly details: Record<string, unknown> | undefined;

  constructor(code: TErrorCode, message: string, path: TPath = [], details?: Record<string, unknown>) {
    super(message);
    this.name = 'MotError';
    this.code = code;
    this.path = path;
    this.details = details;
  }

  /** The HTTP status of this error. */
  get status(): (typeof STATUS_BY_CODE)[TErrorCode] {
    return STATUS_BY_CODE[this.code];
  }
}

/** The JSON body of every error response. */
export type TErrorBody = { error: { code: string; message: string; path: TPath } };

/** Something that does not exist in this workspace. */
export function notFound(what: string, path: TPath = []): MotError {
  return new MotError('not_found', `${what} not found`, path);
}

/** Input that does not match its schema. */
export function invalidInput(message: string, path: TPath = []): MotError {
  return new MotError('invalid_input', message, path);
}

/** Something that already exists under that key. */
export function alreadyExists(what: string, path: TPath = []): MotError {
  return new MotError('already_exists', `${what} already exists`, path);
}

/** A change refused because other data depends on the thing. */
export function inUse(message: string, path: TPath = []): MotError {
  return new MotError('in_use', message, path);
}

/** Whether a value is one of our errors. */
export function isMotError(error: unknown): error is MotError {
  return error instanceof MotError;
}
