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
 * JSON) keep theirs; anything else is a server fault: 500 with an id that is logged with the stack.
 */
export function onError(error: Error, c: Context): Response {
  if (isMotError(error)) {
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
  return c.json(errorBody('internal', `internal error ${id}; the server log has the details`), 500);
}
