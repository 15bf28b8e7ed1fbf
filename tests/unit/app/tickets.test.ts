import { describe, expect, it } from 'vitest';
import {
  messageOf,
  parseMessagePage,
  parseTicketPage,
  ticketOf,
  type Message,
  type Ticket,
} from '../../../src/features/tickets/api/schemas.ts';
import {
  getMessages,
  listTickets,
  sendTextMessage,
  ticketQueryParams,
  updateTicket,
} from '../../../src/features/tickets/api/tickets-api.ts';
import {
  conversationReducer,
  mergeMessages,
  openConversation,
  type ConversationState,
} from '../../../src/features/tickets/model/conversation.ts';
import { displayNumber, formatMessageTime, formatWhen } from '../../../src/features/tickets/model/format.ts';
import {
  applyTicket,
  belongsTo,
  emptyLists,
  mergePage,
  removeTicket,
  ticketListsReducer,
  unreadOf,
  type ListFilter,
  type TicketLists,
} from '../../../src/features/tickets/model/ticket-lists.ts';
import type { ApiClient } from '../../../src/lib/api-client.ts';

const minutes = (n: number) => new Date(Date.UTC(2026, 10, 28, 12, 0) + n * 60_000).toISOString();

function ticket(id: number, overrides: Partial<Ticket> = {}): Ticket {
  return {
    id,
    status: 'open',
    unreadMessages: 0,
    lastMessage: '',
    userId: 1,
    queueId: 1,
    updatedAt: minutes(id),
    contact: { id: id + 100, name: `Contato ${id}`, number: `55119000000${id}` },
    ...overrides,
  };
}

function message(id: string, at: number, overrides: Partial<Message> = {}): Message {
  return { id, body: `m${id}`, fromMe: false, ticketId: 1, createdAt: minutes(at), ...overrides };
}

const admin: ListFilter = { userId: 1, queueIds: [1, 2], showAll: true, search: '' };
const agent: ListFilter = { userId: 2, queueIds: [1], showAll: false, search: '' };

function listsWith(open: Ticket[], pending: Ticket[] = [], closed: Ticket[] = [], hasMore = false): TicketLists {
  const page = (tickets: Ticket[]) => ({ tickets, count: tickets.length + (hasMore ? 10 : 0), hasMore, page: 1 });
  return { open: page(open), pending: page(pending), closed: page(closed) };
}

const ids = (tickets: Ticket[]) => tickets.map((item) => item.id);

describe('ticket lists: who sees what (as the backend lists them)', () => {
  it('status, own tickets unless showing all, queues, and a search on the contact name or number', () => {
    expect(belongsTo(ticket(1), 'open', admin)).toBe(true);
    expect(belongsTo(ticket(1), 'pending', admin)).toBe(false);
    // Agents: their own tickets and the pending ones.
    expect(belongsTo(ticket(1, { userId: 1 }), 'open', agent)).toBe(false);
    expect(belongsTo(ticket(1, { userId: 2 }), 'open', agent)).toBe(true);
    expect(belongsTo(ticket(1, { status: 'pending', userId: null }), 'pending', agent)).toBe(true);
    // Queues: the user's, or none.
    expect(belongsTo(ticket(1, { userId: 2, queueId: 2 }), 'open', agent)).toBe(false);
    expect(belongsTo(ticket(1, { userId: 2, queueId: null }), 'open', agent)).toBe(true);
    // Search folds case like the backend (not accents).
    const joao = ticket(1, { contact: { id: 1, name: 'João Santos', number: '5511976543210' } });
    expect(belongsTo(joao, 'open', { ...admin, search: 'JOÃO' })).toBe(true);
    expect(belongsTo(joao, 'open', { ...admin, search: '97654' })).toBe(true);
    expect(belongsTo(joao, 'open', { ...admin, search: 'maria' })).toBe(false);
  });
});

describe('ticket lists: paging', () => {
  it('page 1 replaces, later pages append without repeating a ticket already shown', () => {
    let list = mergePage(emptyLists().open, { tickets: [ticket(3), ticket(2)], count: 4, hasMore: true }, 1);
    expect(list).toMatchObject({ count: 4, hasMore: true, page: 1 });
    // A new ticket arrived meanwhile: page 2 starts with one already shown.
    list = mergePage(list, { tickets: [ticket(2), ticket(1)], count: 5, hasMore: false }, 2);
    expect(ids(list.tickets)).toEqual([3, 2, 1]);
    expect(list).toMatchObject({ count: 5, hasMore: false, page: 2 });
    list = mergePage(list, { tickets: [ticket(9)], count: 1, hasMore: false }, 1);
    expect(ids(list.tickets)).toEqual([9]);
    expect(list.page).toBe(1);
  });
});

