import { AxiosError, AxiosHeaders, type InternalAxiosRequestConfig } from 'axios';
import { describe, expect, it, vi } from 'vitest';
import { createApiClient } from '../../../src/lib/api-client.ts';
import { memoryStorage } from '../../../src/lib/storage.ts';
import { createTokenStore } from '../../../src/lib/auth/token-store.ts';
import {
  contactListParams,
  createContact,
  listContacts,
  updateContact,
} from '../../../src/features/contacts/api/contacts.ts';
import { pageFromParam } from '../../../src/features/contacts/model/paging.ts';
import {
  fieldOfBackendError,
  normalizePhoneNumber,
  toContactInput,
  validateContact,
} from '../../../src/features/contacts/model/validate-contact.ts';
import { fakeAdapter, type FakeHandler } from './fake-backend.ts';

const config = { headers: new AxiosHeaders() } as InternalAxiosRequestConfig;
const httpError = (status: number, data: unknown) =>
  new AxiosError('failed', 'ERR_BAD_REQUEST', config, {}, { status, data, statusText: '', headers: {}, config });

function client(handler: FakeHandler) {
  const { adapter, seen } = fakeAdapter(handler);
  const api = createApiClient({
    baseURL: 'http://api.test',
    tokens: createTokenStore(memoryStorage({ k: 'tok' }), 'k'),
    onSessionExpired: vi.fn(),
    adapter,
  });
  return { api, seen };
}

describe('contact numbers', () => {
  it('drop spaces, dashes, dots, brackets and a leading plus', () => {
    expect(normalizePhoneNumber('+55 (11) 98765-4321')).toBe('5511987654321');
    expect(normalizePhoneNumber(' 55.11.98765.4321 ')).toBe('5511987654321');
    expect(normalizePhoneNumber('5511987654321')).toBe('5511987654321');
  });

  it('keep anything else, so validation refuses it', () => {
    expect(normalizePhoneNumber('55 11 9876x4321')).toBe('55119876x4321');
    expect(normalizePhoneNumber('55+11987654321')).toBe('55+11987654321');
  });
});

describe('validateContact', () => {
  const valid = { name: 'Maria', number: '+55 11 98765-4321', email: '' };

  it('accepts a name and 10 to 15 digits with the country code; the email is optional', () => {
    expect(validateContact(valid)).toEqual({});
    expect(validateContact({ ...valid, number: '1415555267' })).toEqual({});
    expect(validateContact({ ...valid, number: '551198765432109' })).toEqual({});
    expect(validateContact({ ...valid, email: 'maria@example.com' })).toEqual({});
  });

  it('requires the name and the number', () => {
    expect(validateContact({ name: '  ', number: ' ', email: '' })).toEqual({
      name: 'form.nameRequired',
      number: 'form.numberRequired',
    });
  });

  it('refuses numbers too short or long, with letters, or starting with 0', () => {
    for (const number of ['98765-4321', '5511987654321000', 'abc', '55 11 9876x4321', '011987654321']) {
      expect(validateContact({ ...valid, number }).number, number).toBe('form.numberInvalid');
    }
  });

  it('lets an edited contact keep a stored number that is not a phone number (a group id)', () => {
    const group = { name: 'Grupo', number: '120363025246125486', email: '' };
    expect(validateContact(group, '120363025246125486')).toEqual({});
    expect(validateContact(group).number).toBe('form.numberInvalid');
    expect(validateContact({ ...group, number: '12036302524612548' }, '120363025246125486').number).toBe(
      'form.numberInvalid',
    );
  });

  it('refuses a malformed email', () => {
    expect(validateContact({ ...valid, email: 'maria@' }).email).toBe('form.emailInvalid');
  });

  it('sends trimmed values and the digits only', () => {
    expect(toContactInput({ name: ' Maria ', number: '+55 (11) 98765-4321', email: ' m@x.com ' })).toEqual({
      name: 'Maria',
      number: '5511987654321',
      email: 'm@x.com',
    });
  });
});

describe('fieldOfBackendError', () => {
  it('puts the duplicate number and the backend validation sentences on their fields', () => {
    expect(fieldOfBackendError(httpError(400, { error: 'ERR_DUPLICATED_CONTACT' }))).toBe('number');
    expect(fieldOfBackendError(httpError(400, { error: 'number is a required field' }))).toBe('number');
    expect(fieldOfBackendError(httpError(400, { error: 'name is a required field' }))).toBe('name');
  });

  it('leaves everything else to the whole form', () => {
    expect(
      fieldOfBackendError(httpError(400, { error: 'Nenhum número de Whatsapp foi configurado para essa empresa' })),
    ).toBeUndefined();
    expect(fieldOfBackendError(httpError(403, { error: 'ERR_NO_PERMISSION' }))).toBeUndefined();
    expect(fieldOfBackendError(httpError(500, {}))).toBeUndefined();
    expect(fieldOfBackendError(new Error('boom'))).toBeUndefined();
  });
});

describe('contacts API', () => {
  it('asks for a page with the trimmed search', async () => {
    expect(contactListParams('  maria ', 2)).toEqual({ searchParam: 'maria', pageNumber: '2' });
    const { api, seen } = client(() => ({
      status: 200,
      data: {
        contacts: [{ id: 1, name: 'Fulano', number: '5511999998888', email: '', profilePicUrl: '' }],
        count: 21,
        hasMore: true,
      },
    }));
    const page = await listContacts(api, 'ful', 1);
    expect(page).toEqual({
      contacts: [{ id: 1, name: 'Fulano', number: '5511999998888', email: '' }],
      count: 21,
      hasMore: true,
    });
    expect(seen.map((r) => `${r.method} ${r.url} ${JSON.stringify(r.params)}`)).toEqual([
      'GET /contacts {"searchParam":"ful","pageNumber":"1"}',
    ]);
  });

  it('rejects an answer that is not a page of contacts', async () => {
    const { api } = client(() => ({ status: 200, data: '<html></html>' }));
    await expect(listContacts(api, '', 1)).rejects.toThrow(/Unexpected/);
  });

  it('creates with name, number, email and no extra fields; updates without touching the extra fields', async () => {
    const saved = { id: 3, name: 'Cicrano', number: '5511977776666', email: 'c@x.com', extraInfo: [] };
    const { api, seen } = client(() => ({ status: 200, data: saved }));
    const input = { name: 'Cicrano', number: '5511977776666', email: 'c@x.com' };
    expect(await createContact(api, input)).toMatchObject({ id: 3, name: 'Cicrano' });
    await updateContact(api, 3, input);
    expect(seen.map((r) => [r.method, r.url, r.data])).toEqual([
      ['POST', '/contacts', { ...input, extraInfo: [] }],
      ['PUT', '/contacts/3', input],
    ]);
  });
});

describe('pageFromParam', () => {
  it('reads a positive page number, else the first page', () => {
    expect(pageFromParam('3')).toBe(3);
    for (const value of [null, '', '0', '-1', '2.5', 'abc', '99999999999999999999'])
      expect(pageFromParam(value), String(value)).toBe(1);
  });
});
