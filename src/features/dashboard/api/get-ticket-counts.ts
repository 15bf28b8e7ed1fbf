import * as z from 'zod/mini';
import type { ApiClient } from '../../../lib/api-client.ts';
import { parseAnswer } from '../../../lib/api-answer.ts';

export const TICKET_STATUSES = ['open', 'pending', 'closed'] as const;
export type TicketStatus = (typeof TICKET_STATUSES)[number];
export type TicketCounts = Record<TicketStatus, number>;

const countSchema = z.object({ count: z.number() });

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
