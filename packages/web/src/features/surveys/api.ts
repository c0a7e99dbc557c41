/** Surveys (GET/POST /api/surveys, GET/PATCH/DELETE /api/surveys/{key}, its export) and the templates. */
import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, inWorkspace, unwrap } from '../../lib/api/client.ts';
import type { components } from '../../lib/api/schema.d.ts';
import { useWorkspaceKey } from '../../lib/session/session.ts';

/** A survey in the list, and one with a version's definition and its versions. */
export type TSurvey = components['schemas']['Survey'];
export type TSurveyDetail = components['schemas']['SurveyDetail'];
export type TSurveyCreate = components['schemas']['SurveyCreate'];
export type TSurveyPatch = components['schemas']['SurveyPatch'];
export type TSurveyStatus = TSurvey['status'];
export type TTemplateName = NonNullable<TSurvey['template']>;

const keys = {
  all: (ws: string) => ['surveys', ws] as const,
  one: (ws: string, key: string, version: number | null) => ['surveys', ws, key, version] as const,
  templates: (ws: string) => ['survey-templates', ws] as const,
};

/** GET /api/surveys. */
export function useSurveys() {
  const workspace = useWorkspaceKey();
  return useQuery({
    queryKey: keys.all(workspace),
    queryFn: async () => (await unwrap(api.GET('/api/surveys', { headers: inWorkspace(workspace) }))).surveys,
  });
}

/** GET /api/survey-templates. */
export function useSurveyTemplates() {
  const workspace = useWorkspaceKey();
  return useQuery({
    queryKey: keys.templates(workspace),
    staleTime: Infinity,
    queryFn: async () =>
      (await unwrap(api.GET('/api/survey-templates', { headers: inWorkspace(workspace) }))).templates,
  });
}

/** GET /api/surveys/{key}, the current version or `version`. */
export function useSurvey(key: string, version: number | null) {
  const workspace = useWorkspaceKey();
  return useQuery({
    queryKey: keys.one(workspace, key, version),
    placeholderData: keepPreviousData,
    queryFn: () =>
      unwrap(
        api.GET('/api/surveys/{key}', {
          params: { path: { key }, query: version === null ? {} : { version } },
          headers: inWorkspace(workspace),
        }),
      ),
  });
}

/** POST /api/surveys: written, from a template, or imported (the file as `definition`). */
export function useCreateSurvey() {
  const workspace = useWorkspaceKey();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: TSurveyCreate) =>
      unwrap(api.POST('/api/surveys', { body, headers: inWorkspace(workspace) })),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: keys.all(workspace) }),
  });
}

/** PATCH /api/surveys/{key}: name, journey, state, or the definition (a new version). */
export function useUpdateSurvey() {
  const workspace = useWorkspaceKey();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ key, body }: { key: string; body: TSurveyPatch }) =>
      unwrap(
        api.PATCH('/api/surveys/{key}', {
          params: { path: { key } },
          body,
          headers: inWorkspace(workspace),
        }),
      ),
    onSuccess: (saved) => {
      queryClient.setQueryData(keys.one(workspace, saved.key, null), saved);
      return queryClient.invalidateQueries({ queryKey: keys.all(workspace) });
    },
  });
}

/** DELETE /api/surveys/{key}. */
export function useDeleteSurvey() {
  const workspace = useWorkspaceKey();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (key: string) =>
      unwrap(
        api.DELETE('/api/surveys/{key}', { params: { path: { key } }, headers: inWorkspace(workspace) }),
      ),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: keys.all(workspace) }),
  });
}

/** GET /api/surveys/{key}/export, saved by the browser as `<key>.survey.json`. */
export function useExportSurvey() {
  const workspace = useWorkspaceKey();
  return useMutation({
    mutationFn: async (key: string) => {
      const file = await unwrap(
        api.GET('/api/surveys/{key}/export', {
          params: { path: { key } },
          headers: inWorkspace(workspace),
        }),
      );
      const blob = new Blob([`${JSON.stringify(file, null, 2)}\n`], { type: 'application/json' });
      const url = URL.createObjectURL(blob);
      const link = document.createElement('a');
      link.href = url;
      link.download = `${key}.survey.json`;
      document.body.append(link);
      link.click();
      link.remove();
      setTimeout(() => URL.revokeObjectURL(url), 0);
    },
  });
}
