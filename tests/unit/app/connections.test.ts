import { AxiosError, AxiosHeaders, type InternalAxiosRequestConfig } from 'axios';
import { describe, expect, it, vi } from 'vitest';
import { createApiClient } from '../../../src/lib/api-client.ts';
import { memoryStorage } from '../../../src/lib/storage.ts';
import { createTokenStore } from '../../../src/lib/auth/token-store.ts';
import {
  createConnection,
  disconnectSession,
  listConnections,
  renameBody,
  renameConnection,
  restartSession,
  startSession,
  type Connection,
} from '../../../src/features/connections/api/connections.ts';
import {
  applySessionEvent,
  applyWhatsappEvent,
  pairingCode,
  statusKind,
  upsertConnection,
} from '../../../src/features/connections/model/connections-state.ts';
import {
  nameErrorOfBackend,
  validateConnectionName,
} from '../../../src/features/connections/model/validate-connection.ts';
import { planLimitRefusal } from '../../../src/features/plan/index.ts';
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

/** A connection as GET /whatsapp answers it (15b_whatsapp_list_after_create.http, trimmed). */
const recorded = {
  id: 1,
  name: 'Conexao 1',
  session: null,
  qrcode: null,
  status: 'OPENING',
  battery: null,
  greetingMessage: 'Olá',
  farewellMessage: '',
  complationMessage: '',
  outOfHoursMessage: '',
  ratingMessage: '',
  isDefault: true,
  companyId: 1,
  updatedAt: '2026-11-28T15:46:50.941Z',
  queues: [{ id: 1, name: 'Suporte', color: '#0000ff' }],
};

const connection = (overrides: Partial<Connection> = {}): Connection => ({
  id: 1,
  name: 'A',
  status: 'CONNECTED',
  qrcode: '',
  ...overrides,
});

describe('statuses', () => {
  it('map the backend values to what the page shows', () => {
    expect(statusKind('CONNECTED')).toBe('connected');
    expect(statusKind('qrcode')).toBe('qrcode');
    expect(statusKind('OPENING')).toBe('opening');
    expect(statusKind('PAIRING')).toBe('opening');
    expect(statusKind('DISCONNECTED')).toBe('disconnected');
    expect(statusKind('TIMEOUT')).toBe('timeout');
    expect(statusKind('SOMETHING_NEW')).toBe('unknown');
  });

  it('show a QR code only while waiting for it to be scanned', () => {
    expect(pairingCode(connection({ status: 'qrcode', qrcode: '2@abc' }))).toBe('2@abc');
    expect(pairingCode(connection({ status: 'qrcode', qrcode: '' }))).toBeUndefined();
    expect(pairingCode(connection({ status: 'CONNECTED', qrcode: '2@abc' }))).toBeUndefined();
  });
});

describe('live updates', () => {
  const list = [connection({ id: 1, name: 'A' }), connection({ id: 3, name: 'C' })];

  it('add a connection announced as "update" (creation) in id order, and replace a known one', () => {
    const added = applyWhatsappEvent(list, { action: 'update', whatsapp: { ...recorded, id: 2, name: 'B' } });
    expect(added.map((c) => c.name)).toEqual(['A', 'B', 'C']);
    const renamed = applyWhatsappEvent(added, {
      action: 'update',
      whatsapp: { ...recorded, id: 3, name: 'C2', status: 'CONNECTED' },
    });
    expect(renamed.map((c) => c.name)).toEqual(['A', 'B', 'C2']);
    expect(applyWhatsappEvent(list, { action: 'create', whatsapp: { ...recorded, id: 4 } })).toHaveLength(3);
  });

  it('remove a deleted connection', () => {
    expect(applyWhatsappEvent(list, { action: 'delete', whatsappId: 1 }).map((c) => c.id)).toEqual([3]);
    expect(applyWhatsappEvent(list, { action: 'delete', whatsappId: '3' }).map((c) => c.id)).toEqual([1]);
  });

  it('ignore what they cannot read', () => {
    expect(applyWhatsappEvent(list, null)).toBe(list);
    expect(applyWhatsappEvent(list, { action: 'update', whatsapp: { id: 'x' } })).toBe(list);
    expect(applyWhatsappEvent(list, { action: 'delete' })).toBe(list);
    expect(applySessionEvent(list, { action: 'create', session: recorded })).toBe(list);
  });

  it('bring the status and QR code while pairing, keeping fields the event lacks', () => {
    const start = [connection({ id: 1, status: 'OPENING', isDefault: true, queues: [{ id: 1 }] })];
    const pairing = applySessionEvent(start, {
      action: 'update',
      session: { id: 1, name: 'A', status: 'qrcode', qrcode: '2@code' },
    });
    expect(pairing[0]).toMatchObject({ status: 'qrcode', qrcode: '2@code', isDefault: true, queues: [{ id: 1 }] });
    const connected = applySessionEvent(pairing, {
      action: 'update',
      session: { id: 1, name: 'A', status: 'CONNECTED', qrcode: '' },
    });
    expect(pairingCode(connected[0]!)).toBeUndefined();
    expect(connected[0]!.status).toBe('CONNECTED');
  });

  it('do not let an older copy overwrite a newer one', () => {
    const current = [connection({ status: 'qrcode', qrcode: '2@code', updatedAt: '2026-11-28T15:46:51.000Z' })];
    expect(upsertConnection(current, connection({ status: 'OPENING', updatedAt: '2026-11-28T15:46:50.000Z' }))).toBe(
      current,
    );
    expect(
      upsertConnection(current, connection({ status: 'CONNECTED', updatedAt: '2026-11-28T15:46:52.000Z' }))[0]!.status,
    ).toBe('CONNECTED');
  });
});

