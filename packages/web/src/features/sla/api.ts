/** The SLA settings' resources: business calendars, SLA policies, departments and their contacts. */
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, inWorkspace, unwrap } from '../../lib/api/client.ts';
import type { components } from '../../lib/api/schema.d.ts';
import { departmentKeys } from '../../lib/departments.ts';
import { useWorkspaceKey } from '../../lib/session/session.ts';

export { useDepartments } from '../../lib/departments.ts';
export type { TDepartmentOut } from '../../lib/departments.ts';

/** A calendar as the API shows it, and as written. */
export type TCalendarOut = components['schemas']['BusinessCalendar'];
export type TCalendarDoc = components['schemas']['BusinessCalendarDoc'];
/** A policy as the API shows it, and as written. */
export type TPolicyOut = components['schemas']['SlaPolicy'];
export type TPolicyDoc = components['schemas']['SlaPolicyDoc'];

const keys = {
  calendars: (ws: string) => ['business-calendars', ws] as const,
  policies: (ws: string) => ['sla-policies', ws] as const,
  departments: departmentKeys.all,
  members: (ws: string) => ['members', ws] as const,
};

/** GET /api/business-calendars. */
export function useCalendars() {
  const workspace = useWorkspaceKey();
  return useQuery({
    queryKey: keys.calendars(workspace),
    queryFn: async () =>
      (await unwrap(api.GET('/api/business-calendars', { headers: inWorkspace(workspace) }))).calendars,
  });
}

/** POST /api/business-calendars, or PUT /api/business-calendars/{id} when `id` is given. */
export function useSaveCalendar() {
  const workspace = useWorkspaceKey();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id, body }: { id: string | null; body: TCalendarDoc }) =>
      id
        ? unwrap(
            api.PUT('/api/business-calendars/{id}', {
              params: { path: { id } },
              body,
              headers: inWorkspace(workspace),
            }),
          )
        : unwrap(api.POST('/api/business-calendars', { body, headers: inWorkspace(workspace) })),
    onSuccess: () =>
      Promise.all([
        queryClient.invalidateQueries({ queryKey: keys.calendars(workspace) }),
        queryClient.invalidateQueries({ queryKey: keys.policies(workspace) }),
      ]),
  });
}

/** DELETE /api/business-calendars/{id}. */
export function useDeleteCalendar() {
  const workspace = useWorkspaceKey();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (id: string) =>
      unwrap(
        api.DELETE('/api/business-calendars/{id}', {
          params: { path: { id } },
          headers: inWorkspace(workspace),
        }),
      ),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: keys.calendars(workspace) }),
  });
}

/** GET /api/sla-policies. */
export function usePolicies() {
  const workspace = useWorkspaceKey();
  return useQuery({
    queryKey: keys.policies(workspace),
    queryFn: async () =>
      (await unwrap(api.GET('/api/sla-policies', { headers: inWorkspace(workspace) }))).policies,
  });
}

/** POST /api/sla-policies, or PUT /api/sla-policies/{id} when `id` is given. */
export function useSavePolicy() {
  const workspace = useWorkspaceKey();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id, body }: { id: string | null; body: TPolicyDoc }) =>
      id
        ? unwrap(
            api.PUT('/api/sla-policies/{id}', {
              params: { path: { id } },
              body,
              headers: inWorkspace(workspace),
            }),
          )
        : unwrap(api.POST('/api/sla-policies', { body, headers: inWorkspace(workspace) })),
    onSuccess: () =>
      Promise.all([
        queryClient.invalidateQueries({ queryKey: keys.policies(workspace) }),
        queryClient.invalidateQueries({ queryKey: keys.calendars(workspace) }),
      ]),
  });
}

/** DELETE /api/sla-policies/{id}. */
export function useDeletePolicy() {
  const workspace = useWorkspaceKey();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (id: string) =>
      unwrap(
        api.DELETE('/api/sla-policies/{id}', {
          params: { path: { id } },
          headers: inWorkspace(workspace),
        }),
      ),
    onSuccess: () =>
      Promise.all([
        queryClient.invalidateQueries({ queryKey: keys.policies(workspace) }),
        queryClient.invalidateQueries({ queryKey: keys.calendars(workspace) }),
      ]),
  });
}

/** PUT /api/departments/{department}/contacts. */
export function useSaveContacts() {
  const workspace = useWorkspaceKey();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({
      department,
      teamLeadUserId,
      headUserId,
    }: {
      department: string;
      teamLeadUserId: string | null;
      headUserId: string | null;
    }) =>
      unwrap(
        api.PUT('/api/departments/{department}/contacts', {
          params: { path: { department } },
          body: { teamLeadUserId, headUserId },
          headers: inWorkspace(workspace),
        }),
      ),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: keys.departments(workspace) }),
  });
}

/** GET /api/members, for choosing contacts (only callers who manage members may list them). */
export function useMembers(enabled: boolean) {
  const workspace = useWorkspaceKey();
  return useQuery({
    queryKey: keys.members(workspace),
    enabled,
    queryFn: async () => (await unwrap(api.GET('/api/members', { headers: inWorkspace(workspace) }))).members,
  });
}
