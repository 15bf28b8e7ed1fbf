import { createContext, use } from 'react';
import type { ApiClient } from './api-client.ts';

/**
 * The API client, fetched on first use: axios and the client (~22 KB gzipped) are not needed to paint the
 * login page, so they load when the user starts typing, or at start-up when a stored session is restored.
 */
export interface ApiLoader {
  load(): Promise<ApiClient>;
  /** The client once loaded: always, under a signed-in page (signing in and restoring load it). */
  current(): ApiClient | undefined;
}

export function createApiLoader(create: () => Promise<ApiClient>): ApiLoader {
  let client: ApiClient | undefined;
  let pending: Promise<ApiClient> | undefined;
  return {
    load() {
      pending ??= create().then(
        (created) => (client = created),
        (error: unknown) => {
          pending = undefined; // a failed chunk fetch can be tried again
          throw error;
        },
      );
      return pending;
    },
    current: () => client,
  };
}

export const ApiContext = createContext<ApiLoader | null>(null);

/** The app's one API client, bound to the brand's backend; for signed-in pages. */
export function useApi(): ApiClient {
  const client = use(ApiContext)?.current();
  if (!client) throw new Error('useApi before the API client was loaded (is the page under <RequireAuth>?)');
  return client;
}