describe('ticket lists: socket events', () => {
  it('an update replaces the ticket and keeps the newest activity first', () => {
    const lists = listsWith([ticket(3), ticket(2), ticket(1)]);
    const next = applyTicket(
      lists,
      ticket(1, { updatedAt: minutes(10), lastMessage: 'novo', unreadMessages: 2 }),
      admin,
    );
    expect(ids(next.open.tickets)).toEqual([1, 3, 2]);
    expect(next.open.tickets[0]).toMatchObject({ lastMessage: 'novo', unreadMessages: 2 });
    expect(next.open.count).toBe(3);
    expect(next.pending).toBe(lists.pending); // untouched lists keep their identity
  });

  it('a status change moves the ticket between lists, counts follow (accept: pending → open)', () => {
    const lists = listsWith([ticket(1)], [ticket(2, { status: 'pending', userId: null })]);
    const next = applyTicket(lists, ticket(2, { status: 'open', userId: 1, updatedAt: minutes(20) }), admin);
    expect(ids(next.open.tickets)).toEqual([2, 1]);
    expect(next.open.count).toBe(2);
    expect(next.pending.tickets).toEqual([]);
    expect(next.pending.count).toBe(0);
  });

  it('a ticket that leaves the filter is dropped (an agent’s ticket given to someone else)', () => {
    const lists = listsWith([ticket(1, { userId: 2 })]);
    const next = applyTicket(lists, ticket(1, { userId: 3 }), agent);
    expect(next.open).toMatchObject({ tickets: [], count: 0 });
  });

  it('a new ticket is counted; it is shown unless it sorts below what is loaded of a longer list', () => {
    const short = applyTicket(
      listsWith([], [ticket(5, { status: 'pending' })]),
      ticket(6, { status: 'pending', userId: null }),
      agent,
    );
    expect(ids(short.pending.tickets)).toEqual([6, 5]);
    expect(short.pending.count).toBe(2);
    const long = listsWith([ticket(5), ticket(4)], [], [], true);
    const older = applyTicket(long, ticket(1, { updatedAt: minutes(-100) }), admin);
    expect(ids(older.open.tickets)).toEqual([5, 4]);
    expect(older.open.count).toBe(long.open.count + 1);
    const newer = applyTicket(long, ticket(9), admin);
    expect(ids(newer.open.tickets)).toEqual([9, 5, 4]);
  });

  it('lists not loaded yet are left alone (their first page will count it)', () => {
    const next = applyTicket(emptyLists(), ticket(1), admin);
    expect(next.open).toEqual(emptyLists().open);
  });

  it('the server’s delete-then-update for a move ends with the ticket in its new list only', () => {
    let lists = listsWith([], [ticket(2, { status: 'pending', userId: null })]);
    lists = ticketListsReducer(lists, { type: 'remove', ticketId: 2 });
    lists = ticketListsReducer(lists, { type: 'ticket', ticket: ticket(2, { status: 'open' }), filter: admin });
    expect(ids(lists.open.tickets)).toEqual([2]);
    expect([lists.open.count, lists.pending.count]).toEqual([1, 0]);
  });

  it('delete removes the ticket from the list that showed it; unknown ids change nothing', () => {
    const lists = listsWith([ticket(1), ticket(2)]);
    expect(removeTicket(lists, 1).open).toMatchObject({ count: 1 });
    expect(ids(removeTicket(lists, 1).open.tickets)).toEqual([2]);
    expect(removeTicket(lists, 99)).toEqual(lists);
  });
});

describe('unread counts', () => {
  it('a new message in another ticket raises its count (the event carries the ticket); the open one shows none', () => {
    const lists = listsWith([ticket(1), ticket(2)]);
    const next = applyTicket(lists, ticket(2, { unreadMessages: 3, updatedAt: minutes(30) }), admin);
    const raised = next.open.tickets.find((item) => item.id === 2)!;
    expect(unreadOf(raised, 1)).toBe(3);
    expect(unreadOf(raised, 2)).toBe(0);
    expect(unreadOf(ticket(4, { unreadMessages: null }), null)).toBe(0);
  });
});

