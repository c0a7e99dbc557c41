/** What went wrong with a request, as the pages show it. */

/** An error answer of the API (`{ error: { code, message, path } }`), with its HTTP status. */
export class ApiError extends Error {
  readonly status: number;
  readonly code: string;
  readonly path: (string | number)[];
  /** Every problem of an invalid document, each at the path of its field (whole-document validation). */
  readonly issues: TIssue[];

  constructor(
    status: number,
    code: string,
    message: string,
    path: (string | number)[] = [],
    issues: TIssue[] = [],
  ) {
    super(message);
    this.name = 'ApiError';
    this.status = status;
    this.code = code;
    this.path = path;
    this.issues = issues;
  }
}

/** A problem with one field of a request. */
export type TIssue = { path: (string | number)[]; message: string };

/** The server could not be reached at all (down, restarting, or the network is gone). */
export class ServerUnreachableError extends Error {
  constructor(cause: unknown) {
    super('the server could not be reached', { cause });
    this.name = 'ServerUnreachableError';
  }
}

/** Reads an error body of any shape into an ApiError. */
export function toApiError(status: number, body: unknown): ApiError {
  const envelope = body as {
    error?: { code?: unknown; message?: unknown; path?: unknown };
    issues?: unknown;
  } | null;
  const error = envelope?.error;
  if (error && typeof error.code === 'string') {
    const path = Array.isArray(error.path) ? (error.path as (string | number)[]) : [];
    const issues = Array.isArray(envelope.issues) ? (envelope.issues as TIssue[]) : [];
    return new ApiError(status, error.code, String(error.message ?? ''), path, issues);
  }
  // better-auth answers `{ code, message }` without the envelope.
  const flat = body as { code?: unknown; message?: unknown } | null;
  if (flat && typeof flat.code === 'string')
    return new ApiError(status, flat.code, String(flat.message ?? ''));
  return new ApiError(status, `http_${status}`, `the server answered ${status}`);
}

/** Whether an error means the visitor must sign in. */
export const isUnauthenticated = (error: unknown): boolean =>
  error instanceof ApiError && error.status === 401;
