import { createContext, use, useSyncExternalStore } from 'react';
import type { Session, SessionState } from './session.ts';
import type { SessionUser } from './types.ts';

export const SessionContext = createContext<Session | null>(null);

export function useSession(): Session {
  const session = use(SessionContext);
  if (!session) throw new Error('useSession outside <SessionContext>');
  return session;
}

/** The session's state, re-rendering on sign-in, sign-out and expiry. */
export function useSessionState(): SessionState {
  const session = useSession();
  return useSyncExternalStore(session.subscribe, session.getState);
}

/** The signed-in user; only for components under the protected routes. */
export function useUser(): SessionUser {
  const state = useSessionState();
  if (state.status !== 'signed-in') throw new Error('useUser without a signed-in user');
  return state.user;
}
