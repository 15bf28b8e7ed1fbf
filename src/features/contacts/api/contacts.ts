import * as z from 'zod/mini';
import { keepPreviousData, queryOptions, useQuery, useQueryClient } from '@tanstack/react-query';
import type { ApiClient } from '../../../lib/api-client.ts';
import { useApi } from '../../../lib/api-context.tsx';
import { createOrUpdate, useInvalidatingMutation } from '../../../lib/query/use-invalidating-mutation.ts';
import { parseAnswer } from '../../../lib/api-answer.ts';
import { useCompanyEvent } from '../../../lib/realtime/index.ts';

const contactSchema = z.object({
  id: z.number(),
  name: z.string(),
  number: z.string(),
  email: z.optional(z.nullable(z.string())),
});

const contactPageSchema = z.object({
  contacts: z.array(contactSchema),
  count: z.number(),
  hasMore: z.boolean(),
});

export type Contact = z.infer<typeof contactSchema>;
export type ContactPage = z.infer<typeof contactPageSchema>;

/** What the contact form sends. `number` is already normalised (digits only). */
export interface ContactInput {
  name: string;
  number: string;
  email: string;
}

// --- requests -------------------------------------------------------------------------------------------

/** The query of one page of the list: the backend searches names and numbers, 20 a page. */
export function contactListParams(search: string, page: number) {
  return { searchParam: search.trim(), pageNumber: String(page) };
}

export async function listContacts(
  api: ApiClient,
  search: string,
  page: number,
  signal?: AbortSignal,
): Promise<ContactPage> {
  const response = await api.get<unknown>('/contacts', {
    params: contactListParams(search, page),
    ...(signal && { signal }),
  });
  return parseAnswer(contactPageSchema, response.data, 'GET /contacts');
}

function parseContact(data: unknown, what: string): Contact {
  return parseAnswer(contactSchema, data, what);
}

export async function createContact(api: ApiClient, input: ContactInput): Promise<Contact> {
  const response = await api.post<unknown>('/contacts', { ...input, extraInfo: [] });
  return parseContact(response.data, 'POST /contacts');
}

/** Updates name, number and email; the contact's extra fields are left as they are (not sent). */
export async function updateContact(api: ApiClient, id: number, input: ContactInput): Promise<Contact> {
  const response = await api.put<unknown>(`/contacts/${id}`, input);
  return parseContact(response.data, `PUT /contacts/${id}`);
}

export async function deleteContact(api: ApiClient, id: number): Promise<void> {
  await api.delete(`/contacts/${id}`);
}

// --- cache ----------------------------------------------------------------------------------------------

export const contactKeys = {
  all: ['contacts'] as const,
  page: (search: string, page: number) => [...contactKeys.all, 'list', search.trim(), page] as const,
};

/**
 * One numbered page of the list. The page is in the address (`?page=`, prev/next buttons, a reload keeps it),
 * so each page is its own query rather than pages appended to one; a new page or search keeps the previous
 * rows on screen until it arrives.
 */
export function contactsQueryOptions(api: ApiClient, search: string, page: number) {
  return queryOptions({
    queryKey: contactKeys.page(search, page),
    queryFn: ({ signal }) => listContacts(api, search, page, signal),
    placeholderData: keepPreviousData,
  });
}

// --- hooks ----------------------------------------------------------------------------------------------

/** Page `page` (20 contacts) of the contacts matching `search` (names and numbers). */
export function useContacts(search: string, page: number) {
  return useQuery(contactsQueryOptions(useApi(), search, page));
}

/** Creates (`id` undefined) or updates a contact; every contacts query is refetched after. */
export function useSaveContact() {
  return useInvalidatingMutation(contactKeys.all, createOrUpdate(createContact, updateContact));
}

export function useDeleteContact() {
  return useInvalidatingMutation(contactKeys.all, deleteContact);
}

/**
 * Contacts created, changed or deleted elsewhere (another user, a customer writing in from a new number):
 * refetch, since which page a contact lands on depends on the sort and the search.
 */
export function useContactEvents(): void {
  const client = useQueryClient();
  useCompanyEvent('contact', () => void client.invalidateQueries({ queryKey: contactKeys.all }));
}
