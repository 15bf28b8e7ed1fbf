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
import type { AxiosProgressEvent } from 'axios';
import {
  addMessage,
  conversationOf,
  joinPages,
  markDeleted,
  markMessageDeleted,
  setTicket,
  updateMessage,
  type MessagesData,
} from '../model/conversation.ts';
import { buildMediaForm, textPayload, type Attachment, type QuotedMessage } from '../model/send.ts';
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

/**
 * Sends a text, as JSON (recorded: `{body, fromMe, read}`), with the replied-to message as `quotedMsg`: the
 * backend reads `quotedMsg.id`, which a multipart field could not carry. It answers an empty 200 and the message
 * itself arrives by socket.
 */
export async function sendTextMessage(
  api: ApiClient,
  ticketId: number,
  body: string,
  quoted?: QuotedMessage,
): Promise<void> {
  await api.post(`/messages/${ticketId}`, textPayload(body, quoted));
}

/** How far an upload is, 0 to 1. */
export type UploadProgress = (fraction: number) => void;

/**
 * Sends files, each with its caption, in ONE multipart `POST /messages/:ticketId` (`medias`, `body`), as
 * Atendechat's frontend does; each file becomes a message that arrives by socket. No timeout: a large file
 * on a slow line takes as long as it takes (the agent can cancel).
 */
export async function sendMediaMessage(
  api: ApiClient,
  ticketId: number,
  attachments: ReadonlyArray<Pick<Attachment, 'file' | 'caption'>>,
  onProgress?: UploadProgress,
  signal?: AbortSignal,
): Promise<void> {
  await api.post(`/messages/${ticketId}`, buildMediaForm(attachments), {
    timeout: 0,
    ...(signal && { signal }),
    ...(onProgress && {
      onUploadProgress: (event: AxiosProgressEvent) =>
        onProgress(event.total ? Math.min(1, event.loaded / event.total) : (event.progress ?? 0)),
    }),
  });
}

/** `DELETE /messages/:messageId`: deleted for everyone on WhatsApp; the backend emits the message's update. */
export async function deleteMessage(api: ApiClient, messageId: string): Promise<void> {
  await api.delete(`/messages/${encodeURIComponent(messageId)}`);
}

// --- cache ----------------------------------------------------------------------------------------------

export const messageKeys = {
  all: ['messages'] as const,
  ticket: (ticketId: number) => [...messageKeys.all, ticketId] as const,
};

/**
 * Older messages come this many backend pages (of 20) at a time, asked for together: scrolling up a long
 * history, every page that arrives costs the list a frame or two (its rows, the virtualizer's offsets for the
 * whole history, the view kept in place), so fewer, larger arrivals keep it smoother. The newest page comes
 * alone, so a conversation opens as fast as one page.
 */
export const OLDER_PAGES_AT_ONCE = 5;

/** How many backend pages the cache page starting at backend page `first` holds. */
const pagesFrom = (first: number) => (first === 1 ? 1 : OLDER_PAGES_AT_ONCE);

/** Backend pages `first` to `first + count - 1`, asked for at once, as one page of the cache. */
export async function getMessagePages(
  api: ApiClient,
  ticketId: number,
  first: number,
  count: number,
  signal?: AbortSignal,
): Promise<MessagePage> {
  const numbers = Array.from({ length: count }, (_, i) => first + i);
  return joinPages(await Promise.all(numbers.map((number) => getMessages(api, ticketId, number, signal))));
}

/**
 * A conversation, newest page first; the next page is the older messages. The page param is the first
 * backend page a cache page holds.
 */
export function messagesQueryOptions(api: ApiClient, ticketId: number) {
  return infiniteQueryOptions({
    queryKey: messageKeys.ticket(ticketId),
    queryFn: ({ pageParam, signal }) => getMessagePages(api, ticketId, pageParam, pagesFrom(pageParam), signal),
    initialPageParam: 1,
    getNextPageParam: (last: MessagePage, _pages: MessagePage[], lastParam: number) =>
      last.hasMore ? lastParam + pagesFrom(lastParam) : undefined,
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
  return useInfiniteQuery({
    ...messagesQueryOptions(useApi(), ticketId),
    select: conversationOf,
    // No deep comparison with the previous result: conversationOf keeps every unchanged message's object, and
    // comparing a 5,000-message conversation shifted by an older page cost a whole frame per page. (A refetch's
    // answer is new objects throughout: the bubbles are drawn again once.)
    structuralSharing: false,
  });
}

/**
 * Sends a text to a ticket (a reply with `quoted`). Nothing is refetched: the message comes back by socket (a
 * reconnection refetches what was missed), and a refetch answered after a newer message's event would hide
 * that message.
 */
export function useSendMessage(ticketId: number) {
  const api = useApi();
  return useMutation({
    mutationFn: ({ body, quoted }: { body: string; quoted?: QuotedMessage | undefined }) =>
      sendTextMessage(api, ticketId, body, quoted),
  });
}

/** Sends the composer's files; as with texts, the messages come back by socket. */
export function useSendMedia(ticketId: number) {
  const api = useApi();
  return useMutation({
    mutationFn: ({
      attachments,
      onProgress,
      signal,
    }: {
      attachments: ReadonlyArray<Pick<Attachment, 'file' | 'caption'>>;
      onProgress?: UploadProgress;
      signal?: AbortSignal;
    }) => sendMediaMessage(api, ticketId, attachments, onProgress, signal),
  });
}

/** Deletes one of the agent's messages; the conversation shows it deleted at once (the socket's update agrees). */
export function useDeleteMessage(ticketId: number) {
  const api = useApi();
  const client = useQueryClient();
  return useMutation({
    mutationFn: (messageId: string) => deleteMessage(api, messageId),
    onSuccess: (_answer, messageId) =>
      updateConversation(client, ticketId, (data) => markMessageDeleted(data, messageId)),
  });
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
