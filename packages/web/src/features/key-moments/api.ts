/**
 * The key-moment page's resources: the analysis for an outcome, period and segment (the previous result
 * stays on screen while a new one is computed), and one episode with its moments.
 */
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { api, inWorkspace, unwrap } from '../../lib/api/client.ts';
import type { TOk } from '../../lib/api/types.ts';
import type { TKeyMoments } from '../../lib/key-moments.ts';
import { useWorkspaceKey } from '../../lib/session/session.ts';

/** The outcome touchpoints are weighed against. */
export type TOutcome = 'overall' | 'nps' | 'churn';

/** An episode with its moments in order. */
export type TEpisode = TOk<'/api/journeys/{journey}/episodes/{key}', 'get'>;

/** What the analysis is filtered by. */
export type TAnalysisFilter = {
  range: { from: string; to: string };
  outcome: TOutcome;
  /** One attribute and its value (`segment.<attribute>=<value>`), or none. */
  segment: { attribute: string; value: string } | null;
};

/**
 * GET /api/journeys/{journey}/key-moments. The server computes it on request (no background job): the
 * result is cached for ten minutes and, while a new filter is computed, the last result stays shown with
 * the time it was computed at and a visible "updating" state.
 */
export function useKeyMomentAnalysis(journey: string, filter: TAnalysisFilter) {
  const workspace = useWorkspaceKey();
  return useQuery({
    queryKey: ['key-moments', workspace, journey, filter],
    enabled: journey !== '',
    staleTime: 600_000,
    placeholderData: keepPreviousData,
    queryFn: async () => {
      const query: Record<string, string> = { ...filter.range, outcome: filter.outcome };
      if (filter.segment) query[`segment.${filter.segment.attribute}`] = filter.segment.value;
      return (await unwrap(
        api.GET('/api/journeys/{journey}/key-moments', {
          params: { path: { journey }, query: query as { outcome: TOutcome } },
          headers: inWorkspace(workspace),
        }),
      )) as unknown as TKeyMoments;
    },
  });
}

/** GET /api/journeys/{journey}/episodes/{key}; nothing is asked while the key is empty. */
export function useEpisode(journey: string, key: string, customer?: string) {
  const workspace = useWorkspaceKey();
  return useQuery({
    queryKey: ['episode', workspace, journey, key, customer ?? null],
    enabled: journey !== '' && key !== '',
    retry: false,
    queryFn: () =>
      unwrap(
        api.GET('/api/journeys/{journey}/episodes/{key}', {
          params: { path: { journey, key }, query: customer ? { customer } : {} },
          headers: inWorkspace(workspace),
        }),
      ),
  });
}
