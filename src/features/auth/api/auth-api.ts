import type { ApiClient } from '../../../lib/api-client.ts';
import { REFRESH_TOKEN_PATH } from '../../../lib/api-endpoints.ts';
import { isTokenRejection, toApiFailure } from '../../../lib/api-errors.ts';
import { parseAuthResponse, type AuthResponse, type Credentials } from './types.ts';

/** POST /auth/login: the token and user; the backend also sets the refresh cookie. */
export async function loginWithEmail(api: ApiClient, credentials: Credentials): Promise<AuthResponse> {
  const response = await api.post<unknown>('/auth/login', credentials, { skipTokenRefresh: true });
  return parseAuthResponse(response.data, 'POST /auth/login');
}

/**
 * DELETE /auth/logout with the given token, so the backend clears the refresh cookie. When that token has
 * expired meanwhile, one quiet renewal (not stored: the local session is already gone) and a second try.
 * Best effort: the user is signed out locally whatever happens here.
 */
export async function logoutOnServer(api: ApiClient, token: string): Promise<void> {
  const logout = (bearer: string) => api.delete('/auth/logout', { headers: { Authorization: `Bearer ${bearer}` }, skipTokenRefresh: true });
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
