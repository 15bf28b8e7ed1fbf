import type { AxiosError } from 'axios';

/**
 * What went wrong with a backend call, in the terms the UI needs, and which message to show for it.
 * The backend answers every error as `{ error: "<code or sentence>" }`: codes such as ERR_NO_PERMISSION,
 * or plain (often Portuguese) sentences such as "Número máximo de usuários já alcançado: 10".
 * Which of those refusals is about one form field is in api-field-errors.ts (kept apart: this module is on the
 * login page, forms are not).
 */

/** The backend's answer to a malformed, expired or wrongly signed access token: the signal to refresh it. */
export const INVALID_TOKEN_ERROR = "Invalid token. We'll try to assign a new one on next request";
export const SESSION_EXPIRED_ERROR = 'ERR_SESSION_EXPIRED';

export type ApiFailure =
  /** No answer at all: server down, DNS, CORS refusal, timeout. */
  | { kind: 'network' }
  /** The session is over and could not be renewed: the user must sign in again. */
  | { kind: 'session-expired' }
  /** The backend answered with an error status; `error` is its `{error}` text when it sent one. */
  | { kind: 'http'; status: number; error?: string }
  | { kind: 'unknown' };

/** Raised by the API client when a token could not be renewed, so callers can tell it from other 401/403s. */
export class SessionExpiredError extends Error {
  constructor() {
    super(SESSION_EXPIRED_ERROR);
    this.name = 'SessionExpiredError';
  }
}

/** The `error` text of a backend error body, if the body has one. */
export function backendErrorText(body: unknown): string | undefined {
  if (typeof body === 'object' && body !== null && 'error' in body) {
    const { error } = body as { error: unknown };
    if (typeof error === 'string' && error.trim() !== '') return error;
  }
  return undefined;
}

/**
 * True when a failed request should be retried after renewing the access token: 403 with the invalid-token
 * message, or 401 ERR_SESSION_EXPIRED (sent when no token came with the request). Business refusals such as
 * 403 ERR_NO_PERMISSION or 403 ERR_USER_CREATION_COUNT are not token problems and must not trigger a refresh.
 */
export function isTokenRejection(status: number | undefined, body: unknown): boolean {
  const error = backendErrorText(body);
  if (status === 403) return error === INVALID_TOKEN_ERROR;
  if (status === 401) return error === SESSION_EXPIRED_ERROR;
  return false;
}

/**
 * axios's own `isAxiosError`, without importing axios: this module is on the login page's critical path and
 * axios is fetched later (see app/services.ts).
 */
function isAxiosError(error: unknown): error is AxiosError {
  return typeof error === 'object' && error !== null && (error as { isAxiosError?: unknown }).isAxiosError === true;
}

export function toApiFailure(error: unknown): ApiFailure {
  if (error instanceof SessionExpiredError) return { kind: 'session-expired' };
  if (isAxiosError(error)) {
    if (error.response) {
      const text = backendErrorText(error.response.data);
      return text === undefined
        ? { kind: 'http', status: error.response.status }
        : { kind: 'http', status: error.response.status, error: text };
    }
    // A request that never got an answer (axios sets `request` once it sent one, and a code on timeouts).
    if (error.request || error.code === 'ECONNABORTED' || error.code === 'ERR_NETWORK' || error.code === 'ETIMEDOUT') {
      return { kind: 'network' };
    }
  }
  return { kind: 'unknown' };
}

/** A message to show: a translation key (with values), or the backend's own text when nothing translates it. */
export type ErrorMessage = { key: string; values?: Record<string, string | number> } | { text: string };

/** Translation keys of the backend's error codes live under this prefix, e.g. `errors.codes.ERR_NO_PERMISSION`. */
export const ERROR_CODE_KEY_PREFIX = 'errors.codes.';

const ERROR_CODE = /^ERR_[A-Z0-9_]+$/;

/** The backend's answer to a user saved with another user's email: a message here, the email field's in forms. */
export const EMAIL_IN_USE = /^An user with this email already exists/i;

/** Plain-sentence errors the backend sends, mapped to translations (the numbers are kept). */
const KNOWN_SENTENCES: ReadonlyArray<{
  pattern: RegExp;
  key: string;
  values?: (match: RegExpExecArray) => Record<string, string>;
}> = [
  {
    pattern: /^Número máximo de usuários já alcançado: (\d+)$/,
    key: 'errors.userLimitReached',
    values: (m) => ({ max: m[1] ?? '' }),
  },
  {
    pattern: /^Número máximo de conexões já alcançado: (\d+)$/,
    key: 'errors.connectionLimitReached',
    values: (m) => ({ max: m[1] ?? '' }),
  },
  {
    pattern: /^Número máximo de filas já alcançado: (\d+)$/,
    key: 'errors.queueLimitReached',
    values: (m) => ({ max: m[1] ?? '' }),
  },
  { pattern: /^Nenhum número de Whatsapp foi configurado para essa empresa/i, key: 'errors.noWhatsappConnection' },
  { pattern: EMAIL_IN_USE, key: 'errors.emailInUse' },
  { pattern: /^Acesso não permitido$/i, key: `${ERROR_CODE_KEY_PREFIX}ERR_NO_PERMISSION` },
  {
    pattern: /^password must be at least (\d+) characters$/i,
    key: 'errors.passwordTooShort',
    values: (m) => ({ min: m[1] ?? '' }),
  },
];

/**
 * The message for a failure: backend codes and known sentences translated when a translation exists
 * (`hasTranslation` asks i18next), any other backend text verbatim, and generic messages otherwise.
 */
export function describeApiFailure(failure: ApiFailure, hasTranslation: (key: string) => boolean): ErrorMessage {
  switch (failure.kind) {
    case 'network':
      return { key: 'errors.network' };
    case 'session-expired':
      return { key: `${ERROR_CODE_KEY_PREFIX}${SESSION_EXPIRED_ERROR}` };
    case 'unknown':
      return { key: 'errors.unexpected' };
    case 'http': {
      const { error, status } = failure;
      if (error !== undefined) {
        const trimmed = error.trim();
        if (ERROR_CODE.test(trimmed)) {
          const key = `${ERROR_CODE_KEY_PREFIX}${trimmed}`;
          return hasTranslation(key) ? { key } : { text: trimmed };
        }
        for (const sentence of KNOWN_SENTENCES) {
          const match = sentence.pattern.exec(trimmed);
          if (match && hasTranslation(sentence.key))
            return sentence.values ? { key: sentence.key, values: sentence.values(match) } : { key: sentence.key };
        }
        return { text: trimmed };
      }
      if (status >= 500) return { key: 'errors.server' };
      if (status === 404) return { key: 'errors.notFound' };
      return { key: 'errors.unexpected' };
    }
  }
}
