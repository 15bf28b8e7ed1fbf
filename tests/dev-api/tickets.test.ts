// @vitest-environment node
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunningApi } from '../../dev-api/server.ts';
import {
  call,
  connect,
  eventually,
  expectSameShape,
  login,
  nextEvent,
  record,
  recorded,
  SEED,
  start,
} from './helpers.ts';

let api: RunningApi;
let admin: string;
let agent: string;
beforeAll(async () => {
  api = await start();
  admin = (await login(api, SEED.admin1.email)).token;
  agent = (await login(api, SEED.agent1.email)).token;
});
afterAll(() => api.close());

/** The fields of a listed ticket these tests read (the whole shape is checked against the recording). */
interface ListedTicket {
  id: number;
  status: string;
  companyId: number;
  updatedAt: string;
}

/** What the ticket events these tests wait for carry. */
interface TicketEvent {
  action: string;
  ticket?: { id: number; contactId: number };
  ticketId?: number;
}

const list = async (token: string, query: string) => {
  const res = await call(api, 'GET', `/tickets?${query}`, { token });
  expect(res.status, res.text).toBe(200);
  return res.json as { tickets: ListedTicket[]; count: number; hasMore: boolean };
};
const ids = (tickets: { id: number }[]) => tickets.map((t) => t.id).sort((a, b) => a - b);
const q = (queueIds: number[]) => `queueIds=${encodeURIComponent(JSON.stringify(queueIds))}`;

describe('GET /tickets', () => {
  it("lists a status of the company, with the user's queues, newest first, in the recorded shape", async () => {
    const open = await list(admin, `status=open&showAll=true&${q([1, 2])}`);
    expect(ids(open.tickets)).toEqual([SEED.tickets.maria, SEED.tickets.joao, SEED.tickets.lucas]);
    expect(open.count).toBe(3);
    expect(open.hasMore).toBe(false);
    expect(open.tickets.every((t) => t.status === 'open' && t.companyId === 1)).toBe(true);
    const updated = open.tickets.map((t) => Date.parse(t.updatedAt));
    expect(updated).toEqual([...updated].sort((a, b) => b - a));
    expectSameShape(open, '05c_tickets_open_showAll_queueIds1');
    const maria = open.tickets.find((t) => t.id === SEED.tickets.maria);
    expect(maria).toMatchObject({
      contact: { name: 'Maria Silva' },
      queue: { name: 'Suporte' },
      user: { name: 'Admin' },
      whatsapp: { name: 'WhatsApp Principal' },
    });
  });

  it('lists only tickets without a queue or in queueIds (none given: only queue-less ones)', async () => {
    expect(ids((await list(admin, 'status=pending&showAll=true')).tickets)).toEqual([SEED.tickets.pedro]);
    expect(ids((await list(admin, `status=pending&showAll=true&${q([1])}`)).tickets)).toEqual([
      SEED.tickets.ana,
      SEED.tickets.pedro,
    ]);
    expect(ids((await list(admin, `status=pending&showAll=true&${q([2])}`)).tickets)).toEqual([SEED.tickets.pedro]);
    expect(ids((await list(admin, `status=closed&showAll=true&${q([1])}`)).tickets)).toEqual([SEED.tickets.fernanda]);
    expect(ids((await list(admin, `status=closed&showAll=true&${q([1, 2])}`)).tickets)).toEqual([
      SEED.tickets.carla,
      SEED.tickets.fernanda,
    ]);
    expect((await list(admin, 'status=open&showAll=true')).tickets).toEqual([]);
  });

  it("without showAll, shows the user's own tickets plus the pending ones", async () => {
    expect(ids((await list(agent, `status=open&showAll=false&${q([1])}`)).tickets)).toEqual([SEED.tickets.joao]);
    expect(ids((await list(agent, `status=pending&showAll=false&${q([1])}`)).tickets)).toEqual([
      SEED.tickets.ana,
      SEED.tickets.pedro,
    ]);
    expect(ids((await list(admin, `status=open&showAll=false&${q([1, 2])}`)).tickets)).toEqual([
      SEED.tickets.maria,
      SEED.tickets.lucas,
    ]);
  });

  it('searches contact names (case and accents as typed), numbers and message bodies', async () => {
    const all = `showAll=true&${q([1, 2])}`;
    expect(ids((await list(admin, `searchParam=MARIA&${all}`)).tickets)).toEqual([SEED.tickets.maria]);
    expect(ids((await list(admin, `searchParam=${encodeURIComponent('JOÃO')}&${all}`)).tickets)).toEqual([
      SEED.tickets.joao,
    ]);
    expect(ids((await list(admin, `searchParam=5511954&${all}`)).tickets)).toEqual([SEED.tickets.pedro]);
    expect(ids((await list(admin, `searchParam=48213&${all}`)).tickets)).toEqual([SEED.tickets.maria]);
    expect(ids((await list(admin, `searchParam=${encodeURIComponent('%')}&${all}`)).tickets)).toEqual([]);
    expect(ids((await list(admin, `status=closed&searchParam=obrigada&${all}`)).tickets)).toEqual([
      SEED.tickets.carla,
      SEED.tickets.fernanda,
    ]);
  });

  it('pages by 40 with count and hasMore', async () => {
    const own = await start();
    try {
      const token = (await login(own, SEED.admin1.email)).token;
      for (let i = 0; i < 45; i += 1) {
        const res = await call(own, 'POST', '/dev/inbound', {
          body: { contactNumber: `55119000${String(i).padStart(5, '0')}`, body: `Olá ${i}` },
        });
        expect(res.status).toBe(200);
      }
      const get = async (page: number) =>
        (await call(own, 'GET', `/tickets?status=pending&showAll=true&pageNumber=${page}`, { token })).json;
      const first = await get(1);
      expect(first.tickets).toHaveLength(40);
      expect(first.count).toBe(46);
      expect(first.hasMore).toBe(true);
      const second = await get(2);
      expect(second.tickets).toHaveLength(6);
      expect(second.hasMore).toBe(false);
      const seen = new Set([...first.tickets, ...second.tickets].map((t: { id: number }) => t.id));
      expect(seen.size).toBe(46);
      expect((await get(3)).tickets).toEqual([]);
    } finally {
      await own.close();
    }
  });
});

