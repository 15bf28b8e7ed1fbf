import type { BrandConfig } from '../../common/brand-contract.ts';
import { createSession, type Session } from '../lib/auth/session.ts';
import { createApiLoader, type ApiLoader } from '../lib/api-context.tsx';
import type { I18nOptions } from '../lib/i18n.ts';
import { browserStorage, storageKey, type KeyValueStorage } from '../lib/storage.ts';
import { createTokenStore } from '../lib/auth/token-store.ts';

/** The app's long-lived objects, made once per page load from the brand. */
export interface AppServices {
  brand: BrandConfig;
  storage: KeyValueStorage;
  api: ApiLoader;
  session: Session;
  i18n: I18nOptions;
  colorModeKey: string;
  tokenKey: string;
}

export function createAppServices(brand: BrandConfig): AppServices {
  const storage = browserStorage();
  const tokenKey = storageKey(brand.id, 'token');
  const tokens = createTokenStore(storage, tokenKey);
  // The client reports an unrenewable session to the session store, which needs the client: the callback
  // runs long after both exist.
  // A separate chunk: axios is not needed to show the login page (see lib/api-context.tsx).
  const api = createApiLoader(async () => {
    const { createApiClient } = await import('../lib/api-client.ts');
    return createApiClient({ baseURL: brand.apiUrl, tokens, onSessionExpired: () => session.expire() });
  });
  const session = createSession({ api: api.load, tokens });
  return {
    brand,
    storage,
    api,
    session,
    i18n: { storage, languageKey: storageKey(brand.id, 'language') },
    colorModeKey: storageKey(brand.id, 'color-mode'),
    tokenKey,
  };
}
