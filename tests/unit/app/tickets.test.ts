import { QueryClient } from '@tanstack/react-query';
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
  OLDER_PAGES_AT_ONCE,
  getMessages,
  messagesQueryOptions,
  sendTextMessage,
} from '../../../src/features/tickets/api/messages.ts';
import { listTickets, ticketQueryParams, updateTicket } from '../../../src/features/tickets/api/tickets.ts';
import {
  addMessage,
  conversationOf,
  joinPages,
  markDeleted,
  mergeMessages,
  outgoingReducer,
  setTicket,
  unsettled,
  type MessagesData,
  type Outgoing,
  type OutgoingAction,
} from '../../../src/features/tickets/model/conversation.ts';
import { displayNumber, formatMessageTime, formatWhen } from '../../../src/features/tickets/model/format.ts';
import {
  applyTicket,
  belongsTo,
  countOf,
  removeTicket,
  replayChanges,
  ticketsOf,
  unreadOf,
  type ListFilter,
  type TicketListData,
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

/** A list as the cache holds it after its first page (`hasMore`: ten more tickets on later pages). */
function listWith(tickets: Ticket[], hasMore = false): TicketListData {
  return { pages: [{ tickets, count: tickets.length + (hasMore ? 10 : 0), hasMore }], pageParams: [1] };
}

const ids = (data: TicketListData) => ticketsOf(data).map((item) => item.id);

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
  it('pages in order, a ticket a later page repeats shown once; the count is the newest answer’s', () => {
    const data: TicketListData = {
      pages: [
        { tickets: [ticket(3), ticket(2)], count: 4, hasMore: true },
        // A new ticket arrived meanwhile: page 2 starts with one already shown.
        { tickets: [ticket(2), ticket(1)], count: 5, hasMore: false },
      ],
      pageParams: [1, 2],
    };
    expect(ids(data)).toEqual([3, 2, 1]);
    expect(countOf(data)).toBe(5);
    expect(ticketsOf(undefined)).toEqual([]);
    expect(countOf(undefined)).toBe(0);
  });
});

