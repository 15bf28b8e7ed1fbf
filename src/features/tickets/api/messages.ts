import {
  infiniteQueryOptions,
  useInfiniteQuery,
  useMutation,
  useQueryClient,
  type QueryClient,
} from '@tanstack/react-query';
import type { ApiClient } from '../../../lib/api-client.ts';
import { useApi } from '../../../lib/api-context.tsx';
import { useCompanyEvent, useRealtimeRoom } from '../../../lib/realtime/index.ts';
import {
  addMessage,
  conversationOf,
  markDeleted,
  setTicket,
  updateMessage,
  type MessagesData,
} from '../model/conversation.ts';
import { messageOf, parseMessagePage, ticketOf, type MessagePage } from './schemas.ts';

// --- requests -------------------------------------------------------------------------------------------

/** `GET /messages/:ticketId`: page 1 is the newest 20 messages, each page oldest first, with the ticket. */
export async function getMessages(
  api: ApiClient,
  ticketId: number,
  pageNumber: number,
  signal?: AbortSignal,
): Promise<MessagePage> {
  const response = await api.get<unknown>(`/messages/${ticketId}`, {
    params: { pageNumber: String(pageNumber) },
    ...(signal && { signal }),
  });
  return parseMessagePage(response.data);
}

/** Sends a text; the backend answers an empty 200 and the message itself arrives by socket. */
export async function sendTextMessage(api: ApiClient, ticketId: number, body: string): Promise<void> {
  const form = new FormData();
  form.append('body', body);
  await api.post(`/messages/${ticketId}`, form);
}

// --- cache ----------------------------------------------------------------------------------------------

export const messageKeys = {
  all: ['messages'] as const,
  ticket: (ticketId: number) => [...messageKeys.all, ticketId] as const,
};

/** A conversation, newest page first; the next page is the older messages. */
export function messagesQueryOptions(api: ApiClient, ticketId: number) {
  return infiniteQueryOptions({
    queryKey: messageKeys.ticket(ticketId),
    queryFn: ({ pageParam, signal }) => getMessages(api, ticketId, pageParam, signal),
    initialPageParam: 1,
    getNextPageParam: (last: MessagePage, pages: MessagePage[]) => (last.hasMore ? pages.length + 1 : undefined),
  });
}

/** The cached conversation of `ticketId`, if there is one, updated by `update`. */
export function updateConversation(
  client: QueryClient,
  ticketId: number,
  update: (data: MessagesData) => MessagesData,
): void {
  client.setQueryData<MessagesData>(messageKeys.ticket(ticketId), (data) => data && update(data));
}

// --- hooks ----------------------------------------------------------------------------------------------

/** One ticket's conversation: `data` is its ticket and loaded messages (oldest first); `fetchNextPage` for older. */
export function useMessages(ticketId: number) {
  return useInfiniteQuery({ ...messagesQueryOptions(useApi(), ticketId), select: conversationOf });
}

/**
 * Sends a text to a ticket. Nothing is refetched: the message comes back by socket (a reconnection refetches
 * what was missed), and a refetch answered after a newer message's event would hide that message.
 */
export function useSendMessage(ticketId: number) {
  const api = useApi();
  return useMutation({ mutationFn: (body: string) => sendTextMessage(api, ticketId, body) });
}

/**
 * The open conversation kept live: its room is joined while mounted; its messages and its ticket's changes
 * go into the cached conversation (of whichever ticket the event is about, if it is cached).
 */
export function useMessageEvents(ticketId: number): void {
  const client = useQueryClient();
  useRealtimeRoom({ kind: 'chatBox', ticketId });

  useCompanyEvent('appMessage', (event) => {
    const message = messageOf(event.message);
    if (!message) return;
    // An update (a receipt, a deletion) changes a loaded message only.
    if (event.action === 'update') {
      updateConversation(client, message.ticketId, (data) => updateMessage(data, message));
      return;
    }
    const ticket = ticketOf(event.ticket);
    updateConversation(client, message.ticketId, (data) =>
      ticket ? setTicket(addMessage(data, message), ticket) : addMessage(data, message),
    );
  });
  useCompanyEvent('ticket', (event) => {
    if (event.action === 'delete') {
      // Also sent when the ticket merely leaves a list (status or owner changed): the update that follows says so.
      if (typeof event.ticketId === 'number') updateConversation(client, event.ticketId, markDeleted);
      return;
    }
    const ticket = ticketOf(event.ticket);
    if (ticket) updateConversation(client, ticket.id, (data) => setTicket(data, ticket));
  });
}