describe('GET /tickets/:id and /tickets/u/:uuid', () => {
  it('shows one ticket in the recorded shape, by id and by uuid', async () => {
    const byId = await call(api, 'GET', `/tickets/${SEED.tickets.maria}`, { token: admin });
    expect(byId.status).toBe(200);
    expectSameShape(byId.json, '05d_ticket_by_uuid');
    const byUuid = await call(api, 'GET', `/tickets/u/${byId.json.uuid}`, { token: admin });
    expect(byUuid.json).toEqual(byId.json);
    expect((await call(api, 'GET', '/tickets/9999', { token: admin })).status).toBe(404);
    expect((await call(api, 'GET', '/tickets/u/00000000-0000-0000-0000-000000000000', { token: admin })).json).toEqual({
      error: 'ERR_NO_TICKET_FOUND',
    });
  });
});

describe('POST /tickets', () => {
  it('answers 500 without whatsappId, as recorded', async () => {
    const res = await call(api, 'POST', '/tickets', {
      token: admin,
      body: { contactId: 8, status: 'open', userId: 1 },
    });
    expect(res.status).toBe(500);
    expect(res.json).toEqual(recorded('fake-wbot__22_tickets_create_no_whatsappId'));
  });

  it('opens a ticket, emits it, and refuses a second open one for the same contact', async () => {
    const socket = await connect(api, admin);
    try {
      await socket.emitWithAck('joinTickets', 'open');
      const event = nextEvent<TicketEvent>(
        socket,
        'company-1-ticket',
        (p) => p.action === 'update' && p.ticket?.contactId === 8,
      );
      const res = await call(api, 'POST', '/tickets', {
        token: admin,
        body: { contactId: 8, status: 'open', userId: 1, queueId: 1, whatsappId: 1 },
      });
      expect(res.status).toBe(200);
      expect(res.json).toMatchObject({
        status: 'open',
        userId: 1,
        contactId: 8,
        queueId: 1,
        whatsappId: 1,
        companyId: 1,
        unreadMessages: null,
      });
      expectSameShape(res.json, '18_tickets_create');
      expect((await event).ticket?.id).toBe(res.json.id);
      const again = await call(api, 'POST', '/tickets', {
        token: admin,
        body: { contactId: 8, status: 'open', userId: 1, whatsappId: 1 },
      });
      expect(again.status).toBe(400);
      expect(again.json).toEqual({ error: 'ERR_OTHER_OPEN_TICKET' });
    } finally {
      socket.close();
    }
  });

  it('answers the recorded shape without a queue', async () => {
    const own = await start();
    try {
      const token = (await login(own, SEED.admin1.email)).token;
      const res = await call(own, 'POST', '/tickets', {
        token,
        body: { contactId: 8, status: 'open', userId: 1, whatsappId: 1 },
      });
      expect(res.json.queue).toBeNull();
      expectSameShape(res.json, 'fake-wbot__22b_tickets_create_with_whatsappId');
    } finally {
      await own.close();
    }
  });
});

