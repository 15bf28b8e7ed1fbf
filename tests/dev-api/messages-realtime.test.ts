// @vitest-environment node
import type { Socket } from 'socket.io-client';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunningApi } from '../../dev-api/server.ts';
import {
  call,
  connect,
  eventsBeforeSentinel,
  eventually,
  expectSameShape,
  INVALID_TOKEN,
  login,
  record,
  type Recorder,
  SEED,
  start,
} from './helpers.ts';

let api: RunningApi;
let admin1: string;
let admin2: string;
const sockets: Socket[] = [];
beforeAll(async () => {
  api = await start();
  admin1 = (await login(api, SEED.admin1.email)).token;
  admin2 = (await login(api, SEED.admin2.email)).token;
});
afterAll(async () => {
  for (const s of sockets) s.close();
  await api.close();
});

async function socketOf(token: string): Promise<{ socket: Socket; events: Recorder }> {
  const socket = await connect(api, token);
  sockets.push(socket);
  return { socket, events: record(socket) };
}

const MESSAGE_KEYS = [
  'id',
  'body',
  'ack',
  'read',
  'fromMe',
  'mediaType',
  'mediaUrl',
  'isDeleted',
  'isEdited',
  'quotedMsg',
  'ticketId',
  'contactId',
  'companyId',
  'createdAt',
  'updatedAt',
  'contact',
];

describe('socket authentication', () => {
  it('refuses a handshake without a token or with a bad one', async () => {
    await expect(connect(api, undefined)).rejects.toThrow('ERR_SESSION_EXPIRED');
    await expect(connect(api, 'garbage.token.value')).rejects.toThrow(INVALID_TOKEN);
  });
});

