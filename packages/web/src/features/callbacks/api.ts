/** The callback (回访) resources: the task list, one callback with its script, and recording attempts. */
import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, inWorkspace, unwrap } from '../../lib/api/client.ts';
import type { components, paths } from '../../lib/api/schema.d.ts';
import { useLanguage } from '../../lib/i18n/index.ts';
import { useWorkspaceKey } from '../../lib/session/session.ts';

/** A callback as lists show it. */
export type TCallback = components['schemas']['Callback'];
/** A callback with its script, attempts and case. */
export type TCallbackDetail = components['schemas']['CallbackDetail'];
/** What the list asks for. */
export type TCallbackQuery = NonNullable<paths['/api/callbacks']['get']['parameters']['query']>;
/** What an agent records for one attempt. */
export type TCallbackAttempt =
  paths['/api/callbacks/{id}/attempts']['post']['requestBody']['content']['application/json'];

const keys = {
  all: (ws: string) => ['callbacks', ws] as const,
  list: (ws: string, query: unknown) => ['callbacks', ws, 'list', query] as const,
  one: (ws: string, id: number, language: string) => ['callbacks', ws, 'one', id, language] as const,
};

/** GET /api/callbacks: one page of callbacks. */
export function useCallbacks(query: TCallbackQuery) {
  const workspace = useWorkspaceKey();
  return useQuery({
    queryKey: keys.list(workspace, query),
    placeholderData: keepPreviousData,
    queryFn: () => unwrap(api.GET('/api/callbacks', { params: { query }, headers: inWorkspace(workspace) })),
  });
}

/** GET /api/callbacks/{id}, its script in the language the app speaks. */
export function useCallbackDetail(id: number) {
  const workspace = useWorkspaceKey();
  const { language } = useLanguage();
  return useQuery({
    queryKey: keys.one(workspace, id, language),
    queryFn: () =>
      unwrap(
        api.GET('/api/callbacks/{id}', {
          params: { path: { id: String(id) }, query: { lang: language } },
          headers: inWorkspace(workspace),
        }),
      ),
  });
}

/** POST /api/callbacks/{id}/attempts; the callbacks and the cases are read again (the case moves with it). */
export function useRecordAttempt(id: number) {
  const workspace = useWorkspaceKey();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: TCallbackAttempt) =>
      unwrap(
        api.POST('/api/callbacks/{id}/attempts', {
          params: { path: { id: String(id) } },
          body,
          headers: inWorkspace(workspace),
        }),
      ),
    onSuccess: async () => {
      await queryClient.invalidateQueries({ queryKey: keys.all(workspace) });
      // The case pages' queries (features/cases) are keyed ['cases', workspace, ...].
      await queryClient.invalidateQueries({ queryKey: ['cases', workspace] });
    },
  });
}

/** What a routine callback list (回访清单) is planned from. */
export type TCallbackPlan =
  paths['/api/callbacks/plan']['post']['requestBody']['content']['application/json'];

/** POST /api/callbacks/plan: a routine callback list without cases. */
export function usePlanCallbacks() {
  const workspace = useWorkspaceKey();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: TCallbackPlan) =>
      unwrap(api.POST('/api/callbacks/plan', { body, headers: inWorkspace(workspace) })),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: keys.all(workspace) }),
  });
}
