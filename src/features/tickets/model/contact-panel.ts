import type { Ticket } from '../api/schemas.ts';

/** One extra field as the panel edits it; `id` for a field the backend already has (it upserts by id). */
export interface ExtraFieldDraft {
  id?: number | undefined;
  name: string;
  value: string;
}

/** The contact as the panel's form holds it. */
export interface ContactDraft {
  name: string;
  number: string;
  email: string;
  extraInfo: ExtraFieldDraft[];
}

/** The body of `PUT /contacts/:id` (ContactController.update / UpdateContactService). */
export interface ContactUpdate {
  name: string;
  number: string;
  email: string;
  extraInfo: { id?: number; name: string; value: string }[];
}

/** Translation keys (namespace "tickets") of an extra field's problem. */
export type ExtraFieldError = 'panel.fields.nameRequired';

/**
 * Extra fields to send: names and values trimmed, rows left wholly empty dropped (an added row never
 * filled in); the fields kept keep their ids, so the backend updates rather than recreates them, and the
 * ones missing from the list are deleted by it.
 */
export function extraInfoUpdate(fields: readonly ExtraFieldDraft[]): ContactUpdate['extraInfo'] {
  return fields.flatMap((field) => {
    const name = field.name.trim();
    const value = field.value.trim();
    if (name === '' && value === '') return [];
    return [{ ...(field.id !== undefined && { id: field.id }), name, value }];
  });
}

/** Per row (by index): a field with a value needs a name. */
export function extraFieldErrors(fields: readonly ExtraFieldDraft[]): (ExtraFieldError | undefined)[] {
  return fields.map((field) =>
    field.name.trim() === '' && field.value.trim() !== '' ? 'panel.fields.nameRequired' : undefined,
  );
}

/** The contact's other tickets among a search's results: the same contact, not this ticket, newest first. */
export function earlierTicketsOf(tickets: readonly Ticket[], contactId: number, currentTicketId: number): Ticket[] {
  return tickets
    .filter((ticket) => (ticket.contactId ?? ticket.contact?.id) === contactId && ticket.id !== currentTicketId)
    .sort((a, b) => (a.updatedAt < b.updatedAt ? 1 : a.updatedAt > b.updatedAt ? -1 : b.id - a.id));
}

/** `tel:` with the digits only, or nothing (a group id, letters). */
export function telHref(number: string): string | undefined {
  return /^\d{6,20}$/.test(number) ? `tel:+${number}` : undefined;
}

const EMAIL = /^[^\s@:/?#]+@[^\s@:/?#]+\.[^\s@:/?#]+$/;

/** `mailto:` for a plain address, or nothing: the address as text either way. */
export function mailtoHref(email: string): string | undefined {
  const address = email.trim();
  return EMAIL.test(address) ? `mailto:${address}` : undefined;
}