describe('sending a message', () => {
  it("stores it as ours and emits appMessage to the company's sockets only", async () => {
    const c1 = await socketOf(admin1);
    const c2 = await socketOf(admin2);
    await c1.socket.emitWithAck('joinChatBox', String(SEED.tickets.maria));
    // Company 2 listens to everything it can, and tries to join company 1's conversation.
    await c2.socket.emitWithAck('joinNotification');
    for (const status of ['open', 'pending', 'closed']) await c2.socket.emitWithAck('joinTickets', status);
    await c2.socket.emitWithAck('joinChatBox', String(SEED.tickets.maria));

    const form = new FormData();
    form.append('body', 'Olá, Maria! Seu pedido saiu para entrega.');
    form.append('fromMe', 'true');
    const res = await call(api, 'POST', `/messages/${SEED.tickets.maria}`, { token: admin1, form });
    expect(res.status).toBe(200);
    expect(res.text).toBe('');

    const created = await eventually(() => c1.events.named('company-1-appMessage').find((p) => p.action === 'create'));
    expect(created.message).toMatchObject({
      body: 'Olá, Maria! Seu pedido saiu para entrega.',
      fromMe: true,
      read: true,
      ticketId: SEED.tickets.maria,
      companyId: 1,
    });
    expect(typeof created.message.id).toBe('string');
    expect(Object.keys(created.message)).toEqual(expect.arrayContaining(MESSAGE_KEYS));
    expect(created.ticket).toMatchObject({
      id: SEED.tickets.maria,
      lastMessage: 'Olá, Maria! Seu pedido saiu para entrega.',
    });
    expect(created.contact).toMatchObject({ name: 'Maria Silva' });

    // Company 2's own next event arrives first of all: nothing of company 1 came before it.
    expect(await eventsBeforeSentinel(api, c2.events, SEED.tickets.beatriz2)).toEqual([]);

    const page = await call(api, 'GET', `/messages/${SEED.tickets.maria}?pageNumber=1`, { token: admin1 });
    const last = page.json.messages.at(-1);
    expect(last).toMatchObject({ id: created.message.id, body: created.message.body, fromMe: true });
  });

  it('accepts a JSON body too (as the recorded client sent it) and refuses an empty message', async () => {
    const res = await call(api, 'POST', `/messages/${SEED.tickets.lucas}`, {
      token: admin1,
      body: { body: 'Reservado!', fromMe: true, read: 1 },
    });
    expect(res.status).toBe(200);
    const page = await call(api, 'GET', `/messages/${SEED.tickets.lucas}`, { token: admin1 });
    expect(page.json.messages.at(-1).body).toBe('Reservado!');
    expect(page.json.ticket.lastMessage).toBe('Reservado!');
    const empty = await call(api, 'POST', `/messages/${SEED.tickets.lucas}`, { token: admin1, body: { body: '  ' } });
    expect(empty.status).toBe(400);
  });

  it('stores an attached file as media, served under mediaUrl', async () => {
    const bytes = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 1, 2, 3, 4]);
    const form = new FormData();
    form.append('body', 'Segue a foto');
    form.append('medias', new Blob([bytes], { type: 'image/png' }), 'foto.png');
    const res = await call(api, 'POST', `/messages/${SEED.tickets.maria}`, { token: admin1, form });
    expect(res.status).toBe(200);
    const page = await call(api, 'GET', `/messages/${SEED.tickets.maria}`, { token: admin1 });
    const media = page.json.messages.at(-1);
    expect(media).toMatchObject({ body: 'Segue a foto', mediaType: 'image', fromMe: true });
    expect(media.mediaUrl).toMatch(new RegExp(`^${api.url}/public/.+\\.png$`));
    const file = await fetch(media.mediaUrl);
    expect(file.headers.get('content-type')).toBe('image/png');
    expect(new Uint8Array(await file.arrayBuffer())).toEqual(bytes);
  });

  it('pairs each file with its caption by index, sets mediaType and body as the backend stores them', async () => {
    const first = (await call(api, 'GET', `/messages/${SEED.tickets.lucas}`, { token: admin1 })).json.messages[0];
    const form = new FormData();
    form.append('fromMe', 'true');
    form.append('medias', new Blob([new Uint8Array([1, 2, 3])], { type: 'image/png' }), 'a b.png');
    form.append('body', 'Primeira');
    form.append('medias', new Blob([new Uint8Array([4, 5])], { type: 'application/pdf' }), '../../etc/passwd.pdf');
    form.append('body', '');
    form.append('medias', new Blob([new Uint8Array([6])], { type: 'audio/webm' }), 'audio-record-site-1.webm');
    form.append('body', '');
    form.append('quotedMsg', JSON.stringify(first));
    const res = await call(api, 'POST', `/messages/${SEED.tickets.lucas}`, { token: admin1, form });
    expect(res.status).toBe(200);
    const messages = (await call(api, 'GET', `/messages/${SEED.tickets.lucas}`, { token: admin1 })).json.messages;
    const [image, pdf, audio] = messages.slice(-3);
    expect(image).toMatchObject({ body: 'Primeira', mediaType: 'image' });
    expect(pdf).toMatchObject({ body: '-', mediaType: 'application' });
    expect(pdf.mediaUrl).toMatch(new RegExp(`^${api.url}/public/\\d+_passwd\\.pdf$`));
    expect(audio).toMatchObject({ body: 'Áudio', mediaType: 'audio' });
    // As SendWhatsAppMedia: files carry no quote.
    expect([image.quotedMsg, pdf.quotedMsg, audio.quotedMsg]).toEqual([null, null, null]);
    expect(new Uint8Array(await (await fetch(pdf.mediaUrl)).arrayBuffer())).toEqual(new Uint8Array([4, 5]));
  });

  it('links a quoted message of the same ticket', async () => {
    const first = (await call(api, 'GET', `/messages/${SEED.tickets.maria}`, { token: admin1 })).json.messages[0];
    const res = await call(api, 'POST', `/messages/${SEED.tickets.maria}`, {
      token: admin1,
      body: { body: 'Respondendo', quotedMsg: first },
    });
    expect(res.status).toBe(200);
    const last = (await call(api, 'GET', `/messages/${SEED.tickets.maria}`, { token: admin1 })).json.messages.at(-1);
    expect(last.quotedMsg).toMatchObject({ id: first.id, body: first.body });
  });
});

