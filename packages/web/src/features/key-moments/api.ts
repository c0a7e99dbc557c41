/**
 * The key-moment page's resources: the analysis for an outcome, period and segment (the previous result
 * stays on screen while a new one is computed), the typical good and bad episodes, and one episode with
 * its moments.
 */
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { analysisAnswerOf, pollWhileRunning } from '../../lib/analysis.ts';
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
 * GET /api/journeys/{journey}/key-moments. The server stores each result until new data arrives and
 * computes a new one in the background: while it runs (202) this asks again every second, and the data
 * is the last result with its progress; the previous filter's answer stays shown while a new one loads.
 */
export function useKeyMomentAnalysis(journey: string, filter: TAnalysisFilter) {
  const workspace = useWorkspaceKey();
  return useQuery({
    queryKey: ['key-moments', workspace, journey, filter, 'answer'],
    enabled: journey !== '',
    placeholderData: keepPreviousData,
    refetchInterval: pollWhileRunning,
    queryFn: () => {
      const query: Record<string, string> = { ...filter.range, outcome: filter.outcome };
      if (filter.segment) query[`segment.${filter.segment.attribute}`] = filter.segment.value;
      return analysisAnswerOf<TKeyMoments>(
        api.GET('/api/journeys/{journey}/key-moments', {
          params: { path: { journey }, query: query as { outcome: TOutcome } },
          headers: inWorkspace(workspace),
        }),
      );
    },
  });
}

/** The typical good and bad episodes, each with its moments. */
export type TTypicalEpisodes = TOk<'/api/journeys/{journey}/typical-episodes', 'get'>;

/** GET /api/journeys/{journey}/typical-episodes for the filter's outcome and period, polled as above. */
export function useTypicalEpisodes(journey: string, filter: Omit<TAnalysisFilter, 'segment'>) {
  const workspace = useWorkspaceKey();
  return useQuery({
    queryKey: ['typical-episodes', workspace, journey, filter],
    enabled: journey !== '',
    placeholderData: keepPreviousData,
    refetchInterval: pollWhileRunning,
    queryFn: () =>
      analysisAnswerOf<TTypicalEpisodes>(
        api.GET('/api/journeys/{journey}/typical-episodes', {
          params: { path: { journey }, query: { ...filter.range, outcome: filter.outcome } },
          headers: inWorkspace(workspace),
        }),
      ),
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