describe('connection names', () => {
  it('are required, 2 characters at least', () => {
    expect(validateConnectionName(' ')).toBe('form.nameRequired');
    expect(validateConnectionName(' a ')).toBe('form.nameTooShort');
    expect(validateConnectionName('Vendas')).toBeUndefined();
  });

  it('read the backend refusals of the name', () => {
    expect(nameErrorOfBackend(httpError(400, { error: 'Esse nome já está sendo utilizado por outra conexão' }))).toBe(
      'form.nameTaken',
    );
    expect(nameErrorOfBackend(httpError(400, { error: 'name is a required field' }))).toBe('form.nameRequired');
    expect(nameErrorOfBackend(httpError(400, { error: 'name must be at least 2 characters' }))).toBe(
      'form.nameTooShort',
    );
    expect(nameErrorOfBackend(httpError(400, { error: 'Número máximo de conexões já alcançado: 10' }))).toBeUndefined();
  });

  it('tell the plan-limit refusal of both backends apart from the name errors', () => {
    expect(planLimitRefusal(httpError(400, { error: 'Número máximo de conexões já alcançado: 10' }))).toBe(
      'connections',
    );
    expect(planLimitRefusal(httpError(403, { error: 'ERR_CONNECTION_CREATION_COUNT' }))).toBe('connections');
    expect(
      planLimitRefusal(httpError(400, { error: 'Esse nome já está sendo utilizado por outra conexão' })),
    ).toBeUndefined();
  });
});

describe('connections API', () => {
  it('reads the recorded list', async () => {
    const { api } = client(() => ({ status: 200, data: [recorded] }));
    const [first] = await listConnections(api);
    expect(first).toMatchObject({
      id: 1,
      name: 'Conexao 1',
      status: 'OPENING',
      qrcode: null,
      isDefault: true,
      queues: [{ id: 1 }],
    });
  });

  it('rejects an answer that is not a list', async () => {
    const { api } = client(() => ({ status: 200, data: { whatsapps: [] } }));
    await expect(listConnections(api)).rejects.toThrow(/Unexpected/);
  });

  it('creates with the trimmed name, not default, without queues', async () => {
    const { api, seen } = client(() => ({ status: 200, data: { ...recorded, id: 5, name: 'Vendas' } }));
    expect((await createConnection(api, ' Vendas ')).id).toBe(5);
    expect(seen[0]).toMatchObject({
      method: 'POST',
      url: '/whatsapp',
      data: { name: 'Vendas', isDefault: false, queueIds: [] },
    });
  });

  it('renames keeping the queues, the default flag and the messages (Atendechat re-applies them)', async () => {
    const current = (await listConnections(client(() => ({ status: 200, data: [recorded] })).api))[0]!;
    expect(renameBody(current, ' Novo ')).toEqual({
      name: 'Novo',
      isDefault: true,
      greetingMessage: 'Olá',
      farewellMessage: '',
      complationMessage: '',
      outOfHoursMessage: '',
      ratingMessage: '',
      queueIds: [1],
    });
    const { api, seen } = client(() => ({ status: 200, data: { ...recorded, name: 'Novo' } }));
    expect((await renameConnection(api, current, 'Novo')).name).toBe('Novo');
    expect(seen[0]).toMatchObject({ method: 'PUT', url: '/whatsapp/1' });
  });

  it('starts, restarts and disconnects sessions', async () => {
    const { api, seen } = client(() => ({ status: 200, data: { message: 'ok' } }));
    await startSession(api, 7);
    await restartSession(api, 7);
    await disconnectSession(api, 7);
    expect(seen.map((r) => `${r.method} ${r.url}`)).toEqual([
      'POST /whatsappsession/7',
      'PUT /whatsappsession/7',
      'DELETE /whatsappsession/7',
    ]);
  });
});
