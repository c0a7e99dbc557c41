/** The journeys of the workspace: the resource several features read (the journey list and one journey). */
import { useQuery } from '@tanstack/react-query';
import { api, inWorkspace, unwrap } from './api/client.ts';
import type { TOk } from './api/types.ts';
import { useWorkspaceKey } from './session/session.ts';

/** A journey document as the API gives it. */
export type TJourneyDoc = TOk<'/api/journeys/{journey}', 'get'>;

/** Query keys of journeys in a workspace; invalidate `journeyKeys.all(ws)` after a change. */
export const journeyKeys = {
  all: (workspace: string) => ['journeys', workspace] as const,
  one: (workspace: string, journey: string) => ['journeys', workspace, journey] as const,
};

/** Every journey of the workspace of the URL. */
export function useJourneyList() {
  const workspace = useWorkspaceKey();
  return useQuery({
    queryKey: journeyKeys.all(workspace),
    queryFn: async () =>
      (await unwrap(api.GET('/api/journeys', { headers: inWorkspace(workspace) }))).journeys,
  });
}

/** One journey document. */
export function useJourney(journey: string) {
  const workspace = useWorkspaceKey();
  return useQuery({
    queryKey: journeyKeys.one(workspace, journey),
    queryFn: () =>
      unwrap(
        api.GET('/api/journeys/{journey}', {
          params: { path: { journey } },
          headers: inWorkspace(workspace),
        }),
      ),
  });
}
