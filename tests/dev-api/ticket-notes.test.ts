// @vitest-environment node
// No recording of the ticket-note routes exists: these follow Atendechat's ticketNoteRoutes,
// TicketNoteController and TicketNoteService (codatendechat db04b8c).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunningApi } from '../../dev-api/server.ts';
import { call, login, SEED, start } from './helpers.ts';

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

/** Maria Silva's open ticket (the seed's first): contact 1, ticket 1, one seeded note. */
const MARIA = { contactId: 1, ticketId: 1 };
const listPath = (q: { contactId: number; ticketId: number }) =>
  `/ticket-notes/list?contactId=${q.contactId}&ticketId=${q.ticketId}`;

describe('ticket notes', () => {
  it('lists a ticket’s notes with author, contact and ticket, newest first', async () => {
    const res = await call(api, 'GET', listPath(MARIA), { token: agent });
    expect(res.status).toBe(200);
    expect(res.json).toHaveLength(1);
    expect(res.json[0]).toMatchObject({
      note: 'Cliente VIP: priorizar a entrega do pedido 48213.',
      contactId: 1,
      ticketId: 1,
      user: { id: 1, name: expect.any(String), email: SEED.admin1.email },
      contact: { id: 1, name: 'Maria Silva' },
      ticket: { id: 1, status: 'open' },
    });
  });

  it('creates a note by the caller, never a message, and refuses short or missing notes', async () => {
    const created = await call(api, 'POST', '/ticket-notes', {
      token: agent,
      body: { note: 'Ligar amanhã às 10h', ...MARIA },
    });
    expect(created.status).toBe(200);
    expect(created.json).toMatchObject({ note: 'Ligar amanhã às 10h', userId: 2, ...MARIA });
    expect(Object.keys(created.json).sort()).toEqual(
      ['contactId', 'createdAt', 'id', 'note', 'ticketId', 'updatedAt', 'userId'].sort(),
    );
    const list = await call(api, 'GET', listPath(MARIA), { token: admin });
    expect(list.json[0]).toMatchObject({ id: created.json.id, user: { id: 2 } });
    const messages = await call(api, 'GET', `/messages/${MARIA.ticketId}`, { token: admin });
    expect(JSON.stringify(messages.json)).not.toContain('Ligar amanhã');

    const missing = await call(api, 'POST', '/ticket-notes', { token: agent, body: { ...MARIA } });
    expect(missing.status).toBe(400);
    expect(missing.json).toEqual({ error: 'note is a required field' });
    const short = await call(api, 'POST', '/ticket-notes', { token: agent, body: { note: 'ok', ...MARIA } });
    expect(short.status).toBe(400);
    expect(short.json).toEqual({ error: 'ERR_TICKETNOTE_INVALID_NAME' });
  });

  it('keeps companies apart and lets only admins delete', async () => {
    const other = await call(api, 'GET', listPath(MARIA), { token: admin2 });
    expect(other.json).toEqual([]);
    const created = await call(api, 'POST', '/ticket-notes', {
      token: admin,
      body: { note: 'Nota para apagar', ...MARIA },
    });
    const id = created.json.id as number;
    expect((await call(api, 'GET', `/ticket-notes/${id}`, { token: admin2 })).status).toBe(404);
    const byAgent = await call(api, 'DELETE', `/ticket-notes/${id}`, { token: agent });
    expect(byAgent.status).toBe(403);
    expect(byAgent.json).toEqual({ error: 'ERR_NO_PERMISSION' });
    const byAdmin = await call(api, 'DELETE', `/ticket-notes/${id}`, { token: admin });
    expect(byAdmin.status).toBe(200);
    expect(byAdmin.json).toEqual({ message: 'Observação removida' });
    expect((await call(api, 'GET', `/ticket-notes/${id}`, { token: admin })).status).toBe(404);
  });

  it('PUT takes the id from the body, as UpdateTicketNoteService does', async () => {
    const created = await call(api, 'POST', '/ticket-notes', { token: admin, body: { note: 'Primeira', ...MARIA } });
    const id = created.json.id as number;
    const updated = await call(api, 'PUT', `/ticket-notes/${id}`, { token: agent, body: { id, note: 'Segunda' } });
    expect(updated.status).toBe(200);
    expect(updated.json).toMatchObject({ id, note: 'Segunda' });
    const index = await call(api, 'GET', '/ticket-notes?searchParam=SEGUNDA', { token: admin });
    expect(index.json).toMatchObject({ count: 1, hasMore: false, ticketNotes: [{ id, note: 'Segunda' }] });
  });
});
