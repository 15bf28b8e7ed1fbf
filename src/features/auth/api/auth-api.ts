import type { ApiClient } from '../../../lib/api-client.ts';
import { parseAuthResponse, type AuthResponse, type Credentials } from './types.ts';

/** POST /auth/login: the token and user; the backend also sets the refresh cookie. */
export async function loginWithEmail(api: ApiClient, credentials: Credentials): Promise<AuthResponse> {
  const response = await api.post<unknown>('/auth/login', credentials, { skipTokenRefresh: true });
  return parseAuthResponse(response.data, 'POST /auth/login');
}

/**
 * DELETE /auth/logout with the given token, so the backend clears the refresh cookie. Best effort: the local
 * session is already gone, and an expired token (403) just leaves a cookie nothing will use.
 */
export async function logoutOnServer(api: ApiClient, token: string): Promise<void> {
  try {
    await api.delete('/auth/logout', { headers: { Authorization: `Bearer ${token}` }, skipTokenRefresh: true });
  } catch {
    // Nothing to tell the user: they are signed out either way.
  }
}
