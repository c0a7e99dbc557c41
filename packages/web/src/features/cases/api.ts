/** The case pages' resources: the inbox, one case, and what owners do with cases. */
import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, inWorkspace, unwrap } from '../../lib/api/client.ts';
import type { components, paths } from '../../lib/api/schema.d.ts';
import type { TOk } from '../../lib/api/types.ts';
import { useCan, useWorkspaceKey } from '../../lib/session/session.ts';

/** A case as the inbox lists it. */
export type TCase = components['schemas']['CaseSummary'];
/** A page of the inbox. */
export type TCasePage = TOk<'/api/cases', 'get'>;
/** A case with its activity log, triggers, customer and breaching moments. */
export type TCaseDetail = components['schemas']['CaseDetail'];
/** An entry of a case's activity log. */
export type TCaseEvent = TCaseDetail['events'][number];
/** What the inbox asks the server for. */
export type TCaseQuery = NonNullable<paths['/api/cases']['get']['parameters']['query']>;

const keys = {
  list: (ws: string, query: unknown) => ['cases', ws, 'list', query] as const,
  one: (ws: string, id: number) => ['cases', ws, 'one', id] as const,
};

/** GET /api/cases: one page of the inbox; the previous page stays on screen while the next loads. */
export function useCaseInbox(query: TCaseQuery) {
  const workspace = useWorkspaceKey();
  return useQuery({
    queryKey: keys.list(workspace, query),
    placeholderData: keepPreviousData,
    queryFn: () => unwrap(api.GET('/api/cases', { params: { query }, headers: inWorkspace(workspace) })),
  });
}

/**
 * GET /api/cases/{id}, read again every 15 s while the page is shown: escalations, joined triggers and
 * callbacks come from elsewhere, and an owner keeps a case open while working it.
 */
export function useCase(id: number) {
  const workspace = useWorkspaceKey();
  return useQuery({
    queryKey: keys.one(workspace, id),
    refetchInterval: 15_000,
    queryFn: () =>
      unwrap(
        api.GET('/api/cases/{id}', {
          params: { path: { id: String(id) } },
          headers: inWorkspace(workspace),
        }),
      ),
  });
}

/**
 * After a change: everything of the workspace read again, not only the cases: a move plans or settles a
 * callback, changes the recovery figures and the SLA state, which other pages' queries hold.
 */
function useRefreshCases() {
  const workspace = useWorkspaceKey();
  const queryClient = useQueryClient();
  return () => queryClient.invalidateQueries({ predicate: (query) => query.queryKey.includes(workspace) });
}

/** The moves an owner makes on a case, each its own endpoint. */
export type TCaseMove = 'acknowledge' | 'start' | 'close' | 'reopen';

/** POST /api/cases/{id}/{acknowledge|start|close|reopen}, with an optional note. */
export function useMoveCase(id: number) {
  const workspace = useWorkspaceKey();
  const onSuccess = useRefreshCases();
  return useMutation({
    mutationFn: ({ move, note }: { move: TCaseMove; note?: string }) => {
      const options = {
        params: { path: { id: String(id) } },
        body: note ? { note } : {},
        headers: inWorkspace(workspace),
      };
      switch (move) {
        case 'acknowledge':
          return unwrap(api.POST('/api/cases/{id}/acknowledge', options));
        case 'start':
          return unwrap(api.POST('/api/cases/{id}/start', options));
        case 'close':
          return unwrap(api.POST('/api/cases/{id}/close', options));
        case 'reopen':
          return unwrap(api.POST('/api/cases/{id}/reopen', options));
      }
    },
    onSuccess,
  });
}

/** POST /api/cases/{id}/resolve: the resolution and its root cause; the case awaits its callback. */
export function useResolveCase(id: number) {
  const workspace = useWorkspaceKey();
  const onSuccess = useRefreshCases();
  return useMutation({
    mutationFn: (body: { resolution: string; rootCause: string | null }) =>
      unwrap(
        api.POST('/api/cases/{id}/resolve', {
          params: { path: { id: String(id) } },
          body,
          headers: inWorkspace(workspace),
        }),
      ),
    onSuccess,
  });
}

/** POST /api/cases/{id}/notes. */
export function useAddCaseNote(id: number) {
  const workspace = useWorkspaceKey();
  const onSuccess = useRefreshCases();
  return useMutation({
    mutationFn: (note: string) =>
      unwrap(
        api.POST('/api/cases/{id}/notes', {
          params: { path: { id: String(id) } },
          body: { note },
          headers: inWorkspace(workspace),
        }),
      ),
    onSuccess,
  });
}

/** POST /api/cases/assign: several cases to one member (null unassigns), all or none. */
export function useAssignCases() {
  const workspace = useWorkspaceKey();
  const onSuccess = useRefreshCases();
  return useMutation({
    mutationFn: (body: { ids: number[]; assignee: string | null }) =>
      unwrap(api.POST('/api/cases/assign', { body, headers: inWorkspace(workspace) })),
    onSuccess,
  });
}

/** Someone a case can be assigned to. */
export type TAssignee = TOk<'/api/cases/assignees', 'get'>['assignees'][number];

/**
 * The members the caller may assign cases to (GET /api/cases/assignees): every case worker, or for an
 * owner of a department that department's members.
 */
export function useAssignees() {
  const workspace = useWorkspaceKey();
  const can = useCan();
  const query = useQuery({
    queryKey: ['case-assignees', workspace],
    enabled: can('cases:work'),
    queryFn: async () =>
      (await unwrap(api.GET('/api/cases/assignees', { headers: inWorkspace(workspace) }))).assignees,
  });
  return { assignees: query.data ?? [], loading: query.isPending && can('cases:work') };
}
