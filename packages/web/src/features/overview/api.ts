/** The overview's resources: a journey's figures in a period, and its latest breaches. */
import { useQuery } from '@tanstack/react-query';
import { api, inWorkspace, unwrap } from '../../lib/api/client.ts';
import type { TOk } from '../../lib/api/types.ts';
import { useWorkspaceKey } from '../../lib/session/session.ts';

/** A journey's moments, episodes and breach rate in a period, with the trend. */
export type TJourneyOverview = TOk<'/api/journeys/{journey}/overview', 'get'>;

/** A page of the breach feed. */
export type TBreachPage = TOk<'/api/breaches', 'get'>;

/** GET /api/journeys/{journey}/overview for the period. */
export function useJourneyOverview(journey: string, range: { from: string; to: string }) {
  const workspace = useWorkspaceKey();
  return useQuery({
    queryKey: ['overview', workspace, journey, range],
    queryFn: () =>
      unwrap(
        api.GET('/api/journeys/{journey}/overview', {
          params: { path: { journey }, query: range },
          headers: inWorkspace(workspace),
        }),
      ),
  });
}

/** The latest breaches at a journey's touchpoints. */
export function useLatestBreaches(journey: string, limit: number) {
  const workspace = useWorkspaceKey();
  return useQuery({
    queryKey: ['breaches', workspace, { journey, limit }],
    queryFn: () =>
      unwrap(
        api.GET('/api/breaches', { params: { query: { journey, limit } }, headers: inWorkspace(workspace) }),
      ),
  });
}
