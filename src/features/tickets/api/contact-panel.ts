import * as z from 'zod/mini';
import { queryOptions, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { ApiClient } from '../../../lib/api-client.ts';
import { useApi } from '../../../lib/api-context.tsx';
import { parseAnswer } from '../../../lib/api-answer.ts';
import { useUser } from '../../../lib/auth/session-context.tsx';
import { useCompanyEvent } from '../../../lib/realtime/index.ts';
import type { ContactUpdate } from '../model/contact-panel.ts';
import { messageKeys } from './messages.ts';
import { parseTicketPage, type Ticket } from './schemas.ts';

/**
 * What the conversation's contact panel reads besides the conversation: the contact with its extra fields
 * (`GET /contacts/:id`, ShowContactService includes `extraInfo`), the ticket's tags (`GET /tickets/:id`,
 * ShowTicketService includes them), and the contact's earlier tickets. Atendechat has no "tickets of a
 * contact" route: its list searches contact names and numbers (`searchParam`), so the panel searches the
 * contact's number across every status and keeps the tickets of that contact.
 */
const extraInfoSchema = z.object({
  id: z.optional(z.number()),
  name: z.string(),
  value: z.optional(z.nullable(z.string())),
});

const contactDetailsSchema = z.object({
  id: z.number(),
  name: z.string(),
  number: z.string(),
  email: z.optional(z.nullable(z.string())),
  profilePicUrl: z.optional(z.nullable(z.string())),
  isGroup: z.optional(z.nullable(z.boolean())),
  extraInfo: z.optional(z.nullable(z.array(extraInfoSchema))),
});

export interface ExtraInfo {
  id?: number | undefined;
  name: string;
  value: string;
}

/** The contact as the panel shows it: missing texts are empty, missing extra fields none. */
export interface ContactDetails {
  id: number;
  name: string;
  number: string;
  email: string;
  profilePicUrl?: string | null | undefined;
  isGroup?: boolean | null | undefined;
  extraInfo: ExtraInfo[];
}

function parseContactDetails(data: unknown, what: string): ContactDetails {
  const raw = parseAnswer(contactDetailsSchema, data, what);
  return {
    ...raw,
    email: raw.email ?? '',
    extraInfo: (raw.extraInfo ?? []).map((field) => ({ ...field, value: field.value ?? '' })),
  };
}

const tagSchema = z.object({ id: z.number(), name: z.string(), color: z.optional(z.nullable(z.string())) });
const ticketTagsSchema = z.object({ tags: z.optional(z.nullable(z.array(tagSchema))) });

export type TicketTag = z.infer<typeof tagSchema>;

export async function getContactDetails(api: ApiClient, contactId: number, signal?: AbortSignal) {
  const response = await api.get<unknown>(`/contacts/${contactId}`, signal && { signal });
  return parseContactDetails(response.data, 'GET /contacts/:id');
}

/** `PUT /contacts/:id` as ContactController.update takes it: name, number, email and every extra field. */
export async function updateContactDetails(api: ApiClient, contactId: number, update: ContactUpdate) {
  const response = await api.put<unknown>(`/contacts/${contactId}`, update);
  return parseContactDetails(response.data, 'PUT /contacts/:id');
}

export async function getTicketTags(api: ApiClient, ticketId: number, signal?: AbortSignal): Promise<TicketTag[]> {
  const response = await api.get<unknown>(`/tickets/${ticketId}`, signal && { signal });
  return parseAnswer(ticketTagsSchema, response.data, 'GET /tickets/:id').tags ?? [];
}

/** `GET /tickets?searchParam=<number>&showAll=true`, no status: the first page (40) of every status. */
export async function searchContactTickets(
  api: ApiClient,
  number: string,
  queueIds: readonly number[],
  signal?: AbortSignal,
): Promise<Ticket[]> {
  const response = await api.get<unknown>('/tickets', {
    params: { searchParam: number, showAll: 'true', pageNumber: '1', queueIds: JSON.stringify(queueIds) },
    ...(signal && { signal }),
  });
  return parseTicketPage(response.data).tickets;
}

export const contactPanelKeys = {
  all: ['contact-panel'] as const,
  contact: (contactId: number) => [...contactPanelKeys.all, 'contact', contactId] as const,
  tags: (ticketId: number) => [...contactPanelKeys.all, 'tags', ticketId] as const,
  tickets: (number: string, queueIds: readonly number[]) =>
    [...contactPanelKeys.all, 'tickets', number, queueIds] as const,
};

export function useContactDetails(contactId: number) {
  const api = useApi();
  return useQuery(
    queryOptions({
      queryKey: contactPanelKeys.contact(contactId),
      queryFn: ({ signal }) => getContactDetails(api, contactId, signal),
    }),
  );
}

export function useTicketTags(ticketId: number) {
  const api = useApi();
  return useQuery(
    queryOptions({
      queryKey: contactPanelKeys.tags(ticketId),
      queryFn: ({ signal }) => getTicketTags(api, ticketId, signal),
      refetchOnMount: 'always',
    }),
  );
}

export function useContactTickets(number: string) {
  const api = useApi();
  const user = useUser();
  const queueIds = user.queues.map((queue) => queue.id);
  return useQuery(
    queryOptions({
      queryKey: contactPanelKeys.tickets(number, queueIds),
      queryFn: ({ signal }) => searchContactTickets(api, number, queueIds, signal),
      enabled: number !== '',
      refetchOnMount: 'always',
    }),
  );
}

/** Saves the contact; the panel and the open conversation (its header shows the name) are reloaded. */
export function useUpdateContactDetails(contactId: number, ticketId: number) {
  const api = useApi();
  const client = useQueryClient();
  return useMutation({
    mutationFn: (update: ContactUpdate) => updateContactDetails(api, contactId, update),
    onSuccess: (contact) => client.setQueryData(contactPanelKeys.contact(contactId), contact),
    onSettled: () =>
      Promise.all([
        client.invalidateQueries({ queryKey: contactPanelKeys.contact(contactId) }),
        client.invalidateQueries({ queryKey: messageKeys.ticket(ticketId) }),
      ]),
  });
}

/** A contact changed by someone else (`company-<id>-contact`, action update): the panel reloads it. */
export function useContactPanelEvents(contactId: number): void {
  const client = useQueryClient();
  useCompanyEvent('contact', () => void client.invalidateQueries({ queryKey: contactPanelKeys.contact(contactId) }));
}
