import { QueryCache, QueryClient } from '@tanstack/react-query';
import { ApiError, isUnauthenticated, ServerUnreachableError } from '../lib/api/errors.ts';

/** Sends the visitor to the sign-in page, to come back here afterwards. */
function goToSignIn(): void {
  const here = window.location.pathname + window.location.search;
  if (window.location.pathname !== '/sign-in')
    window.location.assign(`/sign-in?next=${encodeURIComponent(here)}`);
}

/**
 * The app's query client: an answer of 401 anywhere means the session ended, so the visitor goes to sign in;
 * errors the server gave on purpose (4xx) are not retried, except 429; a server that did not answer is, once.
 */
export const queryClient = new QueryClient({
  queryCache: new QueryCache({
    onError: (error) => {
      if (isUnauthenticated(error)) goToSignIn();
    },
  }),
  defaultOptions: {
    queries: {
      staleTime: 30_000,
      refetchOnWindowFocus: false,
      retry: (failures, error) =>
        (error instanceof ServerUnreachableError && failures < 1) ||
        // Too many analyses at once in the workspace: the server asks to come back shortly.
        (error instanceof ApiError && error.status === 429 && failures < 5),
      retryDelay: (failures) => Math.min(1000 * 2 ** failures, 8000),
    },
    mutations: { retry: false },
  },
});
