import type { ApiClient } from '../api-client.ts';
import { REFRESH_TOKEN_PATH } from '../api-endpoints.ts';
import { isTokenRejection, SessionExpiredError, toApiFailure, type ApiFailure } from '../api-errors.ts';
import { parseAuthResponse, type AuthResponse, type Credentials, type SessionUser } from './types.ts';

/** POST /auth/login: the token and user; the backend also sets the refresh cookie. */
export async function loginWithEmail(api: ApiClient, credentials: Credentials): Promise<AuthResponse> {
  const response = await api.post<unknown>('/auth/login', credentials, { skipTokenRefresh: true });
  return parseAuthResponse(response.data, 'POST /auth/login');
}

export type RestoreOutcome =
  | { user: SessionUser }
  /** The backend refused the refresh cookie; the client has already reported the session expired. */
  | { expired: true }
  /** No usable answer (server unreachable or failing): the session may be fine, a retry may work. */
  | { failure: ApiFailure };

/** POST /auth/refresh_token: a fresh token and the user, from the refresh cookie (reload of a signed-in page). */
export async function restoreSession(api: ApiClient): Promise<RestoreOutcome> {
  try {
    const { data } = await api.renewToken();
    return { user: parseAuthResponse(data, `POST ${REFRESH_TOKEN_PATH}`).user };
  } catch (error) {
    return error instanceof SessionExpiredError ? { expired: true } : { failure: toApiFailure(error) };
  }
}

/**
 * DELETE /auth/logout with the given token, so the backend clears the refresh cookie. When that token has
 * expired meanwhile, one quiet renewal (not stored: the local session is already gone) and a second try.
 * Best effort: the user is signed out locally whatever happens here.
 */
export async function logoutOnServer(api: ApiClient, token: string): Promise<void> {
  const logout = (bearer: string) =>
    api.delete('/auth/logout', { headers: { Authorization: `Bearer ${bearer}` }, skipTokenRefresh: true });
  try {
    await logout(token);
  } catch (error) {
    const failure = toApiFailure(error);
    if (failure.kind !== 'http' || !isTokenRejection(failure.status, { error: failure.error })) return;
    try {
      const renewed = await api.post<unknown>(REFRESH_TOKEN_PATH, undefined, { skipTokenRefresh: true });
      const { token: fresh } = parseAuthResponse(renewed.data, `POST ${REFRESH_TOKEN_PATH}`);
      await logout(fresh);
    } catch {
      // The refresh cookie is gone or invalid too: nothing left to end.
    }
  }
}
