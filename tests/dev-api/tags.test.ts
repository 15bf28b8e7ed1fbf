// @vitest-environment node
// No recording of the tag routes exists: these follow Atendechat's tagRoutes, TagController, TagServices and
// TicketTagController (codatendechat db04b8c) and check ticket answers against the recorded ticket shapes.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunningApi } from '../../dev-api/server.ts';
import {
  call,
  connect,
  eventsBeforeSentinel,
  eventually,
  expectSameShape,
  login,
  record,
  SEED,
  start,
} from './helpers.ts';

let api: RunningApi;
let admin: string;
let agent: string;
let admin2: string;
beforeAll(async () => {
  api = await start();
  admin = (await login(api, SEED.admin1.email)).token;
  agent = (await login(api, SEED.agent1.email)).token;
  admin2 = (await login(api, SEED.admin2.email)).token;
});
afterAll(() => api.close());

const TAGS = { vip: 1, urgente: 2, novoCliente: 3, negociacao: 4, atacado2: 5 } as const;
const names = (list: { name: string }[]) => list.map((t) => t.name);

describe('listing', () => {
  it('GET /tags: id, name, color and ticketsCount (a string, as Postgres counts), by name, per company', async () => {
    const res = await call(api, 'GET', '/tags', { token: agent });
    expect(res.status).toBe(200);
    expect(res.json).toMatchObject({ count: 4, hasMore: false });
    expect(res.json.tags).toEqual([
      { id: TAGS.negociacao, name: 'Em negociação', color: '#1565C0', ticketsCount: '1' },
      { id: TAGS.novoCliente, name: 'Novo cliente', color: '#2E7D32', ticketsCount: '1' },
      { id: TAGS.urgente, name: 'Urgente', color: '#C62828', ticketsCount: '1' },
      { id: TAGS.vip, name: 'VIP', color: '#F9A825', ticketsCount: '1' },
    ]);
    const other = await call(api, 'GET', '/tags', { token: admin2 });
    expect(names(other.json.tags)).toEqual(['Atacado', 'Reclamação']);
  });

  it('searches name or colour, case-sensitively as Postgres LIKE does', async () => {
    const byName = await call(api, 'GET', '/tags?searchParam=cliente', { token: admin });
    expect(names(byName.json.tags)).toEqual(['Novo cliente']);
    expect((await call(api, 'GET', '/tags?searchParam=vip', { token: admin })).json.tags).toEqual([]);
    const byColor = await call(api, 'GET', '/tags/list?searchParam=%23C6', { token: admin });
    expect(names(byColor.json)).toEqual(['Urgente']);
  });

  it('GET /tags/list, /tags/:id and /tags/kanban answer whole rows', async () => {
    const list = await call(api, 'GET', '/tags/list', { token: agent });
    expect(list.status).toBe(200);
    expect(list.json[0]).toEqual({
      id: TAGS.negociacao,
      name: 'Em negociação',
      color: '#1565C0',
      companyId: 1,
      createdAt: expect.any(String),
      updatedAt: expect.any(String),
      kanban: 1,
    });
    const one = await call(api, 'GET', `/tags/${TAGS.vip}`, { token: agent });
    expect(one.json).toMatchObject({ id: TAGS.vip, name: 'VIP', kanban: 0 });
    const kanban = await call(api, 'GET', '/tags/kanban', { token: agent });
    expect(names(kanban.json.lista)).toEqual(['Em negociação']);
  });

  it("another company's tag is not found", async () => {
    for (const [method, body] of [
      ['GET', undefined],
      ['PUT', { name: 'Roubada' }],
      ['DELETE', undefined],
    ] as const) {
      const res = await call(api, method, `/tags/${TAGS.atacado2}`, { token: admin, body });
      expect(res.status, method).toBe(404);
      expect(res.json).toEqual({ error: 'ERR_NO_TAG_FOUND' });
    }
  });
});

