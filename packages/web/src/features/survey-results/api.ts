/** A survey's results, verbatims and answers export (GET /api/surveys/{key}/results, /verbatims, /answers/export). */
import { keepPreviousData, useMutation, useQuery } from '@tanstack/react-query';
import { api, inWorkspace, unwrap } from '../../lib/api/client.ts';
import type { components } from '../../lib/api/schema.d.ts';
import { useWorkspaceKey } from '../../lib/session/session.ts';
import type { TResultsQuery } from './filters.ts';

/** The results of a survey. */
export type TSurveyResults = components['schemas']['SurveyResults'];
/** A score with its interval. */
export type TSurveyScore = NonNullable<components['schemas']['SurveyScore']>;
/** A page of verbatims. */
export type TVerbatimPage = components['schemas']['SurveyVerbatims'];
/** A verbatim. */
export type TVerbatim = TVerbatimPage['items'][number];
/** A sentiment class. */
export type TSentimentClass = TVerbatim['sentiment']['label'];

/** GET /api/surveys/{key}/results with the page's filters. */
export function useSurveyResults(key: string, query: TResultsQuery) {
  const workspace = useWorkspaceKey();
  return useQuery({
    queryKey: ['survey-results', workspace, key, query],
    placeholderData: keepPreviousData,
    queryFn: () =>
      unwrap(
        api.GET('/api/surveys/{key}/results', {
          params: { path: { key }, query },
          headers: inWorkspace(workspace),
        }),
      ),
  });
}

/** GET /api/surveys/{key}/verbatims: one page, optionally of one sentiment class. */
export function useVerbatims(
  key: string,
  query: TResultsQuery,
  page: { sentiment: TSentimentClass | undefined; offset: number; limit: number },
) {
  const workspace = useWorkspaceKey();
  return useQuery({
    queryKey: ['survey-verbatims', workspace, key, query, page],
    placeholderData: keepPreviousData,
    queryFn: () =>
      unwrap(
        api.GET('/api/surveys/{key}/verbatims', {
          params: { path: { key }, query: { ...query, ...page } },
          headers: inWorkspace(workspace),
        }),
      ),
  });
}

/** Downloads the answers as CSV or XLSX (the server names the file). */
export function useDownloadAnswers(key: string, query: TResultsQuery) {
  const workspace = useWorkspaceKey();
  return useMutation({
    mutationFn: async (format: 'csv' | 'xlsx') => {
      const blob = await unwrap(
        api.GET('/api/surveys/{key}/answers/export', {
          params: { path: { key }, query: { ...query, format } },
          headers: inWorkspace(workspace),
          parseAs: 'blob',
        }),
      );
      const url = URL.createObjectURL(blob as Blob);
      const link = document.createElement('a');
      link.href = url;
      link.download = `survey-${key}-answers.${format}`;
      document.body.append(link);
      link.click();
      link.remove();
      setTimeout(() => URL.revokeObjectURL(url), 0);
    },
  });
}
