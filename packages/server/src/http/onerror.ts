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
  const refused = databaseRefusal(error);
  if (refused) return c.json(errorBody(refused.code, refused.message), STATUS_BY_CODE[refused.code]);
  const id = randomUUID();
  console.error(`[${id}] ${c.req.method} ${c.req.path}:`, error);
  return c.json(errorBody('internal', `internal error ${id}; the server log has the details`), 500);
}

/**
 * A safety net for values the validation let through but PostgreSQL refuses: data exceptions (SQLSTATE
 * class 22) are the client's input, and a unique violation (23505) is a conflict, e.g. two requests
 * creating the same key at once. Neither is a server fault.
 */
function databaseRefusal(error: Error): { code: TErrorCode; message: string } | undefined {
  const sqlState =
    (error as { code?: unknown }).code ?? (error.cause as { code?: unknown } | undefined)?.code;
  if (typeof sqlState !== 'string') return undefined;
  const detail = error.cause instanceof Error ? error.cause.message : error.message;
  if (sqlState.startsWith('22'))
    return { code: 'invalid_input', message: `the database refused a value: ${detail}` };
  if (sqlState === '23505') return { code: 'already_exists', message: `already exists: ${detail}` };
  return undefined;
}
