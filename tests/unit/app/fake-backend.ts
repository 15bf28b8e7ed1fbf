import {
  AxiosError,
  AxiosHeaders,
  type AxiosAdapter,
  type AxiosResponse,
  type InternalAxiosRequestConfig,
} from 'axios';

/** A recorded request, as the fake backend saw it. */
export interface SeenRequest {
  method: string;
  url: string;
  authorization: string | undefined;
  params: unknown;
  data: unknown;
}

export type FakeReply = { status: number; data?: unknown } | 'network-error';
export type FakeHandler = (request: SeenRequest) => FakeReply | Promise<FakeReply>;

/**
 * An axios adapter answering from a handler, with axios's own rejection shapes (AxiosError with a response
 * for non-2xx, ERR_NETWORK without one), so the client code under test runs unchanged.
 */
export function fakeAdapter(handler: FakeHandler): { adapter: AxiosAdapter; seen: SeenRequest[] } {
  const seen: SeenRequest[] = [];
  const adapter: AxiosAdapter = async (config: InternalAxiosRequestConfig) => {
    const authorization = config.headers.get('Authorization');
    const request: SeenRequest = {
      method: (config.method ?? 'get').toUpperCase(),
      url: config.url ?? '',
      authorization: typeof authorization === 'string' ? authorization : undefined,
      params: config.params,
      data: typeof config.data === 'string' ? JSON.parse(config.data) : config.data,
    };
    seen.push(request);
    const reply = await handler(request);
    if (reply === 'network-error') throw new AxiosError('Network Error', AxiosError.ERR_NETWORK, config, {});
    const response: AxiosResponse = {
      data: reply.data ?? '',
      status: reply.status,
      statusText: String(reply.status),
      headers: new AxiosHeaders(),
      config,
      request: {},
    };
    if (reply.status >= 200 && reply.status < 300) return response;
    const code = reply.status >= 500 ? AxiosError.ERR_BAD_RESPONSE : AxiosError.ERR_BAD_REQUEST;
    throw new AxiosError(`Request failed with status code ${reply.status}`, code, config, {}, response);
  };
  return { adapter, seen };
}

export const INVALID_TOKEN_BODY = { error: "Invalid token. We'll try to assign a new one on next request" };

/** Lets pending promise callbacks run. */
export const flush = () => new Promise((resolve) => setTimeout(resolve, 0));

/** The user of the recorded login answer (02_auth_login.http), trimmed. */
export function loginUser(overrides: { dueDate?: string | null } = {}) {
  return {
    id: 1,
    name: 'Admin',
    email: 'admin@admin.com',
    profile: 'admin',
    companyId: 1,
    company: {
      id: 1,
      name: 'Empresa 1',
      dueDate: overrides.dueDate === undefined ? '2093-03-14T03:00:00.000Z' : overrides.dueDate,
      settings: [],
    },
    super: true,
    queues: [{ id: 2, name: 'Suporte', color: '#0000ff' }],
    allTicket: 'desabled',
  };
}

/** The smaller user of the recorded refresh answer (03_auth_refresh_token.http). */
export function refreshUser() {
  return {
    name: 'Admin',
    id: 1,
    email: 'admin@admin.com',
    companyId: 1,
    profile: 'admin',
    super: true,
    tokenVersion: 0,
    whatsappId: null,
    allTicket: 'desabled',
    queues: [],
    company: { id: 1, name: 'Empresa 1' },
  };
}