describe('writing', () => {
  it("creates with Yup's messages, the default colour, and findOrCreate for an identical tag", async () => {
    expect((await call(api, 'POST', '/tags', { token: agent, body: {} })).json).toEqual({
      error: 'name is a required field',
    });
    const short = await call(api, 'POST', '/tags', { token: agent, body: { name: 'ab' } });
    expect(short.status).toBe(400);
    expect(short.json).toEqual({ error: 'name must be at least 3 characters' });

    // Agents create tags too: nothing in the route or controller checks the profile.
    const created = await call(api, 'POST', '/tags', { token: agent, body: { name: 'Retorno' } });
    expect(created.status).toBe(200);
    expect(created.json).toMatchObject({ name: 'Retorno', color: '#A4CCCC', kanban: 0, companyId: 1 });
    const again = await call(api, 'POST', '/tags', { token: admin, body: { name: 'Retorno' } });
    expect(again.json.id).toBe(created.json.id);
    const otherColor = await call(api, 'POST', '/tags', { token: admin, body: { name: 'Retorno', color: '#000000' } });
    expect(otherColor.json.id).not.toBe(created.json.id);
  });

  it('updates for admins only (403 ERR_NO_PERMISSION for agents), keeping what is not sent', async () => {
    const tag = (await call(api, 'POST', '/tags', { token: admin, body: { name: 'Garantia', color: '#123456' } })).json;
    const refused = await call(api, 'PUT', `/tags/${tag.id}`, { token: agent, body: { name: 'Outra' } });
    expect(refused.status).toBe(403);
    expect(refused.json).toEqual({ error: 'ERR_NO_PERMISSION' });
    const short = await call(api, 'PUT', `/tags/${tag.id}`, { token: admin, body: { name: '' } });
    expect(short.json).toEqual({ error: 'name must be at least 3 characters' });
    const updated = await call(api, 'PUT', `/tags/${tag.id}`, { token: admin, body: { color: '#654321' } });
    expect(updated.status).toBe(200);
    expect(updated.json).toMatchObject({ id: tag.id, name: 'Garantia', color: '#654321', kanban: 0 });
  });

  it('emits a bare "tag" event to the company on create, update and delete (the id as a string)', async () => {
    const socket = await connect(api, admin);
    const other = await connect(api, admin2);
    const events = record(socket);
    const otherEvents = record(other);
    try {
      const tag = (await call(api, 'POST', '/tags', { token: admin, body: { name: 'Evento', color: '#00ff00' } })).json;
      await call(api, 'PUT', `/tags/${tag.id}`, { token: admin, body: { name: 'Evento 2' } });
      const deleted = await call(api, 'DELETE', `/tags/${tag.id}`, { token: agent });
      expect(deleted.status).toBe(200);
      expect(deleted.json).toEqual({ message: 'Tag deleted' });
      await eventually(() => events.named('tag').length === 3);
      expect(events.named('tag')).toEqual([
        { action: 'create', tag: expect.objectContaining({ id: tag.id, name: 'Evento' }) },
        { action: 'update', tag: expect.objectContaining({ id: tag.id, name: 'Evento 2' }) },
        { action: 'delete', tagId: String(tag.id) },
      ]);
      expect((await call(api, 'GET', `/tags/${tag.id}`, { token: admin })).status).toBe(404);
      const before = await eventsBeforeSentinel(api, otherEvents, SEED.tickets.beatriz2);
      expect(before.filter((e) => e.name === 'tag')).toEqual([]);
    } finally {
      socket.close();
      other.close();
    }
  });
});

