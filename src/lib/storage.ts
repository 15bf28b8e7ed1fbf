/**
 * Browser storage, namespaced by brand: several brands can be served from one origin (a staging host,
 * localhost), and they must never share a session, a theme or a language choice.
 */
export type StorageName = 'token' | 'color-mode' | 'language' | 'sound' | 'drafts' | 'ticket-filters';

export function storageKey(brandId: string, name: StorageName): string {
  return `vitrine:${brandId}:${name}`;
}

/** The subset of `Storage` the app uses, so tests can pass a Map-backed fake. */
export interface KeyValueStorage {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
  removeItem(key: string): void;
}

/** localStorage when the browser allows it (it can throw: disabled storage, full quota), else nothing is remembered. */
export function browserStorage(): KeyValueStorage {
  const storage = typeof window === 'undefined' ? undefined : safely(() => window.localStorage, undefined);
  return {
    getItem: (key) => (storage ? safely(() => storage.getItem(key), null) : null),
    setItem: (key, value) => storage && safely(() => storage.setItem(key, value), undefined),
    removeItem: (key) => storage && safely(() => storage.removeItem(key), undefined),
  };
}

export function memoryStorage(initial: Record<string, string> = {}): KeyValueStorage {
  const values = new Map(Object.entries(initial));
  return {
    getItem: (key) => values.get(key) ?? null,
    setItem: (key, value) => void values.set(key, value),
    removeItem: (key) => void values.delete(key),
  };
}

function safely<T>(read: () => T, fallback: T): T {
  try {
    return read();
  } catch {
    return fallback;
  }
}
