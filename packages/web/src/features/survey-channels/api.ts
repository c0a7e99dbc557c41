/** The survey channels' resources: settings per kind, "send test", the delivery log, the phone survey. */
import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, inWorkspace, unwrap } from '../../lib/api/client.ts';
import type { components } from '../../lib/api/schema.d.ts';
import { useWorkspaceKey } from '../../lib/session/session.ts';

/** A kind's settings as the API shows them (secrets masked). */
export type TChannelSettings = components['schemas']['SurveyChannelSettings'];
/** A kind of channel with settings. */
export type TChannelKind = TChannelSettings['kind'];
/** One delivery of the log. */
export type TChannelDelivery = components['schemas']['SurveyChannelDelivery'];
/** What a test send came to. */
export type TSendOutcome = components['schemas']['SurveyChannelSendOutcome'];

const settingsKey = (workspace: string) => ['survey-channels', workspace] as const;

/** GET /api/survey-channels. */
export function useChannelSettings() {
  const workspace = useWorkspaceKey();
  return useQuery({
    queryKey: settingsKey(workspace),
    queryFn: async () =>
      (await unwrap(api.GET('/api/survey-channels', { headers: inWorkspace(workspace) }))).channels,
  });
}

/** PUT /api/survey-channels/{kind}: a secret left out keeps the stored one. */
export function useSaveChannelSettings() {
  const workspace = useWorkspaceKey();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ kind, body }: { kind: TChannelKind; body: Record<string, unknown> }) =>
      unwrap(
        api.PUT('/api/survey-channels/{kind}', {
          params: { path: { kind } },
          body: body as components['schemas']['SurveyChannelSettingsChange'],
          headers: inWorkspace(workspace),
        }),
      ),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: settingsKey(workspace) }),
  });
}

/** POST /api/survey-channels/{kind}/test: sent at once; answers what the receiver said. */
export function useSendChannelTest() {
  const workspace = useWorkspaceKey();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ kind, address }: { kind: Exclude<TChannelKind, 'phone'>; address: string }) =>
      unwrap(
        api.POST('/api/survey-channels/{kind}/test', {
          params: { path: { kind } },
          body: { address },
          headers: inWorkspace(workspace),
        }),
      ),
    onSettled: () => queryClient.invalidateQueries({ queryKey: ['survey-channel-deliveries', workspace] }),
  });
}

/** GET /api/survey-channels/deliveries: a page of the log, refreshed while shown. */
export function useChannelDeliveries(before: number | undefined) {
  const workspace = useWorkspaceKey();
  return useQuery({
    queryKey: ['survey-channel-deliveries', workspace, before] as const,
    placeholderData: keepPreviousData,
    refetchInterval: 5000,
    queryFn: () =>
      unwrap(
        api.GET('/api/survey-channels/deliveries', {
          params: { query: { limit: 20, ...(before ? { before } : {}) } },
          headers: inWorkspace(workspace),
        }),
      ),
  });
}