describe("a ticket's tags", () => {
  it('ticket answers carry their tags with the join row, in the recorded shapes', async () => {
    const shown = await call(api, 'GET', `/tickets/${SEED.tickets.maria}`, { token: admin });
    expect(shown.json.tags).toEqual([
      { id: TAGS.vip, name: 'VIP', color: '#F9A825', TicketTag: expect.objectContaining({ ticketId: 1, tagId: 1 }) },
      { id: TAGS.urgente, name: 'Urgente', color: '#C62828', TicketTag: expect.objectContaining({ tagId: 2 }) },
    ]);
    expectSameShape(shown.json, '05d_ticket_by_uuid');
    const list = await call(api, 'GET', '/tickets?status=open&showAll=true&queueIds=[1,2]', { token: admin });
    const maria = list.json.tickets.find((t: { id: number }) => t.id === SEED.tickets.maria);
    expect(names(maria.tags)).toEqual(['VIP', 'Urgente']);
    expectSameShape(list.json, '05c_tickets_open_showAll_queueIds1');
    const messages = await call(api, 'GET', `/messages/${SEED.tickets.maria}`, { token: admin });
    expect(names(messages.json.ticket.tags)).toEqual(['VIP', 'Urgente']);
  });

  it('GET /tickets?tags= lists the tickets carrying every one of them', async () => {
    const query = (tags: number[]) =>
      call(api, 'GET', `/tickets?showAll=true&queueIds=[1,2]&tags=${JSON.stringify(tags)}`, { token: admin });
    const ids = async (tags: number[]) => (await query(tags)).json.tickets.map((t: { id: number }) => t.id);
    expect(await ids([TAGS.vip])).toEqual([SEED.tickets.maria]);
    expect(await ids([TAGS.vip, TAGS.urgente])).toEqual([SEED.tickets.maria]);
    expect(await ids([TAGS.vip, TAGS.novoCliente])).toEqual([]);
  });

  it('POST /tags/sync replaces them, answering the ticket as read before the change, with no event', async () => {
    const socket = await connect(api, admin);
    const events = record(socket);
    try {
      const res = await call(api, 'POST', '/tags/sync', {
        token: agent,
        body: { ticketId: SEED.tickets.joao, tags: [{ id: TAGS.vip, name: 'VIP' }, { id: TAGS.novoCliente }] },
      });
      expect(res.status).toBe(200);
      expect(res.json).toMatchObject({ id: SEED.tickets.joao, tags: [] });
      expect(res.json.contact).toBeUndefined();
      const after = await call(api, 'GET', `/tickets/${SEED.tickets.joao}`, { token: agent });
      expect(names(after.json.tags)).toEqual(['VIP', 'Novo cliente']);

      const again = await call(api, 'POST', '/tags/sync', {
        token: agent,
        body: { ticketId: SEED.tickets.joao, tags: [] },
      });
      expect(names(again.json.tags)).toEqual(['VIP', 'Novo cliente']);
      expect(again.json.tags[0]).toMatchObject({ kanban: 0, companyId: 1, TicketTag: { tagId: TAGS.vip } });
      expect((await call(api, 'GET', `/tickets/${SEED.tickets.joao}`, { token: agent })).json.tags).toEqual([]);
      const before = await eventsBeforeSentinel(api, events, SEED.tickets.maria);
      expect(before.filter((e) => e.name === 'tag' || e.name === 'company-1-ticket')).toEqual([]);
    } finally {
      socket.close();
    }
  });

  it("refuses another company's ticket or tag, and a body without tags as the service crashes", async () => {
    const otherTicket = await call(api, 'POST', '/tags/sync', {
      token: admin,
      body: { ticketId: SEED.tickets.beatriz2, tags: [] },
    });
    expect(otherTicket.status).toBe(404);
    const otherTag = await call(api, 'POST', '/tags/sync', {
      token: admin,
      body: { ticketId: SEED.tickets.ana, tags: [{ id: TAGS.atacado2 }] },
    });
    expect(otherTag.status).toBe(404);
    expect((await call(api, 'GET', `/tickets/${SEED.tickets.ana}`, { token: admin })).json.tags).toHaveLength(1);
    const noTags = await call(api, 'POST', '/tags/sync', { token: admin, body: { ticketId: SEED.tickets.ana } });
    expect(noTags.status).toBe(500);
  });

  it('PUT /ticket-tags/:ticketId/:tagId adds one (500 the second time); DELETE takes the kanban tags off', async () => {
    const put = await call(api, 'PUT', `/ticket-tags/${SEED.tickets.pedro}/${TAGS.negociacao}`, { token: agent });
    expect(put.status).toBe(201);
    expect(put.json).toEqual({
      ticketId: SEED.tickets.pedro,
      tagId: TAGS.negociacao,
      updatedAt: expect.any(String),
      createdAt: expect.any(String),
    });
    const twice = await call(api, 'PUT', `/ticket-tags/${SEED.tickets.pedro}/${TAGS.negociacao}`, { token: agent });
    expect(twice.status).toBe(500);
    expect(twice.json).toEqual({ error: 'Failed to store ticket tag.' });
    await call(api, 'PUT', `/ticket-tags/${SEED.tickets.pedro}/${TAGS.urgente}`, { token: agent });

    const removed = await call(api, 'DELETE', `/ticket-tags/${SEED.tickets.pedro}`, { token: agent });
    expect(removed.json).toEqual({ message: 'Ticket tags removed successfully.' });
    const after = await call(api, 'GET', `/tickets/${SEED.tickets.pedro}`, { token: agent });
    expect(names(after.json.tags)).toEqual(['Urgente']);
  });

  it('deleting a tag takes it off its tickets', async () => {
    const tag = (await call(api, 'POST', '/tags', { token: admin, body: { name: 'Temporária' } })).json;
    await call(api, 'PUT', `/ticket-tags/${SEED.tickets.lucas}/${tag.id}`, { token: admin });
    const listed = (await call(api, 'GET', '/tags?searchParam=Tempor', { token: admin })).json.tags;
    expect(listed).toEqual([expect.objectContaining({ id: tag.id, ticketsCount: '1' })]);
    await call(api, 'DELETE', `/tags/${tag.id}`, { token: admin });
    const after = await call(api, 'GET', `/tickets/${SEED.tickets.lucas}`, { token: admin });
    expect(names(after.json.tags)).toEqual(['Em negociação']);
  });
});
