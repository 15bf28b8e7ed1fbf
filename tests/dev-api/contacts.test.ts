// @vitest-environment node
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunningApi } from '../../dev-api/server.ts';
import { call, connect, eventually, expectSameShape, login, record, recorded, SEED, start } from './helpers.ts';

let api: RunningApi;
let admin: string;
beforeAll(async () => {
  api = await start();
  admin = (await login(api, SEED.admin1.email)).token;
});
afterAll(() => api.close());

describe('GET /contacts', () => {
  it("lists the company's contacts by name, in the recorded shape", async () => {
    const res = await call(api, 'GET', '/contacts?searchParam=&pageNumber=1', { token: admin });
    expect(res.status).toBe(200);
    expect(res.json.count).toBe(8);
    expect(res.json.hasMore).toBe(false);
    const names = res.json.contacts.map((c: { name: string }) => c.name);
    expect(names).toEqual([...names].sort((a: string, b: string) => a.localeCompare(b)));
    expect(
      res.json.contacts.every(
        (c: { companyId: number; number: string }) => c.companyId === 1 && c.number.startsWith('5511'),
      ),
    ).toBe(true);
    expectSameShape(res.json, '06d_contacts_list_nonempty');
  });

  it('searches by name or number', async () => {
    const byName = await call(api, 'GET', '/contacts?searchParam=SILVA', { token: admin });
    expect(byName.json.contacts.map((c: { name: string }) => c.name)).toEqual(['Maria Silva']);
    const byNumber = await call(api, 'GET', '/contacts?searchParam=5511932', { token: admin });
    expect(byNumber.json.contacts.map((c: { name: string }) => c.name)).toEqual(['Lucas Pereira']);
  });

  it('pages by 20', async () => {
    const own = await start();
    try {
      const token = (await login(own, SEED.admin1.email)).token;
      for (let i = 0; i < 15; i += 1) {
        const res = await call(own, 'POST', '/contacts', {
          token,
          body: { name: `Cliente ${String(i).padStart(2, '0')}`, number: `5511980000${String(i).padStart(3, '0')}` },
        });
        expect(res.status).toBe(200);
      }
      const first = (await call(own, 'GET', '/contacts?pageNumber=1', { token })).json;
      expect(first.contacts).toHaveLength(20);
      expect(first.count).toBe(23);
      expect(first.hasMore).toBe(true);
      const second = (await call(own, 'GET', '/contacts?pageNumber=2', { token })).json;
      expect(second.contacts).toHaveLength(3);
      expect(second.hasMore).toBe(false);
    } finally {
      await own.close();
    }
  });
});

describe('POST /contacts', () => {
  it('creates a contact with a digits-only number and emits it', async () => {
    const socket = await connect(api, admin);
    const events = record(socket);
    try {
      const res = await call(api, 'POST', '/contacts', {
        token: admin,
        body: { name: 'Cicrano', number: '+55 11 97777-6666', email: 'cicrano@example.com' },
      });
      expect(res.status).toBe(200);
      expect(res.json).toMatchObject({
        name: 'Cicrano',
        number: '5511977776666',
        email: 'cicrano@example.com',
        companyId: 1,
        extraInfo: [],
      });
      expectSameShape(res.json, 'fake-wbot__21_contacts_create_ok');
      const event = await eventually(() => events.named('company-1-contact').find((p) => p.action === 'create'));
      expect(event.contact.id).toBe(res.json.id);
    } finally {
      socket.close();
    }
  });

  it('refuses a duplicate number with ERR_DUPLICATED_CONTACT', async () => {
    const res = await call(api, 'POST', '/contacts', {
      token: admin,
      body: { name: 'Maria 2', number: '55 11 98765-4321' },
    });
    expect(res.status).toBe(400);
    expect(res.json).toEqual(recorded('fake-wbot__21b_contacts_create_duplicate'));
  });

  it('validates the number first, then the name', async () => {
    const res = await call(api, 'POST', '/contacts', { token: admin, body: { name: '', number: 'abc' } });
    expect(res.status).toBe(400);
    expect(res.json).toEqual(recorded('07b_contacts_create_invalid'));
    const noName = await call(api, 'POST', '/contacts', { token: admin, body: { number: '5511911112222' } });
    expect(noName.json).toEqual({ error: 'name is a required field' });
  });

  it('refuses contacts while the company has no CONNECTED WhatsApp (after validation)', async () => {
    const own = await start();
    try {
      const token = (await login(own, SEED.admin1.email)).token;
      expect((await call(own, 'DELETE', `/whatsappsession/${SEED.whatsapps.company1}`, { token })).status).toBe(200);
      const res = await call(own, 'POST', '/contacts', {
        token,
        body: { name: 'Fulano de Tal', number: '5511999998888', email: 'fulano@example.com' },
      });
      expect(res.status).toBe(400);
      expect(res.json).toEqual(recorded('07_contacts_create'));
      const invalid = await call(own, 'POST', '/contacts', { token, body: { name: '', number: 'abc' } });
      expect(invalid.json).toEqual({ error: 'number is a required field' });
      // Company 2 still has its connection.
      const token2 = (await login(own, SEED.admin2.email)).token;
      expect(
        (await call(own, 'POST', '/contacts', { token: token2, body: { name: 'Fulano', number: '5511999998888' } }))
          .status,
      ).toBe(200);
    } finally {
      await own.close();
    }
  });
});

describe('GET, PUT, DELETE /contacts/:id', () => {
  it('updates name, email and extra fields, and shows them', async () => {
    const res = await call(api, 'PUT', '/contacts/8', {
      token: admin,
      body: {
        name: 'Rafael A. Almeida',
        email: 'rafael@example.com',
        extraInfo: [{ name: 'CPF', value: '123.456.789-00' }],
      },
    });
    expect(res.status).toBe(200);
    expect(res.json).toMatchObject({
      id: 8,
      name: 'Rafael A. Almeida',
      email: 'rafael@example.com',
      number: '5511910987654',
    });
    const shown = await call(api, 'GET', '/contacts/8', { token: admin });
    expect(shown.json.extraInfo).toEqual([
      expect.objectContaining({ name: 'CPF', value: '123.456.789-00', contactId: 8 }),
    ]);
    const dup = await call(api, 'PUT', '/contacts/8', { token: admin, body: { number: '5511987654321' } });
    expect(dup.json).toEqual({ error: 'ERR_DUPLICATED_CONTACT' });
  });

  it('deletes a contact together with its tickets', async () => {
    const res = await call(api, 'DELETE', '/contacts/7', { token: admin });
    expect(res.status).toBe(200);
    expect(res.json).toEqual({ message: 'Contact deleted' });
    expect((await call(api, 'GET', '/contacts/7', { token: admin })).status).toBe(404);
    expect((await call(api, 'GET', `/tickets/${SEED.tickets.fernanda}`, { token: admin })).status).toBe(404);
  });
});
