/** The notification-channel page's resources: the channels, changing them, "send test", the delivery log. */
import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, inWorkspace, unwrap } from '../../lib/api/client.ts';
import type { components } from '../../lib/api/schema.d.ts';
import { useWorkspaceKey } from '../../lib/session/session.ts';

/** A channel as the API shows it (secrets masked). */
export type TChannel = components['schemas']['NotificationChannel'];
/** A new channel's body. */
export type TNewChannel = components['schemas']['NewNotificationChannel'];
/** A change to a channel. */
export type TChannelChange = components['schemas']['NotificationChannelChange'];
/** A delivery with its attempts. */
export type TDelivery = components['schemas']['NotificationDelivery'];

const channelsKey = (workspace: string) => ['notification-channels', workspace] as const;

/** GET /api/notification-channels. */
export function useChannels() {
  const workspace = useWorkspaceKey();
  return useQuery({
    queryKey: channelsKey(workspace),
    queryFn: async () =>
      (await unwrap(api.GET('/api/notification-channels', { headers: inWorkspace(workspace) }))).channels,
  });
}

/** POST /api/notification-channels: answers the channel with a webhook's secret, shown once. */
export function useCreateChannel() {
  const workspace = useWorkspaceKey();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: TNewChannel) =>
      unwrap(api.POST('/api/notification-channels', { body, headers: inWorkspace(workspace) })),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: channelsKey(workspace) }),
  });
}

/** PATCH /api/notification-channels/{channel}: fields left out keep their value. */
export function useUpdateChannel() {
  const workspace = useWorkspaceKey();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ channel, body }: { channel: number; body: TChannelChange }) =>
      unwrap(
        api.PATCH('/api/notification-channels/{channel}', {
          params: { path: { channel } },
          body,
          headers: inWorkspace(workspace),
        }),
      ),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: channelsKey(workspace) }),
  });
}

/** DELETE /api/notification-channels/{channel}. */
export function useDeleteChannel() {
  const workspace = useWorkspaceKey();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (channel: number) =>
      unwrap(
        api.DELETE('/api/notification-channels/{channel}', {
          params: { path: { channel } },
          headers: inWorkspace(workspace),
        }),
      ),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: channelsKey(workspace) }),
  });
}

/** POST /api/notification-channels/{channel}/test: answers the test delivery's id. */
export function useSendTest() {
  const workspace = useWorkspaceKey();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (channel: number) =>
      unwrap(
        api.POST('/api/notification-channels/{channel}/test', {
          params: { path: { channel } },
          body: {},
          headers: inWorkspace(workspace),
        }),
      ),
    onSuccess: (_, channel) =>
      queryClient.invalidateQueries({ queryKey: ['notification-deliveries', workspace, channel] }),
  });
}

/** GET /api/notification-channels/{channel}/deliveries: a page of the log, refreshed while open. */
export function useDeliveries(channel: number | null, before: number | undefined) {
  const workspace = useWorkspaceKey();
  return useQuery({
    queryKey: ['notification-deliveries', workspace, channel, before] as const,
    enabled: channel !== null,
    placeholderData: keepPreviousData,
    refetchInterval: 3000,
    queryFn: () =>
      unwrap(
        api.GET('/api/notification-channels/{channel}/deliveries', {
          params: { path: { channel: channel ?? 0 }, query: { limit: 20, ...(before ? { before } : {}) } },
          headers: inWorkspace(workspace),
        }),
      ),
  });
}
