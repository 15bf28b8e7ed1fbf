import { describe, expect, it } from 'vitest';
import { createApiClient } from '../../../src/lib/api-client.ts';
import { memoryStorage } from '../../../src/lib/storage.ts';
import { createTokenStore } from '../../../src/lib/auth/token-store.ts';
import { createSession, SubscriptionExpiredError, type Session } from '../../../src/lib/auth/session.ts';
import { isSubscriptionExpired } from '../../../src/lib/auth/subscription.ts';
import { fakeAdapter, loginUser, refreshUser, type FakeHandler } from './fake-backend.ts';

const KEY = 'vitrine:test:token';
const NOW = new Date('2026-11-28T12:00:00Z');

function setup(handler: FakeHandler, storedToken?: string) {
  const storage = memoryStorage(storedToken ? { [KEY]: storedToken } : {});
  const tokens = createTokenStore(storage, KEY);
  const { adapter, seen } = fakeAdapter(handler);
  const api = createApiClient({
    baseURL: 'http://api.test',
    tokens,
    adapter,
    onSessionExpired: () => session.expire(),
  });
  const session: Session = createSession({ api: async () => api, tokens, now: () => NOW });
  return { session, storage, seen, tokens };
}

const loginOk =
  (dueDate?: string | null): FakeHandler =>
  (request) => {
    if (request.url === '/auth/login') {
      const body = request.data as { email: string; password: string };
      if (body.password !== '123456') return { status: 401, data: { error: 'ERR_INVALID_CREDENTIALS' } };
      return { status: 200, data: { token: 'login-token', user: loginUser({ dueDate }) } };
    }
    if (request.url === '/auth/logout') return { status: 200 };
    return { status: 404 };
  };

