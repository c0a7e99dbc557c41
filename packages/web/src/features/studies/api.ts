/**
 * KANO and SERVQUAL studies: GET/POST /api/studies, GET /api/studies/{key}/results, and the two survey calls
 * a study's distribution needs (PATCH /api/surveys/{key} to activate it, POST /api/surveys/{key}/links).
 */
import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, inWorkspace, unwrap } from '../../lib/api/client.ts';
import { ApiError } from '../../lib/api/errors.ts';
import type { components, paths } from '../../lib/api/schema.d.ts';
import { useWorkspaceKey } from '../../lib/session/session.ts';

export type TStudy = components['schemas']['Study'];
export type TStudyCreate = components['schemas']['StudyCreate'];
export type TStudyResults = components['schemas']['StudyResults'];
export type TKanoResult = NonNullable<TStudyResults['kano']>;
export type TKanoFeature = TKanoResult['features'][number];
export type TServqualResult = NonNullable<TStudyResults['servqual']>;
export type TMeanInterval = TServqualResult['unweighted'];
export type TLinkReport = components['schemas']['SurveyLinkReport'];
export type TResultsQuery = NonNullable<paths['/api/studies/{key}/results']['get']['parameters']['query']>;

const keys = {
  all: (ws: string) => ['studies', ws] as const,
  results: (ws: string, key: string, query: TResultsQuery) => ['studies', ws, key, query] as const,
};

/** GET /api/studies. */
export function useStudies() {
  const workspace = useWorkspaceKey();
  return useQuery({
    queryKey: keys.all(workspace),
    queryFn: async () => (await unwrap(api.GET('/api/studies', { headers: inWorkspace(workspace) }))).studies,
  });
}

/** POST /api/studies: a KANO study from its features, or a SERVQUAL study. */
export function useCreateStudy() {
  const workspace = useWorkspaceKey();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: TStudyCreate) =>
      unwrap(api.POST('/api/studies', { body, headers: inWorkspace(workspace) })),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: keys.all(workspace) }),
  });
}

/** Whether an error says there are too few answers yet (422 `not_enough_data`). */
export const isNotEnoughData = (error: unknown) =>
  error instanceof ApiError && error.code === 'not_enough_data';

/** GET /api/studies/{key}/results with the filters and KANO options. */
export function useStudyResults(key: string, query: TResultsQuery) {
  const workspace = useWorkspaceKey();
  return useQuery({
    queryKey: keys.results(workspace, key, query),
    placeholderData: keepPreviousData,
    retry: (count, error) => !isNotEnoughData(error) && count < 2,
    queryFn: () =>
      unwrap(
        api.GET('/api/studies/{key}/results', {
          params: { path: { key }, query },
          headers: inWorkspace(workspace),
        }),
      ),
  });
}

/** PATCH /api/surveys/{key} {status: 'active'}: a study's links can be minted once it is active. */
export function useActivateStudy() {
  const workspace = useWorkspaceKey();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (key: string) =>
      unwrap(
        api.PATCH('/api/surveys/{key}', {
          params: { path: { key } },
          body: { status: 'active' },
          headers: inWorkspace(workspace),
        }),
      ),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: keys.all(workspace) }),
  });
}

/** POST /api/surveys/{key}/links: a single-use link per customer. */
export function useMintLinks() {
  const workspace = useWorkspaceKey();
  return useMutation({
    mutationFn: ({
      key,
      customers,
      language,
    }: {
      key: string;
      customers: string[];
      language: 'en' | 'zh-CN' | undefined;
    }) =>
      unwrap(
        api.POST('/api/surveys/{key}/links', {
          params: { path: { key } },
          body: { links: customers.map((customer) => ({ customer, ...(language ? { language } : {}) })) },
          headers: inWorkspace(workspace),
        }),
      ),
  });
}

/** GET /api/surveys/{key}: the study's questionnaire, for the wording of its statements. */
export function useStudySurvey(key: string, enabled: boolean) {
  const workspace = useWorkspaceKey();
  return useQuery({
    queryKey: ['studies', workspace, key, 'survey'],
    enabled,
    staleTime: 60_000,
    queryFn: () =>
      unwrap(
        api.GET('/api/surveys/{key}', {
          params: { path: { key }, query: {} },
          headers: inWorkspace(workspace),
        }),
      ),
  });
}
