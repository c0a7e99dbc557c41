/** Initiatives and their evaluation (GET/POST/PUT/DELETE /api/initiatives, GET .../evaluation). */
import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, inWorkspace, unwrap } from '../../lib/api/client.ts';
import type { components, paths } from '../../lib/api/schema.d.ts';
import { useWorkspaceKey } from '../../lib/session/session.ts';

/** An initiative as the API shows it, and as written. */
export type TInitiative = components['schemas']['Initiative'];
export type TInitiativeDoc = components['schemas']['InitiativeDoc'];
/** An evaluation with the comparison it used. */
export type TEvaluationOut = components['schemas']['InitiativeEvaluation'];
/** The statistics of an evaluation. */
export type TEvaluation = TEvaluationOut['evaluation'];
/** A measure an initiative is evaluated on. */
export type TMetric = components['schemas']['EvaluationMetric'];
/** The query of an evaluation. */
export type TEvaluationQuery = NonNullable<
  paths['/api/initiatives/{id}/evaluation']['get']['parameters']['query']
>;

const keys = {
  all: (ws: string) => ['initiatives', ws] as const,
  one: (ws: string, id: string) => ['initiatives', ws, id] as const,
  evaluation: (ws: string, id: string, query: TEvaluationQuery) =>
    ['initiatives', ws, id, 'evaluation', query] as const,
  members: (ws: string) => ['members', ws] as const,
};

/** GET /api/initiatives. */
export function useInitiatives() {
  const workspace = useWorkspaceKey();
  return useQuery({
    queryKey: keys.all(workspace),
    queryFn: async () =>
      (await unwrap(api.GET('/api/initiatives', { headers: inWorkspace(workspace) }))).initiatives,
  });
}

/** GET /api/initiatives/{id}. */
export function useInitiative(id: string) {
  const workspace = useWorkspaceKey();
  return useQuery({
    queryKey: keys.one(workspace, id),
    queryFn: () =>
      unwrap(api.GET('/api/initiatives/{id}', { params: { path: { id } }, headers: inWorkspace(workspace) })),
  });
}

/** POST /api/initiatives, or PUT /api/initiatives/{id} when `id` is given. */
export function useSaveInitiative() {
  const workspace = useWorkspaceKey();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id, body }: { id: string | null; body: TInitiativeDoc }) =>
      id
        ? unwrap(
            api.PUT('/api/initiatives/{id}', {
              params: { path: { id } },
              body,
              headers: inWorkspace(workspace),
            }),
          )
        : unwrap(api.POST('/api/initiatives', { body, headers: inWorkspace(workspace) })),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: keys.all(workspace) }),
  });
}

/** DELETE /api/initiatives/{id}. */
export function useDeleteInitiative() {
  const workspace = useWorkspaceKey();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (id: string) =>
      unwrap(
        api.DELETE('/api/initiatives/{id}', { params: { path: { id } }, headers: inWorkspace(workspace) }),
      ),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: keys.all(workspace) }),
  });
}

/** GET /api/initiatives/{id}/evaluation; the last answer stays shown while another is computed. */
export function useEvaluation(id: string, query: TEvaluationQuery) {
  const workspace = useWorkspaceKey();
  return useQuery({
    queryKey: keys.evaluation(workspace, id, query),
    placeholderData: keepPreviousData,
    retry: false,
    queryFn: () =>
      unwrap(
        api.GET('/api/initiatives/{id}/evaluation', {
          params: { path: { id }, query },
          headers: inWorkspace(workspace),
        }),
      ),
  });
}

/** GET /api/members, for picking an owner (only asked of roles that may list members). */
export function useMembers(enabled: boolean) {
  const workspace = useWorkspaceKey();
  return useQuery({
    queryKey: keys.members(workspace),
    enabled,
    queryFn: async () => (await unwrap(api.GET('/api/members', { headers: inWorkspace(workspace) }))).members,
  });
}
