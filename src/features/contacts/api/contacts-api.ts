import * as z from 'zod/mini';
import type { ApiClient } from '../../../lib/api-client.ts';
import { parseAnswer } from '../../../lib/api-answer.ts';

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
