/** A survey's QR links (GET/POST /api/surveys/{key}/qr-links, PATCH .../{id}). */
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, inWorkspace, unwrap } from '../../lib/api/client.ts';
import type { components } from '../../lib/api/schema.d.ts';
import { useWorkspaceKey } from '../../lib/session/session.ts';

/** A QR link, and what making one takes. */
export type TQrLink = components['schemas']['SurveyQrLink'];
export type TQrLinkInput = components['schemas']['SurveyQrLinkInput'];

const qrKey = (ws: string, survey: string) => ['survey-qr-links', ws, survey] as const;

/** GET /api/surveys/{key}/qr-links. */
export function useQrLinks(survey: string | null) {
  const workspace = useWorkspaceKey();
  return useQuery({
    queryKey: qrKey(workspace, survey ?? ''),
    enabled: survey !== null,
    queryFn: async () =>
      (
        await unwrap(
          api.GET('/api/surveys/{key}/qr-links', {
            params: { path: { key: survey ?? '' } },
            headers: inWorkspace(workspace),
          }),
        )
      ).qrLinks,
  });
}

/** POST /api/surveys/{key}/qr-links. */
export function useCreateQrLink(survey: string) {
  const workspace = useWorkspaceKey();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: TQrLinkInput) =>
      unwrap(
        api.POST('/api/surveys/{key}/qr-links', {
          params: { path: { key: survey } },
          body,
          headers: inWorkspace(workspace),
        }),
      ),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: qrKey(workspace, survey) }),
  });
}

/** PATCH /api/surveys/{key}/qr-links/{id}: enable or disable. */
export function useSetQrLinkEnabled(survey: string) {
  const workspace = useWorkspaceKey();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id, enabled }: { id: string; enabled: boolean }) =>
      unwrap(
        api.PATCH('/api/surveys/{key}/qr-links/{id}', {
          params: { path: { key: survey, id } },
          body: { enabled },
          headers: inWorkspace(workspace),
        }),
      ),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: qrKey(workspace, survey) }),
  });
}

/**
 * The workspace's language (GET /api/settings, `settings:read` as the QR links): the language of a survey
 * page whose link names none, so the language a QR code without one prints its card in. Read from the
 * settings' own cache entry, which the settings page and the time zone share.
 */
export function useWorkspaceLanguage() {
  const workspace = useWorkspaceKey();
  return useQuery({
    queryKey: ['settings', workspace] as const,
    queryFn: () => unwrap(api.GET('/api/settings', { headers: inWorkspace(workspace) })),
    select: (settings) => settings.language,
  });
}