describe('rooms', () => {
  it("stops a conversation's events once every component that joined it has left", async () => {
    const c1 = await socketOf(admin1);
    const ticket = String(SEED.tickets.joao); // assigned to the agent: no user room for the admin
    await c1.socket.emitWithAck('joinChatBox', ticket);
    await c1.socket.emitWithAck('joinChatBox', ticket);
    await c1.socket.emitWithAck('leaveChatBox', ticket);
    await call(api, 'POST', `/messages/${ticket}`, { token: admin1, body: { body: 'still joined once' } });
    await eventually(() => c1.events.named('company-1-appMessage').find((p) => p.message.body === 'still joined once'));
    await c1.socket.emitWithAck('leaveChatBox', ticket);
    await call(api, 'POST', `/messages/${ticket}`, { token: admin1, body: { body: 'left' } });
    // Maria's ticket is the admin's own (user room): its next message shows whether 'left' came before.
    const before = await eventsBeforeSentinel(api, c1.events, SEED.tickets.maria);
    expect(before.some((e) => e.payload?.message?.body === 'still joined once')).toBe(true);
    expect(before.some((e) => e.payload?.message?.body === 'left')).toBe(false);
  });

  it('gives an agent the pending tickets of their queues, not of other queues', async () => {
    const own = await start();
    try {
      const admin = (await login(own, SEED.admin1.email)).token;
      const agent = (await login(own, SEED.agent1.email)).token; // queue Suporte only
      const socket = await connect(own, agent);
      const events = record(socket);
      try {
        await socket.emitWithAck('joinTickets', 'pending');
        // Ana's ticket (Suporte) is pending; Pedro's moves to Vendas and stays pending.
        await call(own, 'PUT', `/tickets/${SEED.tickets.pedro}`, {
          token: admin,
          body: { queueId: SEED.queues.vendas },
        });
        await call(own, 'POST', '/dev/inbound', { body: { ticketId: SEED.tickets.pedro, body: 'Vendas?' } });
        await call(own, 'POST', '/dev/inbound', { body: { ticketId: SEED.tickets.ana, body: 'Suporte?' } });
        // Ana's events were emitted after all of Pedro's: once hers are in, Pedro's would have been too.
        await eventually(() => events.named('company-1-ticket').find((p) => p.ticket?.id === SEED.tickets.ana));
        expect(
          events
            .named('company-1-ticket')
            .some((p) => p.ticket?.id === SEED.tickets.pedro && p.ticket.queueId === SEED.queues.vendas),
        ).toBe(false);
        expect(events.named('company-1-appMessage').some((p) => p.message.body === 'Vendas?')).toBe(false);
      } finally {
        socket.close();
      }
    } finally {
      await own.close();
    }
  });
});

describe('GET /messages/:ticketId', () => {
  it('pages from the newest, each page in chronological order, and marks the ticket read', async () => {
    const own = await start();
    try {
      const token = (await login(own, SEED.admin1.email)).token;
      const ticket = SEED.tickets.pedro; // one unread message from the customer
      expect((await call(own, 'GET', `/tickets/${ticket}`, { token })).json.unreadMessages).toBe(1);
      for (let i = 1; i <= 24; i += 1) {
        expect((await call(own, 'POST', `/messages/${ticket}`, { token, body: { body: `msg ${i}` } })).status).toBe(
          200,
        );
      }
      const first = (await call(own, 'GET', `/messages/${ticket}?pageNumber=1`, { token })).json;
      expect(first.count).toBe(25);
      expect(first.hasMore).toBe(true);
      expect(first.messages.map((m: { body: string }) => m.body)).toEqual(
        Array.from({ length: 20 }, (_, i) => `msg ${i + 5}`),
      );
      expectSameShape(first, '05e_ticket_messages', (b) => ({ ...b, messages: [] }));
      const second = (await call(own, 'GET', `/messages/${ticket}?pageNumber=2`, { token })).json;
      expect(second.messages.map((m: { body: string }) => m.body)).toEqual([
        'Olá, gostaria de falar com um atendente.',
        'msg 1',
        'msg 2',
        'msg 3',
        'msg 4',
      ]);
      expect(second.hasMore).toBe(false);
      expect(first.ticket.unreadMessages).toBe(0);
      expect(second.messages[0]).toMatchObject({ fromMe: false, read: true });
    } finally {
      await own.close();
    }
  });

  it("tells the company's sockets the ticket was read (updateUnread, as SetTicketMessagesAsRead)", async () => {
    const c1 = await socketOf(admin1);
    const c2 = await socketOf(admin2);
    const inbound = await call(api, 'POST', '/dev/inbound', { body: { ticketId: SEED.tickets.ana, body: 'oi?' } });
    expect(inbound.status).toBe(200);
    expect((await call(api, 'GET', `/messages/${SEED.tickets.ana}`, { token: admin1 })).status).toBe(200);
    const read = await eventually(() => c1.events.named('company-1-ticket').find((p) => p.action === 'updateUnread'));
    expect(read).toEqual({ action: 'updateUnread', ticketId: SEED.tickets.ana });
    expect(c2.events.named('company-1-ticket')).toEqual([]);
  });
});

describe('DELETE /messages/:id', () => {
  it('marks the message deleted and emits an update', async () => {
    const c1 = await socketOf(admin1);
    await c1.socket.emitWithAck('joinChatBox', String(SEED.tickets.joao));
    const message = (await call(api, 'GET', `/messages/${SEED.tickets.joao}`, { token: admin1 })).json.messages[1];
    const res = await call(api, 'DELETE', `/messages/${message.id}`, { token: admin1 });
    expect(res.status).toBe(200);
    const update = await eventually(() => c1.events.named('company-1-appMessage').find((p) => p.action === 'update'));
    expect(update.message).toMatchObject({ id: message.id, isDeleted: true });
    expect((await call(api, 'DELETE', '/messages/NOPE', { token: admin1 })).status).toBe(404);
  });
});

