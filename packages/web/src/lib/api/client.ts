import createClient from 'openapi-fetch';
import { ServerUnreachableError, toApiError } from './errors.ts';
import type { paths } from './schema.d.ts';

/** The one API client: paths, parameters and bodies are typed from the server's OpenAPI document. */
export const api = createClient<paths>({ baseUrl: window.location.origin, credentials: 'same-origin' });

/** The header that selects the workspace of a request. */
export const inWorkspace = (workspace: string) => ({ 'X-Workspace': workspace });

/**
 * Awaits an openapi-fetch call and returns its data, or throws: an ApiError for an error answer, a
 * ServerUnreachableError when no answer came.
 */
export async function unwrap<TData>(
  call: Promise<{ data?: TData; error?: unknown; response: Response }>,
): Promise<TData> {
  let result: { data?: TData; error?: unknown; response: Response };
  try {
    result = await call;
  } catch (error) {
    throw new ServerUnreachableError(error);
  }
  if (!result.response.ok) {
    if (result.response.status >= 502 && result.response.status <= 504)
      throw new ServerUnreachableError(null);
    throw toApiError(result.response.status, result.error);
  }
  return result.data as TData;
}

/**
 * A JSON request to an endpoint that is not in the OpenAPI document (better-auth's `/api/auth/*`).
 * Everything else goes through `api`.
 */
export async function requestJson<TBody>(method: string, path: string, body?: unknown): Promise<TBody> {
  let response: Response;
  try {
    response = await fetch(path, {
      method,
      credentials: 'same-origin',
      headers: body === undefined ? {} : { 'content-type': 'application/json' },
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
    });
  } catch (error) {
    throw new ServerUnreachableError(error);
  }
  const text = await response.text();
  let parsed: unknown = null;
  try {
    parsed = text ? JSON.parse(text) : null;
  } catch {
    // Not JSON (a proxy's error page): the status alone says what happened.
  }
  if (!response.ok) {
    if (response.status >= 502 && response.status <= 504) throw new ServerUnreachableError(null);
    throw toApiError(response.status, parsed);
  }
  return parsed as TBody;
}