describe('conversation', () => {
  const open = (messages: Message[], hasMore = false): ConversationState =>
    openConversation({ ticket: ticket(1), messages, hasMore });

  it('merges by id, oldest first, and says which messages were new', () => {
    const { messages, added } = mergeMessages(
      [message('a', 1), message('c', 3)],
      [message('b', 2), message('c', 3, { body: 'edited' })],
    );
    expect(messages.map((m) => [m.id, m.body])).toEqual([
      ['a', 'ma'],
      ['b', 'mb'],
      ['c', 'edited'],
    ]);
    expect(added.map((m) => m.id)).toEqual(['b']);
  });

  it('older pages go above, in order; a stale older page is ignored', () => {
    let state = open([message('c', 3), message('d', 4)], true);
    state = conversationReducer(state, {
      type: 'older',
      messages: [message('a', 1), message('b', 2)],
      hasMore: false,
      pageNumber: 2,
    });
    expect(state.messages.map((m) => m.id)).toEqual(['a', 'b', 'c', 'd']);
    expect([state.page, state.hasMore]).toEqual([2, false]);
    expect(
      conversationReducer(state, { type: 'older', messages: [message('z', 0)], hasMore: false, pageNumber: 2 }),
    ).toBe(state);
  });

  it('applies created and updated messages of its own ticket only', () => {
    let state = open([message('a', 1)]);
    state = conversationReducer(state, { type: 'message', message: message('b', 2) });
    state = conversationReducer(state, { type: 'message', message: message('x', 3, { ticketId: 2 }) });
    state = conversationReducer(state, { type: 'message', message: message('a', 1, { isDeleted: true }) });
    expect(state.messages.map((m) => [m.id, !!m.isDeleted])).toEqual([
      ['a', true],
      ['b', false],
    ]);
  });

  it('a sent text is pending until the socket brings it back; a failure keeps it for a retry', () => {
    let state = open([message('a', 1)]);
    state = conversationReducer(state, { type: 'send', key: 'k1', body: 'Olá' });
    state = conversationReducer(state, { type: 'send', key: 'k2', body: 'Tudo bem?' });
    expect(state.outgoing.map((o) => o.state)).toEqual(['sending', 'sending']);
    state = conversationReducer(state, { type: 'sent', key: 'k1' });
    state = conversationReducer(state, { type: 'failed', key: 'k2', error: new Error('500') });
    // An incoming message with the same text settles nothing; ours does.
    state = conversationReducer(state, { type: 'message', message: message('b', 2, { body: 'Olá' }) });
    expect(state.outgoing).toHaveLength(2);
    state = conversationReducer(state, { type: 'message', message: message('c', 3, { body: 'Olá', fromMe: true }) });
    expect(state.outgoing.map((o) => [o.key, o.state])).toEqual([['k2', 'failed']]);
    // A failed text is not settled by a same-text message; discarding removes it.
    state = conversationReducer(state, {
      type: 'message',
      message: message('d', 4, { body: 'Tudo bem?', fromMe: true }),
    });
    expect(state.outgoing).toHaveLength(1);
    expect(conversationReducer(state, { type: 'discard', key: 'k2' }).outgoing).toEqual([]);
  });

  it('after a reconnection, the newest page is merged (and settles texts sent meanwhile)', () => {
    let state = open([message('a', 1), message('b', 2)]);
    state = conversationReducer(state, { type: 'send', key: 'k1', body: 'offline' });
    state = conversationReducer(state, { type: 'sent', key: 'k1' });
    state = conversationReducer(state, {
      type: 'refresh',
      ticket: ticket(1, { status: 'closed' }),
      messages: [message('b', 2), message('c', 3), message('d', 4, { fromMe: true, body: 'offline' })],
      hasMore: true,
    });
    expect(state.messages.map((m) => m.id)).toEqual(['a', 'b', 'c', 'd']);
    expect(state.outgoing).toEqual([]);
    expect(state.ticket.status).toBe('closed');
    expect(state.hasMore).toBe(true);
  });

  it('a refresh that does not reach what is shown starts over from the newest page (no gap)', () => {
    let state = open([message('a', 1), message('b', 2)]);
    state = conversationReducer(state, { type: 'older', messages: [], hasMore: true, pageNumber: 2 });
    state = conversationReducer(state, {
      type: 'refresh',
      ticket: ticket(1),
      messages: [message('x', 50), message('y', 51)],
      hasMore: true,
    });
    expect(state.messages.map((m) => m.id)).toEqual(['x', 'y']);
    expect([state.page, state.hasMore]).toEqual([1, true]);
  });

  it('follows the ticket (status, agent) and notices a deletion', () => {
    let state = open([]);
    state = conversationReducer(state, { type: 'ticket', ticket: ticket(1, { status: 'closed' }) });
    expect(state.ticket.status).toBe('closed');
    expect(conversationReducer(state, { type: 'ticket', ticket: ticket(2, { status: 'open' }) })).toBe(state);
    state = conversationReducer(state, { type: 'deleted' });
    expect(state.deleted).toBe(true);
    // A delete followed by an update was a move, not a deletion.
    expect(conversationReducer(state, { type: 'ticket', ticket: ticket(1) }).deleted).toBe(false);
  });
});