describe('PUT /tickets/:id', () => {
  it('accepts, transfers, closes and reopens, moving the ticket between lists in real time', async () => {
    const socket = await connect(api, admin);
    const events = record(socket);
    try {
      for (const status of ['open', 'pending', 'closed']) await socket.emitWithAck('joinTickets', status);
      const ana = SEED.tickets.ana;

      const accepted = await call(api, 'PUT', `/tickets/${ana}`, { token: admin, body: { status: 'open', userId: 1 } });
      expect(accepted.status).toBe(200);
      expect(accepted.json).toMatchObject({ id: ana, status: 'open', userId: 1, user: { id: 1, name: 'Admin' } });
      expectSameShape(accepted.json, '05d_ticket_by_uuid');
      await eventually(() =>
        events
          .named('company-1-ticket')
          .find((p) => p.action === 'update' && p.ticket.id === ana && p.ticket.status === 'open'),
      );
      expect(events.named('company-1-ticket').some((p) => p.action === 'delete' && p.ticketId === ana)).toBe(true);
      expect(ids((await list(admin, `status=open&showAll=true&${q([1, 2])}`)).tickets)).toContain(ana);
      expect(ids((await list(admin, `status=pending&showAll=true&${q([1, 2])}`)).tickets)).not.toContain(ana);

      const transferred = await call(api, 'PUT', `/tickets/${ana}`, {
        token: admin,
        body: { status: 'open', userId: 2, queueId: 2 },
      });
      expect(transferred.json).toMatchObject({
        userId: 2,
        queueId: 2,
        user: { name: 'Agente' },
        queue: { name: 'Vendas' },
      });

      const closed = await call(api, 'PUT', `/tickets/${ana}`, { token: admin, body: { status: 'closed' } });
      expect(closed.json).toMatchObject({ status: 'closed', userId: 2, queueId: 2 });
      const reopened = await call(api, 'PUT', `/tickets/${ana}`, { token: admin, body: { status: 'open', userId: 1 } });
      expect(reopened.json).toMatchObject({ status: 'open', userId: 1 });

      const toPending = await call(api, 'PUT', `/tickets/${ana}`, {
        token: admin,
        body: { status: 'pending', userId: null, queueId: null },
      });
      expect(toPending.json).toMatchObject({ status: 'pending', userId: null, queueId: null, user: null, queue: null });
    } finally {
      socket.close();
    }
  });

  it('closing sends the connection’s completion message, as UpdateTicketService; none when it has none', async () => {
    const lucas = SEED.tickets.lucas;
    const bodies = async () =>
      (
        (await call(api, 'GET', `/messages/${lucas}`, { token: admin })).json as { messages: { body: string }[] }
      ).messages.map((m) => m.body);
    const before = await bodies();
    await call(api, 'PUT', `/tickets/${lucas}`, { token: admin, body: { status: 'closed' } });
    expect(await bodies()).toEqual(before);
    await call(api, 'PUT', `/tickets/${lucas}`, { token: admin, body: { status: 'open', userId: 1 } });

    const connection = (await call(api, 'GET', '/whatsapp/1', { token: admin })).json as { name: string };
    await call(api, 'PUT', '/whatsapp/1', {
      token: admin,
      body: { name: connection.name, complationMessage: 'Tchau!' },
    });
    const closed = await call(api, 'PUT', `/tickets/${lucas}`, { token: admin, body: { status: 'closed' } });
    expect(closed.json).toMatchObject({ status: 'closed' });
    expect((await bodies()).at(-1)).toBe('\u200eTchau!');
    await call(api, 'PUT', '/whatsapp/1', { token: admin, body: { name: connection.name, complationMessage: '' } });
  });

  it('GET /users/list gives every user of the company with their queues, for the transfer dialog', async () => {
    const users = (await call(api, 'GET', '/users/list', { token: agent })).json as {
      id: number;
      name: string;
      queues: { id: number; name: string }[];
    }[];
    expect(users.map((u) => ({ id: u.id, queues: u.queues.map((q) => q.name) }))).toEqual([
      { id: 1, queues: ['Suporte', 'Vendas'] },
      { id: 2, queues: ['Suporte'] },
    ]);
  });

  it('refuses an unknown status, user or queue', async () => {
    const bad = await call(api, 'PUT', `/tickets/${SEED.tickets.lucas}`, {
      token: admin,
      body: { status: 'archived' },
    });
    expect(bad.status).toBe(400);
    const user = await call(api, 'PUT', `/tickets/${SEED.tickets.lucas}`, { token: admin, body: { userId: 999 } });
    expect(user.json).toEqual({ error: 'ERR_NO_USER_FOUND' });
    const queue = await call(api, 'PUT', `/tickets/${SEED.tickets.lucas}`, { token: admin, body: { queueId: 999 } });
    expect(queue.json).toEqual({ error: 'ERR_QUEUE_NOT_FOUND' });
  });
});

describe('DELETE /tickets/:id', () => {
  it('deletes the ticket and its messages, and emits a delete', async () => {
    const socket = await connect(api, admin);
    try {
      await socket.emitWithAck('joinTickets', 'closed');
      const event = nextEvent<TicketEvent>(
        socket,
        'company-1-ticket',
        (p) => p.action === 'delete' && p.ticketId === SEED.tickets.fernanda,
      );
      const res = await call(api, 'DELETE', `/tickets/${SEED.tickets.fernanda}`, { token: admin });
      expect(res.status).toBe(200);
      expect(res.json).toEqual({ message: 'ticket deleted' });
      await event;
      expect((await call(api, 'GET', `/tickets/${SEED.tickets.fernanda}`, { token: admin })).status).toBe(404);
      expect((await call(api, 'GET', `/messages/${SEED.tickets.fernanda}`, { token: admin })).status).toBe(404);
    } finally {
      socket.close();
    }
  });
});
