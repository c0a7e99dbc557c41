/** The settings feature's resources: members, API keys, the workspace's settings and its audit log. */
import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, inWorkspace, unwrap } from '../../lib/api/client.ts';
import type { components } from '../../lib/api/schema.d.ts';
import { useWorkspaceKey } from '../../lib/session/session.ts';

/** A member of the workspace. */
export type TMember = components['schemas']['Member'];
/** An API key as listed (never its secret). */
export type TApiKey = components['schemas']['ApiKey'];
/** A role in a workspace. */
export type TRole = components['schemas']['Role'];
/** The workspace's time zone, language and personal-data fields. */
export type TWorkspaceSettings = components['schemas']['WorkspaceSettings'];
/** An entry of the audit log. */
export type TAuditEntry = components['schemas']['AuditEntry'];

const keys = {
  members: (ws: string) => ['members', ws] as const,
  apiKeys: (ws: string) => ['api-keys', ws] as const,
  settings: (ws: string) => ['settings', ws] as const,
  audit: (ws: string) => ['audit', ws] as const,
};

/** Every mutation here leaves an audit entry: the log is read again after each. */
function useInvalidate(key: (ws: string) => readonly string[]) {
  const workspace = useWorkspaceKey();
  const queryClient = useQueryClient();
  return () =>
    Promise.all([
      queryClient.invalidateQueries({ queryKey: key(workspace) }),
      queryClient.invalidateQueries({ queryKey: keys.audit(workspace) }),
    ]);
}

/** GET /api/members. */
export function useMembers() {
  const workspace = useWorkspaceKey();
  return useQuery({
    queryKey: keys.members(workspace),
    queryFn: async () => (await unwrap(api.GET('/api/members', { headers: inWorkspace(workspace) }))).members,
  });
}

/** POST /api/members: adds a user by e-mail (created when new; then a one-time sign-in link comes back). */
export function useAddMember() {
  const workspace = useWorkspaceKey();
  const onSuccess = useInvalidate(keys.members);
  return useMutation({
    mutationFn: (body: { email: string; role: TRole; department?: string | null; name?: string }) =>
      unwrap(api.POST('/api/members', { body, headers: inWorkspace(workspace) })),
    onSuccess,
  });
}

/** PATCH /api/members/{userId}: a member's role or department. */
export function useUpdateMember() {
  const workspace = useWorkspaceKey();
  const onSuccess = useInvalidate(keys.members);
  return useMutation({
    mutationFn: ({ userId, ...body }: { userId: string; role?: TRole; department?: string | null }) =>
      unwrap(
        api.PATCH('/api/members/{userId}', {
          params: { path: { userId } },
          body,
          headers: inWorkspace(workspace),
        }),
      ),
    onSuccess,
  });
}

/** DELETE /api/members/{userId}: the user stays, only their membership goes. */
export function useRemoveMember() {
  const workspace = useWorkspaceKey();
  const onSuccess = useInvalidate(keys.members);
  return useMutation({
    mutationFn: (userId: string) =>
      unwrap(
        api.DELETE('/api/members/{userId}', {
          params: { path: { userId } },
          headers: inWorkspace(workspace),
        }),
      ),
    onSuccess,
  });
}

/** GET /api/keys. */
export function useApiKeys() {
  const workspace = useWorkspaceKey();
  return useQuery({
    queryKey: keys.apiKeys(workspace),
    queryFn: async () => (await unwrap(api.GET('/api/keys', { headers: inWorkspace(workspace) }))).keys,
  });
}

/** POST /api/keys: the answer holds the secret, the only time it is ever shown. */
export function useCreateApiKey() {
  const workspace = useWorkspaceKey();
  const onSuccess = useInvalidate(keys.apiKeys);
  return useMutation({
    mutationFn: (body: { name: string; role: TRole; expiresAt: string | null }) =>
      unwrap(api.POST('/api/keys', { body, headers: inWorkspace(workspace) })),
    onSuccess,
  });
}

/** DELETE /api/keys/{id}: every server refuses the key from the next request on. */
export function useRevokeApiKey() {
  const workspace = useWorkspaceKey();
  const onSuccess = useInvalidate(keys.apiKeys);
  return useMutation({
    mutationFn: (id: string) =>
      unwrap(api.DELETE('/api/keys/{id}', { params: { path: { id } }, headers: inWorkspace(workspace) })),
    onSuccess,
  });
}

/** GET /api/settings. */
export function useWorkspaceSettings() {
  const workspace = useWorkspaceKey();
  return useQuery({
    queryKey: keys.settings(workspace),
    queryFn: () => unwrap(api.GET('/api/settings', { headers: inWorkspace(workspace) })),
  });
}

/** PATCH /api/settings. */
export function useUpdateWorkspaceSettings() {
  const workspace = useWorkspaceKey();
  const queryClient = useQueryClient();
  const invalidate = useInvalidate(keys.settings);
  return useMutation({
    mutationFn: (body: Partial<TWorkspaceSettings>) =>
      unwrap(api.PATCH('/api/settings', { body, headers: inWorkspace(workspace) })),
    onSuccess: async (saved) => {
      queryClient.setQueryData(keys.settings(workspace), saved);
      await invalidate();
    },
  });
}

/** GET /api/audit: one page, newest first; `before` is the `nextBefore` of the previous page. */
export function useAuditLog(limit: number, before: number | undefined) {
  const workspace = useWorkspaceKey();
  return useQuery({
    queryKey: [...keys.audit(workspace), { limit, before }],
    placeholderData: keepPreviousData,
    queryFn: () =>
      unwrap(
        api.GET('/api/audit', {
          params: { query: { limit, ...(before === undefined ? {} : { before }) } },
          headers: inWorkspace(workspace),
        }),
      ),
  });
}
