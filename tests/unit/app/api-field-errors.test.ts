import { AxiosError, AxiosHeaders, type InternalAxiosRequestConfig } from 'axios';
import { describe, expect, it } from 'vitest';
import { backendFieldError } from '../../../src/lib/api-field-errors.ts';

const config = { headers: new AxiosHeaders() } as InternalAxiosRequestConfig;
const httpError = (status: number, error: string) =>
  new AxiosError(
    'failed',
    'ERR_BAD_REQUEST',
    config,
    {},
    { status, data: { error }, statusText: '', headers: {}, config },
  );
const FIELDS = ['name', 'email', 'password', 'number'] as const;

describe('backendFieldError', () => {
  it("places the backend's Yup sentences on the field they name, with the minimum length", () => {
    expect(backendFieldError(httpError(400, 'name is a required field'), FIELDS)).toEqual({
      field: 'name',
      problem: 'required',
      text: 'name is a required field',
    });
    expect(backendFieldError(httpError(400, 'password must be at least 5 characters'), FIELDS)).toMatchObject({
      field: 'password',
      problem: 'tooShort',
      min: 5,
    });
    expect(backendFieldError(httpError(400, 'email must be a valid email'), FIELDS)).toMatchObject({
      field: 'email',
      problem: 'invalid',
    });
  });

  it('places the refusals that name no field on the field they are about', () => {
    expect(backendFieldError(httpError(400, 'An user with this email already exists.'), FIELDS)).toMatchObject({
      field: 'email',
      problem: 'taken',
    });
    expect(backendFieldError(httpError(400, 'ERR_DUPLICATED_CONTACT'), FIELDS)).toMatchObject({
      field: 'number',
      problem: 'taken',
    });
    expect(backendFieldError(httpError(400, 'Esse nome já está sendo utilizado'), FIELDS)).toMatchObject({
      field: 'name',
      problem: 'taken',
    });
  });

  it('leaves to the whole form: other statuses, unknown sentences, fields the form does not have', () => {
    expect(backendFieldError(httpError(403, 'name is a required field'), FIELDS)).toBeUndefined();
    expect(backendFieldError(httpError(400, 'Número máximo de usuários já alcançado: 3'), FIELDS)).toBeUndefined();
    expect(backendFieldError(httpError(400, 'profile is a required field'), FIELDS)).toBeUndefined();
    expect(backendFieldError(httpError(400, 'ERR_INVALID_PROFILE'), FIELDS)).toBeUndefined();
    expect(backendFieldError(new Error('offline'), FIELDS)).toBeUndefined();
  });
});
