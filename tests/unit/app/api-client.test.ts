import { describe, expect, it, vi } from 'vitest';
import { createApiClient } from '../../../src/lib/api-client.ts';
import { SessionExpiredError, toApiFailure } from '../../../src/lib/api-errors.ts';
import { memoryStorage } from '../../../src/lib/storage.ts';
import { createTokenStore } from '../../../src/lib/auth/token-store.ts';
import { fakeAdapter, flush, INVALID_TOKEN_BODY, type FakeHandler } from './fake-backend.ts';

const TOKEN_KEY = 'vitrine:test:token';

function setup(handler: FakeHandler, storedToken: string | null = 'old-token') {
  const storage = memoryStorage(storedToken ? { [TOKEN_KEY]: storedToken } : {});
  const tokens = createTokenStore(storage, TOKEN_KEY);
  const onSessionExpired = vi.fn();
  const { adapter, seen } = fakeAdapter(handler);
  const api = createApiClient({ baseURL: 'http://api.test', tokens, onSessionExpired, adapter });
  return { api, tokens, storage, onSessionExpired, seen };
}

/** A backend whose valid access token is `valid`; refresh hands out `fresh-token` (after `gate`, if given). */
function backend({
  refresh = 'ok',
  gate,
}: { refresh?: 'ok' | 'refused' | 'network-error'; gate?: Promise<void> } = {}): FakeHandler {
  let valid = 'valid-token';
  return async (request) => {
    if (request.url === '/auth/refresh_token') {
      await gate;
      if (refresh === 'network-error') return 'network-error';
      if (refresh === 'refused') return { status: 401, data: { error: 'ERR_SESSION_EXPIRED' } };
      valid = 'fresh-token';
      return { status: 200, data: { token: 'fresh-token', user: { id: 1 } } };
    }
    if (!request.authorization) return { status: 401, data: { error: 'ERR_SESSION_EXPIRED' } };
    if (request.authorization !== `Bearer ${valid}`) return { status: 403, data: INVALID_TOKEN_BODY };
    if (request.url === '/users' && request.method === 'POST')
      return { status: 403, data: { error: 'ERR_NO_PERMISSION' } };
    return { status: 200, data: { url: request.url } };
  };
}

