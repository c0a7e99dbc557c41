import { randomUUID } from 'node:crypto';
import type { Context } from 'hono';
import { HTTPException } from 'hono/http-exception';
import { STATUS_BY_CODE, isMotError } from '../errors.ts';
import type { TErrorBody, TErrorCode, TPath } from '../errors.ts';

/** Builds the JSON body every error response has. */
export function errorBody(code: string, message: string, path: TPath = []): TErrorBody {
  return { error: { code, message, path } };
}

/** Answers an error with our shape and status. */
export function errorResponse(c: Context, code: TErrorCode, message: string, path: TPath = []): Response {
  return c.json(errorBody(code, message, path), STATUS_BY_CODE[code]);
}

/**
 * The one error handler. Our errors answer with their code's status; Hono's own client errors (malformed
 * JSON) keep theirs; anything else is a server fault: 500 with a request id, logged with the stack, and
 * nothing of the error itself in the answer (a database's message can name tables, columns and values).
 * Only a unique violation (two requests creating the same key at once) is a client's 409, again without
 * the database's words.
 */
export function onError(error: Error, c: Context): Response {
  if (isMotError(error)) {
    // A 429 says when to come back (RFC 9110, 10.2.3), for clients that read headers, not bodies.
    const retryAfter = error.details?.['retryAfter'];
    if (typeof retryAfter === 'number') c.header('Retry-After', String(Math.max(1, Math.ceil(retryAfter))));
    return c.json({ ...errorBody(error.code, error.message, error.path), ...error.details }, error.status);
  }
  if (error instanceof HTTPException && error.status < 500) {
    const isJson = error.message.includes('Malformed JSON');
    const code = isJson ? 'malformed_json' : 'invalid_input';
    const message = isJson ? 'the request body is not valid JSON' : error.message;
    return c.json(errorBody(code, message), error.status);
  }
  const id = randomUUID();
  console.error(`[${id}] ${c.req.method} ${c.req.path}:`, error);
  c.header('X-Request-Id', id);
  if (sqlStateOf(error) === '23505') {
    const message = `it already exists: another request created it at the same time (request ${id})`;
    return c.json(errorBody('already_exists', message), STATUS_BY_CODE.already_exists);
  }
  return c.json(
    {
      ...errorBody('internal', `internal error; request id ${id} (the server log has the details)`),
      requestId: id,
    },
    500,
  );
}

/** The SQLSTATE of a database error (node-postgres puts it on the error, Drizzle on its cause). */
function sqlStateOf(error: Error): string | undefined {
  const code = (error as { code?: unknown }).code ?? (error.cause as { code?: unknown } | undefined)?.code;
  return typeof code === 'string' ? code : undefined;
}
