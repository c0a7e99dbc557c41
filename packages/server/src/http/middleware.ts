import type { TAccessVariables } from '../access/context.ts';
import type { MiddlewareHandler } from 'hono';
import { errorResponse } from './onerror.ts';
import { findInvalidUtf8 } from './utf8.ts';

/** Variables the middleware puts on the context: the caller and, once authorised, their workspace. */
export type TAppEnv = { Variables: TAccessVariables };

/** The workspace the CLI's import works in when it names none. */
export const DEFAULT_WORKSPACE = { key: 'default', name: 'Default' };

const JSON_TYPE = /^application\/([\w.-]+\+)?json\s*(;|$)/i;
const CHARSET = /;\s*charset\s*=\s*"?([^";\s]*)"?/i;
/** The one exception to JSON bodies: a CSV or XLSX file posted to the import routes (their readers check it). */
const CSV_IMPORT_PATHS = new Set(['/api/imports', '/api/imports/preview', '/api/reviews/import']);
const CSV_TYPE =
  /^(text\/csv|application\/vnd\.openxmlformats-officedocument\.spreadsheetml\.sheet)\s*(;|$)/i;

/**
 * Requests that carry a body must say it is JSON (else 415 rather than a confusing 400), in UTF-8 and
 * uncompressed: a body in another charset (415) or with bytes that are not UTF-8 (400) would be decoded with
 * U+FFFD in place of the bad bytes, and two different customers or event ids could then silently become one;
 * a compressed one (415) would be read as it is.
 */
export const requireJsonBody: MiddlewareHandler = async (c, next) => {
  const method = c.req.method;
  if (method === 'POST' || method === 'PUT' || method === 'PATCH') {
    const type = c.req.header('content-type') ?? '';
    const where = ['headers', 'content-type'];
    const isCsvImport = method === 'POST' && CSV_IMPORT_PATHS.has(c.req.path) && CSV_TYPE.test(type);
    if (!JSON_TYPE.test(type) && !isCsvImport) {
      const message = `expected Content-Type application/json, got "${type}"`;
      return errorResponse(c, 'unsupported_media_type', message, where);
    }
    const charset = CHARSET.exec(type)?.[1]?.toLowerCase();
    if (charset !== undefined && charset !== 'utf-8' && charset !== 'utf8') {
      const message = `the body must be UTF-8; Content-Type declares charset "${charset}"`;
      return errorResponse(c, 'unsupported_charset', message, where);
    }
    // A compressed body would be read as if it were not, and fail as "not UTF-8": say what is wrong.
    const encoding = (c.req.header('content-encoding') ?? 'identity').trim().toLowerCase();
    if (encoding !== 'identity') {
      const message = `Content-Encoding "${encoding}" is not supported; send the body uncompressed`;
      return errorResponse(c, 'unsupported_media_type', message, ['headers', 'content-encoding']);
    }
    // Read once (Hono keeps it for the validators); the raw request gets the bytes back for handlers that
    // read it themselves.
    const bytes = new Uint8Array(await c.req.arrayBuffer());
    c.req.raw = new Request(c.req.raw, { body: bytes });
    // A CSV import is decoded row by row by the import's reader, which names the line of invalid UTF-8.
    const bad = isCsvImport ? -1 : findInvalidUtf8(bytes);
    if (bad >= 0) {
      const message = `the request body is not valid UTF-8 (byte ${bad}); send it encoded as UTF-8`;
      return errorResponse(c, 'invalid_encoding', message);
    }
  }
  await next();
};
