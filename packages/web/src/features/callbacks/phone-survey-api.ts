/** The survey of a callback planned by the phone channel (a survey invitation by phone). */
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, inWorkspace, unwrap } from '../../lib/api/client.ts';
import { ApiError } from '../../lib/api/errors.ts';
import type { components } from '../../lib/api/schema.d.ts';
import { useWorkspaceKey } from '../../lib/session/session.ts';

/** The survey of a callback planned by the phone channel. */
export type TPhoneSurvey = components['schemas']['PhoneSurvey'];

/** GET /api/survey-channels/phone/callbacks/{callback}: null when the callback is not a survey by phone. */
export function usePhoneSurvey(callback: number) {
  const workspace = useWorkspaceKey();
  return useQuery({
    queryKey: ['phone-survey', workspace, callback] as const,
    queryFn: async (): Promise<TPhoneSurvey | null> => {
      try {
        const found = await unwrap(
          api.GET('/api/survey-channels/phone/callbacks/{callback}', {
            params: { path: { callback } },
            headers: inWorkspace(workspace),
          }),
        );
        return found as TPhoneSurvey;
      } catch (error) {
        // Not a survey by phone: the callback page shows nothing more.
        if (error instanceof ApiError && error.status === 404) return null;
        throw error;
      }
    },
  });
}

/** POST /api/survey-channels/phone/callbacks/{callback}/answers. */
export function useRecordPhoneAnswers(callback: number) {
  const workspace = useWorkspaceKey();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (answers: Record<string, unknown>) =>
      unwrap(
        api.POST('/api/survey-channels/phone/callbacks/{callback}/answers', {
          params: { path: { callback } },
          body: { answers },
          headers: inWorkspace(workspace),
        }),
      ),
    onSettled: async () => {
      await queryClient.invalidateQueries({ queryKey: ['phone-survey', workspace, callback] });
      // The answers finish the callback (its attempt recorded): the callbacks' queries (api.ts) read again.
      await queryClient.invalidateQueries({ queryKey: ['callbacks', workspace] });
    },
  });
}
