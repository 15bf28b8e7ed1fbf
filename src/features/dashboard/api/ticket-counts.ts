import * as z from 'zod/mini';
import { queryOptions, useQuery } from '@tanstack/react-query';
import type { ApiClient } from '../../../lib/api-client.ts';
import { useApi } from '../../../lib/api-context.tsx';
import { parseAnswer } from '../../../lib/api-answer.ts';

export const TICKET_STATUSES = ['open', 'pending', 'closed'] as const;
export type TicketStatus = (typeof TICKET_STATUSES)[number];
export type TicketCounts = Record<TicketStatus, number>;

const countSchema = z.object({ count: z.number() });

// --- requests -------------------------------------------------------------------------------------------

/**
 * The query for one status' count: the company's tickets (`showAll`), first page only (`count` is the
 * total). The backend lists only tickets without a queue or in `queueIds`, a JSON array: the user's queues.
 */
export function ticketCountParams(status: TicketStatus, queueIds: readonly number[]) {
  return { status, showAll: 'true', pageNumber: '1', queueIds: JSON.stringify(queueIds) };
}

export async function getTicketCount(
  api: ApiClient,
  status: TicketStatus,
  queueIds: readonly number[],
  signal?: AbortSignal,
): Promise<number> {
  const response = await api.get<unknown>('/tickets', {
    params: ticketCountParams(status, queueIds),
    ...(signal && { signal }),
  });
  return parseAnswer(countSchema, response.data, 'GET /tickets').count;
}

/** Open, pending and closed counts, fetched in parallel. */
export async function getTicketCounts(
  api: ApiClient,
  queueIds: readonly number[],
  signal?: AbortSignal,
): Promise<TicketCounts> {
  const [open, pending, closed] = await Promise.all(
    TICKET_STATUSES.map((status) => getTicketCount(api, status, queueIds, signal)),
  );
  return { open: open!, pending: pending!, closed: closed! };
}

// --- cache ----------------------------------------------------------------------------------------------

export const ticketCountKeys = {
  all: ['ticket-counts'] as const,
  /** The counts as a user with these queues sees them. */
  of: (queueIds: readonly number[]) => [...ticketCountKeys.all, [...queueIds]] as const,
};

export function ticketCountsQueryOptions(api: ApiClient, queueIds: readonly number[]) {
  return queryOptions({
    queryKey: ticketCountKeys.of(queueIds),
    queryFn: ({ signal }) => getTicketCounts(api, queueIds, signal),
  });
}

// --- hooks ----------------------------------------------------------------------------------------------

/** Open, pending and closed tickets, as a user with `queueIds` sees them. */
export function useTicketCounts(queueIds: readonly number[]) {
  return useQuery(ticketCountsQueryOptions(useApi(), queueIds));
}
