// @vitest-environment node
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunningApi } from '../../dev-api/server.ts';
import { call, connect, eventually, expectSameShape, login, record, recorded, SEED, start } from './helpers.ts';

let api: RunningApi;
let admin: string;
beforeAll(async () => {
  api = await start({ fakePairingMs: 100 });
  admin = (await login(api, SEED.admin1.email)).token;
});
afterAll(() => api.close());

describe('GET /whatsapp', () => {
  it("lists the company's connections with their queues, in the recorded shape", async () => {
    const res = await call(api, 'GET', '/whatsapp', { token: admin });
    expect(res.status).toBe(200);
    expect(res.json).toHaveLength(1);
    expect(res.json[0]).toMatchObject({
      id: 1,
      name: 'WhatsApp Principal',
      status: 'CONNECTED',
      isDefault: true,
      companyId: 1,
    });
    expect(res.json[0].queues.map((q: { name: string }) => q.name)).toEqual(['Suporte', 'Vendas']);
    expectSameShape(res.json, '15b_whatsapp_list_after_create');
    expectSameShape(res.json, 'fake-wbot__20_whatsapp_list_fake_connected');
  });
});

describe('POST /whatsapp', () => {
  it('creates a connection (OPENING), then pairs it: qrcode, then CONNECTED, by socket', async () => {
    const socket = await connect(api, admin);
    const events = record(socket);
    try {
      const res = await call(api, 'POST', '/whatsapp', {
        token: admin,
        body: { name: 'Conexao 2', isDefault: false, greetingMessage: 'Oi', queueIds: [SEED.queues.vendas] },
      });
      expect(res.status).toBe(200);
      expect(res.json).toMatchObject({
        name: 'Conexao 2',
        status: 'OPENING',
        qrcode: null,
        isDefault: false,
        greetingMessage: 'Oi',
      });
      expectSameShape(res.json, '16_whatsapp_create', (b) => ({ ...b, queues: [] }));
      const id = res.json.id;
      await eventually(() =>
        events.named('company-1-whatsapp').find((p) => p.action === 'update' && p.whatsapp.id === id),
      );
      const qr = await eventually(() =>
        events.named('company-1-whatsappSession').find((p) => p.session.id === id && p.session.status === 'qrcode'),
      );
      expect(qr.session.qrcode).toMatch(/^2@/);
      await eventually(() =>
        events.named('company-1-whatsappSession').find((p) => p.session.id === id && p.session.status === 'CONNECTED'),
      );
      const listed = (await call(api, 'GET', `/whatsapp/${id}`, { token: admin })).json;
      expect(listed).toMatchObject({ status: 'CONNECTED', qrcode: '' });
    } finally {
      socket.close();
    }
  });

  it('refuses a duplicate or missing name with the recorded messages', async () => {
    const dup = await call(api, 'POST', '/whatsapp', {
      token: admin,
      body: { name: 'WhatsApp Principal', isDefault: false },
    });
    expect(dup.status).toBe(400);
    expect(dup.json.error).toBe(recorded('16c_whatsapp_create_duplicate_name').error);
    const missing = await call(api, 'POST', '/whatsapp', { token: admin, body: { isDefault: false } });
    expect(missing.status).toBe(400);
    expect(missing.json).toEqual(recorded('16d_whatsapp_create_missing_name'));
    // Names are per company: company 2 may use the same one.
    const admin2 = (await login(api, SEED.admin2.email)).token;
    expect((await call(api, 'POST', '/whatsapp', { token: admin2, body: { name: 'WhatsApp Principal' } })).status).toBe(
      200,
    );
  });

  it("stops at the plan's connection limit, before validating the request", async () => {
    const own = await start({ connectionsLimit: 2 });
    try {
      const token = (await login(own, SEED.admin1.email)).token;
      expect((await call(own, 'POST', '/whatsapp', { token, body: { name: 'Conexao 2' } })).status).toBe(200);
      const over = await call(own, 'POST', '/whatsapp', {
        token,
        body: { name: 'Conexao 3', isDefault: false, queueIds: [] },
      });
      expect(over.status).toBe(400);
      expect(over.json).toEqual({ error: 'Número máximo de conexões já alcançado: 2' });
      expect((await call(own, 'POST', '/whatsapp', { token, body: {} })).json).toEqual(over.json);
      expect(recorded('16b_whatsapp_create_over_plan_limit').error).toMatch(
        /^Número máximo de conexões já alcançado: \d+$/,
      );
    } finally {
      await own.close();
    }
  });

  it('moves the default flag when a new default is created or updated', async () => {
    const res = await call(api, 'POST', '/whatsapp', { token: admin, body: { name: 'Nova Padrão', isDefault: true } });
    expect(res.json.isDefault).toBe(true);
    const list = (await call(api, 'GET', '/whatsapp', { token: admin })).json;
    expect(list.filter((w: { isDefault: boolean }) => w.isDefault).map((w: { id: number }) => w.id)).toEqual([
      res.json.id,
    ]);
    const back = await call(api, 'PUT', '/whatsapp/1', {
      token: admin,
      body: { isDefault: true, name: 'WhatsApp Principal' },
    });
    expect(back.json.isDefault).toBe(true);
    const after = (await call(api, 'GET', '/whatsapp', { token: admin })).json;
    expect(after.filter((w: { isDefault: boolean }) => w.isDefault).map((w: { id: number }) => w.id)).toEqual([1]);
  });
});

