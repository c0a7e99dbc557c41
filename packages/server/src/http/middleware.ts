import type { TAccessVariables } from '../access/context.ts';
import type { MiddlewareHandler } from 'hono';
import { Readable } from 'node:stream';
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
 * uncompressed, and be at most `maxBytes` long (else 413): a body in another charset (415) or with bytes that
 * are not UTF-8 (400) would be decoded with U+FFFD in place of the bad bytes, and two different customers or
 * event ids could then silently become one; a compressed one (415) would be read as it is.
 *
 * The body is read once, here, and kept for the validators and handlers (`c.req.json()`, `c.req.text()`,
 * `c.req.arrayBuffer()`); handlers read it through `c.req`, never `c.req.raw`. On Node the bytes come straight
 * from the request's own stream: reading them through `c.req.raw`, a web Request built for the purpose, with
 * its web stream, took more of the server's CPU than a public survey request's queries (about 0.3 ms a
 * request, measured by bench/feedback/answers.ts).
 */
export function requireJsonBody(maxBytes: number): MiddlewareHandler {
  return async (c, next) => {
    const method = c.req.method;
    if (method !== 'POST' && method !== 'PUT' && method !== 'PATCH') return next();
    const tooLarge = () => errorResponse(c, 'body_too_large', `the request body is over ${maxBytes} bytes`);
    const declared = Number(c.req.header('content-length'));
    if (declared > maxBytes) return tooLarge();
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
    // On Node, the request's own stream; a request made in-process has only its web stream.
    const incoming = (c.env as { incoming?: unknown } | undefined)?.incoming;
    const stream = incoming instanceof Readable ? incoming : c.req.raw.body;
    const bytes = await readAtMost(
      (stream ?? []) as AsyncIterable<Uint8Array> | Iterable<Uint8Array>,
      maxBytes,
    );
    if (bytes === undefined) return tooLarge();
    // A CSV import is decoded row by row by the import's reader, which names the line of invalid UTF-8.
    const bad = isCsvImport ? -1 : findInvalidUtf8(bytes);
    if (bad >= 0) {
      const message = `the request body is not valid UTF-8 (byte ${bad}); send it encoded as UTF-8`;
      return errorResponse(c, 'invalid_encoding', message);
    }
    // Kept as Hono keeps a body it read itself: a promise per form, which c.req's readers return.
    const kept = c.req.bodyCache as Record<string, Promise<unknown>>;
    kept['arrayBuffer'] = Promise.resolve(
      bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength),
    );
    if (!isCsvImport) kept['text'] = Promise.resolve(UTF8.decode(bytes));
    await next();
  };
}

const UTF8 = new TextDecoder();

/** The bytes of a stream (Node's or a web one), or undefined once they pass `max` (the rest left unread). */
async function readAtMost(
  stream: AsyncIterable<Uint8Array> | Iterable<Uint8Array>,
  max: number,
): Promise<Uint8Array | undefined> {
  const chunks: Uint8Array[] = [];
  let length = 0;
  for await (const chunk of stream) {
    length += chunk.length;
    if (length > max) return undefined;
    chunks.push(chunk);
  }
  return chunks.length === 1 && chunks[0] ? chunks[0] : Buffer.concat(chunks, length);
}
