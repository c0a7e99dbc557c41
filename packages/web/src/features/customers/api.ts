/** The customer page's resources: a search by customer id or episode key, a timeline, an episode. */
import { useQuery } from '@tanstack/react-query';
import { api, inWorkspace, unwrap } from '../../lib/api/client.ts';
import { ApiError } from '../../lib/api/errors.ts';
import type { TOk } from '../../lib/api/types.ts';
import { useWorkspaceKey } from '../../lib/session/session.ts';

/** A customer's timeline as the API sends it (personal attributes masked for roles without `pii`). */
export type TTimeline = TOk<'/api/customers/{customer}/timeline', 'get'>;

/** A moment of the timeline. */
export type TTimelineMoment = TTimeline['moments'][number];

/** An episode with its moments. */
export type TEpisode = TOk<'/api/journeys/{journey}/episodes/{key}', 'get'>;

/** What a search found: customers (with the episode when the term was an episode key). */
export type TSearchHit = { customer: string; journey?: string; episode?: string };

const isNotFound = (error: unknown) => error instanceof ApiError && error.status === 404;

/**
 * Finds a customer by their id or, failing that, the customers with an episode of that key in any journey
 * (several customers may share one; each journey is asked once).
 */
export function useCustomerSearch(term: string, journeys: readonly string[]) {
  const workspace = useWorkspaceKey();
  return useQuery({
    queryKey: ['customer-search', workspace, term, journeys],
    enabled: term !== '',
    retry: false,
    queryFn: async (): Promise<TSearchHit[]> => {
      try {
        await unwrap(
          api.GET('/api/customers/{customer}/timeline', {
            params: { path: { customer: term }, query: { limit: 1 } },
            headers: inWorkspace(workspace),
          }),
        );
        return [{ customer: term }];
      } catch (error) {
        if (!isNotFound(error)) throw error;
      }
      const found = await Promise.all(
        journeys.map(async (journey): Promise<TSearchHit[]> => {
          try {
            const e = await unwrap(
              api.GET('/api/journeys/{journey}/episodes/{key}', {
                params: { path: { journey, key: term }, query: {} },
                headers: inWorkspace(workspace),
              }),
            );
            return [{ customer: e.customer, journey, episode: e.key }];
          } catch (error) {
            if (isNotFound(error)) return [];
            // Several customers share the key: the agent names the customer instead.
            if (error instanceof ApiError && error.status === 409)
              return [{ customer: '', journey, episode: term }];
            throw error;
          }
        }),
      );
      return found.flat();
    },
  });
}

/** GET /api/customers/{customer}/timeline (the latest 500 moments). */
export function useTimeline(customer: string) {
  const workspace = useWorkspaceKey();
  return useQuery({
    queryKey: ['timeline', workspace, customer],
    enabled: customer !== '',
    queryFn: () =>
      unwrap(
        api.GET('/api/customers/{customer}/timeline', {
          params: { path: { customer }, query: { limit: 500 } },
          headers: inWorkspace(workspace),
        }),
      ),
  });
}

/** GET /api/journeys/{journey}/episodes/{key} of one customer. */
export function useCustomerEpisode(journey: string, key: string, customer: string) {
  const workspace = useWorkspaceKey();
  return useQuery({
    queryKey: ['episode', workspace, journey, key, customer],
    enabled: journey !== '' && key !== '',
    queryFn: () =>
      unwrap(
        api.GET('/api/journeys/{journey}/episodes/{key}', {
          params: { path: { journey, key }, query: { customer } },
          headers: inWorkspace(workspace),
        }),
      ),
  });
}
