import { queryOptions, useQuery, useQueryClient } from '@tanstack/react-query';
import type { ApiClient } from '../../../lib/api-client.ts';
import { useApi } from '../../../lib/api-context.tsx';
import { useCompanyEvent, useRealtimeRoom } from '../../../lib/realtime/index.ts';
import { messageOf, parseTicketPage, ticketOf, type NoticeMessage, type NoticeTicket } from './schemas.ts';
import {
  applyUnreadTicket,
  attentionKind,
  uniqueTickets,
  withoutTicket,
  type AttentionKind,
  type Viewer,
} from '../model/attention.ts';

// --- requests -------------------------------------------------------------------------------------------

/** Pages of 40; more than this many tickets with unread messages and the rest is not counted. */
const MAX_PAGES = 10;

/**
 * `GET /tickets?withUnreadMessages=true` (what Atendechat's notifications menu asks): the signed-in user's own
 * tickets and the pending ones, in their queues or none, with unread messages, every page.
 */
export async function listUnreadTickets(api: ApiClient, signal?: AbortSignal): Promise<NoticeTicket[]> {
  const tickets: NoticeTicket[] = [];
  for (let pageNumber = 1; pageNumber <= MAX_PAGES; pageNumber += 1) {
    const response = await api.get<unknown>('/tickets', {
      params: { withUnreadMessages: 'true', pageNumber: String(pageNumber) },
      ...(signal && { signal }),
    });
    const page = parseTicketPage(response.data);
    tickets.push(...page.tickets);
    if (!page.hasMore || page.tickets.length === 0) break;
  }
  return uniqueTickets(tickets);
}

// --- cache ----------------------------------------------------------------------------------------------

export const attentionKeys = {
  all: ['notifications'] as const,
  unreadTickets: () => [...attentionKeys.all, 'unread-tickets'] as const,
};

export function unreadTicketsQueryOptions(api: ApiClient) {
  return queryOptions({
    queryKey: attentionKeys.unreadTickets(),
    queryFn: ({ signal }) => listUnreadTickets(api, signal),
  });
}

// --- hooks ----------------------------------------------------------------------------------------------

/** The tickets with unread messages the badge counts (kept live by `useAttentionEvents`). */
export function useUnreadTickets() {
  return useQuery(unreadTicketsQueryOptions(useApi()));
}

/** A message that calls for the agent's attention. */
export interface AttentionSignal {
  kind: AttentionKind;
  ticket: NoticeTicket;
  message: NoticeMessage;
  /** The customer's name, as the event says. */
  contactName: string;
}

function contactNameOf(event: Record<string, unknown>, ticket: NoticeTicket): string {
  const contact = event.contact as { name?: unknown } | null | undefined;
  if (typeof contact?.name === 'string' && contact.name.trim() !== '') return contact.name;
  return ticket.contact?.name ?? ticket.contact?.number ?? '';
}

/**
 * The unread tickets kept live, and `onSignal` for each new message that deserves attention (whatever is on
 * screen: the caller decides). Joins the notification room while mounted: every ticket and message event of
 * the user's queues (all of them for admins) reaches this socket. A reconnection refetches the list
 * (src/lib/query/query-provider.tsx).
 */
export function useAttentionEvents(viewer: Viewer, onSignal: (signal: AttentionSignal) => void): void {
  const client = useQueryClient();
  useRealtimeRoom({ kind: 'notification' });

  const update = (change: (tickets: NoticeTicket[]) => NoticeTicket[]) =>
    client.setQueryData<NoticeTicket[]>(attentionKeys.unreadTickets(), (tickets) => tickets && change(tickets));

  useCompanyEvent('appMessage', (event) => {
    if (event.action !== 'create') return;
    const ticket = ticketOf(event.ticket);
    if (!ticket) return;
    update((tickets) => applyUnreadTicket(tickets, ticket, viewer));
    const message = messageOf(event.message);
    const kind = message && attentionKind(message, ticket, viewer);
    if (message && kind) onSignal({ kind, ticket, message, contactName: contactNameOf(event, ticket) });
  });
  useCompanyEvent('ticket', (event) => {
    // Atendechat sends `updateUnread` when a conversation is read; `delete` when a ticket leaves a list
    // (the `update` that follows puts it back where it belongs) or is deleted.
    if (event.action === 'updateUnread' || event.action === 'delete') {
      const ticketId = event.ticketId;
      if (typeof ticketId === 'number') update((tickets) => withoutTicket(tickets, ticketId));
      return;
    }
    const ticket = ticketOf(event.ticket);
    if (ticket) update((tickets) => applyUnreadTicket(tickets, ticket, viewer));
  });
}