describe('api client', () => {
  it('sends the stored token as a Bearer header, with credentials, to the brand backend', async () => {
    const { api, seen } = setup(() => ({ status: 200, data: {} }), 'abc');
    await api.get('/tickets');
    expect(seen[0]?.authorization).toBe('Bearer abc');
    expect(api.defaults.withCredentials).toBe(true);
    expect(api.defaults.baseURL).toBe('http://api.test');
  });

  it('renews an invalid token once and retries the request with the new one', async () => {
    const { api, seen, tokens, storage, onSessionExpired } = setup(backend());
    const response = await api.get('/tickets');
    expect(response.data).toEqual({ url: '/tickets' });
    expect(seen.map((r) => `${r.method} ${r.url} ${r.authorization}`)).toEqual([
      'GET /tickets Bearer old-token',
      'POST /auth/refresh_token Bearer old-token',
      'GET /tickets Bearer fresh-token',
    ]);
    expect(tokens.get()).toBe('fresh-token');
    expect(storage.getItem(TOKEN_KEY)).toBe('fresh-token');
    expect(onSessionExpired).not.toHaveBeenCalled();
  });

  it('renews on 401 ERR_SESSION_EXPIRED too (no token was sent)', async () => {
    const { api, seen } = setup(backend(), null);
    await api.get('/tickets');
    expect(seen.map((r) => r.url)).toEqual(['/tickets', '/auth/refresh_token', '/tickets']);
    expect(seen[2]?.authorization).toBe('Bearer fresh-token');
  });

  it('shares one refresh among concurrent failures and queues requests made meanwhile', async () => {
    let open!: () => void;
    const gate = new Promise<void>((resolve) => (open = resolve));
    const { api, seen } = setup(backend({ gate }));
    const first = [api.get('/a'), api.get('/b'), api.get('/c')];
    await flush();
    // The refresh is in flight: a new request waits for it instead of going out with the old token.
    const later = api.get('/d');
    await flush();
    expect(seen.filter((r) => r.url === '/auth/refresh_token')).toHaveLength(1);
    expect(seen.some((r) => r.url === '/d')).toBe(false);
    open();
    const results = await Promise.all([...first, later]);
    expect(results.map((r) => r.data)).toEqual([{ url: '/a' }, { url: '/b' }, { url: '/c' }, { url: '/d' }]);
    expect(seen.filter((r) => r.url === '/auth/refresh_token')).toHaveLength(1);
    expect(seen.filter((r) => r.url === '/d').map((r) => r.authorization)).toEqual(['Bearer fresh-token']);
  });

  it('resends without refreshing when another request renewed the token meanwhile', async () => {
    const { api, seen, tokens } = setup(backend());
    await api.get('/a'); // renews to fresh-token
    tokens.set('fresh-token');
    // A response for a request sent with the old token arrives after the renewal.
    const handlerSeen = seen.length;
    const stale = api.get('/b', { headers: { Authorization: 'Bearer old-token' } });
    await stale;
    expect(seen.slice(handlerSeen).map((r) => `${r.url} ${r.authorization}`)).toEqual([
      '/b Bearer old-token',
      '/b Bearer fresh-token',
    ]);
  });

  it('ends the session once when the refresh is refused, and rejects every waiting request', async () => {
    const { api, tokens, storage, onSessionExpired, seen } = setup(backend({ refresh: 'refused' }));
    const results = await Promise.allSettled([api.get('/a'), api.get('/b')]);
    for (const result of results) {
      expect(result.status).toBe('rejected');
      expect((result as PromiseRejectedResult).reason).toBeInstanceOf(SessionExpiredError);
    }
    expect(onSessionExpired).toHaveBeenCalledTimes(1);
    expect(seen.filter((r) => r.url === '/auth/refresh_token')).toHaveLength(1);
    expect(tokens.get()).toBeNull();
    expect(storage.getItem(TOKEN_KEY)).toBeNull();
  });

  it('keeps the session when the refresh cannot reach the server, and reports a network failure', async () => {
    const { api, tokens, onSessionExpired } = setup(backend({ refresh: 'network-error' }));
    const error = await api.get('/a').catch((e: unknown) => e);
    expect(toApiFailure(error)).toEqual({ kind: 'network' });
    expect(onSessionExpired).not.toHaveBeenCalled();
    expect(tokens.get()).toBe('old-token');
  });

  it('never refreshes on business errors', async () => {
    const { api, seen, onSessionExpired } = setup(backend(), 'valid-token');
    const error = await api.post('/users', {}).catch((e: unknown) => e);
    expect(toApiFailure(error)).toEqual({ kind: 'http', status: 403, error: 'ERR_NO_PERMISSION' });
    for (const reply of [
      { status: 403, data: { error: 'ERR_USER_CREATION_COUNT' } },
      { status: 400, data: { error: 'ERR_DUPLICATED_CONTACT' } },
      { status: 401, data: { error: 'ERR_INVALID_CREDENTIALS' } },
      { status: 500, data: { error: 'ERR_INTERNAL_SERVER_ERROR' } },
    ]) {
      const other = setup(() => reply, 'valid-token');
      const failure = toApiFailure(await other.api.get('/x').catch((e: unknown) => e));
      expect(failure).toEqual({ kind: 'http', status: reply.status, error: reply.data.error });
      expect(other.seen).toHaveLength(1);
    }
    expect(seen.filter((r) => r.url === '/auth/refresh_token')).toHaveLength(0);
    expect(onSessionExpired).not.toHaveBeenCalled();
  });

  it('does not touch requests marked skipTokenRefresh', async () => {
    const { api, seen } = setup(() => ({ status: 403, data: INVALID_TOKEN_BODY }));
    await expect(api.delete('/auth/logout', { skipTokenRefresh: true })).rejects.toThrow();
    expect(seen).toHaveLength(1);
  });

  it('gives up when the retried request is refused again', async () => {
    const { api, onSessionExpired } = setup((request) =>
      request.url === '/auth/refresh_token'
        ? { status: 200, data: { token: 't2' } }
        : { status: 403, data: INVALID_TOKEN_BODY },
    );
    await expect(api.get('/a')).rejects.toBeInstanceOf(SessionExpiredError);
    expect(onSessionExpired).toHaveBeenCalledTimes(1);
  });

  it('renewToken returns the refresh answer and shares one request', async () => {
    const { api, seen } = setup(backend());
    const [a, b] = await Promise.all([api.renewToken(), api.renewToken()]);
    expect(a).toEqual({ token: 'fresh-token', data: { token: 'fresh-token', user: { id: 1 } } });
    expect(b).toBe(a);
    expect(seen).toHaveLength(1);
  });
});
