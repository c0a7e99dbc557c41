/** The journeys feature's resources: packs, creating a journey from one, saving a whole journey. */
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, inWorkspace, unwrap } from '../../lib/api/client.ts';
import type { components } from '../../lib/api/schema.d.ts';
import type { TJourneyDoc } from '../../lib/journeys.ts';
import { journeyKeys } from '../../lib/journeys.ts';
import { useWorkspaceKey } from '../../lib/session/session.ts';

/** An industry pack as listed. */
export type TPackSummary = components['schemas']['PackSummary'];

/** The built-in industry packs (they never change while the server runs). */
export function usePacks() {
  const workspace = useWorkspaceKey();
  return useQuery({
    queryKey: ['packs'],
    staleTime: Infinity,
    queryFn: async () => (await unwrap(api.GET('/api/packs', { headers: inWorkspace(workspace) }))).packs,
  });
}

/** One journey of a pack, as it would be created. */
export function usePackJourney(pack: string | undefined, journey: string | undefined) {
  const workspace = useWorkspaceKey();
  return useQuery({
    queryKey: ['packs', pack, journey],
    enabled: Boolean(pack && journey),
    staleTime: Infinity,
    queryFn: () =>
      unwrap(
        api.GET('/api/packs/{pack}/journeys/{journey}', {
          params: { path: { pack: pack ?? '', journey: journey ?? '' } },
          headers: inWorkspace(workspace),
        }),
      ),
  });
}

/** Creates a pack's journey in the workspace, under its own key or another. */
export function useCreateFromPack() {
  const workspace = useWorkspaceKey();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: { pack: string; journey: string; key: string }) =>
      unwrap(
        api.POST('/api/packs/{pack}/journeys/{journey}', {
          params: { path: { pack: input.pack, journey: input.journey } },
          body: { key: input.key },
          headers: inWorkspace(workspace),
        }),
      ),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: journeyKeys.all(workspace) }),
  });
}

/** Replaces a whole journey; the server validates the document as a whole. */
export function useSaveJourney() {
  const workspace = useWorkspaceKey();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (journey: TJourneyDoc) =>
      unwrap(
        api.PUT('/api/journeys/{journey}', {
          params: { path: { journey: journey.key } },
          body: journey,
          headers: inWorkspace(workspace),
        }),
      ),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: journeyKeys.all(workspace) }),
  });
}