describe('ticket lists: socket events', () => {
  it('an update replaces the ticket and keeps the newest activity first', () => {
    const list = listWith([ticket(3), ticket(2), ticket(1)]);
    const next = applyTicket(
      list,
      ticket(1, { updatedAt: minutes(10), lastMessage: 'novo', unreadMessages: 2 }),
      'open',
      admin,
    );
    expect(ids(next)).toEqual([1, 3, 2]);
    expect(ticketsOf(next)[0]).toMatchObject({ lastMessage: 'novo', unreadMessages: 2 });
    expect(countOf(next)).toBe(3);
    const pending = listWith([ticket(4, { status: 'pending' })]);
    expect(applyTicket(pending, ticket(1), 'pending', admin)).toBe(pending); // untouched lists keep their identity
  });

  it('a status change moves the ticket between lists, counts follow (accept: pending → open)', () => {
    const open = listWith([ticket(1)]);
    const pending = listWith([ticket(2, { status: 'pending', userId: null })]);
    const accepted = ticket(2, { status: 'open', userId: 1, updatedAt: minutes(20) });
    const nextOpen = applyTicket(open, accepted, 'open', admin);
    const nextPending = applyTicket(pending, accepted, 'pending', admin);
    expect(ids(nextOpen)).toEqual([2, 1]);
    expect(countOf(nextOpen)).toBe(2);
    expect(ids(nextPending)).toEqual([]);
    expect(countOf(nextPending)).toBe(0);
  });

  it('a ticket that leaves the filter is dropped (an agent’s ticket given to someone else)', () => {
    const next = applyTicket(listWith([ticket(1, { userId: 2 })]), ticket(1, { userId: 3 }), 'open', agent);
    expect([ids(next), countOf(next)]).toEqual([[], 0]);
  });

  it('a new ticket is counted; it is shown unless it sorts below what is loaded of a longer list', () => {
    const short = applyTicket(
      listWith([ticket(5, { status: 'pending' })]),
      ticket(6, { status: 'pending', userId: null }),
      'pending',
      agent,
    );
    expect(ids(short)).toEqual([6, 5]);
    expect(countOf(short)).toBe(2);
    const oldest = applyTicket(
      listWith([ticket(5), ticket(4)]),
      ticket(1, { updatedAt: minutes(-100) }),
      'open',
      admin,
    );
    expect(ids(oldest)).toEqual([5, 4, 1]); // everything is loaded: it goes last
    const long = listWith([ticket(5), ticket(4)], true);
    const older = applyTicket(long, ticket(1, { updatedAt: minutes(-100) }), 'open', admin);
    expect(ids(older)).toEqual([5, 4]);
    expect(countOf(older)).toBe(countOf(long) + 1);
    const newer = applyTicket(long, ticket(9), 'open', admin);
    expect(ids(newer)).toEqual([9, 5, 4]);
  });

  it('over several pages: a ticket moves to the page where it sorts, every page’s count follows', () => {
    const data: TicketListData = {
      pages: [
        { tickets: [ticket(9), ticket(8)], count: 4, hasMore: true },
        { tickets: [ticket(7), ticket(6)], count: 4, hasMore: false },
      ],
      pageParams: [1, 2],
    };
    const bumped = applyTicket(data, ticket(6, { updatedAt: minutes(100) }), 'open', admin);
    expect(bumped.pages.map((page) => page.tickets.map((item) => item.id))).toEqual([[6, 9, 8], [7]]);
    expect(bumped.pageParams).toBe(data.pageParams);
    const added = applyTicket(data, ticket(5, { updatedAt: minutes(-50) }), 'open', admin);
    expect(ids(added)).toEqual([9, 8, 7, 6, 5]);
    expect(added.pages.map((page) => page.count)).toEqual([5, 5]);
    // Shown before, it stays even when it now sorts below what a longer list has loaded.
    const long: TicketListData = { ...data, pages: [data.pages[0]!, { ...data.pages[1]!, hasMore: true }] };
    expect(ids(applyTicket(long, ticket(8, { updatedAt: minutes(-50) }), 'open', admin))).toEqual([9, 7, 6, 8]);
  });

  it('the server’s delete-then-update for a move ends with the ticket in its new list only', () => {
    let pending = listWith([ticket(2, { status: 'pending', userId: null })]);
    let open = listWith([]);
    pending = removeTicket(pending, 2);
    open = removeTicket(open, 2);
    const moved = ticket(2, { status: 'open' });
    pending = applyTicket(pending, moved, 'pending', admin);
    open = applyTicket(open, moved, 'open', admin);
    expect(ids(open)).toEqual([2]);
    expect([countOf(open), countOf(pending)]).toEqual([1, 0]);
  });

  it('delete removes the ticket from the list that showed it; unknown ids change nothing', () => {
    const list = listWith([ticket(1), ticket(2)]);
    expect(countOf(removeTicket(list, 1))).toBe(1);
    expect(ids(removeTicket(list, 1))).toEqual([2]);
    expect(removeTicket(list, 99)).toBe(list);
  });
});

describe('ticket lists: a refetch answered after events it may not have seen', () => {
  const vip = { id: 1, name: 'VIP', color: '#F9A825' };

  it('an accept that arrived during the refetch stays: the older answer still had the ticket pending', () => {
    const accepted = ticket(2, { status: 'open', userId: 1, updatedAt: minutes(20) });
    const answer = listWith([ticket(3, { status: 'pending' }), ticket(2, { status: 'pending', userId: null })]);
    const changes = [{ kind: 'ticket', ticket: accepted }] as const;
    const pending = replayChanges(answer, changes, 'pending', admin);
    expect([ids(pending), countOf(pending)]).toEqual([[3], 1]);
    const open = replayChanges(listWith([ticket(1)]), changes, 'open', admin);
    expect([ids(open), countOf(open)]).toEqual([[2, 1], 2]);
  });

  it('a delete (the ticket left the list) stays; changes apply in the order they came', () => {
    const answer = listWith([ticket(2), ticket(1)]);
    expect(ids(replayChanges(answer, [{ kind: 'remove', ticketId: 1 }], 'open', admin))).toEqual([2]);
    const back = replayChanges(
      answer,
      [
        { kind: 'remove', ticketId: 1 },
        { kind: 'ticket', ticket: ticket(1, { updatedAt: minutes(30), lastMessage: 'voltou' }) },
      ],
      'open',
      admin,
    );
    expect(ids(back)).toEqual([1, 2]);
    expect(ticketsOf(back)[0]).toMatchObject({ lastMessage: 'voltou' });
  });

  it('the answer wins where it is as new or newer: the tags another agent added, which no event carries', () => {
    // The event came before the tag sync (same updatedAt: SyncTagsService does not touch the ticket).
    const event = ticket(1, { lastMessage: 'oi', tags: [] });
    const answer = listWith([ticket(2), ticket(1, { lastMessage: 'oi', tags: [vip] })]);
    const replayed = replayChanges(answer, [{ kind: 'ticket', ticket: event }], 'open', admin);
    expect(replayed).toBe(answer);
    const newer = listWith([ticket(1, { updatedAt: minutes(50), lastMessage: 'depois' })]);
    expect(replayChanges(newer, [{ kind: 'ticket', ticket: event }], 'open', admin)).toBe(newer);
  });

  it('nothing to replay keeps the answer, pages and their order as fetched', () => {
    const answer: TicketListData = {
      pages: [
        { tickets: [ticket(9), ticket(8)], count: 3, hasMore: true },
        { tickets: [ticket(7)], count: 3, hasMore: false },
      ],
      pageParams: [1, 2],
    };
    expect(replayChanges(answer, [], 'open', admin)).toBe(answer);
    const bumped = replayChanges(
      answer,
      [{ kind: 'ticket', ticket: ticket(7, { updatedAt: minutes(100) }) }],
      'open',
      admin,
    );
    expect(bumped.pages.map((page) => page.tickets.map((item) => item.id))).toEqual([[7, 9, 8], []]);
    expect(bumped.pageParams).toBe(answer.pageParams);
  });
});