describe('session', () => {
  it('starts signed out without a stored token, restoring with one', () => {
    expect(setup(loginOk()).session.getState()).toEqual({ status: 'signed-out', reason: 'none' });
    expect(setup(loginOk(), 'stored').session.getState()).toEqual({ status: 'restoring' });
  });

  it('signs in, keeping the token under the brand key', async () => {
    const { session, storage } = setup(loginOk());
    const seenStates: string[] = [];
    session.subscribe(() => seenStates.push(session.getState().status));
    const user = await session.signIn({ email: 'admin@admin.com', password: '123456' });
    expect(user.name).toBe('Admin');
    expect(user.queues.map((q) => q.id)).toEqual([2]);
    expect(session.getState()).toMatchObject({ status: 'signed-in', user: { email: 'admin@admin.com' } });
    expect(storage.getItem(KEY)).toBe('login-token');
    expect(seenStates).toEqual(['signed-in']);
  });

  it('lets a refused login reject with the backend error and stays signed out', async () => {
    const { session, storage } = setup(loginOk());
    await expect(session.signIn({ email: 'admin@admin.com', password: 'wrong' })).rejects.toMatchObject({
      response: { status: 401 },
    });
    expect(session.getState().status).toBe('signed-out');
    expect(storage.getItem(KEY)).toBeNull();
  });

  it('refuses a company whose due date is past, and closes the backend session', async () => {
    const { session, storage, seen } = setup(loginOk('2026-01-01T03:00:00.000Z'));
    const error = await session.signIn({ email: 'admin@admin.com', password: '123456' }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(SubscriptionExpiredError);
    expect((error as SubscriptionExpiredError).dueDate).toBe('2026-01-01T03:00:00.000Z');
    expect(session.getState().status).toBe('signed-out');
    expect(storage.getItem(KEY)).toBeNull();
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(seen.map((r) => `${r.method} ${r.url} ${r.authorization}`)).toContain(
      'DELETE /auth/logout Bearer login-token',
    );
  });

  it('restores a stored session from the refresh cookie', async () => {
    const { session, storage } = setup(
      (request) =>
        request.url === '/auth/refresh_token'
          ? { status: 200, data: { token: 'renewed', user: refreshUser() } }
          : { status: 404 },
      'stored',
    );
    await session.restore();
    expect(session.getState()).toMatchObject({
      status: 'signed-in',
      user: { name: 'Admin', company: { id: 1, name: 'Empresa 1' }, queues: [] },
    });
    expect(storage.getItem(KEY)).toBe('renewed');
  });

  it('ends a stored session the backend no longer knows as expired', async () => {
    const { session, storage } = setup(() => ({ status: 401, data: { error: 'ERR_SESSION_EXPIRED' } }), 'stored');
    await session.restore();
    expect(session.getState()).toEqual({ status: 'signed-out', reason: 'expired' });
    expect(storage.getItem(KEY)).toBeNull();
  });

  it('keeps a stored session it could not check, to retry', async () => {
    const { session, storage } = setup(() => 'network-error', 'stored');
    await session.restore();
    expect(session.getState()).toEqual({ status: 'restore-failed', failure: { kind: 'network' } });
    expect(storage.getItem(KEY)).toBe('stored');
  });

  it('signs out locally at once and tells the backend with the token it had', async () => {
    const { session, storage, seen } = setup(loginOk());
    await session.signIn({ email: 'admin@admin.com', password: '123456' });
    const done = session.signOut();
    expect(session.getState()).toEqual({ status: 'signed-out', reason: 'logout' });
    expect(storage.getItem(KEY)).toBeNull();
    await done;
    expect(seen.at(-1)).toMatchObject({ method: 'DELETE', url: '/auth/logout', authorization: 'Bearer login-token' });
  });

  it('renews an expired token quietly to end the backend session, without keeping it', async () => {
    let valid = 'login-token';
    const { session, storage, seen } = setup((request) => {
      if (request.url === '/auth/login') return loginOk()(request);
      if (request.url === '/auth/refresh_token') {
        valid = 'renewed';
        return { status: 200, data: { token: 'renewed', user: refreshUser() } };
      }
      if (request.authorization !== `Bearer ${valid}`)
        return { status: 403, data: { error: "Invalid token. We'll try to assign a new one on next request" } };
      return { status: 200 };
    });
    await session.signIn({ email: 'admin@admin.com', password: '123456' });
    valid = 'something-newer'; // the login token has expired
    await session.signOut();
    expect(seen.map((r) => `${r.method} ${r.url} ${r.authorization}`).slice(1)).toEqual([
      'DELETE /auth/logout Bearer login-token',
      'POST /auth/refresh_token undefined',
      'DELETE /auth/logout Bearer renewed',
    ]);
    expect(session.getState()).toEqual({ status: 'signed-out', reason: 'logout' });
    expect(storage.getItem(KEY)).toBeNull();
  });

  it('signs out even when the backend refuses the logout', async () => {
    const { session } = setup((request) =>
      request.url === '/auth/login'
        ? loginOk()(request)
        : { status: 403, data: { error: "Invalid token. We'll try to assign a new one on next request" } },
    );
    await session.signIn({ email: 'admin@admin.com', password: '123456' });
    await session.signOut();
    expect(session.getState()).toEqual({ status: 'signed-out', reason: 'logout' });
  });

  it('follows another tab signing out', async () => {
    const { session, storage } = setup(loginOk());
    await session.signIn({ email: 'admin@admin.com', password: '123456' });
    storage.removeItem(KEY);
    session.syncWithOtherTabs();
    expect(session.getState()).toEqual({ status: 'signed-out', reason: 'logout' });
  });
});

describe('isSubscriptionExpired', () => {
  it('compares the due date with now', () => {
    expect(isSubscriptionExpired('2026-11-28T11:59:59Z', NOW)).toBe(true);
    expect(isSubscriptionExpired('2093-03-14T03:00:00.000Z', NOW)).toBe(false);
  });

  it('does not refuse a missing or unreadable date', () => {
    expect(isSubscriptionExpired(null, NOW)).toBe(false);
    expect(isSubscriptionExpired(undefined, NOW)).toBe(false);
    expect(isSubscriptionExpired('', NOW)).toBe(false);
    expect(isSubscriptionExpired('not a date', NOW)).toBe(false);
  });
});
