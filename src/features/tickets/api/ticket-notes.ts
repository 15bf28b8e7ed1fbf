import * as z from 'zod/mini';
import { queryOptions, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { ApiClient } from '../../../lib/api-client.ts';
import { useApi } from '../../../lib/api-context.tsx';
import { parseAnswer } from '../../../lib/api-answer.ts';

/**
 * The team's internal notes on a ticket (Atendechat's ticketNoteRoutes). A note is its own row, never a
 * message: it is not sent to WhatsApp. The backend emits no socket event for notes, so another agent's note
 * shows when the list is loaded again: each time the panel opens, and when the window gets the focus back.
 */
const ticketNoteSchema = z.object({
  id: z.number(),
  note: z._default(z.nullable(z.string()), ''),
  userId: z.optional(z.nullable(z.number())),
  createdAt: z.string(),
  user: z.optional(z.nullable(z.object({ id: z.number(), name: z.string() }))),
});

export type TicketNote = z.infer<typeof ticketNoteSchema>;

export interface NoteTarget {
  ticketId: number;
  contactId: number;
}

/** `GET /ticket-notes/list?contactId&ticketId`: the ticket's notes, newest first, each with its author. */
export async function listTicketNotes(api: ApiClient, target: NoteTarget, signal?: AbortSignal): Promise<TicketNote[]> {
  const response = await api.get<unknown>('/ticket-notes/list', {
    params: { contactId: String(target.contactId), ticketId: String(target.ticketId) },
    ...(signal && { signal }),
  });
  return parseAnswer(z.array(ticketNoteSchema), response.data, 'GET /ticket-notes/list');
}

/** `POST /ticket-notes`: the author is the signed-in user (the backend takes it from the token). */
export async function createTicketNote(api: ApiClient, target: NoteTarget, note: string): Promise<void> {
  await api.post<unknown>('/ticket-notes', { note, contactId: target.contactId, ticketId: target.ticketId });
}

/** `DELETE /ticket-notes/:id`: admins only (403 ERR_NO_PERMISSION otherwise). */
export async function deleteTicketNote(api: ApiClient, id: number): Promise<void> {
  await api.delete(`/ticket-notes/${id}`);
}

export const ticketNoteKeys = {
  all: ['ticket-notes'] as const,
  ticket: (target: NoteTarget) => [...ticketNoteKeys.all, target.ticketId, target.contactId] as const,
};

export function ticketNotesQueryOptions(api: ApiClient, target: NoteTarget) {
  return queryOptions({
    queryKey: ticketNoteKeys.ticket(target),
    queryFn: ({ signal }) => listTicketNotes(api, target, signal),
    // No event tells of another agent's note: reload whenever the list is shown again.
    refetchOnMount: 'always',
    refetchOnWindowFocus: 'always',
  });
}

export function useTicketNotes(target: NoteTarget) {
  const api = useApi();
  return useQuery(ticketNotesQueryOptions(api, target));
}

export function useCreateTicketNote(target: NoteTarget) {
  const api = useApi();
  const client = useQueryClient();
  return useMutation({
    mutationFn: (note: string) => createTicketNote(api, target, note),
    onSettled: () => client.invalidateQueries({ queryKey: ticketNoteKeys.ticket(target) }),
  });
}

export function useDeleteTicketNote(target: NoteTarget) {
  const api = useApi();
  const client = useQueryClient();
  return useMutation({
    mutationFn: (id: number) => deleteTicketNote(api, id),
    onSettled: () => client.invalidateQueries({ queryKey: ticketNoteKeys.ticket(target) }),
  });
}