describe('POST /dev/inbound (a customer writes)', () => {
  it('stores an incoming message on a ticket, raises unreadMessages and notifies the company', async () => {
    const c1 = await socketOf(admin1);
    const c2 = await socketOf(admin2);
    await c1.socket.emitWithAck('joinNotification');
    await c2.socket.emitWithAck('joinNotification');
    const before = (await call(api, 'GET', `/tickets/${SEED.tickets.ana}`, { token: admin1 })).json.unreadMessages;

    const res = await call(api, 'POST', '/dev/inbound', { body: { ticketId: SEED.tickets.ana, body: 'Alguém aí?' } });
    expect(res.status).toBe(200);
    expect(res.json.message).toMatchObject({ body: 'Alguém aí?', fromMe: false, read: false });
    expect(res.json.ticket.unreadMessages).toBe(before + 1);

    const created = await eventually(() =>
      c1.events.named('company-1-appMessage').find((p) => p.message.body === 'Alguém aí?'),
    );
    expect(created).toMatchObject({ action: 'create', ticket: { id: SEED.tickets.ana, unreadMessages: before + 1 } });
    await eventually(() =>
      c1.events.named('company-1-ticket').find((p) => p.action === 'update' && p.ticket.id === SEED.tickets.ana),
    );
    expect(await eventsBeforeSentinel(api, c2.events, SEED.tickets.beatriz2)).toEqual([]);
  });

  it('creates the contact and a pending ticket for a new number, in the given company', async () => {
    const c2 = await socketOf(admin2);
    await c2.socket.emitWithAck('joinTickets', 'pending');
    const res = await call(api, 'POST', '/dev/inbound', {
      body: { contactNumber: '+55 21 99888-7766', contactName: 'Nova Cliente', body: 'Oi!', companyId: 2 },
    });
    expect(res.status).toBe(200);
    expect(res.json.contact).toMatchObject({ name: 'Nova Cliente', number: '5521998887766', companyId: 2 });
    expect(res.json.ticket).toMatchObject({
      status: 'pending',
      unreadMessages: 1,
      companyId: 2,
      whatsappId: SEED.whatsapps.company2,
      queueId: SEED.queues.atendimento2,
    });
    await eventually(() => c2.events.named('company-2-ticket').find((p) => p.ticket?.id === res.json.ticket.id));
    const again = await call(api, 'POST', '/dev/inbound', {
      body: { contactNumber: '5521998887766', body: 'Tem alguém?', companyId: 2 },
    });
    expect(again.json.ticket.id).toBe(res.json.ticket.id);
    expect(again.json.ticket.unreadMessages).toBe(2);
  });

  it('reopens a closed ticket as pending, moving it between lists', async () => {
    const c1 = await socketOf(admin1);
    await c1.socket.emitWithAck('joinTickets', 'closed');
    await c1.socket.emitWithAck('joinTickets', 'pending');
    const res = await call(api, 'POST', '/dev/inbound', {
      body: { ticketId: SEED.tickets.carla, body: 'Quero outro orçamento' },
    });
    expect(res.json.ticket).toMatchObject({ status: 'pending', userId: null });
    await eventually(() =>
      c1.events.named('company-1-ticket').find((p) => p.action === 'delete' && p.ticketId === SEED.tickets.carla),
    );
    await eventually(() =>
      c1.events
        .named('company-1-ticket')
        .find((p) => p.action === 'update' && p.ticket.id === SEED.tickets.carla && p.ticket.status === 'pending'),
    );
  });

  it('lets an agent follow the pending tickets of their queues', async () => {
    const agent = (await login(api, SEED.agent1.email)).token;
    const a = await socketOf(agent);
    await a.socket.emitWithAck('joinTickets', 'pending');
    await call(api, 'POST', '/dev/inbound', { body: { ticketId: SEED.tickets.ana, body: 'Na fila do Suporte' } });
    await eventually(() => a.events.named('company-1-ticket').find((p) => p.ticket?.id === SEED.tickets.ana));
  });

  it('is refused without a body and absent when not enabled', async () => {
    expect((await call(api, 'POST', '/dev/inbound', { body: { ticketId: 1 } })).status).toBe(400);
    const off = await start({ devInbound: false });
    try {
      expect((await call(off, 'POST', '/dev/inbound', { body: { ticketId: 1, body: 'x' } })).status).toBe(404);
    } finally {
      await off.close();
    }
  });
});