describe('unread counts', () => {
  it('a new message in another ticket raises its count (the event carries the ticket); the open one shows none', () => {
    const next = applyTicket(
      listWith([ticket(1), ticket(2)]),
      ticket(2, { unreadMessages: 3, updatedAt: minutes(30) }),
      'open',
      admin,
    );
    const raised = ticketsOf(next).find((item) => item.id === 2)!;
    expect(unreadOf(raised, 1)).toBe(3);
    expect(unreadOf(raised, 2)).toBe(0);
    expect(unreadOf(ticket(4, { unreadMessages: null }), null)).toBe(0);
  });
});

describe('conversation', () => {
  /** The cache after `pages` (newest first), as the backend pages them (each oldest first). */
  const conversation = (...pages: Message[][]): MessagesData => ({
    pages: pages.map((messages, index) => ({ messages, ticket: ticket(1), hasMore: index < pages.length - 1 })),
    pageParams: pages.map((_, index) => index + 1),
  });
  const shown = (data: MessagesData) => conversationOf(data).messages.map((m) => m.id);

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

  it('older pages go above, in order; pages refetched after new messages overlap, each message shows once', () => {
    expect(shown(conversation([message('c', 3), message('d', 4)], [message('a', 1), message('b', 2)]))).toEqual([
      'a',
      'b',
      'c',
      'd',
    ]);
    // Refetched after 'e' arrived: 'c' moved from page 1 to page 2.
    expect(
      shown(conversation([message('d', 4), message('e', 5)], [message('b', 2), message('c', 3)], [message('c', 3)])),
    ).toEqual(['b', 'c', 'd', 'e']);
    expect(conversationOf(conversation([])).ticket.id).toBe(1);
  });

  it('an older page costs the page: the loaded messages are kept as they are, the page goes before them', () => {
    const first = conversation([message('c', 3), message('d', 4)]);
    const loaded = conversationOf(first).messages;
    const page2 = { messages: [message('a', 1), message('b', 2)], ticket: ticket(1), hasMore: false };
    const next: MessagesData = { pages: [...first.pages, page2], pageParams: [1, 2] };
    const messages = conversationOf(next).messages;
    expect(messages.map((m) => m.id)).toEqual(['a', 'b', 'c', 'd']);
    // The same objects, so the bubbles already drawn are not drawn again.
    expect(messages.slice(2)).toEqual(loaded);
    expect(messages[2]).toBe(loaded[0]);
    // A page that overlaps what is loaded (a message moved pages) or comes out of order is merged anew.
    const overlapping = { messages: [message('b', 2), message('c', 3)], ticket: ticket(1), hasMore: true };
    const merged = conversationOf({ pages: [...first.pages, overlapping], pageParams: [1, 2] });
    expect(merged.messages.map((m) => m.id)).toEqual(['b', 'c', 'd']);
    const late = { messages: [message('z', 9)], ticket: ticket(1), hasMore: true };
    expect(shown({ pages: [...first.pages, late], pageParams: [1, 2] })).toEqual(['c', 'd', 'z']);
    // Asked again for the first pages only (a refetch back to one page): the first page alone.
    expect(shown(first)).toEqual(['c', 'd']);
  });

  it('backend pages fetched together are one page: oldest first, up to the first with nothing older', () => {
    const page = (hasMore: boolean, ...messages: Message[]) => ({ messages, ticket: ticket(1), hasMore });
    const joined = joinPages([
      page(true, message('e', 5), message('f', 6)),
      page(true, message('c', 3), message('d', 4)),
      page(true, message('a', 1), message('b', 2)),
    ]);
    expect(joined.messages.map((m) => m.id)).toEqual(['a', 'b', 'c', 'd', 'e', 'f']);
    expect(joined.hasMore).toBe(true);
    // The history ended on the second page: the third (asked for at the same time) is empty and not kept.
    const ended = joinPages([page(true, message('c', 3)), page(false, message('a', 1)), page(false)]);
    expect(ended.messages.map((m) => m.id)).toEqual(['a', 'c']);
    expect(ended.hasMore).toBe(false);
    expect(() => joinPages([])).toThrow(/joinPages: expected at least one page/);
  });

  it('applies created and updated messages of its own ticket only; an update replaces it on its page', () => {
    let data = conversation([message('b', 2)], [message('a', 1)]);
    data = addMessage(data, message('c', 3));
    expect(addMessage(data, message('x', 4, { ticketId: 2 }))).toBe(data);
    data = addMessage(data, message('a', 1, { isDeleted: true }));
    expect(conversationOf(data).messages.map((m) => [m.id, !!m.isDeleted])).toEqual([
      ['a', true],
      ['b', false],
      ['c', false],
    ]);
    expect(data.pages.map((page) => page.messages.map((m) => m.id))).toEqual([['b', 'c'], ['a']]);
  });

  it('follows the ticket (status, agent) and notices a deletion', () => {
    let data = conversation([]);
    data = setTicket(data, ticket(1, { status: 'closed' }));
    expect(conversationOf(data).ticket.status).toBe('closed');
    expect(setTicket(data, ticket(2, { status: 'open' }))).toBe(data);
    data = markDeleted(data);
    expect(conversationOf(data).deleted).toBe(true);
    // A delete followed by an update was a move, not a deletion.
    expect(conversationOf(setTicket(data, ticket(1))).deleted).toBe(false);
  });
});

