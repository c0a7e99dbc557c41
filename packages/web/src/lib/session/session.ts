import type { TPermission, TRole } from '@mot/core';
import { PERMISSIONS } from '@mot/core/access';
import { useQuery } from '@tanstack/react-query';
import { useParams } from 'react-router';
import { api, requestJson, unwrap } from '../api/client.ts';
import { ApiError } from '../api/errors.ts';

/** A workspace the signed-in user belongs to, with what they may do in it. */
export type TSessionWorkspace = { key: string; name: string; role: TRole; permissions: TPermission[] };

/** The signed-in user (null on a server without sign-in) and their workspaces: `GET /api/me`. */
export type TSession = {
  user: { id: string; email: string; name: string; twoFactorEnabled: boolean; instanceAdmin: boolean } | null;
  workspaces: TSessionWorkspace[];
};

/** Query key of the session; cleared on sign-in and sign-out. */
export const SESSION_KEY = ['session'] as const;

/**
 * Reads the session. A server without access control (no `/api/me`, which answers 404) lets everyone do
 * everything, so every workspace it lists is offered with every permission.
 */
export async function fetchSession(): Promise<TSession> {
  try {
    return await requestJson<TSession>('GET', '/api/me');
  } catch (error) {
    if (!(error instanceof ApiError) || error.status !== 404) throw error;
  }
  const { workspaces } = await unwrap(api.GET('/api/workspaces'));
  return {
    user: null,
    workspaces: workspaces.map((w) => ({
      key: w.key,
      name: w.name,
      role: 'admin',
      permissions: [...PERMISSIONS],
    })),
  };
}

/** The session, cached for the page's life (sign-in and sign-out reset it). */
export function useSession() {
  return useQuery({ queryKey: SESSION_KEY, queryFn: fetchSession, staleTime: 5 * 60_000 });
}

/** The key of the workspace in the URL (`/w/:workspace/...`). */
export function useWorkspaceKey(): string {
  const { workspace } = useParams();
  if (!workspace) throw new Error('useWorkspaceKey is used outside a /w/:workspace route');
  return workspace;
}

/** Whether the user may do `permission` in the workspace of the URL. */
export function useCan(): (permission: TPermission) => boolean {
  const workspace = useWorkspaceKey();
  const { data } = useSession();
  const permissions = new Set(data?.workspaces.find((w) => w.key === workspace)?.permissions ?? []);
  return (permission) => permissions.has(permission);
}
