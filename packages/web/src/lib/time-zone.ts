/** Dates are shown in the workspace's time zone (its settings), the same for everyone in it. */
import { useQuery } from '@tanstack/react-query';
import { api, inWorkspace, unwrap } from './api/client.ts';
import { setDisplayTimeZone } from './format.ts';

/**
 * Reads the workspace's time zone and makes format.ts use it; until it is known (or for a role that may
 * not read settings) dates are in the browser's zone. Shares its cache entry with the settings page.
 */
export function useWorkspaceTimeZone(workspace: string): string | undefined {
  const settings = useQuery({
    queryKey: ['settings', workspace],
    queryFn: () => unwrap(api.GET('/api/settings', { headers: inWorkspace(workspace) })),
    staleTime: 5 * 60_000,
    retry: false,
  });
  const timeZone = settings.data?.timeZone;
  // Set during render, before the children format any date of this render.
  setDisplayTimeZone(timeZone);
  return timeZone;
}
