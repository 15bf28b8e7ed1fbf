import { QueryClient } from '@tanstack/react-query';

/**
 * The signed-in user's cache of backend data. Made when the signed-in shell mounts, so signing out drops it
 * with everything it held, and it is never on the login page.
 *
 * - No automatic retries: a failed load shows its error with a retry button at once, as every page did.
 * - No refetch on window focus: the socket keeps what is on screen current (features update or invalidate
 *   the cache from its events), and a reconnection invalidates everything (see ./query-provider.tsx).
 */
export function createQueryClient(): QueryClient {
  return new QueryClient({
    defaultOptions: {
      queries: { retry: false, refetchOnWindowFocus: false },
      mutations: { retry: false },
    },
  });
}
