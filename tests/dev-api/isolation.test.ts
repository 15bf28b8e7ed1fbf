// @vitest-environment node
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunningApi } from '../../dev-api/server.ts';
import { call, login, SEED, start } from './helpers.ts';

let api: RunningApi;
let admin1: string;
let admin2: string;
let maria: { uuid: string };
beforeAll(async () => {
  api = await start();
  admin1 = (await login(api, SEED.admin1.email)).token;
  admin2 = (await login(api, SEED.admin2.email)).token;
  maria = (await call(api, 'GET', `/tickets/${SEED.tickets.maria}`, { token: admin1 })).json;
});
afterAll(() => api.close());

describe("a company never reads another company's rows", () => {
  it("answers 404 for company 1's ticket, messages, contact, user, connection and queue", async () => {
    const reads = [
      `/tickets/${SEED.tickets.maria}`,
      `/tickets/u/${maria.uuid}`,
      `/messages/${SEED.tickets.maria}`,
      '/contacts/1',
      `/users/${SEED.admin1.id}`,
      `/users/${SEED.agent1.id}`,
      `/whatsapp/${SEED.whatsapps.company1}`,
      `/queue/${SEED.queues.suporte}`,
    ];
    for (const url of reads) {
      const res = await call(api, 'GET', url, { token: admin2 });
      expect(res.status, url).toBe(404);
      expect(JSON.stringify(res.json), url).not.toMatch(/Maria|Admin"|Suporte|WhatsApp Principal/);
    }
  });

  it('lists only its own tickets, contacts, users, connections, queues and settings', async () => {
    const everything = `showAll=true&queueIds=${encodeURIComponent(JSON.stringify([1, 2, 3]))}`;
    for (const status of ['open', 'pending', 'closed']) {
      const res = await call(api, 'GET', `/tickets?status=${status}&${everything}`, { token: admin2 });
      expect(res.json.tickets.length, status).toBeGreaterThan(0);
      expect(res.json.tickets.every((t: { companyId: number }) => t.companyId === 2)).toBe(true);
    }
    const search = await call(api, 'GET', `/tickets?searchParam=maria&${everything}`, { token: admin2 });
    expect(search.json.tickets).toEqual([]);
    const unread = await call(api, 'GET', '/tickets?withUnreadMessages=true', { token: admin2 });
    expect(unread.json.tickets.every((t: { companyId: number }) => t.companyId === 2)).toBe(true);

    const contacts = (await call(api, 'GET', '/contacts', { token: admin2 })).json;
    expect(contacts.contacts.map((c: { name: string }) => c.name).sort()).toEqual([
      'Beatriz Rocha',
      'Gustavo Martins',
      'Helena Barbosa',
      'Igor Cardoso',
    ]);
    expect((await call(api, 'GET', '/contacts?searchParam=5511', { token: admin2 })).json.count).toBe(0);
    const users = (await call(api, 'GET', '/users', { token: admin2 })).json;
    expect(users.users.map((u: { email: string }) => u.email)).toEqual([SEED.admin2.email]);
    const whatsapps = (await call(api, 'GET', '/whatsapp', { token: admin2 })).json;
    expect(whatsapps.map((w: { name: string }) => w.name)).toEqual(['WhatsApp Empresa 2']);
    const queues = (await call(api, 'GET', '/queue', { token: admin2 })).json;
    expect(queues.map((q: { name: string }) => q.name)).toEqual(['Atendimento']);
    const settings = (await call(api, 'GET', '/settings', { token: admin2 })).json;
    expect(settings.every((s: { companyId: number }) => s.companyId === 2)).toBe(true);
    expect((await call(api, 'GET', '/users/list', { token: admin2 })).json.map((u: { id: number }) => u.id)).toEqual([
      SEED.admin2.id,
    ]);
  });
});

describe("a company never changes another company's rows", () => {
  it("answers 404 to writes on company 1's rows and leaves them as they were", async () => {
    const writes: [string, string, unknown][] = [
      ['PUT', `/tickets/${SEED.tickets.maria}`, { status: 'closed' }],
      ['DELETE', `/tickets/${SEED.tickets.maria}`, undefined],
      ['POST', `/messages/${SEED.tickets.maria}`, { body: 'intruso' }],
      ['PUT', '/contacts/1', { name: 'Hacked' }],
      ['DELETE', '/contacts/1', undefined],
      ['PUT', `/users/${SEED.agent1.id}`, { name: 'Hacked' }],
      ['DELETE', `/users/${SEED.agent1.id}`, undefined],
      ['PUT', `/whatsapp/${SEED.whatsapps.company1}`, { name: 'Hacked' }],
      ['DELETE', `/whatsapp/${SEED.whatsapps.company1}`, undefined],
      ['POST', `/whatsappsession/${SEED.whatsapps.company1}`, undefined],
      ['DELETE', `/whatsappsession/${SEED.whatsapps.company1}`, undefined],
      ['PUT', `/queue/${SEED.queues.suporte}`, { name: 'Hacked' }],
      ['DELETE', `/queue/${SEED.queues.suporte}`, undefined],
    ];
    for (const [method, url, body] of writes) {
      const res = await call(api, method, url, { token: admin2, body });
      expect(res.status, `${method} ${url}`).toBe(404);
    }
    const messages = (await call(api, 'GET', '/messages/1', { token: admin2 })).status;
    expect(messages).toBe(404);

    const ticket = (await call(api, 'GET', `/tickets/${SEED.tickets.maria}`, { token: admin1 })).json;
    expect(ticket).toMatchObject({ status: 'open', contact: { name: 'Maria Silva' } });
    expect(
      (await call(api, 'GET', '/messages/1', { token: admin1 })).json.messages.some(
        (m: { body: string }) => m.body === 'intruso',
      ),
    ).toBe(false);
    expect((await call(api, 'GET', `/users/${SEED.agent1.id}`, { token: admin1 })).json.name).toBe('Agente');
    expect((await call(api, 'GET', '/whatsapp/1', { token: admin1 })).json).toMatchObject({
      name: 'WhatsApp Principal',
      status: 'CONNECTED',
    });
    expect((await call(api, 'GET', '/queue/1', { token: admin1 })).json.name).toBe('Suporte');
  });

  it("refuses to point its own rows at company 1's contact, connection, user or queue", async () => {
    const own = SEED.tickets.beatriz2;
    expect(
      (await call(api, 'POST', '/tickets', { token: admin2, body: { contactId: 1, status: 'open', whatsappId: 2 } }))
        .status,
    ).toBe(404);
    expect(
      (await call(api, 'POST', '/tickets', { token: admin2, body: { contactId: 12, status: 'open', whatsappId: 1 } }))
        .status,
    ).toBe(404);
    expect(
      (await call(api, 'PUT', `/tickets/${own}`, { token: admin2, body: { userId: SEED.admin1.id } })).status,
    ).toBe(404);
    expect(
      (await call(api, 'PUT', `/tickets/${own}`, { token: admin2, body: { queueId: SEED.queues.suporte } })).status,
    ).toBe(404);
    expect(
      (await call(api, 'PUT', `/tickets/${own}`, { token: admin2, body: { whatsappId: SEED.whatsapps.company1 } }))
        .status,
    ).toBe(404);
    const user = await call(api, 'POST', '/users', {
      token: admin2,
      body: { name: 'Novo', email: 'novo@empresa2.com', password: '123456', queueIds: [SEED.queues.suporte] },
    });
    expect(user.status).toBe(404);
    expect((await call(api, 'GET', '/users', { token: admin2 })).json.count).toBe(1);
    const wa = await call(api, 'PUT', '/whatsapp/2', { token: admin2, body: { queueIds: [SEED.queues.suporte] } });
    expect(wa.status).toBe(404);
    expect((await call(api, 'GET', `/tickets/${own}`, { token: admin2 })).json).toMatchObject({
      userId: SEED.admin2.id,
      queueId: SEED.queues.atendimento2,
    });
  });

  it('keeps settings per company', async () => {
    expect((await call(api, 'PUT', '/settings/call', { token: admin2, body: { value: 'enabled' } })).status).toBe(200);
    const mine = (await call(api, 'GET', '/settings', { token: admin1 })).json;
    expect(mine.find((s: { key: string }) => s.key === 'call').value).toBe('disabled');
  });
});
