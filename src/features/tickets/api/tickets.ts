import {
  infiniteQueryOptions,
  keepPreviousData,
  matchQuery,
  useInfiniteQuery,
  useMutation,
  useQueryClient,
  type Query,
  type QueryClient,
} from '@tanstack/react-query';
import { useEffect } from 'react';
import type { ApiClient } from '../../../lib/api-client.ts';
import { useApi } from '../../../lib/api-context.tsx';
import { useUser } from '../../../lib/auth/session-context.tsx';
import { useCompanyEvent, useRealtimeRoom } from '../../../lib/realtime/index.ts';
import { setTicket } from '../model/conversation.ts';
import {
  applyChange,
  replayChanges,
  type ListChange,
  type ListFilter,
  type TicketListData,
} from '../model/ticket-lists.ts';
import { messageKeys, updateConversation } from './messages.ts';
import { parseTicket, parseTicketPage, ticketOf, type Ticket, type TicketPage, type TicketTab } from './schemas.ts';

/** One list as the backend pages it: a status for the signed-in user's queues, perhaps every agent's. */
export interface TicketListParams {
  status: TicketTab;
  /** Admins may list every agent's tickets; otherwise the backend lists the user's own and the pending ones. */
  showAll: boolean;
  search: string;
  /** The user's queues: the backend lists tickets without a queue or in these. */
  queueIds: readonly number[];
  /** Tickets carrying every one of these tags (none: any). */
  tagIds: readonly number[];
}

export interface TicketQuery extends TicketListParams {
  pageNumber: number;
}

export function ticketQueryParams({
  status,
  showAll,
  search,
  pageNumber,
  queueIds,
  tagIds,
}: TicketQuery): Record<string, string> {
  return {
    status,
    showAll: String(showAll),
    searchParam: search.trim(),
    pageNumber: String(pageNumber),
    queueIds: JSON.stringify(queueIds),
    ...(tagIds.length > 0 && { tags: JSON.stringify(tagIds) }),
  };
}

// --- requests -------------------------------------------------------------------------------------------

/** `GET /tickets`: 40 a page, newest activity first; `count` is the list's total. */
export async function listTickets(api: ApiClient, query: TicketQuery, signal?: AbortSignal): Promise<TicketPage> {
  const response = await api.get<unknown>('/tickets', { params: ticketQueryParams(query), ...(signal && { signal }) });
  return parseTicketPage(response.data);
}

/**
 * The body of `PUT /tickets/:id` (UpdateTicketService's TicketData): a field left out keeps its value.
 * Accept, reopen: open with me; close: closed; back to the queue: pending without an agent; transfer (as
 * Atendechat's TransferTicketModalCustom): a queue, and a user (status kept) or none (pending, userId null).
 */
export interface TicketChange {
  status?: 'open' | 'pending' | 'closed';
  userId?: number | null;
  queueId?: number | null;
}

/** The transfer body TransferTicketModalCustom sends: the queue is required, the user optional. */
export function transferChange(queueId: number, userId: number | null): TicketChange {
  return userId === null ? { queueId, status: 'pending', userId: null } : { queueId, userId };
}

/** Accept (open, with the agent), close, reopen, return to the queue, transfer: the updated ticket. */
export async function updateTicket(api: ApiClient, ticketId: number, change: TicketChange): Promise<Ticket> {
  const response = await api.put<unknown>(`/tickets/${ticketId}`, change);
  return parseTicket(response.data, 'PUT /tickets/:id');
}

// --- cache ----------------------------------------------------------------------------------------------

export const ticketKeys = {
  all: ['tickets'] as const,
  lists: () => [...ticketKeys.all, 'list'] as const,
  list: (params: TicketListParams) => [...ticketKeys.lists(), params] as const,
};

/**
 * How often the lists are fetched again while the tab is visible (never in the background): what the backend
 * does not announce on the socket shows within this, e.g. a tag another agent added (`POST /tags/sync`
 * emits no event). Coming back to the tab fetches them at once.
 */
export const TICKET_LIST_REFRESH_MS = 60_000;

export function ticketListQueryOptions(api: ApiClient, params: TicketListParams) {
  return infiniteQueryOptions({
    queryKey: ticketKeys.list(params),
    queryFn: ({ pageParam, signal }) => listTickets(api, { ...params, pageNumber: pageParam }, signal),
    initialPageParam: 1,
    getNextPageParam: (last: TicketPage, pages: TicketPage[]) => (last.hasMore ? pages.length + 1 : undefined),
    // A new search or filter keeps the old rows on screen until its first page arrives; a refetch keeps them
    // too (every loaded page again, in order), so neither flashes the loading state nor moves the scroll.
    placeholderData: keepPreviousData,
    // The app's default is off (src/lib/query/query-client.ts): the lists alone refetch on focus and on a timer.
    refetchOnWindowFocus: true,
    refetchInterval: TICKET_LIST_REFRESH_MS,
    refetchIntervalInBackground: false,
  });
}

/** The changes applied to a list while it was being fetched, to apply again to the answer (see replayChanges). */
const changesDuringFetch = new WeakMap<Query, ListChange[]>();

