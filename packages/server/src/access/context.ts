import type { TPermission, TRole, TWorkspace } from '@mot/core';
import type { TDatabase } from '../storage/database.ts';
import type { TPrincipal } from './principal.ts';

/**
 * What the access layer puts on a request's context: the principal once authenticated; the workspace, the
 * role and the department once a route's permission is granted.
 */
export type TAccessVariables = {
  principal: TPrincipal;
  workspace: TWorkspace;
  role: TRole;
  department: string | null;
  permissions: readonly TPermission[];
  /** The database the app serves. */
  db: TDatabase;
  /** Key-moment analyses allowed at once per workspace. */
  maxConcurrentAnalyses: number;
};

/** How a route is reached: a permission in a workspace, any signed-in caller, an instance admin, or anyone. */
export type TRouteAccess = TPermission | 'signed-in' | 'instance-admin' | 'public';
