import type { TPermission } from '@mot/core';
import { useQuery } from '@tanstack/react-query';
import { useParams } from 'react-router';
import { api, unwrap } from '../api/client.ts';
import type { components } from '../api/schema.d.ts';

/** The signed-in user and their workspaces, each with the role and permissions held there: `GET /api/me`. */
export type TSession = components['schemas']['Me'];

/** A workspace of the session. */
export type TSessionWorkspace = TSession['workspaces'][number];

/** Query key of the session; cleared on sign-in and sign-out. */
export const SESSION_KEY = ['session'] as const;

/** Reads the session; a visitor who is not signed in gets an ApiError with status 401. */
export function fetchSession(): Promise<TSession> {
  return unwrap(api.GET('/api/me'));
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

/** Whether the user may do `permission` in the workspace of the URL (the role's permissions, from core). */
export function useCan(): (permission: TPermission) => boolean {
  const workspace = useWorkspaceKey();
  const { data } = useSession();
  const permissions = new Set<string>(data?.workspaces.find((w) => w.key === workspace)?.permissions ?? []);
  return (permission) => permissions.has(permission);
}
