/** The touchpoint page's resources: its figures in a period and its latest breaches. */
import { useQuery } from '@tanstack/react-query';
import { api, inWorkspace, unwrap } from '../../lib/api/client.ts';
import type { TOk } from '../../lib/api/types.ts';
import { useWorkspaceKey } from '../../lib/session/session.ts';

/** A touchpoint in a period. */
export type TTouchpointStats = TOk<'/api/journeys/{journey}/touchpoints/{touchpoint}/stats', 'get'>;

/** GET /api/journeys/{journey}/touchpoints/{touchpoint}/stats. */
export function useTouchpointStats(journey: string, touchpoint: string, range: { from: string; to: string }) {
  const workspace = useWorkspaceKey();
  return useQuery({
    queryKey: ['touchpoint-stats', workspace, journey, touchpoint, range],
    queryFn: () =>
      unwrap(
        api.GET('/api/journeys/{journey}/touchpoints/{touchpoint}/stats', {
          params: { path: { journey, touchpoint }, query: range },
          headers: inWorkspace(workspace),
        }),
      ),
  });
}

/** The latest breaches at the touchpoint, newest first. */
export function useTouchpointBreaches(journey: string, touchpoint: string, enabled: boolean) {
  const workspace = useWorkspaceKey();
  return useQuery({
    queryKey: ['breaches', workspace, { journey, touchpoint, limit: 10 }],
    enabled,
    queryFn: () =>
      unwrap(
        api.GET('/api/breaches', {
          params: { query: { journey, touchpoint, limit: 10 } },
          headers: inWorkspace(workspace),
        }),
      ),
  });
}
