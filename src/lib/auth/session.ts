import type { ApiClient } from '../api-client.ts';
import type { ApiFailure } from '../api-errors.ts';
import type { TokenStore } from './token-store.ts';
import type { RestoreOutcome } from './auth-api.ts';
import type { Credentials, SessionUser } from './types.ts';
import { isSubscriptionExpired } from './subscription.ts';

export type SessionState =
  /** A token was stored: asking the backend whether the session still holds. */
  | { status: 'restoring' }
  /** Could not ask (server unreachable or failing): the session may be fine, offer a retry. */
  | { status: 'restore-failed'; failure: ApiFailure }
  | { status: 'signed-in'; user: SessionUser }
  /**
   * `expired`: the session ended on its own, which the login page says; `logout`: the user left (the login
   * page then forgets where they were); `none`: never signed in on this page.
   */
  | { status: 'signed-out'; reason: SignOutReason };

export type SignOutReason = 'none' | 'logout' | 'expired';

/** Login refused because the company's subscription is over (Atendechat refuses it the same way). */
export class SubscriptionExpiredError extends Error {
  constructor(readonly dueDate: string) {
    super(`Subscription expired on ${dueDate}`);
    this.name = 'SubscriptionExpiredError';
  }
}

export interface Session {
  getState(): SessionState;
  subscribe(listener: () => void): () => void;
  /**
   * Fetches the code signing in needs (the HTTP client, the auth calls and their response checks), so it is
   * there by the time the user submits; the login page calls it once the user starts typing.
   */
  prepare(): Promise<void>;
  /** Renews a stored session (reload): gets a fresh token and the user from the refresh cookie. */
  restore(): Promise<void>;
  signIn(credentials: Credentials): Promise<SessionUser>;
  signOut(): Promise<void>;
  /** The token could not be renewed: back to the login page, which says the session expired. */
  expire(): void;
  /** Another tab of the same brand signed in or out (a `storage` event): follow it. */
  syncWithOtherTabs(): void;
}

export interface SessionOptions {
  /** The API client, possibly still to be fetched (see lib/api-context.tsx). */
  api: () => Promise<ApiClient>;
  tokens: TokenStore;
  now?: () => Date;
}

/** The auth calls, with the response checks (zod): a separate chunk, not needed to paint the login page. */
const loadAuthApi = () => import('./auth-api.ts');

/** The signed-in user and the session's life cycle, as a small external store for useSyncExternalStore. */
export function createSession({ api, tokens, now = () => new Date() }: SessionOptions): Session {
  const clientAndAuth = () => Promise.all([api(), loadAuthApi()]);
  let state: SessionState = tokens.get() ? { status: 'restoring' } : { status: 'signed-out', reason: 'none' };
  const listeners = new Set<() => void>();
  const setState = (next: SessionState) => {
    state = next;
    for (const listener of listeners) listener();
  };

  const session: Session = {
    getState: () => state,
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },

    async prepare() {
      await clientAndAuth();
    },

    async restore() {
      if (!tokens.get()) {
        setState({ status: 'signed-out', reason: 'none' });
        return;
      }
      setState({ status: 'restoring' });
      let outcome: RestoreOutcome;
      try {
        const [client, auth] = await clientAndAuth();
        outcome = await auth.restoreSession(client);
      } catch {
        // The code itself could not be fetched (offline, or a new deploy): worth a retry, like a server down.
        outcome = { failure: { kind: 'network' } };
      }
      if ('user' in outcome) setState({ status: 'signed-in', user: outcome.user });
      else if ('failure' in outcome) setState({ status: 'restore-failed', failure: outcome.failure });
      // `expired`: a refused refresh already went through expire() (the client's onSessionExpired).
    },

    async signIn(credentials) {
      const [client, auth] = await clientAndAuth();
      const { token, user } = await auth.loginWithEmail(client, credentials);
      const dueDate = user.company?.dueDate;
      if (isSubscriptionExpired(dueDate, now())) {
        // The backend has opened a session anyway: close it so its refresh cookie does not linger.
        void auth.logoutOnServer(client, token);
        throw new SubscriptionExpiredError(dueDate ?? '');
      }
      tokens.set(token);
      setState({ status: 'signed-in', user });
      return user;
    },

    async signOut() {
      const token = tokens.get();
      // Signed out locally first: the UI leaves at once, whatever the backend answers.
      tokens.clear();
      setState({ status: 'signed-out', reason: 'logout' });
      if (!token) return;
      const [client, auth] = await clientAndAuth();
      await auth.logoutOnServer(client, token);
    },

    expire() {
      if (state.status === 'signed-out') return;
      tokens.clear();
      setState({ status: 'signed-out', reason: 'expired' });
    },

    syncWithOtherTabs() {
      if (!tokens.syncFromStorage()) return;
      const token = tokens.get();
      if (!token && state.status !== 'signed-out') setState({ status: 'signed-out', reason: 'logout' });
      else if (token && state.status === 'signed-out') void session.restore();
    },
  };
  return session;
}
