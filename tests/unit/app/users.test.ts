import { AxiosError, AxiosHeaders, type InternalAxiosRequestConfig } from 'axios';
import { describe, expect, it } from 'vitest';
import { updateUser, type User } from '../../../src/features/users/api/users.ts';
import {
  emptyUserForm,
  serverFieldError,
  toUserInput,
  userFormFrom,
  validateUserForm,
} from '../../../src/features/users/model/user-form.ts';
import type { ApiClient } from '../../../src/lib/api-client.ts';

const config = { headers: new AxiosHeaders() } as InternalAxiosRequestConfig;
const httpError = (status: number, data: unknown) =>
  new AxiosError('failed', 'ERR_BAD_REQUEST', config, {}, { status, data, statusText: '', headers: {}, config });

const valid = {
  name: 'Carla',
  email: 'carla@example.com',
  password: 'segredo',
  profile: 'user' as const,
  queueIds: [],
};

describe('validateUserForm', () => {
  it('asks for everything on creation', () => {
    expect(validateUserForm(emptyUserForm(), true)).toEqual({
      name: { key: 'nameRequired' },
      email: { key: 'emailRequired' },
      password: { key: 'passwordRequired' },
    });
  });

  it("applies the backend's minimums and email check", () => {
    expect(validateUserForm({ ...valid, name: ' C ', email: 'carla@', password: '1234' }, true)).toEqual({
      name: { key: 'nameTooShort', values: { min: 2 } },
      email: { key: 'emailInvalid' },
      password: { key: 'passwordTooShort', values: { min: 5 } },
    });
    expect(validateUserForm(valid, true)).toEqual({});
  });

  it('lets an edit keep the password, but checks a new one', () => {
    expect(validateUserForm({ ...valid, password: '' }, false)).toEqual({});
    expect(validateUserForm({ ...valid, password: '123' }, false)).toEqual({
      password: { key: 'passwordTooShort', values: { min: 5 } },
    });
  });
});

describe('the form and the backend', () => {
  it('starts an edit from the user, without the password', () => {
    const user: User = {
      id: 2,
      name: 'Agente',
      email: 'agente@admin.com',
      profile: 'user',
      queues: [{ id: 1, name: 'Suporte' }],
    };
    expect(userFormFrom(user)).toEqual({
      name: 'Agente',
      email: 'agente@admin.com',
      password: '',
      profile: 'user',
      queueIds: [1],
    });
  });

  it('trims the name and email it sends', () => {
    expect(toUserInput({ ...valid, name: ' Carla ', email: ' carla@example.com ' })).toMatchObject({
      name: 'Carla',
      email: 'carla@example.com',
    });
  });

  it('leaves an empty password out of an update', async () => {
    const sent: unknown[] = [];
    const api = {
      put: async (_url: string, body: unknown) => {
        sent.push(body);
        return { data: { id: 2, name: 'Carla', email: 'carla@example.com', profile: 'admin', queues: [] } };
      },
    } as unknown as ApiClient;
    await updateUser(api, 2, { ...valid, password: '' });
    await updateUser(api, 2, valid);
    expect(sent[0]).not.toHaveProperty('password');
    expect(sent[1]).toHaveProperty('password', 'segredo');
  });

  it("puts the backend's field refusals on their field", () => {
    expect(serverFieldError(httpError(400, { error: 'An user with this email already exists.' }))).toEqual({
      field: 'email',
      message: { backend: true },
    });
    expect(serverFieldError(httpError(400, { error: 'password must be at least 5 characters' }))).toEqual({
      field: 'password',
      message: { backend: true },
    });
    expect(serverFieldError(httpError(400, { error: 'name must be at least 2 characters' }))).toEqual({
      field: 'name',
      message: { key: 'nameTooShort', values: { min: 2 } },
    });
    expect(serverFieldError(httpError(400, { error: 'email must be a valid email' }))).toEqual({
      field: 'email',
      message: { key: 'emailInvalid' },
    });
  });

  it('leaves the plan limit and other refusals to the form', () => {
    expect(serverFieldError(httpError(400, { error: 'Número máximo de usuários já alcançado: 10' }))).toBeUndefined();
    expect(serverFieldError(httpError(403, { error: 'ERR_NO_PERMISSION' }))).toBeUndefined();
    expect(serverFieldError(new Error('boom'))).toBeUndefined();
  });
});
