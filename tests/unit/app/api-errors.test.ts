import { AxiosError, AxiosHeaders, type InternalAxiosRequestConfig } from 'axios';
import { describe, expect, it } from 'vitest';
import {
  describeApiFailure,
  INVALID_TOKEN_ERROR,
  isTokenRejection,
  SessionExpiredError,
  toApiFailure,
  type ApiFailure,
} from '../../../src/lib/api-errors.ts';

const config = { headers: new AxiosHeaders() } as InternalAxiosRequestConfig;
const httpError = (status: number, data: unknown) =>
  new AxiosError('failed', 'ERR_BAD_REQUEST', config, {}, { status, data, statusText: '', headers: {}, config });

describe('isTokenRejection', () => {
  it('is the refresh signal for 403 invalid token and 401 ERR_SESSION_EXPIRED only', () => {
    expect(isTokenRejection(403, { error: INVALID_TOKEN_ERROR })).toBe(true);
    expect(isTokenRejection(401, { error: 'ERR_SESSION_EXPIRED' })).toBe(true);
    expect(isTokenRejection(403, { error: 'ERR_NO_PERMISSION' })).toBe(false);
    expect(isTokenRejection(403, { error: 'ERR_USER_CREATION_COUNT' })).toBe(false);
    expect(isTokenRejection(403, { error: 'ERR_SESSION_EXPIRED' })).toBe(false);
    expect(isTokenRejection(401, { error: 'ERR_INVALID_CREDENTIALS' })).toBe(false);
    expect(isTokenRejection(401, { error: 'Acesso não permitido' })).toBe(false);
    expect(isTokenRejection(400, { error: INVALID_TOKEN_ERROR })).toBe(false);
    expect(isTokenRejection(403, '<html>Forbidden</html>')).toBe(false);
    expect(isTokenRejection(undefined, undefined)).toBe(false);
  });
});

describe('toApiFailure', () => {
  it('reads the status and the {error} body', () => {
    expect(toApiFailure(httpError(400, { error: 'ERR_DUPLICATED_CONTACT' }))).toEqual({
      kind: 'http',
      status: 400,
      error: 'ERR_DUPLICATED_CONTACT',
    });
    expect(toApiFailure(httpError(502, '<html>Bad gateway</html>'))).toEqual({ kind: 'http', status: 502 });
    expect(toApiFailure(httpError(500, { error: '' }))).toEqual({ kind: 'http', status: 500 });
  });

  it('tells an unreachable server apart', () => {
    expect(toApiFailure(new AxiosError('Network Error', 'ERR_NETWORK', config, {}))).toEqual({ kind: 'network' });
    expect(toApiFailure(new AxiosError('timeout', 'ECONNABORTED', config))).toEqual({ kind: 'network' });
  });

  it('knows an expired session and anything else', () => {
    expect(toApiFailure(new SessionExpiredError())).toEqual({ kind: 'session-expired' });
    expect(toApiFailure(new Error('boom'))).toEqual({ kind: 'unknown' });
    expect(toApiFailure('nope')).toEqual({ kind: 'unknown' });
  });
});

describe('describeApiFailure', () => {
  const known = new Set([
    'errors.codes.ERR_INVALID_CREDENTIALS',
    'errors.codes.ERR_NO_PERMISSION',
    'errors.userLimitReached',
    'errors.connectionLimitReached',
    'errors.noWhatsappConnection',
  ]);
  const describe_ = (failure: ApiFailure) => describeApiFailure(failure, (key) => known.has(key));

  it('translates codes that have a translation, and shows others verbatim', () => {
    expect(describe_({ kind: 'http', status: 401, error: 'ERR_INVALID_CREDENTIALS' })).toEqual({
      key: 'errors.codes.ERR_INVALID_CREDENTIALS',
    });
    expect(describe_({ kind: 'http', status: 400, error: 'ERR_SOMETHING_NEW' })).toEqual({ text: 'ERR_SOMETHING_NEW' });
    expect(describe_({ kind: 'http', status: 400, error: 'name is a required field' })).toEqual({
      text: 'name is a required field',
    });
  });

  it('translates the known Portuguese sentences, keeping their numbers', () => {
    expect(describe_({ kind: 'http', status: 400, error: 'Número máximo de usuários já alcançado: 10' })).toEqual({
      key: 'errors.userLimitReached',
      values: { max: '10' },
    });
    expect(describe_({ kind: 'http', status: 400, error: 'Número máximo de conexões já alcançado: 3' })).toEqual({
      key: 'errors.connectionLimitReached',
      values: { max: '3' },
    });
    expect(
      describe_({ kind: 'http', status: 400, error: 'Nenhum número de Whatsapp foi configurado para essa empresa' }),
    ).toEqual({
      key: 'errors.noWhatsappConnection',
    });
    expect(describe_({ kind: 'http', status: 401, error: 'Acesso não permitido' })).toEqual({
      key: 'errors.codes.ERR_NO_PERMISSION',
    });
  });

  it('falls back to generic messages without a body', () => {
    expect(describe_({ kind: 'network' })).toEqual({ key: 'errors.network' });
    expect(describe_({ kind: 'session-expired' })).toEqual({ key: 'errors.codes.ERR_SESSION_EXPIRED' });
    expect(describe_({ kind: 'http', status: 503 })).toEqual({ key: 'errors.server' });
    expect(describe_({ kind: 'http', status: 404 })).toEqual({ key: 'errors.notFound' });
    expect(describe_({ kind: 'http', status: 418 })).toEqual({ key: 'errors.unexpected' });
    expect(describe_({ kind: 'unknown' })).toEqual({ key: 'errors.unexpected' });
  });
});
