import type { KeyValueStorage } from '../storage.ts';

/**
 * The access token: read from memory on every request, mirrored to storage so a reload keeps the session.
 * (The refresh token is the backend's httpOnly `jrt` cookie: the app never sees it.)
 */
export interface TokenStore {
  get(): string | null;
  set(token: string): void;
  clear(): void;
  /** Re-reads storage, e.g. after another tab of the same brand signed in or out. Returns true if it changed. */
  syncFromStorage(): boolean;
}

export function createTokenStore(storage: KeyValueStorage, key: string): TokenStore {
  let token = storage.getItem(key);
  return {
    get: () => token,
    set(next) {
      token = next;
      storage.setItem(key, next);
    },
    clear() {
      token = null;
      storage.removeItem(key);
    },
    syncFromStorage() {
      const stored = storage.getItem(key);
      if (stored === token) return false;
      token = stored;
      return true;
    },
  };
}
