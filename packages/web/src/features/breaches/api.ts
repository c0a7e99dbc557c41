/** The breach feed's resource: a page of tolerance-floor breaches, filtered on the server. */
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { api, inWorkspace, unwrap } from '../../lib/api/client.ts';
import type { TOk } from '../../lib/api/types.ts';
import { useWorkspaceKey } from '../../lib/session/session.ts';

/** A page of the breach feed. */
export type TBreachPage = TOk<'/api/breaches', 'get'>;

/** One breach of the feed. */
export type TBreach = TBreachPage['breaches'][number];

/** What the feed is narrowed to; the period as instants. */
export type TBreachQuery = {
  journey?: string;
  touchpoint?: string;
  measure?: string;
  from: string;
  to: string;
  limit: number;
  before?: string;
};

/** GET /api/breaches: one page, newest first; the previous page stays on screen while the next loads. */
export function useBreachFeed(query: TBreachQuery) {
  const workspace = useWorkspaceKey();
  return useQuery({
    queryKey: ['breaches', workspace, query],
    placeholderData: keepPreviousData,
    queryFn: () => unwrap(api.GET('/api/breaches', { params: { query }, headers: inWorkspace(workspace) })),
  });
}