describe('/whatsappsession/:id', () => {
  it('starts pairing (qrcode → CONNECTED), and disconnects', async () => {
    const socket = await connect(api, admin);
    const events = record(socket);
    try {
      const off = await call(api, 'DELETE', '/whatsappsession/1', { token: admin });
      expect(off.status).toBe(200);
      await eventually(() =>
        events
          .named('company-1-whatsappSession')
          .find((p) => p.session.id === 1 && p.session.status === 'DISCONNECTED'),
      );
      expect((await call(api, 'GET', '/whatsapp/1', { token: admin })).json.status).toBe('DISCONNECTED');

      const started = await call(api, 'POST', '/whatsappsession/1', { token: admin });
      expect(started.status).toBe(200);
      const shown = (await call(api, 'GET', '/whatsapp/1', { token: admin })).json;
      expect(shown.status).toBe('qrcode');
      expect(shown.qrcode.length).toBeGreaterThan(20);
      await eventually(() =>
        events.named('company-1-whatsappSession').find((p) => p.session.id === 1 && p.session.status === 'CONNECTED'),
      );

      const restarted = await call(api, 'PUT', '/whatsappsession/1', { token: admin });
      expect(restarted.status).toBe(200);
      expect((await call(api, 'GET', '/whatsapp/1', { token: admin })).json.status).toBe('qrcode');
    } finally {
      socket.close();
    }
  });
});

describe('DELETE /whatsapp/:id', () => {
  it('deletes a connection (admins only) and emits it', async () => {
    const created = await call(api, 'POST', '/whatsapp', { token: admin, body: { name: 'Temporária' } });
    const agent = (await login(api, SEED.agent1.email)).token;
    expect((await call(api, 'DELETE', `/whatsapp/${created.json.id}`, { token: agent })).status).toBe(403);
    const socket = await connect(api, admin);
    const events = record(socket);
    try {
      const res = await call(api, 'DELETE', `/whatsapp/${created.json.id}`, { token: admin });
      expect(res.status).toBe(200);
      expect(res.json).toEqual(recorded('17_whatsapp_delete'));
      await eventually(() =>
        events.named('company-1-whatsapp').find((p) => p.action === 'delete' && p.whatsappId === created.json.id),
      );
      expect((await call(api, 'GET', `/whatsapp/${created.json.id}`, { token: admin })).status).toBe(404);
    } finally {
      socket.close();
    }
  });
});
