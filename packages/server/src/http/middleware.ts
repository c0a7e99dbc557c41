import type { TWorkspace } from '@mot/core';
import type { MiddlewareHandler } from 'hono';
import { MotError } from '../errors.ts';
import type { TDatabase } from '../storage/database.ts';
import { ensureWorkspace } from '../storage/ensure-workspace.ts';
import { findWorkspace } from '../storage/find-workspace.ts';
import { errorResponse } from './onerror.ts';

/** The workspace a request works in when it names none. */
export const DEFAULT_WORKSPACE = { key: 'default', name: 'Default' };

/** Variables the middleware puts on the context. */
export type TAppEnv = { Variables: { workspace: TWorkspace } };

/**
 * Resolves the `X-Workspace` header (default `default`, created on first use) to the workspace; an unknown
 * key is a 404. Workspaces are cached: they are never renamed or deleted through the API.
 */
export function resolveWorkspace(db: TDatabase): MiddlewareHandler<TAppEnv> {
  const cache = new Map<string, TWorkspace>();
  return async (c, next) => {
    const key = c.req.header('x-workspace') ?? DEFAULT_WORKSPACE.key;
    let workspace = cache.get(key);
    if (!workspace) {
      workspace =
        key === DEFAULT_WORKSPACE.key
          ? await ensureWorkspace(db, DEFAULT_WORKSPACE)
          : await findWorkspace(db, key);
      if (!workspace) {
        throw new MotError('workspace_not_found', `workspace "${key}" not found`, ['headers', 'x-workspace']);
      }
      cache.set(key, workspace);
    }
    c.set('workspace', workspace);
    await next();
  };
}

const JSON_TYPE = /^application\/([\w.-]+\+)?json\s*(;|$)/i;

/** Requests that carry a body must say it is JSON: anything else is a 415 rather than a confusing 400. */
export const requireJsonBody: MiddlewareHandler = async (c, next) => {
  const method = c.req.method;
  if (method === 'POST' || method === 'PUT' || method === 'PATCH') {
    const type = c.req.header('content-type') ?? '';
    if (!JSON_TYPE.test(type)) {
      return errorResponse(
        c,
        'unsupported_media_type',
        `expected Content-Type application/json, got "${type}"`,
        ['headers', 'content-type'],
      );
    }
  }
  await next();
};
