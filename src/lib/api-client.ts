import axios, {
  type AxiosAdapter,
  type AxiosInstance,
  type AxiosResponse,
  type InternalAxiosRequestConfig,
} from 'axios';
import { REFRESH_TOKEN_PATH } from './api-endpoints.ts';
import { isTokenRejection, SessionExpiredError, toApiFailure } from './api-errors.ts';
import type { TokenStore } from './auth/token-store.ts';

declare module 'axios' {
  interface AxiosRequestConfig {
    /**
     * Leave this request alone when the backend refuses its token: no renewal, no retry, no waiting for a
     * renewal in flight. For the auth endpoints themselves (login, refresh, logout).
     */
    skipTokenRefresh?: boolean;
  }
}

export interface ApiClientOptions {
  /** The brand's backend (`apiUrl`). */
  baseURL: string;
  tokens: TokenStore;
  /** Called when the session could not be renewed (the refresh cookie is gone or invalid). */
  onSessionExpired: () => void;
  /** Tests pass a fake; the browser uses axios's XHR/fetch adapter. */
  adapter?: AxiosAdapter;
  timeout?: number;
}

export interface RenewedToken {
  token: string;
  /** The whole refresh answer (`{token, user}`), for callers that want the user. */
  data: unknown;
}

export type ApiClient = AxiosInstance & {
  /**
   * Asks the backend for a new access token with the refresh cookie. Concurrent callers share one request.
   * Rejects with SessionExpiredError (after calling onSessionExpired) when the backend refuses, or with the
   * original error when the backend could not be reached (the session may still be fine).
   */
  renewToken(): Promise<RenewedToken>;
  /** The access token in use (the token store's, in memory), e.g. for the socket's handshake. */
  accessToken(): string | null;
};

type RetriableConfig = InternalAxiosRequestConfig & { tokenRetried?: boolean };

/** The app's one HTTP client: JSON to the brand's backend, Bearer token, transparent token renewal. */
export function createApiClient({
  baseURL,
  tokens,
  onSessionExpired,
  adapter,
  timeout = 30_000,
}: ApiClientOptions): ApiClient {
  const instance = axios.create({
    baseURL,
    // The refresh token travels in the backend's httpOnly `jrt` cookie.
    withCredentials: true,
    timeout,
    ...(adapter && { adapter }),
  });

  let renewal: Promise<RenewedToken> | null = null;

  function renewToken(): Promise<RenewedToken> {
    renewal ??= instance
      .post(REFRESH_TOKEN_PATH, undefined, { skipTokenRefresh: true })
      .then((response: AxiosResponse<unknown>) => {
        const token = tokenOf(response.data);
        if (!token) throw new SessionExpiredError();
        tokens.set(token);
        return { token, data: response.data };
      })
      .catch((error: unknown) => {
        const failure = toApiFailure(error);
        // Unreachable or failing server: the session may be fine, let the caller offer a retry.
        if (failure.kind === 'network' || (failure.kind === 'http' && failure.status >= 500)) throw error;
        tokens.clear();
        onSessionExpired();
        throw new SessionExpiredError();
      })
      .finally(() => {
        renewal = null;
      });
    return renewal;
  }

  instance.interceptors.request.use(async (config) => {
    // Requests made while a renewal is in flight wait for it, then go out with the new token.
    if (renewal && !config.skipTokenRefresh) await renewal;
    const token = tokens.get();
    if (token && !config.headers.has('Authorization')) config.headers.set('Authorization', `Bearer ${token}`);
    return config;
  });

  instance.interceptors.response.use(undefined, async (error: unknown) => {
    if (!axios.isAxiosError(error) || !error.config || !error.response) throw error;
    const config = error.config as RetriableConfig;
    if (config.skipTokenRefresh || !isTokenRejection(error.response.status, error.response.data)) throw error;
    if (config.tokenRetried) {
      // Refused again with a token just renewed: nothing more to try.
      tokens.clear();
      onSessionExpired();
      throw new SessionExpiredError();
    }
    config.tokenRetried = true;

    const current = tokens.get();
    // Another request may have renewed the token while this one was in flight: then just resend.
    const renewedMeanwhile = current !== null && bearerOf(config) !== current;
    const token = renewedMeanwhile ? current : (await renewToken()).token;
    config.headers.set('Authorization', `Bearer ${token}`);
    return instance.request(config);
  });

  return Object.assign(instance, { renewToken, accessToken: () => tokens.get() });
}

function tokenOf(data: unknown): string | undefined {
  if (typeof data === 'object' && data !== null && 'token' in data) {
    const { token } = data as { token: unknown };
    if (typeof token === 'string' && token !== '') return token;
  }
  return undefined;
}

function bearerOf(config: InternalAxiosRequestConfig): string | undefined {
  const header = config.headers.get('Authorization');
  return typeof header === 'string' && header.startsWith('Bearer ') ? header.slice('Bearer '.length) : undefined;
}