describe('texts being sent', () => {
  const run = (actions: OutgoingAction[], start: Outgoing[] = []) => actions.reduce(outgoingReducer, start);
  const states = (items: Outgoing[]) => items.map((item) => [item.key, item.state]);

  it('a sent text is pending until its echo arrives; a failure keeps it (with its error) for a retry', () => {
    const shownAtSend = [message('a', 1)];
    let outgoing = run([
      { type: 'send', key: 'k1', body: 'Olá', after: shownAtSend.at(-1) },
      { type: 'send', key: 'k2', body: 'Tudo bem?', after: shownAtSend.at(-1) },
    ]);
    expect(states(outgoing)).toEqual([
      ['k1', 'sending'],
      ['k2', 'sending'],
    ]);
    outgoing = run(
      [
        { type: 'sent', key: 'k1' },
        { type: 'failed', key: 'k2', error: new Error('500') },
      ],
      outgoing,
    );
    expect(outgoing[1]).toMatchObject({ state: 'failed', body: 'Tudo bem?', error: new Error('500') });
    // An incoming message with the same text settles nothing; ours does.
    expect(states(unsettled(outgoing, [...shownAtSend, message('b', 2, { body: 'Olá' })]))).toEqual(states(outgoing));
    const echoed = [...shownAtSend, message('c', 3, { body: 'Olá', fromMe: true })];
    expect(states(unsettled(outgoing, echoed))).toEqual([['k2', 'failed']]);
    // A failed text is not settled by a same-text message; a retry sends it again, discarding removes it.
    const withSame = [...echoed, message('d', 4, { body: 'Tudo bem?', fromMe: true })];
    expect(states(unsettled(outgoing, withSame))).toEqual([['k2', 'failed']]);
    const retried = run([{ type: 'send', key: 'k2', body: 'Tudo bem?', after: withSame.at(-1) }], outgoing);
    expect(states(retried)).toEqual([
      ['k1', 'sent'],
      ['k2', 'sending'],
    ]);
    expect(run([{ type: 'discard', key: 'k2' }], outgoing).map((item) => item.key)).toEqual(['k1']);
  });

  it('only messages newer than what was shown at sending settle a text, one text each', () => {
    const old = message('a', 5, { body: 'Ok', fromMe: true });
    const outgoing = run([
      { type: 'send', key: 'k1', body: 'Ok', after: old },
      { type: 'send', key: 'k2', body: 'Ok ', after: old },
    ]);
    // An older page bringing an earlier "Ok" of ours settles nothing.
    const olderPage = [message('z', 1, { body: 'Ok', fromMe: true }), old];
    expect(unsettled(outgoing, olderPage)).toHaveLength(2);
    // The first echo settles the first text; the second waits for its own.
    const oneEcho = [...olderPage, message('b', 6, { body: 'Ok', fromMe: true })];
    expect(unsettled(outgoing, oneEcho).map((item) => item.key)).toEqual(['k2']);
    // A text sent into an empty conversation is settled by any echo (it came back with a refetch, say).
    const first = run([{ type: 'send', key: 'k3', body: 'Oi', after: undefined }]);
    expect(unsettled(first, [message('c', 0, { body: 'Oi', fromMe: true })])).toEqual([]);
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
      ticketQueryParams({
        status: 'pending',
        showAll: false,
        search: ' maria ',
        pageNumber: 2,
        queueIds: [1, 2],
        tagIds: [],
      }),
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
      (await listTickets(api, { status: 'open', showAll: true, search: '', pageNumber: 1, queueIds: [], tagIds: [] }))
        .count,
    ).toBe(1);
    expect(calls[0]).toMatchObject({ url: '/tickets', params: { showAll: 'true', queueIds: '[]' } });
  });

  it('accept, close and reopen are one PUT with status, userId and queueId; a text is sent as JSON, as recorded', async () => {
    const { api, calls, answers } = fakeApi();
    answers['/tickets/3'] = ticket(3, { status: 'open' });
    expect((await updateTicket(api, 3, { status: 'open', userId: 1, queueId: null })).status).toBe('open');
    expect(calls[0]).toEqual({ method: 'PUT', url: '/tickets/3', body: { status: 'open', userId: 1, queueId: null } });
    await sendTextMessage(api, 3, 'Olá');
    expect(calls[1]!.url).toBe('/messages/3');
    expect(calls[1]!.body).toEqual({ body: 'Olá', fromMe: true, read: 1, mediaUrl: '' });
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

  it('a conversation opens on the newest page alone; older ones come several backend pages at a time', async () => {
    // A history longer than four cache pages, 20 to a backend page (page 1 the newest), each page oldest first.
    const span = OLDER_PAGES_AT_ONCE;
    const total = 20 * (1 + 3 * span) + 50;
    const asked: number[] = [];
    const api = {
      get: async (_url: string, config: { params: { pageNumber: string } }) => {
        const number = Number(config.params.pageNumber);
        asked.push(number);
        const newest = total - (number - 1) * 20;
        const ids = Array.from({ length: Math.max(0, Math.min(20, newest)) }, (_, i) => newest - i).reverse();
        const messages = ids.map((id) => ({ id, body: `m${id}`, fromMe: false, ticketId: 1, createdAt: minutes(id) }));
        return { data: { messages, ticket: ticket(1), count: total, hasMore: newest > 20 } };
      },
    } as unknown as ApiClient;
    const client = new QueryClient();
    const options = messagesQueryOptions(api, 1);
    const data = await client.fetchInfiniteQuery({ ...options, pages: 4 });
    expect(asked.slice(0, 1)).toEqual([1]);
    expect([...asked].sort((a, b) => a - b)).toEqual(Array.from({ length: 1 + 3 * span }, (_, i) => i + 1));
    expect(data.pageParams).toEqual([1, 2, 2 + span, 2 + 2 * span]);
    expect(data.pages.map((page) => page.messages.length)).toEqual([20, 20 * span, 20 * span, 20 * span]);
    // Each page oldest first, and the whole conversation in order with nothing twice.
    const shown = conversationOf(data).messages.map((m) => Number(m.id));
    expect(shown).toEqual(Array.from({ length: shown.length }, (_, i) => total - shown.length + 1 + i));
    // To the end: the last page stops where the history does, and there is no next one.
    const all = await client.fetchInfiniteQuery({ ...options, pages: 100 });
    expect(conversationOf(all).messages).toHaveLength(total);
    expect(all.pages.at(-1)?.hasMore).toBe(false);
    expect(options.getNextPageParam(all.pages.at(-1)!, all.pages, all.pageParams.at(-1)!, all.pageParams)).toBe(
      undefined,
    );
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
