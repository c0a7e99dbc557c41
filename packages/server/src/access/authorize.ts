import { ROLE_PERMISSIONS, can } from '@mot/core';
import type { TRole, TWorkspace } from '@mot/core';
import type { MiddlewareHandler } from 'hono';
import { MotError } from '../errors.ts';
import type { TAppEnv } from '../http/middleware.ts';
import type { TRouteAccess } from './context.ts';
import { findMembership, listMemberships } from './memberships.ts';
import { findWorkspaceById } from './workspace-cache.ts';

/** Either credential: a session cookie or an API key. */
const CALLER_SECURITY: Array<Record<string, string[]>> = [{ session: [] }, { apiKey: [] }];

/** The OpenAPI extension that names a route's access; the isolation suite reads it from the document. */
export const ACCESS_EXTENSION = 'x-mot-access';

const workspaceNotFound = (key: string) =>
  new MotError('workspace_not_found', `workspace "${key}" not found`, ['headers', 'x-workspace']);

/**
 * The one authorisation step, run before a route validates its input. For a permission: finds the
 * workspace (an API key's own; for a user, the one `X-Workspace` names among theirs, or their only one),
 * answers 404 for a workspace the caller does not belong to (never saying whether it exists), and 403 when
 * the caller's role lacks the permission. `signed-in` needs only a caller; `instance-admin` a user who
 * administers the installation.
 */
export function authorize(access: TRouteAccess): MiddlewareHandler<TAppEnv> {
  return async (c, next) => {
    const db = c.get('db');
    if (access === 'public') return next();
    const principal = c.get('principal');
    if (access === 'signed-in') return next();
    if (access === 'instance-admin') {
      if (principal.kind !== 'user' || !principal.instanceAdmin) {
        throw new MotError('forbidden', 'only an administrator of this installation may do this');
      }
      return next();
    }
    const selector = c.req.header('x-workspace');
    let grant: { workspace: TWorkspace; role: TRole; department: string | null };
    if (principal.kind === 'key') {
      const workspace = await findWorkspaceById(db, principal.workspaceId);
      if (!workspace || (selector !== undefined && selector !== workspace.key)) {
        throw workspaceNotFound(selector ?? '');
      }
      grant = { workspace, role: principal.role, department: null };
    } else if (selector !== undefined) {
      const membership = await findMembership(db, principal.userId, selector);
      if (!membership) throw workspaceNotFound(selector);
      grant = membership;
    } else {
      const memberships = await listMemberships(db, principal.userId);
      const only = memberships[0];
      if (memberships.length > 1) {
        throw new MotError(
          'workspace_required',
          'you belong to several workspaces: name one in X-Workspace',
          ['headers', 'x-workspace'],
        );
      }
      if (!only)
        throw new MotError('workspace_not_found', 'you belong to no workspace yet', [
          'headers',
          'x-workspace',
        ]);
      grant = only;
    }
    if (!can(grant.role, access)) {
      throw new MotError('forbidden', `the role "${grant.role}" may not do this (it needs "${access}")`);
    }
    c.set('workspace', grant.workspace);
    c.set('role', grant.role);
    c.set('department', grant.department);
    c.set('permissions', ROLE_PERMISSIONS[grant.role]);
    await next();
  };
}

/**
 * What a route declares about its access, spread into `createRoute({...})`: the authorisation middleware
 * (run before the route validates its input), the security requirement and the access named in the
 * OpenAPI document, where the isolation suite finds it.
 */
export function secured(access: TRouteAccess, ...then: MiddlewareHandler<TAppEnv>[]) {
  return {
    middleware: [authorize(access), ...then],
    security: access === 'public' ? [] : CALLER_SECURITY,
    [ACCESS_EXTENSION]: access,
  };
}