describe('tickets API', () => {
  function fakeApi() {
    const calls: Array<{ method: string; url: string; params?: unknown; body?: unknown }> = [];
    const answers: Record<string, unknown> = {};
    const api = {
      get: async (url: string, config?: { params?: unknown }) => {
        calls.push({ method: 'GET', url, params: config?.params });
        return { data: answers[url] };
      },
      put: async (url: string, body: unknown) => {
        calls.push({ method: 'PUT', url, body });
        return { data: answers[url] };
      },
      post: async (url: string, body: unknown) => {
        calls.push({ method: 'POST', url, body });
        return { data: '' };
      },
    } as unknown as ApiClient;
    return { api, calls, answers };
  }

  it('lists with the user’s queues as a JSON array and the search trimmed', async () => {
    expect(
      ticketQueryParams({ status: 'pending', showAll: false, search: ' maria ', pageNumber: 2, queueIds: [1, 2] }),
    ).toEqual({
      status: 'pending',
      showAll: 'false',
      searchParam: 'maria',
      pageNumber: '2',
      queueIds: '[1,2]',
    });
    const { api, calls, answers } = fakeApi();
    answers['/tickets'] = { tickets: [ticket(1)], count: 1, hasMore: false };
    expect(
      (await listTickets(api, { status: 'open', showAll: true, search: '', pageNumber: 1, queueIds: [] })).count,
    ).toBe(1);
    expect(calls[0]).toMatchObject({ url: '/tickets', params: { showAll: 'true', queueIds: '[]' } });
  });

  it('accept, close and reopen are one PUT with status, userId and queueId; sending is multipart `body`', async () => {
    const { api, calls, answers } = fakeApi();
    answers['/tickets/3'] = ticket(3, { status: 'open' });
    expect((await updateTicket(api, 3, { status: 'open', userId: 1, queueId: null })).status).toBe('open');
    expect(calls[0]).toEqual({ method: 'PUT', url: '/tickets/3', body: { status: 'open', userId: 1, queueId: null } });
    await sendTextMessage(api, 3, 'Olá');
    const form = calls[1]!.body as FormData;
    expect(calls[1]!.url).toBe('/messages/3');
    expect([...form.entries()]).toEqual([['body', 'Olá']]);
  });

  it('reads a conversation page as recorded (oldest first) and normalises ids', async () => {
    const { api, answers } = fakeApi();
    answers['/messages/1'] = {
      count: 2,
      messages: [
        {
          id: 'A',
          body: 'primeira',
          fromMe: false,
          ticketId: 1,
          createdAt: minutes(1),
          ack: 0,
          read: true,
          mediaType: 'conversation',
          mediaUrl: null,
          isDeleted: false,
        },
        { id: 7, body: null, fromMe: true, ticketId: 1, createdAt: minutes(2) },
      ],
      ticket: { ...ticket(1), uuid: 'x', chatbot: false },
      hasMore: false,
    };
    const page = await getMessages(api, 1, 1);
    expect(page.messages.map((m) => [m.id, m.body])).toEqual([
      ['A', 'primeira'],
      ['7', ''],
    ]);
    expect(page.ticket.contact?.name).toBe('Contato 1');
  });

  it('refuses answers that are not what the contract says; ignores malformed socket payloads', () => {
    expect(() => parseTicketPage({ tickets: 'nope' })).toThrow(/GET \/tickets/);
    expect(() => parseMessagePage({ messages: [] })).toThrow(/GET \/messages/);
    expect(ticketOf({ id: 'x' })).toBeUndefined();
    expect(messageOf(null)).toBeUndefined();
    expect(ticketOf(ticket(1))?.id).toBe(1);
  });
});

describe('formatting', () => {
  const now = new Date(2026, 10, 28, 15, 0);
  it('times today, dates otherwise', () => {
    expect(formatWhen(new Date(2026, 10, 28, 9, 5).toISOString(), 'pt-BR', now)).toBe('09:05');
    expect(formatWhen(new Date(2026, 10, 20, 9, 5).toISOString(), 'pt-BR', now)).toBe('20/11');
    expect(formatWhen(new Date(2025, 10, 20, 9, 5).toISOString(), 'pt-BR', now)).toBe('20/11/25');
    expect(formatMessageTime(new Date(2026, 10, 20, 9, 5).toISOString(), 'pt-BR', now)).toBe('20/11 09:05');
    expect(formatWhen('garbage', 'pt-BR', now)).toBe('');
  });
  it('numbers with a plus, group ids as they are', () => {
    expect(displayNumber('5511987654321', false)).toBe('+5511987654321');
    expect(displayNumber('120363025@g.us', true)).toBe('120363025@g.us');
  });
});
