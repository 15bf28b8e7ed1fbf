import type { ApiClient } from '../../../lib/api-client.ts';
import {
  parseMessagePage,
  parseTicket,
  parseTicketPage,
  type MessagePage,
  type Ticket,
  type TicketPage,
  type TicketTab,
} from './schemas.ts';

export interface TicketQuery {
  status: TicketTab;
  /** Admins may list every agent's tickets; otherwise the backend lists the user's own and the pending ones. */
  showAll: boolean;
  search: string;
  pageNumber: number;
  /** The user's queues: the backend lists tickets without a queue or in these. */
  queueIds: readonly number[];
}

export function ticketQueryParams({
  status,
  showAll,
  search,
  pageNumber,
  queueIds,
}: TicketQuery): Record<string, string> {
  return {
    status,
    showAll: String(showAll),
    searchParam: search.trim(),
    pageNumber: String(pageNumber),
    queueIds: JSON.stringify(queueIds),
  };
}

export async function listTickets(api: ApiClient, query: TicketQuery, signal?: AbortSignal): Promise<TicketPage> {
  const response = await api.get<unknown>('/tickets', { params: ticketQueryParams(query), ...(signal && { signal }) });
  return parseTicketPage(response.data);
}

/** A page of a conversation: page 1 is the newest messages, each page oldest first. */
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

export interface TicketChange {
  status: 'open' | 'closed';
  userId: number | null;
  queueId: number | null;
}

/** Accept (open, with the agent), close, reopen: the updated ticket. */
export async function updateTicket(api: ApiClient, ticketId: number, change: TicketChange): Promise<Ticket> {
  const response = await api.put<unknown>(`/tickets/${ticketId}`, change);
  return parseTicket(response.data, 'PUT /tickets/:id');
}

/** Sends a text; the backend answers an empty 200 and the message itself arrives by socket. */
export async function sendTextMessage(api: ApiClient, ticketId: number, body: string): Promise<void> {
  const form = new FormData();
  form.append('body', body);
  await api.post(`/messages/${ticketId}`, form);
}