/** The list's parameters and, for `userId`, its filter: the key is ticketKeys.list(params). */
function listOf(query: Query, userId: number): { status: TicketTab; filter: ListFilter } {
  const params = query.queryKey[2] as TicketListParams;
  const { status, queueIds, tagIds, showAll, search } = params;
  return { status, filter: { userId, queueIds, tagIds, showAll, search } };
}

/**
 * Every cached list (whatever its search or filter) given `change`. A list being fetched remembers it: the
 * answer, perhaps read before the change, would undo it (useTicketEvents applies it again).
 */
function updateLists(client: QueryClient, userId: number, change: ListChange): void {
  for (const query of client.getQueryCache().findAll({ queryKey: ticketKeys.lists() })) {
    const { status, filter } = listOf(query, userId);
    const before = query.state.data as TicketListData | undefined;
    const after = client.setQueryData<TicketListData>(
      query.queryKey,
      (data) => data && applyChange(data, change, status, filter),
    );
    if (query.state.fetchStatus === 'fetching' && after !== before) {
      changesDuringFetch.set(query, [...(changesDuringFetch.get(query) ?? []), change]);
    }
  }
}

function applyToLists(client: QueryClient, userId: number, ticket: Ticket): void {
  updateLists(client, userId, { kind: 'ticket', ticket });
}

/**
 * A list's fetch answered (a refetch on focus, on the timer, after our own change; the next page): the
 * changes that arrived meanwhile are applied to the answer again, in the same notification, so the list never
 * shows the answer without them. A failed or cancelled fetch left the changes in place; a new fetch starts
 * with none.
 */
function useChangesKeptOverAnswers(client: QueryClient, userId: number): void {
  useEffect(
    () =>
      client.getQueryCache().subscribe((event) => {
        if (event.type !== 'updated' || !matchQuery({ queryKey: ticketKeys.lists() }, event.query)) return;
        const { query, action } = event;
        if (action.type === 'fetch' || action.type === 'error') changesDuringFetch.delete(query);
        if (action.type !== 'success' || action.manual) return;
        const changes = changesDuringFetch.get(query);
        if (!changes) return;
        changesDuringFetch.delete(query);
        const { status, filter } = listOf(query, userId);
        client.setQueryData<TicketListData>(
          query.queryKey,
          (data) => data && replayChanges(data, changes, status, filter),
        );
      }),
    [client, userId],
  );
}

// --- hooks ----------------------------------------------------------------------------------------------

/** The open, pending and closed lists for one filter, fetched together (the tabs show the three counts). */
export function useTicketLists(filter: Omit<TicketListParams, 'status'>) {
  const api = useApi();
  return {
    open: useInfiniteQuery(ticketListQueryOptions(api, { ...filter, status: 'open' })),
    pending: useInfiniteQuery(ticketListQueryOptions(api, { ...filter, status: 'pending' })),
    closed: useInfiniteQuery(ticketListQueryOptions(api, { ...filter, status: 'closed' })),
  } satisfies Record<TicketTab, unknown>;
}

/**
 * Accept, close or reopen. The answer is the updated ticket: the lists and its conversation take it at once
 * (the socket confirms it too). Not refetched after a success: a refetch answered after a later event would
 * undo that event; after a failure (someone else changed the ticket first) everything about tickets is.
 */
export function useUpdateTicket() {
  const api = useApi();
  const client = useQueryClient();
  const user = useUser();
  return useMutation({
    mutationFn: ({ ticketId, change }: { ticketId: number; change: TicketChange }) =>
      updateTicket(api, ticketId, change),
    onSuccess: (ticket) => {
      applyToLists(client, user.id, ticket);
      updateConversation(client, ticket.id, (data) => setTicket(data, ticket));
    },
    onError: () =>
      Promise.all([
        client.invalidateQueries({ queryKey: ticketKeys.all }),
        client.invalidateQueries({ queryKey: messageKeys.all }),
      ]),
  });
}

/**
 * The lists kept live: the company's ticket and message events (they reach this socket only in the status
 * and notification rooms, joined while mounted) update every cached list. A reconnection refetches them
 * (src/lib/query/query-provider.tsx).
 */
export function useTicketEvents(): void {
  const client = useQueryClient();
  const user = useUser();
  useRealtimeRoom({ kind: 'tickets', status: 'open' });
  useRealtimeRoom({ kind: 'tickets', status: 'pending' });
  useRealtimeRoom({ kind: 'tickets', status: 'closed' });
  useRealtimeRoom({ kind: 'notification' });
  useChangesKeptOverAnswers(client, user.id);

  useCompanyEvent('ticket', (event) => {
    if (event.action === 'delete') {
      const ticketId = event.ticketId;
      if (typeof ticketId === 'number') updateLists(client, user.id, { kind: 'remove', ticketId });
    } else if (event.action === 'update' || event.action === 'create') {
      const ticket = ticketOf(event.ticket);
      if (ticket) applyToLists(client, user.id, ticket);
    }
  });
  useCompanyEvent('appMessage', (event) => {
    if (event.action !== 'create') return;
    const ticket = ticketOf(event.ticket);
    if (ticket) applyToLists(client, user.id, ticket);
  });
}
